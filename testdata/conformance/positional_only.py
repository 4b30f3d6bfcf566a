# Positional-only parameters (PEP 570): the syntax and its errors, binding,
# co_posonlyargcount, and their errors at call time.
tests = ['def f(/, a): pass', 'def f(a, /, /): pass', 'def f(*, a, /): pass', 'def f(*a, /): pass', 'def f(**k, /): pass', 'def f(a=1, /, b): pass', 'lambda a, /: a', 'lambda /: 0', 'def f(a, /, *, b): pass', 'def f(a, /): pass', 'def f(a, /, b=2, *c, d, **e): pass']
for s in tests:
  try: compile(s, 'f', 'exec'); print(s, 'ok')
  except SyntaxError as e: print(s, '->', e.msg, e.offset)
def f(a, b=2, /, c=3, **kw): return a, b, c, kw
print(f(1), f(1, 5, 6), f(1, a=9), f.__code__.co_posonlyargcount, f.__code__.co_argcount)
def g(a, /): pass
for call in [lambda: g(a=1), lambda: g(), lambda: g(1, 2)]:
  try: call()
  except TypeError as e: print(e)
def h(a, b, /, c): pass
try: h(a=1, b=2, c=3)
except TypeError as e: print(e)
try: h(1, 2, 3, c=4)
except TypeError as e: print(e)
ANN = 0x1000000
ns = {}
exec(compile("v: lambda a, /, b: 0", "u", "exec", flags=ANN), ns)
print(ns['__annotations__'])
