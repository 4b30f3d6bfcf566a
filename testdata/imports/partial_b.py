import partial_a
try:
    partial_a.MISSING_LATER
except AttributeError as e:
    print("AttributeError:", e)
