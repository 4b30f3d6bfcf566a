# __del__ finalizers run when the count reaches zero (CPython 3.4+, PEP
# 442): once per object, with resurrection, and without disturbing the
# exception being raised or handled.
import sys

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name)


a = Tracked("a")
b = a
del a
print("still alive:", log)
b = None
print("after the last reference:", log)


def scope():
    t = Tracked("local")
    print("in scope")


scope()
print("after scope")

# Containers free their items.
items = [Tracked("item0"), Tracked("item1")]
items.pop()
print("popped")
items.clear()
d = {"k": Tracked("value")}
d["k"] = 1
print("replaced")

# Inherited and late-bound finalizers.
class Child(Tracked):
    pass


Child("child")


class Plain:
    pass


def late_del(self):
    print("late __del__")


Plain.__del__ = late_del
Plain()
del Plain.__del__
Plain()
print("no finalizer any more")

# Resurrection: the finalizer stores the object; it runs only once.
keep = []


class Phoenix:
    def __del__(self):
        print("phoenix finalizer, resurrecting")
        keep.append(self)


p = Phoenix()
del p
print("resurrected:", len(keep), type(keep[0]).__name__)
keep.clear()
print("dead for good (no second finalizer)")

# A finalizer running while an exception propagates sees no exception of
# its own, and leaves the one being raised alone.
class Quiet:
    def __del__(self):
        print("finalizer sees", sys.exc_info()[0])


def raises():
    q = Quiet()
    raise KeyError("k")


try:
    raises()
except KeyError as e:
    print("caught", repr(e))

# A finalizer that raises and catches internally.
class Careful:
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            print("handled inside __del__")


Careful()
print("done", log)
end = Tracked("at exit")
