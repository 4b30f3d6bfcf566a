# type.__subclasses__(): live direct subclasses in order of creation.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
del C
import gc
print([c.__name__ for c in A.__subclasses__()])
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
try: A.__subclasses__(1)
except TypeError as e: print(e)
try: type.__subclasses__()
except TypeError as e: print(e)
