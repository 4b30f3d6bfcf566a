# del on names, list items and slices, dict keys, attributes; NameError
# after deleting a name.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class Box:
    pass

b = Box()
b.v = 1
b.w = 2
del b.v
print(b.w)
try:
    b.v
except AttributeError as e:
    print("AttributeError:", e)

def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_del())
p, q = 1, 2
del p, q
print("deleted two names")
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
