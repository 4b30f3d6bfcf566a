# __slots__: member descriptors, instances without __dict__, inherited
# slots, __dict__ in slots, layout conflicts, CPython's errors.
class C:
    __slots__ = ('x', '__y')
c = C()
try: c.x
except AttributeError as e: print(e)
try: del c.x
except AttributeError as e: print(e)
try: c.z = 1
except AttributeError as e: print(e)
try: c.__dict__
except AttributeError as e: print(e)
print(C.x, C.__dict__.get('_C__y'), C.__slots__)
c.x = 1; print(c.x); del c.x
print(hasattr(c, 'x'))
try:
    class D: __slots__ = (1,)
except TypeError as e: print(e)
try:
    class E:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
class F(C): pass
f = F(); f.z = 3; f.x = 2; print(f.__dict__, f.x)
class A1: __slots__=('a',)
class A2: __slots__=('b',)
try:
    class A3(A1, A2): pass
except TypeError as e: print(e)
class G: __slots__ = ()
class H(G, A1): pass
h = H(); h.a = 5; h.other = 6; print(h.a, h.__dict__)
try: G().q = 1
except AttributeError as e: print(e)
class I: __slots__ = 'solo'
print(I.__slots__, I.solo)
class J:
    __slots__ = ('__dict__', 'k')
j = J(); j.k = 1; j.m = 2; print(j.__dict__, j.k)
try:
    class K(F): __slots__ = ('__dict__',)
except TypeError as e: print(e)
try:
    class L2: __slots__ = ('1a',)
except Exception as e: print(type(e).__name__, e)
try: vars(c)
except TypeError as e: print(e)
try: C.x.__get__(1)
except TypeError as e: print(e)
class P:
    __slots__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
class Q(P):
    __slots__ = ('c',)
    def __init__(self, a, b, c):
        super().__init__(a, b); self.c = c
q = Q(1, [2], {3: 4}); print(q.a, q.b, q.c)
try: q.d = 1
except AttributeError as e: print(e)
q.b = None; print(q.b)
class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
print([Pt(i, i * i) for i in range(3)])
