# Decorators: staticmethod, classmethod, property (getter and setter), and
# plain function decorators, stacked, with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

calls = []

def logged(fn):
    def wrapper(*args):
        calls.append(fn.__name__)
        return fn(*args)
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

@repeat(3)
def roll(x):
    return x * 2

@logged
@shout
def stacked():
    return "stacked"

print(greet("world"), roll(4), stacked(), calls)

class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.instances

t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.convert(0), t.convert(37))
t.celsius = 20
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError raised")
u = Temperature.from_fahrenheit(212)
print(type(u).__name__, u.celsius, Temperature.count(), u.count())

class Kelvin(Temperature):
    scale = "K"

k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.celsius, k.scale, Kelvin.count())
