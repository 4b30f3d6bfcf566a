# Digests of every built-in hash over inputs that cross block boundaries
# (and the 2048-byte size past which an update releases the GIL), fed at
# once and in pieces.
import _md5, _sha1, _sha256, _sha512, _blake2, _sha3

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _blake2.blake2b, _blake2.blake2s, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384,
         _sha3.sha3_512]
data = bytes(range(256)) * 24
for ctor in ctors:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    for n in (1, 3, 55, 56, 63, 64, 65, 111, 127, 128, 129, 135, 136, 137, 1000, 2048, 6144):
        one = ctor(data[:n]).hexdigest()
        h = ctor()
        for i in range(0, n, 37):
            h.update(data[i:min(n, i + 37)])
        print(n, one, h.hexdigest() == one, h.digest().hex() == one)
    h = ctor(b'abc')
    c = h.copy()
    c.update(b'def')
    print(h.hexdigest(), c.hexdigest() == ctor(b'abcdef').hexdigest(), type(c) is type(h))
    print(ctor(bytearray(b'xy')).hexdigest() == ctor(memoryview(b'axyz')[1:3]).hexdigest())

for shake in (_sha3.shake_128, _sha3.shake_256):
    h = shake(data[:200])
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    for n in (0, 1, 16, 32, 200, 1000):
        print(n, h.hexdigest(n), h.digest(n).hex() == h.hexdigest(n))
    c = h.copy()
    c.update(b'more')
    print(c.hexdigest(8), h.hexdigest(8))

for ctor in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512):
    h = ctor()
    print(h.name, h._capacity_bits, h._rate_bits, h._suffix)
