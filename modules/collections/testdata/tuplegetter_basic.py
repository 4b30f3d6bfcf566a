# _tuplegetter: namedtuple's field descriptor (on tuples and through the
# descriptor protocol; namedtuple classes themselves need tuple subclasses).
from _collections import _tuplegetter
def T(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
g = _tuplegetter(1, 'Alias for field number 1')
print(g, g.__doc__, g.__reduce__(), type(g).__name__, type(g).__module__)
print(g.__get__((1, 2, 3)), g.__get__(None, tuple) is g, g.__get__((1, 2), None))
class Q:
    z = _tuplegetter(0, None)
    w = _tuplegetter(5, 'far')
print(Q.z, Q.w.__doc__, Q.__dict__['z'] is Q.z)
T(lambda: Q().z); T(lambda: setattr(Q(), 'z', 1)); T(lambda: delattr(Q(), 'z'))
T(lambda: g.__get__((1,))); T(lambda: _tuplegetter(-1, 'neg').__get__((1, 2)))
T(lambda: g.__set__((1, 2), 3)); T(lambda: g.__delete__((1, 2))); T(lambda: g.__get__(None, None)); T(lambda: g.__get__())
T(lambda: _tuplegetter()); T(lambda: _tuplegetter(1)); T(lambda: _tuplegetter('a', 'b')); T(lambda: _tuplegetter(1, 2, 3))
T(lambda: _tuplegetter(index=1, doc=2)); T(lambda: _tuplegetter(2**70, 'big'))
g.__doc__ = 'changed'; print(g, g.__doc__); del g.__doc__; print(g, g.__doc__)
T(lambda: type('X', (_tuplegetter,), {}))
h = _tuplegetter(0, [1, 2]); print(h.__reduce__()[1][1] is h.__doc__)
