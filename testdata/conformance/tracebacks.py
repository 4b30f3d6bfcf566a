# Traceback objects: __traceback__ as a chain of entries (tb_frame,
# tb_lineno, tb_lasti, tb_next), sys.exc_info() and sys.exception().
import sys


def entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    print(entries(e.__traceback__))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_lasti).__name__)
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals))
    del tb
    e.__traceback__ = None

# An exception caught where it is raised has one entry; re-raising it
# adds the frames it passes on the way out.
def catch_and_reraise():
    try:
        raise KeyError("k")
    except KeyError as k:
        print(entries(k.__traceback__))
        raise


try:
    catch_and_reraise()
except KeyError as e:
    print(entries(e.__traceback__))
    e.__traceback__ = None


def raise_again(exc):
    raise exc


err = RuntimeError("reused")
for _ in range(2):
    try:
        raise_again(err)
    except RuntimeError as e:
        print(entries(e.__traceback__))
err.__traceback__ = None

# with_traceback and tb_next.
try:
    inner()
except ValueError as e:
    saved = e.__traceback__
    e.__traceback__ = None
fresh = TypeError("fresh").with_traceback(saved)
print(entries(fresh.__traceback__), fresh.__traceback__ is saved)
print(entries(saved.tb_next))
saved.tb_next = None
print(entries(saved))
try:
    saved.tb_next = saved
except ValueError as x:
    print("ValueError:", x)
try:
    saved.tb_next = 5
except TypeError as x:
    print("TypeError:", x)
try:
    del saved.tb_next
except TypeError as x:
    print("TypeError:", x)
fresh.__traceback__ = None
del saved, fresh

# sys.exc_info() and sys.exception() follow the handlers.
print(sys.exc_info(), sys.exception())
try:
    raise IndexError("outer")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    del tb
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()), repr(sys.exception().__context__))
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def in_function():
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print(in_function(), sys.exception())

# Deep recursion makes a long traceback, freed without trouble.
def recurse(n):
    if n == 0:
        raise OverflowError("bottom")
    recurse(n - 1)


try:
    recurse(300)
except OverflowError as e:
    print(len(entries(e.__traceback__)))
    e.__traceback__ = None
