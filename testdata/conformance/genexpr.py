# Generator expressions passed straight to calls.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(x % 7 for x in range(3, 20)))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print(list(x for x in "abc"), tuple(i * 2 for i in range(3)), set(i % 2 for i in range(5)))
print(sorted(x % 5 for x in range(12)))
print(", ".join(str(i) for i in range(5)))
print(dict((i, i * i) for i in range(4)))
print(sum(1 for c in "mississippi" if c == "s"))
total = 0
for v in list(x + 1 for x in range(4)):
    total += v
print(total)
it = iter(x * 10 for x in range(3))
print(next(it), next(it), next(it), next(it, "done"))
