# property, staticmethod and classmethod as descriptor objects and as
# base classes; __instancecheck__ and __subclasscheck__ on metaclasses.
import sys
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class A:
    @abstractclassmethod
    def make(cls): return "made " + cls.__name__
    @staticmethod
    def st(x): return x + 1
    @classmethod
    def cm(cls): return cls.__name__
    @property
    def p(self):
        "the p doc"
        return 5
    @p.setter
    def p(self, v): self._p = v
print(A.make(), A().make(), A.__dict__['make'].__isabstractmethod__, type(A.__dict__['make']).__name__)
print(A.st(1), A().st(2), A.__dict__['st'].__func__ is A.__dict__['st'].__wrapped__, A.cm(), A().cm())
print(A.__dict__['cm'].__func__.__name__, A.__dict__['st'].__isabstractmethod__)
pp = A.__dict__['p']
print(pp.__doc__, pp.fget.__name__, pp.fset.__name__, pp.fdel, pp.__isabstractmethod__)
a = A(); a.p = 3; print(a._p, a.p)
try: del a.p
except AttributeError as e: print(e)
class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return "cached:" + str(self.fget(obj))
class B:
    @cached
    def q(self): return 7
print(B().q, type(B.__dict__['q']).__name__, isinstance(B.__dict__['q'], property))
class RO(property): pass
class C:
    r = RO(lambda self: 11, doc="rdoc")
c = C()
print(c.r, C.r.__doc__)
try: c.r = 1
except AttributeError as e: print(e)
x = RO(); x.extra = 1; print(x.extra)
class M(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=M): pass
print(isinstance(42, Any), isinstance(1, Any), isinstance(42, (str, Any)), issubclass(int, Any), issubclass(str, Any), issubclass(int, (Any,)))
try: issubclass(1, int)
except TypeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
