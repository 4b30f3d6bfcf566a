# Class patterns: __match_args__, keywords, the self-matching built-ins,
# and the TypeErrors of MATCH_CLASS.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case P3(x, y, z=0):
            return f"flat {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y-axis {yy}"
        case Point(xx, 0):
            return f"x-axis {xx}"
        case Point(y=b, x=a) if a == b:
            return f"diagonal {a}"
        case Point():
            return "elsewhere"
        case int(i) | float(i):
            return f"number {i!r}"
        case str(s) if s:
            return f"text {s}"
        case bool():
            return "unreachable"
        case dict(d) | list(d) | tuple(d) | set(d) | frozenset(d) | bytes(d) | bytearray(d):
            return f"container {type(d).__name__}"
    return "nothing"


for p in [Point(0, 0), Point(0, 5), Point(5, 0), Point(2, 2), Point(1, 2),
          P3(1, 2, 0), P3(0, 0, 1), 3, 2.5, True, "s", "", {}, [1], (), set(),
          frozenset(), b"", bytearray(), None]:
    print(where(p))


class Missing:
    __match_args__ = ("a", "b")
    a = 1


match Missing():
    case Missing(a, b):
        print("wrong")
    case Missing(a):
        print("missing attribute fails quietly; a =", a)


class Prop:
    @property
    def boom(self):
        raise KeyError("boom")


try:
    match Prop():
        case Prop(boom=1):
            pass
except KeyError as e:
    print("KeyError propagates", e)


def err(subject, f):
    try:
        f(subject)
    except TypeError as e:
        print("TypeError:", e)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def m1(s):
    match s:
        case NoArgs(x):
            pass


def m2(s):
    match s:
        case BadArgs(x):
            pass


def m3(s):
    match s:
        case BadName(x):
            pass


def m4(s):
    match s:
        case Dup(x, a=y):
            pass


def m5(s):
    notaclass = len
    match s:
        case notaclass():
            pass


def m6(s):
    match s:
        case int(x, y):
            pass


def m7(s):
    match s:
        case Point(1, 2, 3):
            pass


err(NoArgs(), m1)
err(BadArgs(), m2)
err(BadName(), m3)
err(Dup(), m4)
err(1, m5)
err(1, m6)
err(Point(1, 2), m7)
err(5, m1)  # not an instance: no error
print("done")
