# More than 15 members: the rest are summarised; the group has a cause.
excs = [ValueError(i) for i in range(17)]
try:
    raise ValueError("ctx")
except ValueError:
    raise ExceptionGroup("big", excs) from KeyError("c")
