# Tuple/list unpacking, starred targets, nested targets, swaps, multiple
# assignment targets, and star-expressions in displays and calls.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "hello"
print(h, mid, t)
x, *empty, y = (1, 2)
print(x, empty, y)
p = q = r = 0
p += 1
print(p, q, r)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
for idx, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(idx, k, v)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f3(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f3(*args), f3(*[1], *(2, 3)), f3(**{"a": 1, "b": 2, "c": 3}), f3(1, **{"c": 3, "b": 2}))
m, n = divmod(17, 5)
print(m, n)
(s,) = [42]
print(s)
