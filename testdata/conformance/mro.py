# Multiple inheritance: the C3 MRO and its errors, layout conflicts,
# metaclass conflicts, exception classes with several bases.
class X1: pass
class X2(X1): pass
try:
    class X3(X1, X2): pass
except TypeError as e: print(e)
class L1: pass
class L2: pass
class LL(L1, L2): pass
class LM(L2): pass
class LN(LL, LM): pass
print([c.__name__ for c in LN.__mro__], [c.__name__ for c in LN.mro()])
class N1(type): pass
class N2(type): pass
class O1(metaclass=N1): pass
class O2(metaclass=N2): pass
try:
    class O3(O1, O2): pass
except TypeError as e: print(e)
try:
    class Z(int, str): pass
except TypeError as e: print(e)
class VE(ValueError, KeyError): pass
print(VE.__mro__)
try: raise VE("boom")
except KeyError as e: print("caught", repr(e))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.__bases__, D.__base__)
print(super(B, D()).who(), super(C, D()).who())
print(issubclass(D, C), isinstance(D(), C), issubclass(C, D))
try:
    class E(A, A): pass
except TypeError as e: print(e)
try:
    type("F", (1,), {})
except TypeError as e: print(e)
for args in [("a", 1, {}), ("a", (), 1), (1, (), {}), (1, ())]:
    try: type(*args)
    except TypeError as e: print(e)
try: super(int, "x")
except TypeError as e: print(e)
try: object.__new__(1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
class R: pass
try: R(1)
except TypeError as e: print(e)
try: object.__init__(R(), 1)
except TypeError as e: print(e)
class Q:
    def __init__(self, a): pass
try: object.__init__(Q(1), 1)
except TypeError as e: print(e)
try:
    class S(x=1): pass
except TypeError as e: print(e)
try:
    class T(metaclass=1): pass
except TypeError as e: print(type(e).__name__)
