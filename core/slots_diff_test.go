package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// addrMask is a helper line for the cases below: repr with the addresses
// masked, which CPython and rcvm do not share.
const addrMask = "!import re as _re_unused\n" +
	"!def masked(o): return ' '.join('0x?' if w.startswith('0x') else w for w in repr(o).split(' '))"

// TestSlotWrappers compares the special methods of built-in types read as
// attributes (CPython's slot wrappers and method-wrappers) with CPython's.
func TestSlotWrappers(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("calls",
			"int.__add__(1, 2)", "int.__add__(1, 1.5)", "int.__radd__(1, 2)", "int.__sub__(5, 3)", "int.__rsub__(5, 3)",
			"float.__add__(1.5, 1)", "(1).__add__(2)", "(5).__neg__()", "(2).__pow__(10)", "(2).__pow__(10, 7)", "(2).__rpow__(3)",
			"str.__len__('abc')", "list.__getitem__([1, 2], 0)", "dict.__contains__({1: 2}, 1)",
			"frozenset.__contains__(frozenset([1]), 1)", "object().__str__()[:8]", "str.__add__('a', 'b')",
			"list.__mul__([1], 3)", "list.__rmul__([1], 3)", "(3).__eq__(3)", "(3).__eq__('a')", "(3).__lt__(4)",
			"int.__hash__(7)", "str.__hash__('x') == hash('x')", "(1).__bool__()", "(0).__bool__()",
			"list.__len__([1, 2, 3])", "[1, 2].__iter__().__next__()", "int.__abs__(-3)", "int.__invert__(5)",
			"int.__repr__(5)", "float.__repr__(1.5)", "int.__format__(5, '03')", "object.__format__(object(), '')[:8]",
			"dict.__setitem__({}, 1, 2)", "list.__delitem__([1, 2], 0)",
		),
		difftest.Exprs("errors",
			"int.__add__('a', 1)", "int.__add__(1)", "int.__add__()", "int.__add__(1, 2, 3)", "(1).__add__(2, x=1)",
			"str.__len__(5)", "object.__format__(object(), 'x')", "object.__format__(object(), 5)",
			"object.__getattribute__(object(), 5)", "int.__neg__(1, 2)", "list.__getitem__(5, 0)",
			"object.__setattr__(1, 'x', 2)", "int.__new__()", "int.__new__(5)", "int.__new__(str)", "object.__new__(int)",
		),
		difftest.Exprs("reprs", addrMask,
			"repr(int.__add__)", "repr(object.__init__)", "masked((1).__add__)", "masked(object().__str__)",
			"repr(str.join)", "repr(dict.__dict__['fromkeys'])", "masked(object.__new__)", "repr(frozenset.__contains__)",
			"type(object.__init__).__name__", "type(object().__str__).__name__", "type(str.join).__name__",
			"type(dict.__dict__['fromkeys']).__name__", "type(len).__name__", "type([].append).__name__",
			"int.__dict__['__add__'] is int.__add__", "object.__str__.__name__", "int.__add__.__qualname__",
			"object.__init__.__objclass__", "(1).__add__.__self__", "int.__new__(int, 5)", "object.__new__(object).__class__",
		),
		{Name: "classes", Src: `
class A:
    def __eq__(self, o): return True
try:
    hash(A()); print("hashable")
except TypeError as e: print("TE", e)
print(A.__hash__)
class B: pass
b = B()
print(b != b, b == b, B() != b, B.__str__ is object.__str__, B.__init__ is object.__init__)
class C:
    def __eq__(self, o): return 42
print(C() != C())
class D:
    def __repr__(self): return "D!"
print(str(D()), format(D()), f"{D()}")
try: format(D(), "x")
except TypeError as e: print(e)
class E:
    __repr__ = object.__repr__
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
    def __getattribute__(self, n):
        return object.__getattribute__(self, n)
e = E(); e.x = 3; print(e.x, repr(e)[:10])
object.__delattr__(e, 'x'); print(hasattr(e, 'x'))
class F(Exception): pass
print(repr(F(1)), str(F(1, 2)), BaseException.__repr__(F(3)), BaseException.__str__(F(4)))
class G:
    def __init__(self):
        super().__init__()
    def __repr__(self): return "G:" + super().__repr__()[:9]
    def __str__(self): return "S:" + super().__str__()[:3]
print(G(), repr(G()))
class H:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([H(2), H(1)])[0].v, H(1).__le__(H(2)), H(1) == H(1))
print(sorted(dir(B())) == sorted(set(dir(B()))), '__init__' in dir(B), 'v' in dir(H(1)))
`},
	})
}

