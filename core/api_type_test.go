package core_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
	_ "github.com/rcvm/rcvm/strategies/all"
)

// A native module defined the way modules/... define theirs, through the
// exported API only: module "apitest" with a subclassable container type
// Box (methods of every kind, members, getsets, slots), its iterator type,
// an exception class and per-VM state released at shutdown.

type box struct {
	core.Object
	lk    core.ContainerLock
	items []*core.Object
	label *core.Object
	n     int64
}

type boxIter struct {
	core.Object
	b *core.Object
	i int
}

var (
	boxType, boxIterType *core.Type
	boxErrorType         *core.Type
	boxState             core.StateKey[struct{ made *core.Object }]
	boxNewSig            = core.NewTupleSignature("Box", "iterable=", "n=")
	boxPutSig            = core.NewSignature("put", "item", "/", "*", "times=")
)

func init() {
	boxType = core.NewType[box](core.TypeSpec{
		Name:         "apitest.Box",
		Doc:          "A box of items.",
		Subclassable: true,
		Slots: core.Slots{
			New:  boxNew,
			Repr: boxRepr,
			Len: func(t *core.Thread, o *core.Object) (int, bool) {
				b := (*box)(unsafe.Pointer(o))
				b.lk.Lock(t)
				defer b.lk.Unlock(t)
				return len(b.items), true
			},
			Iter: func(t *core.Thread, o *core.Object) *core.Object {
				it := core.Alloc[boxIter](t, boxIterType)
				it.b = t.NewRef(o)
				return &it.Object
			},
			Hash: core.Unhashable,
		},
		Init: func(t *core.Thread, self *core.Object, args []*core.Object, kwnames []*core.Str) bool {
			var iterable, n *core.Object
			if !boxNewSig.Parse(t, args, kwnames, &iterable, &n) {
				return false
			}
			b := (*box)(unsafe.Pointer(self))
			if n != nil {
				v, ok := t.AsInt64(n)
				if !ok {
					return false
				}
				b.n = v
			}
			if iterable == nil {
				return true
			}
			items, ok := t.Collect(iterable)
			if !ok {
				return false
			}
			b.lk.Lock(t)
			b.items = append(b.items, items...)
			b.lk.Unlock(t)
			return true
		},
		Clear: func(t *core.Thread, o *core.Object) {
			b := (*box)(unsafe.Pointer(o))
			items := b.items
			b.items = nil
			t.DecrefAll(items)
			t.Replace(&b.label, nil)
		},
		Methods: []core.MethodDef{
			{Name: "put", Fn: boxPut},
			{Name: "make", Kind: core.ClassMethod, Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				return t.Call(args[0], nil, nil)
			}},
			{Name: "twice", Kind: core.StaticMethod, Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				if !t.ArgsRange("twice", args, kwnames, 1, 1) {
					return nil
				}
				n, ok := t.AsInt64(args[0])
				if !ok {
					return nil
				}
				return t.NewInt(2 * n)
			}},
			{Name: "fail", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				return t.RaiseMsg(boxErrorType, "box %d failed", len(args))
			}},
		},
		Members: []core.MemberDef{
			{Name: "n", Type: core.MemberInt64, Offset: unsafe.Offsetof(box{}.n)},
		},
		GetSets: []core.GetSetDef{
			{Name: "size", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewInt(int64(len((*box)(unsafe.Pointer(o)).items)))
			}},
			{Name: "label", Get: func(t *core.Thread, o *core.Object) *core.Object {
				if l := (*box)(unsafe.Pointer(o)).label; l != nil {
					return t.NewRef(l)
				}
				return core.None
			}, Set: func(t *core.Thread, o, v *core.Object) bool {
				if v != nil && !core.IsStr(v) {
					t.RaiseMsg(&core.TypeErrorType, "label must be str")
					return false
				}
				t.Replace(&(*box)(unsafe.Pointer(o)).label, t.XNewRef(v))
				return true
			}},
		},
	})
	boxIterType = core.NewType[boxIter](core.TypeSpec{
		Name: "apitest.box_iterator",
		Slots: core.Slots{
			Iter: func(t *core.Thread, o *core.Object) *core.Object { return t.NewRef(o) },
			Next: func(t *core.Thread, o *core.Object) *core.Object {
				it := (*boxIter)(unsafe.Pointer(o))
				b := (*box)(unsafe.Pointer(it.b))
				b.lk.Lock(t)
				defer b.lk.Unlock(t)
				if it.i >= len(b.items) {
					return nil
				}
				it.i++
				return t.NewRef(b.items[it.i-1])
			},
		},
		Clear: func(t *core.Thread, o *core.Object) { t.Replace(&(*boxIter)(unsafe.Pointer(o)).b, nil) },
	})
	boxErrorType = core.NewExceptionType("apitest", "BoxError", nil)
	core.RegisterModule("apitest", func(t *core.Thread, m *core.Module) bool {
		m.AddType(t, boxType)
		m.SetAttrString(t, "BoxError", &boxErrorType.Object)
		st := boxState.Get(t.VM())
		st.made = t.NewStr("state")
		t.VM().AtShutdown(func(t *core.Thread) { t.Replace(&boxState.Get(t.VM()).made, nil) })
		m.SetFunc(t, "state", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			return t.NewRef(boxState.Get(t.VM()).made)
		})
		return m.SetOwned(t, "VERSION", t.TupleOwned(t.NewInt(1), t.NewStr("x")))
	})
}

func boxNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	return &core.Alloc[box](t, cls).Object // Init parses the arguments
}

