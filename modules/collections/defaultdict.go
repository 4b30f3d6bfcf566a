package collections

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// defaultdict: a dict whose __missing__ calls default_factory, a native
// type derived from dict (its layout starts with core.Dict, so every dict
// operation applies to it and dict's __getitem__ calls __missing__).

type defDict struct {
	core.Dict
	factory *core.Object // nil: None
}

var defDictType *core.Type

func init() {
	// dict's instances take no attributes; a defaultdict's factory is a
	// writable member, set through the generic protocol.
	s := core.Slots{New: defDictNew, Repr: defDictRepr, SetAttr: core.GenericSetAttr}
	s.Binary[bc.Or] = defDictOr
	defDictType = core.NewType[defDict](core.TypeSpec{
		Name: "collections.defaultdict",
		Doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
			"The default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\n" +
			"A defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\n" +
			"passed to the dict constructor, including keyword arguments.\n",
		Base:         &core.DictType,
		Subclassable: true,
		Slots:        s,
		Init:         defDictInit,
		Clear:        func(t *core.Thread, o *core.Object) { t.Replace(&asDefDict(o).factory, nil) },
		Methods: []core.MethodDef{
			{Name: "__missing__", Fn: defDictMissing, Doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n"},
			{Name: "copy", Fn: defDictCopy, Doc: "D.copy() -> a shallow copy of D."},
			{Name: "__copy__", Fn: defDictCopy, Doc: "D.copy() -> a shallow copy of D."},
			{Name: "__reduce__", Fn: defDictReduce, Doc: "Return state information for pickling."},
		},
		Members: []core.MemberDef{{Name: "default_factory", Type: core.MemberObject, Offset: unsafe.Offsetof(defDict{}.factory),
			Doc: "Factory for default value called by __missing__()."}},
	})
}

func asDefDict(o *core.Object) *defDict { return (*defDict)(unsafe.Pointer(o)) }

func defDictNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	return &core.Alloc[defDict](t, cls).Dict.Object
}

// defDictInit is __init__(default_factory=None, /, *args, **kwargs): the
// rest goes to dict.__init__.
func defDictInit(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	pos, _ := core.Positional(args, kwnames)
	var factory *core.Object
	rest := args
	if len(pos) > 0 {
		factory, rest = pos[0], args[1:]
		if factory != core.None && !core.IsCallable(factory) {
			t.RaiseMsg(&core.TypeErrorType, "first argument must be callable or None")
			return false
		}
	}
	if factory == core.None {
		factory = nil
	}
	t.Replace(&asDefDict(o).factory, t.XNewRef(factory))
	init := core.DictType.Lookup(t, core.Intern("__init__"))
	if init == nil {
		t.RaiseMsg(&core.SystemErrorType, "dict.__init__ is missing")
		return false
	}
	call := append([]*core.Object{o}, rest...)
	r := t.Call(init, call, kwnames)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

func defDictMissing(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__missing__", args[1:], kwnames, 1, 1) {
		return nil
	}
	self, key := args[0], args[1]
	factory := t.XNewRef(asDefDict(self).factory)
	if factory == nil {
		return t.RaiseWith(&core.KeyErrorType, key)
	}
	v := t.Call(factory, nil, nil)
	t.Decref(factory)
	if v == nil {
		return nil
	}
	if !t.SetItem(self, key, v) {
		t.Decref(v)
		return nil
	}
	return v
}

// newLike is type(dd)(dd.default_factory, arg), as copy() and | build
// their results.
func newLike(t *core.Thread, dd, arg *core.Object) *core.Object {
	f := asDefDict(dd).factory
	if f == nil {
		f = core.None
	}
	f = t.NewRef(f)
	r := t.Call(&dd.Type().Object, []*core.Object{f, arg}, nil)
	t.Decref(f)
	return r
}

func defDictCopy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("copy", args[1:], kwnames, 0, 0) {
		return nil
	}
	return newLike(t, args[0], args[0])
}

func defDictReduce(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	self := args[0]
	var fargs *core.Object
	if f := asDefDict(self).factory; f != nil {
		fargs = t.TupleOf(f)
	} else {
		fargs = t.TupleOf()
	}
	items := t.CallMethod(self, "items")
	if items == nil {
		t.Decref(fargs)
		return nil
	}
	it := t.GetIter(items)
	t.Decref(items)
	return t.TupleOwned(t.NewRef(&self.Type().Object), fargs, t.NewRef(core.None), t.NewRef(core.None), it)
}

func defDictRepr(t *core.Thread, o *core.Object) *core.Object {
	def := "None"
	if f := asDefDict(o).factory; f != nil {
		if !t.ReprEnter(f) {
			def = "..."
		} else {
			r, ok := t.ReprString(f)
			t.ReprLeave(f)
			if !ok {
				return nil
			}
			def = r
		}
	}
	base := core.DictType.Repr(t, o)
	if base == nil {
		return nil
	}
	b, _ := core.StrValue(base)
	t.Decref(base)
	name := core.TypeName(o)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return t.NewStr(name + "(" + def + ", " + b + ")")
}

// defDictOr is dd | other and other | dd: a copy of the defaultdict
// operand (through its class) updated with the right operand.
func defDictOr(t *core.Thread, left, right *core.Object) *core.Object {
	self, other := left, right
	if !core.IsInstance(left, defDictType) {
		self, other = right, left
	}
	if !core.IsDict(other) {
		return t.NewRef(core.NotImplemented)
	}
	n := newLike(t, self, left)
	if n == nil {
		return nil
	}
	r := t.CallMethod(n, "update", right)
	if r == nil {
		t.Decref(n)
		return nil
	}
	t.Decref(r)
	return n
}
