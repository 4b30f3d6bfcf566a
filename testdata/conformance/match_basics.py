# Literal, capture, wildcard, value, group, OR and AS patterns; guards; the
# order of evaluation; the soft keywords as names.
class Shade:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Shade) and other.value == self.value

    def __repr__(self):
        return f"Shade({self.value})"


class Color:
    RED = Shade(1)
    GREEN = Shade(2)


class Eq:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"{self.name}.__eq__({other!r})")
        return other == 2


def lit(v):
    match v:
        case 0 | 0.5:
            return "zero-ish"
        case -1:
            return "minus one"
        case -1.5:
            return "minus one and a half"
        case "a" "b":
            return "ab"
        case b"xy":
            return "bytes xy"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Color.GREEN as g:
            return f"green {g.value}"
        case (10 | 20) as tens:
            return f"tens {tens}"
        case 1:
            return "one"
        case other:
            return f"other {other!r}"


for v in [0, 0.0, 0.5, -1, -1.5, "ab", b"xy", None, True, False, 1, 1.0,
          Color.RED, Color.GREEN, 10, 20, 30, "z"]:
    print(repr(v), "->", lit(v))

# A case's subject compares on the left: subject == value.
match Eq("s"):
    case 1:
        print("matched 1")
    case 2:
        print("matched 2")


def guards(v):
    seen = []
    match v:
        case x if seen.append(("g1", x)):
            pass
        case [a, b] if a > b:
            return "desc", seen
        case [a, b] if (c := a + b) > 5:
            return ("sum", c), seen
        case _ if v:
            return "truthy", seen
    return "nothing", seen


for v in [[2, 1], [3, 4], [1, 2], [], 0]:
    print(guards(v))

# Captures are bound on success; a failed guard leaves them bound.
match [1, 2]:
    case [p, q] if p > q:
        print("no")
    case _:
        print("bound after failed guard:", p, q)

# The soft keywords stay ordinary names.
match = [1, 2]
case = {"a": 1}
_ = "underscore"
print(match, case, _)
match match:
    case [match, case]:
        print("names", match, case)


def match(case):
    return case * 2


print(match(3))
match (1):
    case (1):
        print("parenthesized subject and pattern")

# Wildcard and capture at the end; nested functions capture match names.
def closure(v):
    match v:
        case [x, *ys]:
            return lambda: (x, ys)
    return None


print(closure([1, 2, 3])())

# Deep OR with differently ordered captures.
for v in [(1, "a"), ("a", 1), [2, [3, "b"]]]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)) | [n, [_, s]]:
            print("or", n, s)

# Match inside a loop with break and continue.
for v in range(6):
    match v % 3:
        case 0:
            continue
        case 1 if v > 3:
            break
        case r:
            print("loop", v, r)
