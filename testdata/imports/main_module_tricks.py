import sys
import replaces_itself
print(replaces_itself, replaces_itself.value, sys.modules["replaces_itself"] is replaces_itself)
from replaces_itself import value
print(value)
import lazy_attrs
print(lazy_attrs.EAGER, lazy_attrs.LAZY)
from lazy_attrs import LAZY
print(LAZY)
try:
    lazy_attrs.OTHER
except AttributeError as e:
    print(e)
try:
    from lazy_attrs import OTHER
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
import partial_a
try:
    sys.nonexistent_attribute
except AttributeError as e:
    print(e)
m = type(sys)("made")
print(m, m.__name__, m.__doc__, m.__spec__, m.__package__, m.__loader__)
m.x = 1
del m.x
try:
    del m.x
except AttributeError as e:
    print(e)
print(type(sys).__name__, repr(type(sys)))
