# Private name mangling (CPython's _Py_Mangle): __x inside a class body,
# its methods, nested functions, comprehensions and lambdas is _Class__x, for
# names, attributes, parameters, annotations and keyword defaults.
class A:
    __cls = 5
    def __init__(self): self.__x = 1
    def get(self): return self.__x, A.__cls, self.__m()
    def __m(self): return "m"
    def kw(self, *, __k=3, __j: int = 4): return __k
    __ann: int = 2
    def nest(self):
        def inner(): return self.__x
        return inner()
    def comp(self): return [self.__x for _ in range(2)]
    lam = lambda self: self.__x
class _B(A):
    def __init__(self):
        super().__init__(); self.__x = 2
class ___:
    __y = 1
a = A()
print(a.get(), sorted(vars(a)), sorted(k for k in vars(A) if 'A' in k))
print(A.kw.__kwdefaults__, A.kw.__annotations__, A.__annotations__)
print(a.nest(), a.comp(), a.lam(), A._A__m.__name__, A._A__m.__qualname__)
print(sorted(vars(_B())), [k for k in vars(___) if 'y' in k])
try:
    a.__x
except AttributeError as e: print(e)
class G:
    def f(self):
        global __gg
        __gg = 1
G().f(); print('_G__gg' in globals())
class Q:
    def m(self):
        try: return __undefined
        except NameError as e: return str(e)
print(Q().m())
print(A.get.__code__.co_names)
