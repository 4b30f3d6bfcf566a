# Every built-in exception class of CPython 3.11: its place in the
# hierarchy, docstring, and how instances show their arguments.
import builtins

names = [
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BaseExceptionGroup', 'BlockingIOError', 'BrokenPipeError', 'BufferError',
    'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
    'ConnectionRefusedError', 'ConnectionResetError', 'DeprecationWarning', 'EOFError',
    'EncodingWarning', 'EnvironmentError', 'Exception', 'ExceptionGroup',
    'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'InterruptedError', 'IsADirectoryError',
    'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
    'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError',
    'ProcessLookupError', 'RecursionError', 'ReferenceError', 'ResourceWarning',
    'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration',
    'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
    'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError',
    'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
    'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
    'ZeroDivisionError',
]
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
    print("  doc:", repr(cls.__doc__))

print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception))

simple = [n for n in names if n not in (
    "BaseExceptionGroup", "ExceptionGroup", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError")]
for n in simple:
    cls = getattr(builtins, n)
    for args in [(), ("msg",), ("a", "b", "c"), (None,)]:
        e = cls(*args)
        print(n, repr(e), repr(str(e)), e.args)

# args is any sequence turned into a tuple; it cannot be deleted.
e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, str(e), repr(e))
e.args = "ab"
print(e.args)
try:
    del e.args
except TypeError as x:
    print("TypeError:", x)
try:
    e.args = 5
except TypeError as x:
    print("TypeError:", x)

# Keyword arguments.
for f in [lambda: ValueError(x=1), lambda: KeyError(a=1), lambda: StopIteration(value=3),
          lambda: SystemExit(code=2), lambda: ImportError("m", foo=1),
          lambda: ModuleNotFoundError(x=1), lambda: AttributeError(foo=2),
          lambda: NameError(obj=1)]:
    try:
        f()
    except TypeError as x:
        print("TypeError:", x)

# Members of each layout.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print(hasattr(StopAsyncIteration(5), "value"))  # 3.12 adds it
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code, SystemExit(None).code)
e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, str(e), repr(e), e.args)
e = ImportError("m", "b")
print(e.msg, str(e))
e = ImportError()
print(repr(str(e)), e.msg, e.name)
e = ModuleNotFoundError("No module named 'x'", name="x")
print(e.name, str(e))
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, repr(e))
print(NameError("x", name="y").name, NameError("x").name)
print(KeyError("k"), KeyError(), KeyError(1, 2), repr(KeyError("k")))
print(str(KeyError("")), repr(str(LookupError(""))))

# Members can be set and deleted (deleted members read as None).
e = StopIteration(1)
e.value = 2
print(e.value, e.args)
del e.value
print(e.value)

# Instances of classes defined in Python.
class MyError(Exception):
    def __init__(self, code, msg="default"):
        super().__init__(code)
        self.msg = msg

e = MyError(5, msg="hi")
print(repr(e), str(e), e.args, e.msg)

class NoInit(ValueError):
    pass

print(repr(NoInit(1, 2)), str(NoInit("x")))

class WithStr(KeyError):
    def __str__(self):
        return "custom " + super().__str__()

print(str(WithStr("k")), repr(WithStr("k")))

class LazyInit(Exception):
    def __init__(self, a, b):
        pass

e = LazyInit(1, 2)
print(e.args)

class ReInit(Exception):
    def __init__(self, *a):
        super().__init__("fixed")

print(ReInit(1, 2).args)

class BadInit(Exception):
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as x:
    print("TypeError:", x)

# with_traceback returns the exception itself.
e = ValueError("v")
print(e.with_traceback(None) is e)
try:
    e.with_traceback(5)
except TypeError as x:
    print("TypeError:", x)

# __reduce__ and __setstate__.
e = ValueError(1, 2)
print(e.__reduce__())
e.foo = 3
print(e.__reduce__()[2])
e.__setstate__({"bar": 4})
print(e.bar)
try:
    e.__setstate__(5)
except TypeError as x:
    print("TypeError:", x)
