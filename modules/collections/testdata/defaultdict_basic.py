# defaultdict: __missing__, default_factory, the dict constructor's
# arguments, repr, copy, __reduce__, |, subclasses and the errors.
from _collections import defaultdict
def T(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
d = defaultdict(list); d['a'].append(1); d['b']; print(d, len(d), d['a'], 'c' in d, d.get('c'), d.default_factory)
e = defaultdict(); T(lambda: e['x']); print(e, e.default_factory); e.default_factory = int; e['z'] += 3; print(e)
f = defaultdict(int, {'a': 1}, b=2); print(f, f == {'a': 1, 'b': 2}, isinstance(f, dict), type(f).__mro__)
g = defaultdict(None, [(1, 2)]); print(g); T(defaultdict, 5); T(defaultdict, int, 5); T(defaultdict, int, a=1)
c = d.copy(); print(c, type(c).__name__, c is not d, c['a'] is d['a'], d.__copy__())
print(d.__reduce__()[0].__name__, d.__reduce__()[1], list(d.__reduce__()[4]))
print(f | {'c': 3}, {'c': 3} | f, type({'c': 3} | f).__name__); f |= {'q': 9}; print(f); T(lambda: f | 1)
class D(defaultdict):
    pass
x = D(list); x[1].append(2); print(x, x.copy(), type(x.copy()).__name__, type(x | {}).__name__)
h = defaultdict(lambda: 'v'); print(h['k'], dict(h))
T(d.__missing__, 'n'); print(d); T(e.__missing__, 'm'); T(lambda: defaultdict.__missing__({}, 1))
def bad(): raise ValueError('no')
b2 = defaultdict(bad); T(lambda: b2[1]); print(dict(b2), b2.pop('zz', 0), sorted(d.items()), list(d.keys()), d.setdefault('w', 5))
import _collections; print(_collections.defaultdict.__name__, _collections.defaultdict.__module__)
del d.default_factory; print(d.default_factory)
