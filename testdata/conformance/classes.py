# Classes: __init__, methods, instance and class attributes, attribute
# lookup order, mutation through self, classes as values, isinstance.
class Point:
    dims = 2
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def scale(self, k):
        self.x *= k
        self.y *= k

    def as_tuple(self):
        return (self.x, self.y)

p = Point(1, 2)
q = p.moved(3, 4)
q.scale(2)
print(p.as_tuple(), q.as_tuple(), Point.count, p.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 4
print(p.dims, q.dims)
print(isinstance(p, Point), isinstance(3, Point), type(p) is Point, type(p).__name__)
print(Point.__name__, p.__class__.__name__)
method = p.as_tuple
p.x = 100
print(method())
print(Point.as_tuple(q))

class Empty:
    pass

e = Empty()
e.anything = "set later"
e.n = 1
e.n += 1
print(e.anything, e.n)
del e.anything
print("deleted")

class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)
        return self

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)

s = Stack().push(1).push(2).push(3)
print(s.pop(), s.size(), s.items)

class Registry:
    entries = []

    def add(self, v):
        self.entries.append(v)

r1 = Registry()
r2 = Registry()
r1.add("a")
r2.add("b")
print(Registry.entries, r1.entries is r2.entries)

def factory(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local

print(factory(5)().get(), factory("s")().get())
objs = [Point(i, -i) for i in range(3)]
print([o.as_tuple() for o in objs], Point.count)
print(getattr(p, "x"), getattr(p, "zz", "default"))
setattr(p, "y", 55)
print(p.y)
