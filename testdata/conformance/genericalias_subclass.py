# Classes derived from types.GenericAlias (collections.abc derives one).
import types
class A(types.GenericAlias):
    __slots__ = ()
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)
    def __repr__(self): return "A:" + super().__repr__()
a = A(list, (int,))
print(a, type(a).__name__, a.__origin__, a.__args__, a == list[int], isinstance(a, types.GenericAlias))
print(list[int], types.GenericAlias(dict, (str, int)), a.append is list.append)
class B(types.GenericAlias): pass
b = B(tuple, int); b2 = b
print(b, hash(b) == hash(tuple[int]))
del a, b, b2
