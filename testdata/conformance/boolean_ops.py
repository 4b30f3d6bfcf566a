# and/or return an operand and short-circuit; not; truthiness of values;
# conditional expressions.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never", None or 0)
print(not 0, not 1, not "", not [0], not None)
def side(label, value):
    print("evaluated", label)
    return value
print(side("a", False) and side("b", True))
print(side("c", True) or side("d", True))
print(side("e", 0) or side("f", "") or side("g", "last"))
for value in [0, 1, -1, 0.0, 0.5, "", "x", [], [[]], (), {}, {0: 0}, set(), None, True, False]:
    print(repr(value), bool(value), "truthy" if value else "falsy")
x = 5
print("big" if x > 10 else "medium" if x > 3 else "small")
print((x > 3) + (x > 4) + (x > 5))
flag = x > 3 and x < 10
print(flag, type(flag).__name__)
print(True and "yes" or "no", False and "yes" or "no")
