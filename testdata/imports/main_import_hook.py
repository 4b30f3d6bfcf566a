import builtins
import sys
seen = []
original = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith("_"):  # CPython's loader imports _io through it
        seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import counter
from imppkg import alpha
import imppkg.sub as s
builtins.__import__ = original
print(seen)
print(counter.__name__, alpha.NAME, s.__name__)
print(__import__("imppkg.sub").__name__, __import__("imppkg.sub", fromlist=["x"]).__name__)
m = __import__("imppkg.alpha", {"__name__": "x"}, None, ["greet"], 0)
print(m.greet("hook"))
