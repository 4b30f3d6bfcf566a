# array: pickling helpers, files, iterators, the buffer protocol.
from array import array, _array_reconstructor as R
import _io as io, threading
def T(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for c in 'bBuhHiIlLqQfd':
    a = array('u', 'xyz') if c == 'u' else array(c, [1, 2, 3])
    f, args, d = a.__reduce_ex__(4)
    print(c, args[1:], f(*args) == a, array(*a.__reduce_ex__(1)[1]) == a)
T(R, array, 'i', 8, b'\x01\x00\x00\x00'); T(R, 5, 'i', 8, b''); T(R, int, 'i', 8, b''); T(R, array, 'z', 8, b''); T(R, array, 'i', 99, b''); T(R, array, 'i', 8, 'x')
class A(array): pass
x = A('i', [5]); x.attr = 1; r = x.__reduce_ex__(3); print(r[1][0].__name__, r[2], r[0](*r[1]))
b = io.BytesIO(); array('h', [1, -2, 3]).tofile(b); print(b.getvalue()); b.seek(0)
y = array('h'); y.fromfile(b, 2); print(y); T(y.fromfile, b, 2); print(y); T(y.fromfile, b, -1); T(y.fromfile, 5, 1)
class R2:
    def read(self, n): return 'x'
T(y.fromfile, R2(), 1)
big = array('B', bytes(200000)); b = io.BytesIO(); big.tofile(b); print(len(b.getvalue()))
it = iter(array('i', [1, 2])); a = array('i', [1, 2]); it = iter(a); print(next(it)); a.append(3); print(list(it), list(it))
a = array('d', [1.0, 2.0, 3.0]); m = memoryview(a); print(m.format, m.itemsize, m.shape, m.nbytes, m[1], m.readonly); m[0] = 9.5; print(a); T(a.extend, [1.0]); T(a.__delitem__, 0); T(a.__setitem__, slice(0, 1), array('d')); a[0:1] = array('d', [7.0]); print(a); del m; a.append(4.0); print(a)
print(bytes(array('i', [1, 256])), bytearray(array('H', [65535])), array('i', [1]).buffer_info()[1], array('i').buffer_info()[1])
u = array('u', '\U0001f600a'); print(u, len(u), u.tounicode(), u[0]); T(array('u', [chr(0x10ffff)]).tounicode); z = array('u'); z.frombytes(b'\x00\x00\x11\x00'); T(z.tounicode); T(repr, z)
print(array('i', range(20)).__sizeof__(), array('b', b'abcdefghijklmnopqrstuvwxyz').__sizeof__())
g = array('i'); [g.append(i) for i in range(40)]; print(g.__sizeof__()); g[5:] = array('i'); print(g.__sizeof__()); g.extend(range(100)); print(g.__sizeof__())
