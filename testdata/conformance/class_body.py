# Class bodies: statements run at definition time, names defined earlier in
# the body are visible later in the body (not inside methods), class
# attributes shadowed by instance attributes, methods calling methods.
print("before class")

class Config:
    print("class body runs once")
    base = 10
    doubled = base * 2
    names = [str(i) for i in range(3)]
    if doubled > 15:
        size = "large"
    else:
        size = "small"

    def total(self):
        return self.base + self.doubled

    def describe(self):
        return f"{self.size} {self.total()} {self.names}"

print("after class")
c = Config()
print(c.describe(), Config.size, Config.doubled)
c.base = 1
print(c.total(), Config().total())

class Counter:
    total = 0

    def __init__(self):
        self.count = 0

    def hit(self):
        self.count += 1
        Counter.total += 1
        return self

a = Counter().hit().hit()
b = Counter().hit()
print(a.count, b.count, Counter.total)

class WithDoc:
    "docstring only"

print(WithDoc.__name__, type(WithDoc()).__name__)
x = "module x"

class Scope:
    x = "class x"

    def method(self):
        return x

print(Scope().method(), Scope.x)
