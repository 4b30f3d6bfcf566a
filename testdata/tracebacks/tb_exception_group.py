# An uncaught exception group: CPython's nested boxes, with member
# tracebacks, notes and a nested group.
def f():
    raise ValueError(1)


try:
    f()
except Exception as e:
    first = e
second = TypeError("t")
second.add_note("note one")
second.add_note("note\ntwo")
inner = ExceptionGroup("inner", [KeyError("k")])
raise ExceptionGroup("eg", [first, second, inner, OSError(2, "x", "f")])
