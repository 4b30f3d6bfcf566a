# __annotations__ of functions, classes and modules, and annotations kept
# as strings (from __future__ import annotations, given to compile() as
# its flag here).

x: int = 1
y: "forward"
print(__annotations__)


def f(a: int, b: "str" = "s", *args: float, c: list = None, d, **kw: dict) -> bool:
    local: int = 5  # not evaluated in a function
    return local


print(f.__annotations__)
print((lambda q: q).__annotations__, f.__annotations__ is f.__annotations__)


def plain(a, b):
    pass


print(plain.__annotations__)
plain.__annotations__ = {"a": 1}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


class C:
    attr: int
    other: str = "v"
    if True:
        nested: float

    def method(self) -> "C":
        pass


print(C.__annotations__, C.method.__annotations__)


class NoAnnotations:
    pass


print(hasattr(NoAnnotations, "__dict__") and "__annotations__" in NoAnnotations.__dict__)

# Annotation expressions run in order, in the defining scope.
order = []


def note(v):
    order.append(v)
    return v


def g(a: note("a"), b: note("b") = note("default b")) -> note("return"):
    pass


class K:
    first: note("class first")
    second: note("class second") = note("value")


print(order)

# Complex targets are evaluated (at module and class level), not stored.
class Obj:
    pass


o = Obj()
o.attr: note("attribute annotation") = 3
d = {}
d["key"]: note("subscript annotation")
print(o.attr, d, order[-2:], "attr" in __annotations__)

# Strings under from __future__ import annotations.
src = '''
def h(a: List[int], b: x | None = None, *, c: "quoted" = 1) -> Dict[str, 'x']:
    pass
class S:
    field: Optional[int] = None
    other: lambda *a, **k: 0
value: 1 + 2 * 3
'''
ANNOTATIONS = 0x1000000  # __future__.annotations.compiler_flag
ns = {}
code = compile(src, "<future>", "exec", flags=ANNOTATIONS)
print(code.co_flags == ANNOTATIONS)
exec(code, ns)
print(ns["h"].__annotations__)
print(ns["S"].__annotations__, ns["__annotations__"])
print(ns["h"].__code__.co_flags & ANNOTATIONS == ANNOTATIONS)
ns.clear()

cases = ["a[1:2, ::3]", "-x ** -y", "(-x) ** y", "not a and b or c", "a < b < c",
         "{1: 2, **d}", "{1, 2}", "[x for x in y if x]", "f(x for x in y)",
         "f(*a, b=1, **c)", "1 .real", "'it''s'", '"a\\"b"', "x.y.z", "1e400", "...",
         "a + (b + c) - (d - e)", "a - (b - c)", "(a, *b)", "{k: v for k, v in x}",
         "a | b & c ^ d", "a << b >> c", "a @ b", "~a", "+a", "a is not b",
         "a not in b", "0x10", "1_000", "1.5", "None", "True", "(1,)", "()",
         "lambda: 0", "lambda x, y=2: x", "1 if c else 2", "a[(1,)]", "f'a{b!r:>{w}}c{{'",
         "x if y else (lambda: z)", "(a for b in c)", "[*a, *b]", "a[b:c]", "a[:]"]
for c in cases:
    ns = {}
    exec(compile("v: " + c, "<u>", "exec", flags=ANNOTATIONS), ns)
    print(repr(ns["__annotations__"]["v"]))
