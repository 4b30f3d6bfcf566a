# Assignment expressions (PEP 572): where they may appear, what they bind
# (comprehensions bind in the enclosing scope) and the errors CPython gives.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
print([last := v for v in data], last)
while (chunk := data.pop()) > 2:
    print("chunk", chunk)
print(chunk, data)
def f():
    total = [(acc := i) for i in range(3)]
    return acc, total
print(f())
def counter():
    count = 0
    def bump():
        nonlocal count
        return [count := count + 1 for _ in range(3)]
    return bump(), count
print(counter())
print(max((m := 5), 2), m, (a := 1, 2), a)
print({(k := 1): 2}, k, [z := 7, z + 1])
d = {}
print(d.get("x", (fallback := "fb")), fallback)
x = [1, 2][(i := 1)]
print(x, i)
print((lambda: (inner := 3))(), "inner" in dir() if False else "ok")
def g():
    [[(deep := a * b) for a in range(2)] for b in range(3)]
    return deep
print(g())
class C:
    attr = (v := 4)
print(C.attr, C.v)
ANN = 0x1000000
ns = {}
exec(compile("v: (q := 1)", "u", "exec", flags=ANN), ns) if False else None
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "(1 := 2)", "[i := 0 for i in range(3)]",
            "[x for x in (y := [1])]", "class K:\n    [(j := 1) for _ in range(2)]\n",
            "def h(a=(b := 1)): pass", "y = x := 1", "f(x := 1, y)", "[(a, b) := (1, 2)]",
            "def h():\n    global gg\n    [(gg := 1) for _ in range(1)]\n"]:
    try:
        compile(src, "<w>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
def h():
    global gg
    [(gg := 1) for _ in range(1)]
h()
print(gg)
