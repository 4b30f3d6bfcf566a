# _tuplegetter in tuple subclasses, as namedtuple builds them, and
# _count_elements on dict subclasses.
from _collections import _tuplegetter, _count_elements
def T(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    def __repr__(self): return f'P(x={self.x!r}, y={self.y!r})'
p = P(1, [2]); print(p, p.x, p.y, p[0], P.x, P.y.__doc__, isinstance(p, tuple), len(p))
T(lambda: setattr(p, 'x', 5)); T(lambda: delattr(p, 'y')); T(lambda: setattr(p, 'z', 5))
class Q(P): pass
q = Q(3, 4); print(q.x + q.y, type(q).__name__)
class Short(tuple):
    z = _tuplegetter(3, None)
T(lambda: Short((1, 2)).z); print(Short((1, 2, 3, 4)).z)
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter(); _count_elements(c, 'mississippi'); print(sorted(c.items()), c['zz'])
class Logged(dict):
    def __setitem__(self, k, v): print('set', k, v); self.update({k: v})
l = Logged(); _count_elements(l, 'aab'); print(l)
class G(dict):
    def get(self, k, default=None): print('get', k); return super().get(k, default)
g = G(); _count_elements(g, 'xy'); print(g)
