# Comparing, testing membership of, sorting and printing structures nested
# deeper than the recursion limit raise RecursionError, as CPython's C-level
# recursion checks do (issue 8, item 5): never a crash, never an answer.


def nest(depth, wrap):
    x = wrap(0)
    for _ in range(depth):
        x = wrap(x)
    return x


def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError:", e)


for kind, wrap in [("list", lambda v: [v]), ("tuple", lambda v: (v,)), ("dict", lambda v: {1: v})]:
    x, y = nest(100000, wrap), nest(100000, wrap)
    attempt(kind + " ==", lambda: x == y)
    attempt(kind + " !=", lambda: x != y)
    attempt(kind + " in", lambda: x in [y])
    attempt(kind + " count", lambda: [y].count(x))
    if kind != "dict":
        attempt(kind + " <", lambda: x < y)
        attempt(kind + " sorted", lambda: len(sorted([x, y])))
        attempt(kind + " max", lambda: len(max([x, y])))
    attempt(kind + " repr", lambda: len(repr(x)))
    shallow_x, shallow_y = nest(50, wrap), nest(50, wrap)
    attempt(kind + " shallow ==", lambda: shallow_x == shallow_y)
print("done")
