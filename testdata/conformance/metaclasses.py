# Metaclasses, class keyword arguments, __prepare__, __init_subclass__,
# __set_name__, descriptors, __class_getitem__, __new__, __mro_entries__,
# three-argument type(), attribute-access hooks, super() of classmethods.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def hello(cls):
        return "hello from " + cls.__name__
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}

class A(metaclass=M, tag="x"):
    def __init__(self, v):
        self.v = v
    def meth(self):
        return self.v * 2

a = A(3)
print(a.v, a.meth(), A.tag, A.hello(), A.injected, type(A).__name__, isinstance(A, M), isinstance(A, type))
class B(A, tag="y"):
    pass
print(type(B) is M, B.tag, B(5).meth(), B.__mro__, B.__bases__, B.__base__)
print(A.__qualname__, B.__qualname__, A.__module__)

class Base:
    subs = []
    def __init_subclass__(cls, /, flag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, flag))
class C1(Base, flag=1): pass
class C2(C1): pass
print(Base.subs)
try:
    class C3(Base, bogus=2): pass
except TypeError as e:
    print("TypeError:", e)

class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "default-" + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10
class E:
    x = D()
    y = D()
e = E()
print(e.x, E.x.name)
e.x = 4
print(e.x, e.__dict__)

X = type("X", (A,), {"q": 1})
print(type(X).__name__, X.q, X.__name__, X(7).meth())
Y = type("Y", (), {"z": lambda self: 9})
print(Y().z(), Y.__mro__, type(Y))

class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G["a", 2])

class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)

class P:
    def __new__(cls, x):
        return 42
    def __init__(self, x):
        print("never")
print(P(1))

class Entries:
    def __mro_entries__(self, bases):
        return (Base,)
class H(Entries()): pass
print(H.__bases__, H.__orig_bases__[0].__class__.__name__)

class GA:
    def __getattr__(self, n): return "ga-" + n
print(GA().foo)
class GAT:
    def __getattribute__(self, n):
        if n == "magic": return 1
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback-" + n
g = GAT(); g.w = 5
print(g.magic, g.w, g.zz)
class SA:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v * 2)
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
sa = SA(); sa.k = 3; print(sa.k); del sa.k; print(hasattr(sa, "k"))
class K:
    @classmethod
    def make(cls): return cls.__name__
class K2(K):
    @classmethod
    def make(cls): return "K2:" + super().make()
print(K2.make(), K2().make())
class Meta2(type):
    def __repr__(cls): return "<Meta2 " + cls.__name__ + ">"
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
class W(metaclass=Meta2): pass
print(repr(W), len(W), list(W), W[4])
