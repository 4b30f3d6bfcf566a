# exec() and eval(): namespaces, mappings as locals, __builtins__, closures
# and CPython's argument errors.

x = 10
print(eval("x + 1"), eval("  x * 2"), eval("\tx"))
print(eval("x", {"x": 1}), eval("x", {"x": 1}, {"x": 2}), eval("y", {"x": 1}, {"y": 3}))

g = {}
exec("y = 5\ndef f(a): return a + y\nz = f(1)", g)
print(sorted(k for k in g if k != "__builtins__"), g["z"], type(g["__builtins__"]).__name__)
g2 = {"__builtins__": g["__builtins__"]}
exec("w = len([1, 2])", g2)
print(g2["w"])
g.clear()  # f's globals are g: break the cycle

# Separate locals: assignments go to locals, lookups fall back to globals.
l = {}
exec("w = x + 1\ndel_me = 1\ndel del_me", globals(), l)
print(l)

# Functions defined by exec see exec's globals.
ns = {"base": 100}
exec("def add(n):\n    return base + n", ns)
print(ns["add"](5), ns["add"].__globals__ is ns, ns["add"].__module__)
ns["base"] = 200
print(ns["add"](5))
ns.clear()

# exec and eval in a function: locals() is a snapshot dict (3.11).
def func():
    a = 1
    exec("b = a + 1; print('b =', b)")
    print(sorted(locals().items()))
    exec("a = 5")
    print(a, sorted(locals().items()))
    snap = locals()
    c = 3
    print(snap is locals(), sorted(k for k in snap))
    del snap  # the snapshot holds itself once refreshed
    return eval("a + c")

print(func())

def uses_closure():
    v = 7
    def inner():
        return eval("v")  # v is not a local of inner
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)

print(uses_closure())

# Any mapping may be the locals.
class Mapping:
    def __init__(self):
        self.d = {"magic": 42}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]

m = Mapping()
print(eval("magic + x", globals(), m))
exec("r = magic * 2\ndel r", globals(), m)
print(m.d)

# Code objects.
code = compile("q = 3\nq * 2", "<c>", "exec")
ns = {}
print(exec(code, ns), ns["q"])
print(eval(compile("q + 1", "<c>", "eval"), ns))
print(eval(code, ns), ns["q"])

def make_closure():
    cell_value = 9
    def f():
        return cell_value
    return f

f = make_closure()
exec(f.__code__, {}, closure=f.__closure__)

bad = [
    lambda: exec(),
    lambda: exec("1", {}, {}, {}),
    lambda: exec("1", globals={}),
    lambda: exec("1", foo=1),
    lambda: exec(1),
    lambda: exec("1", []),
    lambda: exec("1", {}, 5),
    lambda: exec("a\0b"),
    lambda: eval(),
    lambda: eval(1),
    lambda: eval("1", []),
    lambda: eval("1", {}, 5),
    lambda: eval("1", locals={}),
    lambda: eval("1", {}, {}, 5),
    lambda: eval("x = 1"),
    lambda: eval(""),
    lambda: exec(f.__code__),
    lambda: exec(f.__code__, {}, closure=(1,)),
    lambda: exec(f.__code__, {}, closure=5),
    lambda: exec(compile("1", "f", "exec"), {}, closure=()),
    lambda: exec("1", closure=()),
    lambda: eval(f.__code__),
    lambda: exec("raise ValueError('inside')"),
    lambda: eval("undefined_name"),
]
for b in bad:
    try:
        b()
        print("no error")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(eval("1", None, []), exec("", None, None))
print(globals() is globals(), vars() is globals(), locals() is globals())
