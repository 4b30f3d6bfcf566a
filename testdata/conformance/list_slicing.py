# Slices: read with steps and negative bounds, assign (including resizing
# and extended slices), delete.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[3:3], a[5:2], a[100:], a[-100:2], a[::100], a[::-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = [1, 2]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = "abcde"
print(c)
del c[::3]
print(c)
d = list(range(8))
del d[2:4]
print(d)
del d[-1]
print(d)
del d[0]
print(d)
del d[:]
print(d)
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[4:1:-1])
s = "abcdefgh"
print(s[1:6:2], s[-2::-3], s[:100])
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[5:] = [6, 7]
print(e)
f = [0, 1, 2, 3, 4, 5]
f[-2:] = range(3)
print(f)
g = [0, 1, 2, 3]
g[3:1:-1] = ["a", "b"]
print(g)
