# deque * n, n * deque, deque *= n: copies, maxlen, subclasses, errors.
from _collections import deque
def T(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3])
T(lambda: d * 2); T(lambda: 2 * d); T(lambda: d * 0); T(lambda: d * -1); T(lambda: deque([1, 2, 3], maxlen=5) * 3); T(lambda: deque([7], maxlen=3) * 10); T(lambda: d * 2.0); T(lambda: d * (2**64)); T(lambda: deque() * 5)
class I:
    def __index__(self): return 2
T(lambda: d * I()); T(lambda: I() * d)
e = deque('ab'); f = e; e *= 3; print(e, e is f); e *= 1; print(e); e *= 0; print(e, e is f)
g = deque(range(4), maxlen=6); g *= 2; print(g); h = deque([1]); h *= 4; print(h); T(lambda: d.__mul__(2)); T(lambda: d.__rmul__(3)); T(lambda: d.__imul__(1))
class D(deque): pass
print(type(D([1]) * 2).__name__, D([1], 4) * 9)
big = deque([1, 2]); T(lambda: big * (2**62))
T(lambda: 'a' * d); T(lambda: [1] * d)
