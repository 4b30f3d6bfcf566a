import _functools as ft
def T(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(ft.reduce(lambda a, b: a + b, [1, 2, 3, 4]), ft.reduce(lambda a, b: a * b, range(1, 6), 10), ft.reduce(max, [], 7), ft.reduce(min, [5]))
T(lambda: ft.reduce(max, [])); T(lambda: ft.reduce(max, 1)); T(lambda: ft.reduce(max)); T(lambda: ft.reduce(max, [], 1, 2)); T(lambda: ft.reduce(max, [], initial=1))
K = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj, type(K).__name__)
T(lambda: K(1) < 1); T(lambda: hash(K(1))); T(lambda: K()); T(lambda: ft.cmp_to_key()); T(lambda: K(obj=3).obj); T(lambda: K(1, 2))
def f(*a, **k): return a, k
p = ft.partial(f, 1, 2, x=3)
print(p(4, y=5), p(x=9), p.func is f, p.args, p.keywords)
q = ft.partial(p, 5, z=6); print(q.func is f, q.args, q.keywords, q())
print(repr(ft.partial(max, 1, key=abs)), repr(ft.partial(max)))
p.attr = 1; r = ft.partial(p, 7); print(r.func is p, r.args)
T(lambda: ft.partial()); T(lambda: ft.partial(1)); T(lambda: ft.partial(f, 1)(2, x=3))
class P(ft.partial): pass
print(repr(P(max, 2)), P(max, 2)(5))
T(lambda: setattr(p, 'func', 1))
