# Augmented assignment on names, attributes, subscripts, and in-place list
# mutation through +=.
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
f = 1.5
f += 1
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
class C:
    pass
c = C()
c.v = 1
c.v += 10
print(c.v)
d = {"k": 1}
d["k"] += 1
d["k"] *= 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 1
print(arr, calls)
b = 6
b &= 3
b |= 8
b ^= 1
b <<= 2
b >>= 1
print(b)
