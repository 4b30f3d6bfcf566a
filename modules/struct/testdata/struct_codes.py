# Every code in every byte order: pack, unpack, round trips, alignment.
import struct, math
def T(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 1, 32767], 'H': [0, 65535], 'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1],
        'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1], '?': [0, 1, 'x', [], None],
        'e': [0.0, -0.0, 1.5, 65504.0, 2**-24, 1e-8, 3.14159], 'f': [0.0, -1.25, 3.4e38, 1e-45, 0.1], 'd': [0.0, -0.0, 1e308, 5e-324, 0.1],
        'c': [b'a', b'\x00'], 's': [b'', b'x'], 'p': [b'', b'x']}
for order in ('', '@', '=', '<', '>', '!'):
    for c, vs in vals.items():
        for v in vs:
            f = order + c
            p = struct.pack(f, v)
            print(f, repr(v), p, struct.unpack(f, p), struct.calcsize(f))
for c, vs in (('n', [-2**63, 7, 2**63 - 1]), ('N', [0, 2**64 - 1]), ('P', [0, -1, 2**64 - 1, 2**63])):
    for v in vs:
        p = struct.pack(c, v); print(c, v, p, struct.unpack(c, p))
for f in ('5s', '5p', '2s', '1p', '0p', '0s', '3c', '10x', '4?', '256p'):
    n = struct.calcsize(f)
    data = bytes(i % 251 + 1 for i in range(n))
    T(struct.unpack, f, data)
print(struct.pack('3s2p4x3c', b'abcdef', b'zz', b'x', b'y', b'z'), struct.pack('!3h2e', 1, 2, 3, 1.0, -2.0))
print(struct.unpack('<255p', bytes([254]) + b'q' * 254), struct.unpack('<5p', bytes([200]) + b'abcd'))
print(struct.pack('bhiqbhe?dfPnN', 1, 2, 3, 4, 5, 6, 7.0, True, 8.0, 9.0, 10, 11, 12))
print(struct.unpack('bhiqbhe?dfPnN', struct.pack('bhiqbhe?dfPnN', 1, 2, 3, 4, 5, 6, 7.0, True, 8.0, 9.0, 10, 11, 12)))
print(struct.pack('<?', 2), struct.unpack('?', b'\x02'), struct.unpack('>?', b'\x80'))
# Half floats: round half to even, subnormals, overflow, NaN and infinities.
for x in (65504.0, 65519.0, 65520.0, 2**-24, 2**-25, 2**-25 * 1.0000001, 2**-26, 1.0 + 2**-11, 1.0 + 3 * 2**-11, 1.0 + 2**-11 + 2**-30,
          5.960464477539063e-08, 6.103515625e-05, 6.097555160522461e-05, -1e-10, float('inf'), -float('inf'), 1/3, 2/3, 100.5, 2049.0, 2051.0):
    try:
        p = struct.pack('<e', x); print(x, p, struct.unpack('<e', p), struct.unpack('>e', struct.pack('>e', x)))
    except OverflowError as e: print(x, 'OverflowError', e)
n = struct.unpack('<e', struct.pack('<e', float('nan')))[0]; print(math.isnan(n), struct.pack('<e', float('nan')), struct.pack('>e', -float('nan')))
print([struct.unpack('<e', bytes([lo, hi]))[0] for hi in (0x7c, 0xfc, 0x00, 0x80, 0x03, 0x3c) for lo in (0, 1, 255)][:18])
print(struct.unpack('<f', struct.pack('<f', float('nan')))[0] != 0, struct.pack('<f', float('nan')), struct.pack('<d', float('nan')), struct.pack('>d', -float('inf')))
print(struct.pack('<f', 16777217.0), struct.pack('<f', 1e-46), struct.pack('f', 3.5e38), struct.pack('=f', 3.4028235e38))
class I:
    def __index__(self): return 65
class F:
    def __float__(self): return 2.5
print(struct.pack('<bHq', I(), I(), I()), struct.pack('<d', F()), struct.pack('<e', 3), struct.pack('<d', True))
T(struct.pack, 'd', I()); T(struct.pack, 'i', F()); T(struct.pack, 'f', 2**1024)
s = struct.Struct('<ih'); print(s.format, s.size, type(s).__name__, type(s).__module__, s.__sizeof__())
T(struct.Struct); T(struct.Struct, 5); T(struct.Struct, 'z'); T(lambda: struct.Struct(format='i').size); T(lambda: struct.Struct(b'>h').format); T(struct.Struct, 'i', 'h')
T(s.unpack, b'abcdef'); T(s.pack, 1); T(s.unpack_from, b'abcdefgh', offset=1); T(s.pack, 1, 2); T(s.unpack_from, b'ab'); T(lambda: type(s.iter_unpack(b'abcdef' * 2)).__name__)
T(lambda: list(s.iter_unpack(b'abcdef' * 2))); b = bytearray(8); T(s.pack_into, b, 1, 5, 6); print(b); T(s.unpack, b'abc'); T(lambda: s.pack(x=1))
s.__init__('>q'); print(s.format, s.size, s.pack(-2))
class S(struct.Struct):
    def __init__(self, f): super().__init__(f); self.extra = 1
ss = S('<H'); print(ss.pack(3), ss.size, ss.extra, isinstance(ss, struct.Struct))
print(struct.Struct('4s').__sizeof__(), struct.Struct('').__sizeof__(), struct.Struct('xxi2x').__sizeof__())
for i in range(-7, 6): T(struct.unpack_from, '<h', b'\x01\x02\x03\x04\x05', i)
T(struct.unpack_from, 'i', b'ab', -3)
print(struct.pack('<d', math.nan), struct.pack('>d', -math.nan), struct.pack('<d', float('-nan')))
