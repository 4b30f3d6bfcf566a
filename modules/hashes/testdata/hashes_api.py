# The modules' contents, the hash objects' methods and attributes, and the
# errors of their arguments.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

for m in (_md5, _sha1, _sha256, _sha512, _sha3, _blake2):
    print(m.__name__, sorted(k for k in vars(m) if not k.startswith('__')))
print(_sha512.SHA384Type, _md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type)
print(_sha3.implementation, _sha3.keccakopt, _sha3.sha3_224.__doc__, _sha3.shake_256.__doc__)
print(type(_md5.md5.name) if hasattr(_md5.md5, 'name') else 'function', type(_md5.MD5Type.name).__name__)
print(sorted(k for k in vars(_md5.MD5Type) if not k.startswith('__')))
print(sorted(k for k in vars(_sha3.shake_128) if not k.startswith('__')))
print(repr(_md5.md5())[:15], repr(_blake2.blake2b())[:22], repr(_sha3.sha3_224())[:21])

def err(src):
    try:
        r = repr(eval(src))
        print(r if ' at 0x' not in r else type(eval(src)).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

for e in ('_md5.md5(string=b"a").hexdigest()', '_md5.md5(b"a", b"b")', '_md5.md5(usedforsecurity=[]).name',
          '_md5.md5(b"a", usedforsecurity=False).hexdigest()', '_md5.md5(None)', '_md5.md5("a")', '_md5.md5(1)',
          '_md5.md5(x=1)', '_md5.MD5Type()', '_sha256.sha224(b"")', '_sha256.SHA256Type(b"")',
          '_md5.md5().update()', '_md5.md5().update(string=b"")', '_md5.md5().update("s")', '_md5.md5().update(3)',
          '_md5.md5().update(b"")', '_md5.md5().digest(1)', '_md5.md5().hexdigest(x=1)', '_md5.md5().copy(1)',
          '_md5.md5().copy(x=1)', '_sha1.sha1().copy().name', '_md5.md5() == _md5.md5()',
          '_sha3.sha3_224(string=b"a")', '_sha3.sha3_224(b"a", b"b")', '_sha3.sha3_224("a")', '_sha3.sha3_224(1)',
          '_sha3.sha3_224(None)', '_sha3.sha3_224().update()', '_sha3.sha3_224().digest(1)', '_sha3.sha3_224().copy(1)',
          '_sha3.sha3_224().digest(x=1)', '_sha3.sha3_256(usedforsecurity=False).name', '_sha3.shake_128().digest()',
          '_sha3.shake_128().digest(-1)', '_sha3.shake_128().hexdigest(2**29)', '_sha3.shake_128().hexdigest(2**64)',
          '_sha3.shake_128().hexdigest(1.5)', '_sha3.shake_128().digest(length=3)', '_sha3.shake_128().hexdigest(0)',
          '_sha3.shake_128().copy(1)', '_sha3.shake_128().digest(True)',
          '_blake2.blake2b().update()', '_blake2.blake2b().digest(1)', '_blake2.blake2b().copy(1)',
          '_blake2.blake2b().update(x=1)', '_blake2.blake2s().hexdigest(x=1)', '_md5.md5().name.upper()',
          'type("X", (_md5.MD5Type,), {})', 'type("X", (_sha3.sha3_224,), {})',
          '_md5.md5().digest_size', '_sha512.sha384().block_size', '_sha3.shake_128().digest_size'):
    err(e)
