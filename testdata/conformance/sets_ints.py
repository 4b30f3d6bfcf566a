# Sets of small ints only: CPython orders small-int sets by value, and str
# hashes are randomised, so no set of strings is ever printed.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(1)
s.remove(2)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}))
print(set(), set([1, 1, 2, 2, 3]), set(range(5)), set((0, 0)))
c = set(range(10))
c -= {0, 1}
c &= {2, 3, 4, 5, 20}
c |= {7}
c ^= {2, 8}
print(c, sorted(c, reverse=True))
print({x % 3 for x in range(10)})
print(len({"a", "b", "a"}), "a" in {"a", "b"}, sorted({"pear", "apple", "fig"}))
e = {1, 2, 3}
e.update([4, 5], (6,))
print(e)
popped = e.pop()
print(popped in {1, 2, 3, 4, 5, 6}, popped not in e, len(e))
f = e.copy()
f.clear()
print(f, len(e), {1, 2} == {2, 1}, {1, 2} != {1, 3})
print(sum({1, 2, 3}), max({4, 9, 1}), min({4, 9, 1}))
