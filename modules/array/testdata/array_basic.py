# array: every typecode (conversions and their errors), the sequence
# methods and slots, slices, comparisons, +, *, repr, subclasses.
from array import array
def T(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for c in 'bBuhHiIlLqQfd':
    for v in (-1, 128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.0, 'a', None, 'ab', 1e300, 2**1024, -129, -40000, -2**31-1, True):
        try: r = array(c, [v])
        except Exception as e: r = type(e).__name__ + ' ' + str(e)
        print(c, v if not isinstance(v,int) or abs(v) < 2**70 else 'huge', r)
for c in 'bBuhHiIlLqQfd':
    a = array(c) if c == 'u' else array(c, [1, 2, 3])
    if c == 'u': a = array('u', 'abc')
    print(a, a.typecode, a.itemsize, len(a), a.tobytes(), a.tolist(), a[0], a[-1], a[1:], a[::-1], a == a[:], a < a + a, list(a), a * 2, 2 * a, a.__sizeof__())
T(array); T(array, 'z'); T(array, 5); T(array, 'ab'); T(array, 'i', 'abc'); T(array, 'i', [1], 2); T(array, 'i', x=1); T(array, 'i', array('u', 'x')); T(array, 'i', array('b', [1, 2])); T(array, 'd', range(3)); T(array, 'i', b'\x01\x00\x00\x00'); T(array, 'i', b'abc'); T(array, 'i', 5)
a = array('i', range(10))
T(a.__getitem__, 10); T(a.__getitem__, 'x'); T(a.__getitem__, -11); T(a.__setitem__, 10, 1); T(a.__setitem__, slice(0, 2), [1]); T(a.__setitem__, slice(0, 2), array('h', [1])); T(a.__setitem__, slice(0, 10, 2), array('i', [1]))
a[1:3] = array('i', [7, 8, 9]); print(a); a[::3] = array('i', [0, 0, 0, 0]); print(a); del a[::2]; print(a); del a[0]; print(a); del a[-1:-2:-1]; print(a); a[5:1] = array('i', [42]); print(a)
T(a.pop, 100); print(a.pop(), a.pop(0), a); T(array('i').pop); a.insert(0, 5); a.insert(-100, 6); a.insert(100, 7); print(a); T(a.insert, 0, 'x')
print(a.count(7), a.index(7), a.index(7, 1)); T(a.index, 99); T(a.remove, 99); a.remove(7); print(a); T(a.index, 7, 'x'); T(a.index, 7, 0, 1)
a.extend([1, 2]); a.extend(array('i', [3])); print(a); T(a.extend, array('d', [1])); T(a.extend, 5); a.fromlist([9, 8]); T(a.fromlist, (1,)); T(a.fromlist, [1, 'x']); print(a)
a.frombytes(b'\x01\x00\x00\x00'); T(a.frombytes, b'abc'); T(a.frombytes, 'abc'); T(a.frombytes, memoryview(array('i', [1]))); print(a); a.reverse(); print(a); a.byteswap(); print(a); a.byteswap()
T(a.fromunicode, 'x'); T(a.tounicode); u = array('u', 'hé'); u.fromunicode('ll€'); print(u, u.tounicode()); T(u.fromunicode, 5); T(u.append, 'xy'); u.append('!'); print(u)
b = array('d', [1.5, -2.0]); b += array('d', [3.0]); print(b); b *= 2; print(b); T(lambda: b + [1]); T(lambda: b + array('i')); T(lambda: b * 2.0); T(lambda: b + 1); T(lambda: b.__iadd__([1]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1]) < array('B', [2]), array('i') == [], array('d', [float('nan')]) == array('d', [float('nan')]))
T(hash, array('i')); print(1 in array('i', [1]), 'x' in array('i', [1]), array('f', [0.1]).tolist(), array('f', [1e300]).tolist())
m = memoryview(array('h', [1, 2, 3])); print(m.format, m.itemsize, m.tolist(), bytes(m)); x = array('i', [1]); v = memoryview(x); T(x.append, 2); T(x.pop); x[0] = 5; print(x, v.tolist()); v.release(); x.append(3); print(x)
print(array('i', [1]).__copy__(), array('u', 'ab').__deepcopy__({}), array('i', [1]).__reduce_ex__(2), array('i', [1, 2]).__reduce_ex__(3)[1][1:])
import array as am; print(am.typecodes, am.ArrayType is array, type(iter(array('i'))).__name__)
class A(array): pass
s = A('i', [1, 2]); print(s, type(s[:]).__name__, type(s + s).__name__, s.typecode)
print(array('b', [1, 2]) * 0, array('i', [1]) * -1)
T(lambda: array('b', [1]) * (2**62)); T(lambda: array('b', [1]) * (2**64))
