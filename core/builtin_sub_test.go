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
