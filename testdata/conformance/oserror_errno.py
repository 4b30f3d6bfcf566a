# OSError picks its subclass from the errno, as CPython's errnomap does,
# and shows errno, strerror and the file names.

for n in range(0, 135):
    e = OSError(n, "message")
    if type(e) is not OSError:
        print(n, type(e).__name__)

print(type(OSError(2, "x")), type(OSError(2)), type(OSError("2", "x")))
print(type(OSError(True, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)   # only OSError itself maps

cases = [
    (), (5,), ("a",), (2, "No such file or directory"),
    (2, "No such file or directory", "f.txt"),
    (2, "No such file or directory", "f.txt", None),
    (2, "No such file or directory", "f.txt", None, "g.txt"),
    (2, "No such file or directory", None, None, "g.txt"),
    (1, 2, 3, 4, 5, 6), ("a", "b"), (None, None, "x"),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args)
    print("  ", e.errno, e.strerror, e.filename, e.filename2)

e = OSError(2, "nf", "f")
e.errno = 5
print(str(e))
del e.errno
print(e.errno, str(e))
e.filename = None
print(str(e))
e.strerror = "changed"
e.filename = "new"
print(str(e), e.args)

# BlockingIOError's third argument may be the number of characters written.
e = BlockingIOError(11, "again", 5)
print(e.characters_written, e.filename, e.args)
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    e.characters_written
except AttributeError as x:
    print("AttributeError:", x)
try:
    OSError(1, "x").characters_written
except AttributeError as x:
    print("AttributeError:", x)
try:
    OSError(x=1)
except TypeError as x:
    print("TypeError:", x)

# Subclasses defined in Python: without __init__ OSError's __new__ parses
# the arguments; with one, OSError.__init__ does.
class MyOSError(OSError):
    pass

e = MyOSError(2, "x", "y")
print(type(e).__name__, str(e), e.errno, e.args)

class WithInit(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c

e = WithInit(2, "q", 9)
print(type(e).__name__, e.args, e.errno, e.c, str(e))

class Quiet(OSError):
    def __init__(self, *args):
        pass

e = Quiet(2, "x")
print(e.args, e.errno)

# catching by subclass
for n in (1, 2, 13, 17, 20, 21, 32, 104, 110, 111):
    try:
        raise OSError(n, "m")
    except FileNotFoundError:
        print(n, "FileNotFoundError")
    except PermissionError:
        print(n, "PermissionError")
    except ConnectionError as c:
        print(n, "ConnectionError", type(c).__name__)
    except OSError as o:
        print(n, "OSError", type(o).__name__)
