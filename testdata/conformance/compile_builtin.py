# compile(): modes, flags, optimize, filenames, and the code objects it
# makes.

c = compile("a = 1\nb = a + 1", "prog.py", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno, c.co_flags, c.co_names)
ns = {}
exec(c, ns)
print(ns["b"])

e = compile("1 + 2 * 3", "<expr>", "eval")
print(e.co_name, eval(e), e.co_names)

# "single" prints the value of each top-level expression statement
# through sys.displayhook (None is not printed).
s = compile("x = 5; x; None; 'text'", "<single>", "single")
exec(s, {})
exec(compile("if True:\n    10\n    20\n", "<single>", "single"), {})
exec(compile("for i in range(2): i\n", "<single>", "single"), {})
d = {}
exec(compile("def f(): 99\n", "<single>", "single"), d)
d.clear()

import sys
seen = []
old = sys.displayhook
sys.displayhook = seen.append
exec(compile("1 + 1", "<s>", "single"), {})
sys.displayhook = old
print(seen)
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"), {})
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__

# optimize: 1 drops asserts and makes __debug__ False, 2 drops docstrings.
src = '''"""module doc"""
def f():
    "function doc"
    assert False, "assert ran"
    return __debug__
class C:
    "class doc"
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=opt), ns)
    try:
        r = ns["f"]()
    except AssertionError as e:
        r = "AssertionError: %s" % e
    print(opt, ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__, r)
    ns.clear()

# Syntax errors name the file given.
for src, mode in [("x = = 1", "exec"), ("x = = 1", "eval"), ("x = = 1", "single"),
                  ("1 +", "eval"), ("a = 1\nb = 2", "single"), ("def f(:\n", "exec"),
                  ("  x", "exec"), ("", "eval"), ("", "single"), ("", "exec"),
                  ("return 1", "exec"), ("yield_ = 1\nbreak", "exec")]:
    try:
        compile(src, "bad.py", mode)
        print(repr(src), mode, "compiles")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.filename, e.lineno, repr(e.text))

# Flags and other arguments.
print(compile("1", "f", "exec", 0).co_flags, compile("1", "f", "exec", 0x1000000).co_flags)
print(compile("1", "f", "exec", dont_inherit=True).co_flags)
for args, kw in [((), {}), (("1", "f", "bad"), {}), (("1", "f", "exec", 0x400000000), {}),
                 (("1", 5, "exec"), {}), ((1, "f", "exec"), {}), (("1", "f", "exec"), {"optimize": 5}),
                 (("a\0", "f", "exec"), {}), (("1", "f", "exec"), {"foo": 1}),
                 (("1", "f", "exec", 0x8000000), {}), (("1", "f", 5), {}),
                 (("1", "f", "func_type"), {})]:
    try:
        compile(*args, **kw)
        print("compiles")
    except (TypeError, ValueError, OverflowError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)

# Code objects of functions made by compiled code.
ns = {}
exec(compile("def outer(a, *b, c=1, **d):\n    def inner():\n        return a\n    return inner\n", "<c>", "exec"), ns)
o = ns["outer"]
i = o(1)
print(o.__code__.co_flags, i.__code__.co_flags, i.__code__.co_freevars, o.__code__.co_cellvars)
print(o.__code__.co_varnames, o.__code__.co_argcount, o.__code__.co_kwonlyargcount, o.__code__.co_nlocals)
print(o.__code__.co_qualname, i.__code__.co_qualname, i.__code__.co_filename)
print(all(len(t) == 3 for t in o.__code__.co_lines()), all(len(t) == 4 for t in o.__code__.co_positions()))
r = o.__code__.replace(co_name="renamed")
print(r.co_name, o.__code__.co_name, r.co_varnames == o.__code__.co_varnames)
ns.clear()
