package weakref_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestWeakref runs _weakref's table of programs under every strategy in
// checked mode and on python3: refs and their callbacks, the reuse of the
// basic ref, hashing and comparison, proxies, subclasses with __slots__
// (weakref.py's KeyedRef), the types that refuse weak references, and
// exceptions raised in callbacks.
func TestWeakref(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("refuse",
			"!import _weakref",
			"!class C: pass",
			"!class S:\n    __slots__ = ('a',)",
			"!class SW:\n    __slots__ = ('a', '__weakref__')",
			"_weakref.ref(1)", "_weakref.ref('s')", "_weakref.ref((1,))", "_weakref.ref([1])",
			"_weakref.ref({})", "_weakref.ref(None)", "_weakref.ref(object())", "_weakref.ref(b'x')",
			"_weakref.ref(1.5)", "_weakref.ref(S())", "_weakref.proxy(S())", "_weakref.ref(ValueError())",
			"_weakref.ref(SW())() is None", "_weakref.ref(C())() is None",
			"_weakref.ref(len)() is len", "_weakref.ref(C)() is C", "_weakref.ref(_weakref)() is _weakref",
			"_weakref.ref({1})() is None", "_weakref.ref(frozenset([1]))() is None",
			"_weakref.ref(x for x in [])() is None", "_weakref.ref(_weakref.ref)() is _weakref.ref",
			"_weakref.getweakrefcount(1)", "_weakref.getweakrefs(1)",
			"_weakref.ref()", "_weakref.ref(C, None, 3)", "_weakref.ref(C)(1)",
			"_weakref.ReferenceType is _weakref.ref", "_weakref.ref.__name__", "_weakref.ProxyType.__name__",
			"_weakref.CallableProxyType.__name__",
		),
		{Name: "ref", Src: `
import _weakref
class C:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, C) and self.n == o.n
    def __hash__(self): return hash(self.n)
c = C(1)
r = _weakref.ref(c)
print(r() is c, _weakref.ref(c) is r, _weakref.ref(c, None) is r, _weakref.getweakrefcount(c))
def cb(w): print("cb", w is r2, w())
r2 = _weakref.ref(c, cb)
print(r2 is r, r2.__callback__ is cb, r.__callback__)
print(_weakref.getweakrefcount(c), _weakref.getweakrefs(c)[0] is r)
print(hash(r) == hash(1), r == r2, r != r2, r == _weakref.ref(C(1)), r == 1)
d = C(1)
print(r == _weakref.ref(d))
h = hash(r2)
del c
print(r(), r2(), r2.__callback__, hash(r2) == h, r == r2, r2 == r2)
try:
    hash(_weakref.ref(d, cb)) if False else None
    x = _weakref.ref(d, lambda w: None)
    del d
    hash(x)
except TypeError as e:
    print("TypeError:", e)
`},
		{Name: "callbacks", Src: `
import _weakref
class C: pass
c = C()
order = []
refs = [_weakref.ref(c, lambda w, i=i: order.append(i)) for i in range(4)]
basic = _weakref.ref(c)
print([w is basic for w in _weakref.getweakrefs(c)])
p = _weakref.proxy(c)
print(_weakref.getweakrefs(c)[0] is basic, _weakref.getweakrefs(c)[1] is p, _weakref.getweakrefcount(c))
del c
print(order, [w() for w in refs])
# A callback whose weak reference dies first is not called.
c = C()
w = _weakref.ref(c, lambda w: print("never"))
del w
del c
# A callback sees the exception state of the code that killed the referent unchanged.
c = C()
w = _weakref.ref(c, lambda w: print("in callback"))
try:
    raise KeyError("k")
except KeyError as e:
    del c
    import sys
    print(sys.exc_info()[0].__name__)
def bad(w): raise ValueError("boom")
c = C()
w2 = _weakref.ref(c, bad)
del c
print("after")
`},
		{Name: "subclass", Src: `
import _weakref
class KeyedRef(_weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class C: pass
c = C()
got = []
k = KeyedRef(c, lambda w: got.append(w.key), "the key")
print(k.key, k() is c, type(k).__name__, isinstance(k, _weakref.ref), _weakref.ref(c) is k)
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class R(_weakref.ref): pass
r = R(c)
r.x = 5
print(r.x, r() is c, _weakref.getweakrefcount(c))
del c
print(got, k(), r())
d = {}
class V: pass
v = V()
d["a"] = _weakref.ref(v)
d["b"] = _weakref.ref(v)
_weakref._remove_dead_weakref(d, "a")
print(sorted(d))
del v
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "zz")
print(sorted(d))
d["c"] = 1
try:
    _weakref._remove_dead_weakref(d, "c")
except TypeError as e:
    print("TypeError:", e)
`},
		{Name: "proxy", Src: `
import _weakref
class C:
    def __init__(self): self.x = 1; self.items = [1, 2, 3]
    def __len__(self): return 3
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __contains__(self, v): return v in self.items
    def __iter__(self): return iter(self.items)
    def __add__(self, o): return ("add", o)
    def __radd__(self, o): return ("radd", o)
    def __neg__(self): return "neg"
    def __str__(self): return "C-str"
    def __bool__(self): return False
    def __eq__(self, o): return o == 7
    def __lt__(self, o): return True
    __hash__ = None
c = C()
p = _weakref.proxy(c)
print(_weakref.proxy(c) is p, type(p).__name__, type(_weakref.proxy(len)).__name__)
print(p.x, len(p), p[1], 2 in p, list(p), p + 1, 1 + p, -p, str(p), bool(p), p == 7, p < 3)
p.y = 5; p[0] = 9
print(c.y, c.items, p.__class__.__name__)
del p.y
print(hasattr(c, "y"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
cp = _weakref.proxy(len)
print(cp([1, 2]))
def f(): return "called"
fp = _weakref.proxy(f, lambda w: print("proxy callback"))
print(fp())
del f
try:
    fp()
except ReferenceError as e:
    print("ReferenceError:", e)
del c
for op in [lambda: p.x, lambda: len(p), lambda: str(p), lambda: p + 1, lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
`},
	})
}