// TestObjectReduce compares object's default pickle and copy protocol
// (__reduce_ex__, __reduce__, __getstate__) with CPython's.
func TestObjectReduce(t *testing.T) {
	difftest.Run(t, []difftest.Case{{Name: "reduce", Src: `import copyreg
class P:
    def __init__(self, x): self.x = x; self.l = [1, [2]]
p = P(3)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1], P(1).__getstate__(), object().__getstate__())
f, a, st, li, di = p.__reduce_ex__(4)
q = f(*a); q.__dict__.update(st); print(q.x, q.l is p.l, li, di)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.__reduce_ex__(2)[2])
print(object.__reduce__(p)[0].__name__, p.__reduce_ex__(1)[0].__name__)
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
class G:
    def __getstate__(self): return 'st'
    def __getnewargs__(self): return (1, 2)
print(G().__reduce_ex__(3)[1:3])
`}})
}

// TestTypeForms compares the objects types.py and typing build from types
// with CPython's: X | Y (types.UnionType), list[int] (types.GenericAlias),
// the descriptor types, and import types itself.
func TestTypeForms(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("union",
			"int | str", "int | None", "None | int", "(int | str) | float", "int | int", "int | str | int",
			"isinstance(1, int | str)", "isinstance('', int | None)", "isinstance(None, int | None)",
			"issubclass(bool, int | str)", "(int | str).__args__", "type(int | str)", "(int | str) == (str | int)",
			"hash(int | str) == hash(str | int)", "int | 'a'", "list[int] | None", "isinstance([], list[int] | None)",
		),
		difftest.Exprs("generic alias",
			"list[int]", "dict[str, list[int]]", "tuple[()]", "tuple[int, ...]", "type[int]", "list[int].__origin__",
			"list[int].__args__", "list[int].__parameters__", "type(list[int])", "list[int] == list[int]",
			"list[int] == list[str]", "hash(list[int]) == hash(list[int])", "list[int]([1, 2])", "list[int].__name__",
			"isinstance([], list[int])", "int[int]", "list[int].__mro_entries__(())",
			"!import types", "types.GenericAlias(list, int)", "types.GenericAlias(dict, (str, int))",
			"types.GenericAlias(list)", "frozenset[int]", "set[int]",
		),
		difftest.Exprs("types module",
			"!import types", "types.MethodWrapperType", "types.WrapperDescriptorType", "types.MethodDescriptorType",
			"types.ClassMethodDescriptorType", "types.BuiltinFunctionType", "types.GenericAlias", "types.UnionType",
			"types.FunctionType", "types.NoneType", "types.EllipsisType", "types.NotImplementedType",
		),
		difftest.Exprs("dir", "dir(object)", "sorted(vars(object))", "'__add__' in dir(int)", "'__radd__' in dir(str)",
			"'__radd__' in dir(list)", "'__rmul__' in dir(list)", "!class B: pass", "!b = B()", "!b.x = 1",
			"[n for n in dir(b) if n not in dir(object) and n not in ('__dict__', '__weakref__')]",
			"!def f(a):\n    b = 1\n    return dir()", "f(1)", "dir(1, 2)"),
	})
}
