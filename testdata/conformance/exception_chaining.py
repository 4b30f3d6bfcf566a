# Implicit and explicit exception chaining: __context__, __cause__ and
# __suppress_context__, exactly as CPython sets them.

def chain(e):
    out = []
    while e is not None:
        out.append("%s(%s) cause=%r suppress=%s" % (
            type(e).__name__, e, e.__cause__, e.__suppress_context__))
        e = e.__context__
    return out

def run(f):
    try:
        f()
    except BaseException as e:
        for line in chain(e):
            print("  " + line)
        # A traceback holds its frames, and a frame its locals: drop them so
        # that no exception stays alive through a reference cycle.
        while e is not None:
            e.__traceback__ = None
            e = e.__context__

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]

def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z

def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None

def from_class():
    raise ValueError("v") from KeyError

def nested():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise TypeError("c")

def in_finally():
    try:
        raise KeyError("body")
    finally:
        raise ValueError("finally")

def reraise_same():
    try:
        raise KeyError("same")
    except KeyError as k:
        raise k

def bare_reraise():
    try:
        raise KeyError("bare")
    except KeyError:
        raise

def after_handler():
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("after")

def overwrite_context():
    try:
        raise KeyError("outer")
    except KeyError:
        e = ValueError("v")
        e.__context__ = IndexError("preset")
        raise e

def cycle():
    # raising an exception that is already in the chain cuts the cycle
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise ValueError("second")
        except ValueError:
            raise first

def bad_cause():
    raise ValueError("v") from 5

def builtin_error_in_handler():
    try:
        raise KeyError("x")
    except KeyError:
        int("nope")

def cause_then_context():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from IndexError("i")

for f in [implicit, explicit, from_none, from_class, nested, in_finally,
          reraise_same, bare_reraise, after_handler, overwrite_context, cycle,
          bad_cause, builtin_error_in_handler, cause_then_context]:
    print(f.__name__)
    run(f)

# Setting the links by hand.
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = IndexError("i")
print(repr(e.__context__))
for attr, value in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1)]:
    try:
        setattr(e, attr, value)
    except TypeError as x:
        print("TypeError:", x)
for attr in ["__cause__", "__context__", "__traceback__", "args", "__suppress_context__"]:
    try:
        delattr(e, attr)
    except TypeError as x:
        print("TypeError:", x)

# Notes.
e = ValueError("n")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
for bad in [5, None]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print("TypeError:", x)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print("TypeError:", x)
