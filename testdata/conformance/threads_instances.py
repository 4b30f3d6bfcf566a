# Threads share instances and closures: one sets, replaces and deletes
# instance attributes and rebinds a closure variable until the others are
# done; they read the attributes (getattr, hasattr), call bound methods
# and read the closure variable.
import threading

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(1, 2)
stop = []
errors = []

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return bump, peek

bump, peek = make_counter()

def mutator():
    r = 0
    while not stop or r < 50:
        p.x = r
        p.y = Point(r, r)
        p.extra = "e%d" % r
        del p.extra
        setattr(p, "z", r)
        delattr(p, "z")
        bump()
        r += 1

def reader():
    try:
        for r in range(1500):
            if getattr(p, "x", 0) < 0:
                errors.append("x")
            y = p.y
            if not isinstance(y, (int, Point)):
                errors.append("y")
            hasattr(p, "extra")
            if not hasattr(p, "x") or getattr(p, "z", 0) < 0:
                errors.append("attributes")
            m = p.norm1
            if peek() < 0:
                errors.append("peek")
    except Exception as e:
        errors.append(repr(e))

m = threading.Thread(target=mutator)
m.start()
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(1)
m.join()
print("errors:", errors)
print(peek() >= 50, p.x >= 49, hasattr(p, "extra"), hasattr(p, "z"))
