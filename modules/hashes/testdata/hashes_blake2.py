# BLAKE2's parameters: digest sizes, keys, salts, personalization and the
# tree fields, with the constructor's errors in CPython's order.
from _blake2 import blake2b, blake2s
import _blake2

for c in (blake2b, blake2s):
    print(c.__name__, c.__module__, c.SALT_SIZE, c.PERSON_SIZE, c.MAX_KEY_SIZE, c.MAX_DIGEST_SIZE, c.__doc__)
    for ds in (1, 16, 20, c.MAX_DIGEST_SIZE):
        h = c(b'abc', digest_size=ds)
        print(ds, h.digest_size, h.hexdigest())
    print(c(b'msg', key=b'k').hexdigest())
    print(c(b'msg', key=b'k' * c.MAX_KEY_SIZE).hexdigest())
    print(c(key=b'key').hexdigest())
    print(c(b'x' * 300, key=b'key', salt=b'salt', person=b'me').hexdigest())
    print(c(b'tree', fanout=0, depth=255, leaf_size=4096, node_offset=7, node_depth=3, inner_size=c.MAX_DIGEST_SIZE, last_node=True).hexdigest())
    print(c(b'tree', node_offset=2**32 + 1).hexdigest(), c(b'tree', leaf_size=2**32 - 1).hexdigest())
    print(c(b'', usedforsecurity=False).hexdigest() == c().hexdigest())
    h = c(b'q' * 129, key=b'z')
    h2 = h.copy()
    h.update(b'r' * 64)
    print(h.hexdigest() == c(b'q' * 129 + b'r' * 64, key=b'z').hexdigest(), h2.hexdigest() == c(b'q' * 129, key=b'z').hexdigest())
print(sorted(k for k in vars(_blake2) if k.startswith('BLAKE')), [getattr(_blake2, k) for k in sorted(vars(_blake2)) if k.startswith('BLAKE')])

def err(src):
    try:
        r = repr(eval(src))
        print(r if ' at 0x' not in r else type(eval(src)).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

for c in ('blake2b', 'blake2s'):
    for args in ('digest_size=0', 'digest_size=65', 'digest_size=33', 'salt=b"x"*17', 'salt=b"x"*9',
                 'person=b"x"*17', 'person=b"x"*9', 'key=b"x"*65', 'key=b"x"*33', 'fanout=-1', 'fanout=256',
                 'depth=0', 'depth=256', 'leaf_size=-1', 'leaf_size=2**32', 'leaf_size=2**64', 'node_offset=-1',
                 'node_offset=2**48', 'node_offset=2**64', 'node_depth=-1', 'node_depth=256', 'inner_size=-1',
                 'inner_size=65', 'inner_size=33', 'b"a", b"b"', 'data=b"a"', '"a"', '1', 'None', 'key="a"', 'salt=1',
                 'digest_size=1.5', 'digest_size=2**70', 'fanout=2**70', 'leaf_size=1.5', 'node_offset=1.5', 'leaf_size=True', 'depth=0, salt=b"x"*17',
                 'digest_size=0, key=1', 'bogus=1', 'last_node=[]'):
        err(c + '(' + args + ')')
err('type("X", (blake2b,), {})')
