package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestBuiltinSubclass runs classes derived from the built-in types under
// every strategy in checked mode against CPython: extra attributes,
// overridden special methods, super() calls, __new__ with extra
// arguments, isinstance, and operations that return the base type.
func TestBuiltinSubclass(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		{Name: "tuple namedtuple-style", Src: `
class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"P(x={self.x}, y={self.y})"
p = P(1, 2)
print(p, p.x, p.y, len(p), p[0], type(p).__name__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
print(p + (3,), type(p + (3,)), p[:1], type(p[:1]), tuple(p), list(p), str(p))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
class T(tuple): pass
t = T([1, 2, 3])
t.a = 5
print(t, t.a, repr(t), str(t), t.__dict__, type(t), T(), T(x for x in "ab"))
print(t.count(1), t.index(3), 2 in t, sorted(t, reverse=True), max(t), t < (1, 2, 4))
`},
		{Name: "dict", Src: `
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
d["b"] = 2
print(d, d["a"], d["zz"], len(d), type(d), isinstance(d, dict), d.get("zz"), sorted(d.keys()))
class E(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = "x"
    def __setitem__(self, k, v):
        self.update({k: v * 10})
e = E({"a": 1}, b=2)
e["c"] = 3
e.update(d=4)
print(e, e.extra, dict(e), type(dict(e)), {**e}, e == {"a": 1, "b": 2, "c": 30, "d": 4})
dict.__init__(e, z=26)
print(e)
`},
		{Name: "list", Src: `
class L(list):
    def __init__(self, *a):
        super().__init__(a)
        self.tag = "t"
l = L(1, 2, 3)
l.append(4)
l += [5]
print(l, len(l), l[1:], type(l[1:]), sum(l), l.tag, type(l), l == [1, 2, 3, 4, 5])
class M(list):
    def __getitem__(self, i): return i * 100
    def __len__(self): return 42
m = M([1, 2])
print(m[0], len(m), list(m), bool(M()), [x for x in m])
l.sort(reverse=True)
print(l, l.pop(), l)
`},
		{Name: "int", Src: `
class I(int):
    pass
i = I(3)
print(i, repr(i), type(i + 1), i + 1, i * 2, -i, type(-i), i == 3, hash(i) == 3, I("12"), I("ff", 16), I())
print(i.real, i.bit_length(), type(i.real), 2 ** i, divmod(i, 2), [10, 20, 30, 40][i], f"{i:04d}", str(i))
class J(int):
    def __new__(cls, v, name):
        self = int.__new__(cls, v)
        self.name = name
        return self
    def __add__(self, o): return "added"
    def __repr__(self): return f"J({int(self)}, {self.name!r})"
j = J(7, "seven")
print(j, j + 1, 1 + j, j - 1, type(j - 1), j.name, isinstance(j, int), str(j), int(j), type(int(j)))
`},
		{Name: "str", Src: `
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s, s.shout(), type(s.upper()), s + "x", len(s), s == "hi", {s: 1}["hi"], "%s" % s, s.join("ab"), s in "ahib")
class U(str):
    def __new__(cls, v):
        return str.__new__(cls, v.lower())
    def __eq__(self, o): return str.lower(self) == str(o).lower()
    def __hash__(self): return hash(str.lower(self))
u = U("HeLLo")
print(u, u == "HELLO", repr(u), type(str(u)), str(u))
`},
		{Name: "float set frozenset bytes", Src: `
class F(float): pass
print(F(2.5), F("1.5") + 1, type(F(1) * 2), F(2).is_integer(), F(0.5).as_integer_ratio())
class St(set):
    pass
s = St([1, 2, 2])
s.add(3)
print(sorted(s), type(s), len(s), 2 in s, sorted(s | {4}), type(s | {4}))
class Fs(frozenset): pass
f = Fs([1, 2])
print(sorted(f), type(f), f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])))
class B(bytes): pass
b = B(b"ab")
print(b, type(b), b + b"c", b.upper(), len(b), b[0], B([65, 66]))
class Ba(bytearray): pass
ba = Ba(b"xy")
ba.append(122)
print(ba, type(ba), len(ba))
`},
		{Name: "overrides reach the built-ins", Src: `
class T(tuple):
    def __iter__(self): return iter([9, 9])
t = T((1, 2))
print(list(t), tuple(t), [*t], sorted(t))
a, b = t
print(a, b, len(t), t[0])
class L(list):
    def __reversed__(self): return iter(["rev"])
    def __iter__(self): return iter(["it"])
l = L([1, 2])
print(list(reversed(l)), list(l), [1] + l, l + [3], max(l), set(l))
l2 = []
l2.extend(l)
print(l2)
class S(str):
    def __lt__(self, o): return len(self) > len(o)
    def __repr__(self): return "S!"
    def __format__(self, spec): return "fmt:" + spec
    def __hash__(self): return 1
    def __eq__(self, o): return str(self).lower() == str(o).lower()
print(sorted([S("a"), S("bbb"), S("cc")]), [S("x")], f"{S('y')}", f"{S('y'):>3}", format(S("q"), ""))
d = {S("Key"): 1}
print(d.get("KEY"), d.get("key"), S("A") in {S("a")}, {S("a"), S("A")} == {S("a")})
class P(str): pass
print(type(P(" a ").strip()), type(P("a").strip()), type(P("ab").replace("x", "y")), type(format(P("z"), "")), type(P("a").ljust(1)), type(f"{P('w')}"))
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 100)
    def __lt__(self, o): return int(self) > int(o)
print(sum([I(1), I(2)]), min([I(1), I(5)]), max(I(1), I(5)), type(abs(I(-3))), type(+I(3)))
import operator
print(type(operator.index(I(3))), type(I(3).real), type(round(I(3))))
class F(float):
    def __float__(self): return 42.0
print(float(F(1.5)), type(F(2.0).real), type(+F(2.0)), F(2.0).conjugate(), type(float(F(2))))
class G(float): pass
print(float(G(1.5)), type(float(G(1.5))))
class D(dict):
    def keys(self): return ["a"]
    def __getitem__(self, k): return "over"
print(dict(D(a=1, b=2)), {**D(a=1)})
class E(dict):
    def keys(self): return ["a"]
    def __getitem__(self, k): return "over"
    def __iter__(self): return iter(["a"])
print(dict(E(a=1, b=2)), {}.update(E(a=1)))
x = {}
x.update(E(a=1, b=2))
print(x)
`},
		{Name: "__class__ assignment", Src: `
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("x",)
a = A()
a.v = 1
a.__class__ = B
print(a.who(), a.v, type(a).__name__, isinstance(a, B))
for target, obj in ((S, A()), (int, A()), (A, 1), (3, A())):
    try:
        obj.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class L1(list): pass
class L2(list):
    def tag(self): return "L2"
l = L1([1])
l.__class__ = L2
print(l.tag(), l, type(l).__name__)
class T1(tuple): pass
try:
    L1().__class__ = T1
except TypeError as e:
    print("TypeError:", e)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x")
e.__class__ = E2
print(type(e).__name__, e.args)
`},
		{Name: "threads", Src: `
import threading
class L(list):
    pass
class D(dict):
    def __missing__(self, k): return 0
shared = L()
counts = D()
def work(n):
    for i in range(2000):
        shared.append(i)
        counts[n] = counts[n] + 1
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sorted(counts.items()), type(shared).__name__, sum(shared) == 4 * sum(range(2000)))
class I(int):
    def __eq__(self, o): return True
try:
    hash(I(3))
except TypeError as e:
    print(e)
print(I(3) == 4, I(3) != 4)
class H(int):
    def __hash__(self): return 7
print(hash(H(1)), {H(1): "a"}.get(1))
class Sup(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Sup, flag=1):
    pass
print(Sub(1, 2), type(Sub(1, 2)).__mro__)
import sys
print(vars(Sub(1)), getattr(Sub(1), "x", "nox"))
`},
		{Name: "namedtuple-style exec", Src: `
from operator import itemgetter
def record(name, fields):
    fields = fields.split()
    args = ", ".join(fields)
    ns = {"_new": tuple.__new__, "__name__": "rec_" + name}
    exec(f"def __new__(_cls, {args}):\n    return _new(_cls, ({args},))", ns)
    body = {"__slots__": (), "_fields": tuple(fields), "__new__": ns.pop("__new__"),
            "__repr__": lambda self: name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")",
            "_asdict": lambda self: dict(zip(fields, self)),
            "__getnewargs__": lambda self: tuple(self)}
    for i, f in enumerate(fields):
        body[f] = property(itemgetter(i), doc=f"field {i}")
    return type(name, (tuple,), body)
Pt = record("Pt", "x y z")
p = Pt(1, 2, z=3)
print(p, p.x, p.z, p._asdict(), p._fields, isinstance(p, tuple), p[1:], len(p), p == (1, 2, 3))
print(sorted([Pt(3, 2, 1), Pt(1, 2, 3)]), hash(p) == hash((1, 2, 3)), p.__getnewargs__(), Pt.x.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pt(1, 2)
except TypeError as e:
    print("TypeError:", e)
x, y, z = p
print(x + y + z, max(p), list(map(str, p)), "%s-%s-%s" % p, "{}/{}/{}".format(*p))
`},
		{Name: "super and base wrappers", Src: `
class E(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
e = E()
e["a"] = 1
print(e, e["a"], dict.__getitem__(e, "a"))
class M(list):
    def __getitem__(self, i): return list.__getitem__(self, i) * 100
    def __repr__(self): return "M" + super().__repr__()
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = None
m = M([1, 2])
print(m[0], m, m == [1, 2], M.__hash__)
class I(int):
    def __add__(self, o): return I(super().__add__(o))
    def __repr__(self): return f"I({super().__repr__()})"
print(I(2) + 3, repr(I(2) + 3), int.__repr__(I(5)))
print(int.__new__(I, 7), type(int.__new__(I, 7)))
class S(str):
    def __str__(self): return "S:" + super().__str__()
print(str(S("x")), S("y").__str__())
`},
		{Name: "GenericAlias", Src: `
from types import GenericAlias
class CGA(GenericAlias):
    __slots__ = ()
    def __new__(cls, origin, args):
        if not isinstance(args, tuple):
            raise TypeError("need a tuple")
        return super().__new__(cls, origin, args)
    def __repr__(self):
        return "CGA:" + super().__repr__()
    def __getitem__(self, item):
        return CGA(self.__origin__, (item,))
a = CGA(list, (int,))
print(a, repr(a), a.__origin__, a.__args__, type(a).__name__, isinstance(a, GenericAlias), a == list[int], a[str])
print(int | a, hash(a) == hash(list[int]))
try:
    CGA(list, int)
except TypeError as e:
    print("TypeError:", e)
`},
		{Name: "refused", Src: `
for base in (bool,):
    try:
        class X(base): pass
    except TypeError as e:
        print(e)
try:
    class Y(int, str): pass
except TypeError as e:
    print(e)
try:
    class Z(tuple): __slots__ = ("a",)
except TypeError as e:
    print(e)
class T(tuple): pass
try:
    object.__new__(T)
except TypeError as e:
    print(e)
try:
    tuple.__new__(int)
except TypeError as e:
    print(e)
`},
	})
}
