# Single inheritance: overriding, super() in __init__ and methods,
# inherited class attributes, isinstance with base classes, multi-level.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"

class Cat(Animal):
    pass

animals = [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug"), Cat("Tom")]
for a in animals:
    print(a.describe())
pup = animals[2]
print(pup.breed, pup.kind, isinstance(pup, Puppy), isinstance(pup, Dog), isinstance(pup, Animal))
print(isinstance(animals[3], Dog), isinstance(pup, (int, Cat, Dog)))
print(Animal.speak(pup), Dog.speak(pup))

class Base:
    def __init__(self):
        self.log = ["base"]

    def hook(self):
        return "base hook"

    def run(self):
        return self.hook()

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("derived")

    def hook(self):
        return "derived hook / " + super().hook()

d = Derived()
print(d.log, d.run(), Base().run())

class Shape:
    sides = 0

    def area(self):
        return 0

class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

shapes = [Shape(), Square(3)]
print([(type(s).__name__, s.sides, s.area()) for s in shapes])
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(None, object))
