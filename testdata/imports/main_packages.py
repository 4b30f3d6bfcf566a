import sys
import imppkg
import imppkg.sub.beta
import imppkg.sub.deep.gamma as g
from imppkg import sub
from imppkg.sub import beta


def rel(p):
    return p[len(sys.path[0]) + 1:] if isinstance(p, str) else [rel(x) for x in p]


print(imppkg.__doc__, imppkg.LEVEL, imppkg.greet("main"))
print(imppkg.sub.beta.WHO)
print(g.DEPTH, g.__name__, g.__package__)
print(sub is imppkg.sub, beta is imppkg.sub.beta, sys.modules["imppkg.sub"] is sub)
print(rel(imppkg.__file__), rel(imppkg.__path__), rel(imppkg.sub.__path__))
print(imppkg.__spec__.name, imppkg.__spec__.parent, beta.__spec__.parent, g.__spec__.parent)
print(imppkg.__spec__.has_location, imppkg.__spec__.origin == imppkg.__file__)
print(rel(imppkg.__spec__.submodule_search_locations), beta.__spec__.submodule_search_locations)
print(type(imppkg.__loader__).__name__, imppkg.__loader__.name, rel(imppkg.__loader__.path))
print(imppkg.alpha.__doc__, imppkg.sub.__doc__, type(imppkg.__builtins__).__name__)
print(sorted(k for k in sys.modules if k.startswith("imppkg")))
print(repr(sys.modules["sys"]), repr(sys.modules["builtins"]))
print(__name__, __package__, __spec__, type(__builtins__).__name__)
import nspkg.portion.mod
print(nspkg.portion.mod.VALUE, nspkg.__file__, rel(list(nspkg.__path__)), nspkg.__spec__.origin)
print(nspkg.__spec__.loader is nspkg.__loader__, nspkg.__package__, nspkg.portion.__name__)
