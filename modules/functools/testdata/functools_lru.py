from _functools import _lru_cache_wrapper as W
def info(*a): return a
calls = []
def f(x, y=0):
    calls.append((x, y)); return x * 10 + y
for maxsize in (None, 0, 2, 3):
    for typed in (False, True):
        w = W(f, maxsize, typed, info)
        calls.clear()
        r = [w(1), w(1), w(2), w(1.0), w(3), w(1), w(x=1), w(1, y=2), w(1, y=2), w(2), w(True)]
        print(maxsize, typed, r, calls, w.cache_info())
        w.cache_clear(); print(w.cache_info())
class C:
    @lambda fn: W(fn, 2, False, info)
    def m(self, a): return (self.__class__.__name__, a)
c = C(); print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 2))
w = W(f, 2, False, info)
print(w.__copy__() is w, w.__deepcopy__({}) is w, type(w).__name__, type(w).__module__)
w.__qualname__ = 'qq'; print(w.__reduce__(), w.__dict__)
def T(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
T(lambda: W(f, 2**100, False, info)); T(lambda: W(f, 1.0, False, info)); T(lambda: W(f, 1, False))
T(lambda: W(3, 1, False, 4)); T(lambda: w.cache_info(1)); T(lambda: w.__copy__(a=1)); T(lambda: w([]))
T(lambda: W(f, -5, False, info).cache_info())
class H:
    def __hash__(self): print('hash'); return 1
    def __eq__(self, o): print('eq'); return self is o
h = H(); w = W(lambda x: 1, 2, False, info); w(h); w(h); w(H()); w(H()); print(w.cache_info())
