# Tuples: packing, one-element tuples, immutability, comparison, methods.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
single = (5,)
empty = ()
print(single, empty, len(empty), type(single) is tuple)
packed = 1, 2, 3
print(packed, packed == (1, 2, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(t.index("two"), (1, 1, 2, 1).count(1), 3.0 in t, 4 not in t)
print((1, 2) + (3,), (0,) * 3, tuple([1, 2]), tuple("ab"), tuple(range(3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
a, b = b, a = 1, 2
print(a, b)
print(hash((1, 2, 3)) == hash((1, 2, 3)), (1, 2) == (1, 2), t is not None, t is t)
d = {(1, 2): "pair", (3,): "one"}
print(d[(1, 2)], d[3,])
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(x * 2 for x in (1, 2, 3)))
print(str((1,)), repr(("a", 'b"')))
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
