# _count_elements: Counter's loop, on a dict (fast path: one hash per key)
# and on other mappings (get and __setitem__ called).
from _collections import _count_elements as C
def T(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {}; print(C(d, 'abracadabra'), d); C(d, ['a', 1, 1.0, True, (1, 2)]); print(d)
d = {'x': 2.5}; C(d, 'xx'); print(d)
class H:
    n = 0
    def __hash__(self): H.n += 1; return 7
    def __eq__(self, o): return isinstance(o, H)
d = {}; C(d, [H(), H(), H()]); print(H.n, list(d.values()))
class M:
    def __init__(self): self.d = {}
    def get(self, k, default): print('get', k, default); return self.d.get(k, default)
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
m = M(); C(m, 'aba'); print(m.d)
T(lambda: C({}, 5)); T(lambda: C({}, [[1]])); T(lambda: C(5, 'a')); T(lambda: C({})); T(lambda: C({}, 'a', 1))
T(lambda: C(d={}, iterable='a')); T(lambda: C({'a': 'x'}, 'a')); T(lambda: C({'a': None}, 'ba'))
def gen():
    yield 1; yield 2; raise ValueError('boom')
d = {}; T(lambda: C(d, gen())); print(d)
class N:
    def get(self, k, default): raise KeyError(k)
T(lambda: C(N(), 'a'))
class O:
    def get(self, k, default): return default
T(lambda: C(O(), 'a'))
