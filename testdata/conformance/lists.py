# Lists: construction, mutation methods, operators, nesting, aliasing.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1])
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count(7))
b = a.copy()
b.sort()
print(b, a)
b.sort(reverse=True)
print(b)
b.reverse()
print(b)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, [] * 3)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
print(grid)
alias = grid[1]
alias.append(8)
print(grid)
c = [1, 2, 3]
c += [4]
c *= 2
print(c)
print(5 in c, 7 not in c, c == [1, 2, 3, 4, 1, 2, 3, 4], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
c.clear()
print(c, bool(c), bool([0]))
nested = [1, [2, [3, [4]]], "s", (5,), {"k": [6]}, None, True, 1.5]
print(nested)
print(list(range(5)), list("abc"), list((1, 2)), list({3: "x", 1: "y"}))
s = [1, 2, 3]
s[1] = "two"
print(s, s[-2])
print(sum([1, 2, 3]), max([4, 8, 2]), min([4, 8, 2]))
e = []
for i in range(5):
    e.append(i * i)
print(e)
z = [0, 1]
z.extend(range(2, 5))
z.extend("ab")
z.extend((9,))
print(z)
r = [1, 2, 3]
r.append(r[:])
print(r)
