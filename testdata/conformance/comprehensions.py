# List, dict and set comprehensions: filters, nesting, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in range(r)] for r in range(4)])
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 4 for x in range(20)})
words = ["apple", "bob", "kayak", "level", "python"]
print([w.upper() for w in words if w == w[::-1]])
print([i if i % 2 else -i for i in range(6)])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([n + i for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
def make(k):
    return [k * j for j in range(k)]
print(make(4), [make(i) for i in range(3)])
print(sorted({v: k for k, v in {"a": 1, "b": 2}.items()}.items()))
print([len(w) for w in "one two three".split()])
print([(a, b) for a, b in [(1, 2), (3, 4)]])