func boxRepr(t *core.Thread, o *core.Object) *core.Object {
	b := (*box)(unsafe.Pointer(o))
	l := t.ListOwned(t.NewInt(int64(len(b.items))))
	r := t.Repr(l)
	t.Decref(l)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	s, _ := core.StrValue(r)
	return t.NewStr(fmt.Sprintf("%s(%s)", o.Type().Name, s))
}

func boxPut(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var item, times *core.Object
	if !boxPutSig.Parse(t, args[1:], kwnames, &item, &times) {
		return nil
	}
	n := int64(1)
	if times != nil {
		var ok bool
		if n, ok = t.AsInt64(times); !ok {
			return nil
		}
	}
	b := (*box)(unsafe.Pointer(args[0]))
	b.lk.Lock(t)
	for i := int64(0); i < n; i++ {
		b.items = append(b.items, t.NewRef(item))
	}
	b.lk.Unlock(t)
	return core.None
}

const boxProgram = `import apitest
from apitest import Box
b = Box([1, 2], 5)
print(b, len(b), b.size, b.n, list(b), Box.__name__, Box.__module__, Box.__doc__)
b.put('x', times=2)
print(len(b), list(b), [x for x in b][-1])
b.n = 7
b.label = 'L'
print(b.n, b.label, Box.twice(21), b.twice(1), type(Box.make()).__name__)
del b.label
print(b.label, apitest.state(), apitest.VERSION)
for f in [lambda: hash(b), lambda: Box(1, 2, 3), lambda: Box(foo=1), lambda: b.put(), lambda: b.put(1, 2),
          lambda: b.put(item=1), lambda: Box.put(1, 2), lambda: Box.__len__(1), lambda: setattr(b, 'size', 1),
          lambda: setattr(b, 'zz', 1), lambda: b.zz, lambda: b.fail(), lambda: setattr(b, 'label', 3),
          lambda: next(iter(Box()))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class MyBox(Box):
    def __init__(self, items, extra):
        super().__init__(items)
        self.extra = extra
    def total(self):
        return sum(self) + self.extra
class Named(MyBox):
    def __repr__(self):
        return 'Named' + super().__repr__()
m = MyBox([1, 2, 3], 10)
m.put(4)
print(m, len(m), m.total(), m.extra, isinstance(m, Box), type(m).__name__, m.__dict__ if False else sorted(vars(m)) if False else m.extra)
n = Named([5], 0)
print(n, len(n), type(Box.make.__self__).__name__ if False else MyBox.make(()).__class__.__name__ if False else 'ok')
try:
    hash(m)
except TypeError as e:
    print(e)
`

const boxWant = `Box([2]) 2 2 5 [1, 2] Box apitest A box of items.
4 [1, 2, 'x', 'x'] x
7 L 42 2 Box
None state (1, 'x')
TypeError unhashable type: 'apitest.Box'
TypeError Box() takes at most 2 arguments (3 given)
TypeError 'foo' is an invalid keyword argument for Box()
TypeError put() takes exactly 1 positional argument (0 given)
TypeError put() takes exactly 1 positional argument (2 given)
TypeError put() takes exactly 1 positional argument (0 given)
TypeError descriptor 'put' for 'apitest.Box' objects doesn't apply to a 'int' object
TypeError descriptor '__len__' requires a 'apitest.Box' object but received a 'int'
AttributeError attribute 'size' of 'apitest.Box' objects is not writable
AttributeError 'apitest.Box' object has no attribute 'zz'
AttributeError 'apitest.Box' object has no attribute 'zz'
BoxError box 1 failed
TypeError label must be str
StopIteration 
MyBox([4]) 4 20 10 True MyBox 10
NamedNamed([1]) 1 ok
unhashable type: 'MyBox'
`

// TestNativeType runs a program using the apitest module under every
// strategy in checked mode: the output, and no leak, use after free or
// negative count.
func TestNativeType(t *testing.T) {
	for _, s := range core.Strategies() {
		t.Run(s.Name, func(t *testing.T) {
			var out, errb bytes.Buffer
			vm, err := core.NewVM(core.Config{Strategy: s.Name, Checked: true, Stdout: &out, Stderr: &errb})
			require.NoError(t, err)
			src := boxProgram
			if p := os.Getenv("BOXPROG"); p != "" {
				src = p
			}
			res, err := vm.RunSource("box.py", []byte(src), []string{"box.py"})
			require.NoError(t, err)
			assert.Equal(t, boxWant, out.String())
			assert.Empty(t, errb.String())
			assert.Zero(t, res.ExitCode)
			assert.Zero(t, res.Stats.Leaked, "leaked")
			assert.Zero(t, res.Stats.UseAfterFree, "use after free")
			assert.Zero(t, res.Stats.NegativeRefcount, "negative counts")
		})
	}
}

// TestNewTypeRejectsBadLayouts checks NewType's programming-error panics.
func TestNewTypeRejectsBadLayouts(t *testing.T) {
	type noHeader struct{ _ int }
	type wrongBase struct {
		core.Object
		_ int
	}
	assert.Panics(t, func() { core.NewType[noHeader](core.TypeSpec{Name: "x.NoHeader"}) })
	assert.Panics(t, func() { core.NewType[wrongBase](core.TypeSpec{Name: "x.Wrong", Base: boxType}) })
	assert.Panics(t, func() {
		core.NewType[box](core.TypeSpec{Name: "x.Dealloc", Slots: core.Slots{Dealloc: func(*core.Thread, *core.Object) {}}})
	})
}
