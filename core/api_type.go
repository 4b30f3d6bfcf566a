package core

import (
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"unsafe"
)

// Types defined outside core: the part of the extension API with which a
// native module (modules/...) declares a type with a Go struct layout, its
// slots, methods, members and getset descriptors, as a C extension fills a
// PyType_Spec.
//
// The layout is a Go struct whose first field is core.Object (or the layout
// of the type's base: another native type's struct, or core.Dict, core.List
// for a type derived from dict or list):
//
//	type deque struct {
//		core.Object
//		items []*core.Object
//	}
//
// Instances are allocated with Alloc[T](t, cls), where cls is the type being
// instantiated: the native type itself or a class a program derived from it
// (class MyDeque(deque)). An instance of such a subclass is a T followed by
// an instance dict, found at the type's dict offset as CPython's
// tp_dictoffset finds it; everything else about the subclass (its slots
// forwarding to the dunders it defines, falling back to the native slot
// wrappers in the base's dict) is the class model's.

// TypeSpec describes a native type.
type TypeSpec struct {
	// Name is the type's CPython tp_name: "module.name" ("collections.deque",
	// "itertools.count"), what error messages show. The Type's Name
	// (__name__) is the part after the last dot and its Module (__module__)
	// the part before it.
	Name string
	// Doc is __doc__.
	Doc string
	// Base is the base type: nil (object), another native type, or a core
	// built-in type whose layout T starts with (DictType, ListType).
	Base *Type
	// Subclassable lets programs derive classes from the type (CPython's
	// Py_TPFLAGS_BASETYPE). Without it, a class statement naming the type as
	// a base raises "type 'x' is not an acceptable base type".
	Subclassable bool
	// Dict gives instances an instance dict (__dict__, arbitrary
	// attributes), as a C type with tp_dictoffset has.
	Dict bool
	// OwnAttrSlots makes classes derived from the type keep its GetAttr
	// and SetAttr slots instead of the class model's, for a type whose
	// instance dict is not a field (threading.local: GetAttr and SetAttr
	// then use GenericGetAttrWithDict and GenericSetAttrWithDict).
	OwnAttrSlots bool
	// Slots are the type's operations. Dealloc must be nil: release the
	// object's references in Clear, core frees the memory. New creates an
	// instance of cls (the type or a subclass) with Alloc. A nil Hash
	// inherits the base's (object: identity); set it to Unhashable for a
	// mutable container.
	Slots
	// Init is __init__: it runs after New when the type is called, unless a
	// subclass overrides __init__. It returns false with an exception set.
	Init func(t *Thread, self *Object, args []*Object, kwnames []*Str) bool
	// Clear drops the references the object's own fields hold (not its
	// base's: each native type in the chain clears its own fields). It may
	// be nil when the layout holds no references.
	Clear func(t *Thread, o *Object)
	// Methods, Members and GetSets go into the type's dict.
	Methods []MethodDef
	Members []MemberDef
	GetSets []GetSetDef
}

// MethodKind says how a method of a native type binds.
type MethodKind uint8

// The kinds of methods.
const (
	// InstanceMethod receives self as args[0]; core checks that self is an
	// instance of the type before calling it (a descriptor called on the
	// wrong object raises CPython's TypeError, never reaches the method).
	InstanceMethod MethodKind = iota
	// ClassMethod receives the class as args[0] (dict.fromkeys).
	ClassMethod
	// StaticMethod receives only the arguments (str.maketrans).
	StaticMethod
)

// MethodDef is a method of a native type.
type MethodDef struct {
	Name string
	Fn   BuiltinFunc
	Kind MethodKind
	Doc  string
}

// MemberType is the Go type of a member's field.
type MemberType uint8

// The member field types.
const (
	// MemberObject is a *Object field; nil reads as None (CPython's
	// T_OBJECT), and deleting a writable member stores nil.
	MemberObject MemberType = iota
	// MemberInt64 is an int64 field (T_PYSSIZET).
	MemberInt64
	// MemberInt is an int field (T_INT).
	MemberInt
	// MemberFloat64 is a float64 field (T_DOUBLE).
	MemberFloat64
	// MemberBool is a bool field (T_BOOL).
	MemberBool
)

// MemberDef exposes a field of the layout as an attribute (CPython's
// PyMemberDef). Offset is unsafe.Offsetof the field in the layout struct.
type MemberDef struct {
	Name     string
	Type     MemberType
	Offset   uintptr
	ReadOnly bool
	Doc      string
}

// GetSetDef is a computed attribute (CPython's PyGetSetDef). Get returns a
// new reference or nil with an exception; Set (nil: read-only) receives nil
// for del.
type GetSetDef struct {
	Name string
	Get  func(t *Thread, o *Object) *Object
	Set  func(t *Thread, o, v *Object) bool
	Doc  string
}

// nativeLayout is what core knows of a native type's Go layout: how to
// allocate an instance with or without the instance dict that a subclass
// defined by a program needs, and where that dict is.
type nativeLayout struct {
	// sample is a nil *T: Alloc[T] checks a type's layout with a type
	// assertion on it.
	sample     any
	alloc      func() *Object
	allocDict  func() *Object
	dictOffset uintptr
	// slotsOffset is where withDict's slots are.
	slotsOffset uintptr
	// root is the core layout the struct starts with (KindOther for
	// core.Object, KindDict for core.Dict, ...): its contents are released
	// after the native fields when an instance dies.
	root Kind
}

// withDict is the layout of an instance of a class a program derived from
// a native type: the native struct, then the instance dict.
type withDict[T any] struct {
	obj  T
	dict *Dict
	// slots are the __slots__ values of a class with slots derived from
	// the native type.
	slots []*Object
}

// coreLayouts are the core structs a native layout may start with.
var coreLayouts = map[reflect.Type]Kind{
	reflect.TypeFor[Object](): KindOther,
	reflect.TypeFor[Dict]():   KindDict,
	reflect.TypeFor[List]():   KindList,
	reflect.TypeFor[Set]():    KindSet,
}

// NewType creates a native type whose instances have the Go layout T. Call
// it from an init function (the type's slots usually refer to the type, which
// a package-level initializer cannot do without an initialization cycle).
// It panics when the spec is inconsistent: that is a programming error in the
// module, found when the binary starts.
func NewType[T any](spec TypeSpec) *Type {
	name, module := spec.Name, "builtins"
	if i := strings.LastIndexByte(spec.Name, '.'); i >= 0 {
		module, name = spec.Name[:i], spec.Name[i+1:]
	}
	if typesReady.Load() {
		panic("core.NewType(" + spec.Name + "): called after the first VM started; call it from an init function")
	}
	if spec.Dealloc != nil {
		panic("core.NewType(" + name + "): set Clear, not Dealloc")
	}
	base := spec.Base
	if base == nil {
		base = &ObjectType
	}
	root := checkLayout[T](name, base)
	tp := &Type{Name: name, Module: module, Base: base, Slots: spec.Slots, InstanceKind: root}
	if base.InstanceKind != 0 && base.InstanceKind != KindInstance {
		tp.InstanceKind = base.InstanceKind
	}
	tp.doc = spec.Doc
	tp.subclassable = spec.Subclassable
	tp.ownAttrSlots = spec.OwnAttrSlots
	tp.clear = spec.Clear
	var wd withDict[T]
	tp.layout = &nativeLayout{
		sample:      (*T)(nil),
		alloc:       func() *Object { return (*Object)(unsafe.Pointer(new(T))) },
		allocDict:   func() *Object { return (*Object)(unsafe.Pointer(&new(withDict[T]).obj)) },
		dictOffset:  unsafe.Offsetof(wd.dict),
		slotsOffset: unsafe.Offsetof(wd.slots),
		root:        root,
	}
	if spec.Dict || (base.layout != nil && base.dictOffset != 0) {
		tp.dictOffset = tp.layout.dictOffset
	}
	tp.Dealloc = nativeDealloc
	if tp.New == nil && base.layout == nil {
		// Inheriting object's or a core type's New would make an
		// instance of the wrong layout; a native base's New is inherited.
		tp.New = noNew
	}
	registerType(tp)
	for _, m := range spec.Methods {
		tp.defNative(m)
	}
	for _, m := range spec.Members {
		tp.defMember(m)
	}
	for _, g := range spec.GetSets {
		tp.defGetSet(g)
	}
	if spec.Init != nil {
		init := spec.Init
		tp.defNative(MethodDef{Name: "__init__", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !init(t, args[0], args[1:], kwnames) {
				return nil
			}
			return None
		}})
	}
	// The other slots' wrappers are added by readyTypes (addOperators).
	defDescrWrappers(tp)
	return tp
}

// typesReady is set once readyTypes has completed the built-in types: a
// type created later would never be completed.
var typesReady atomic.Bool

// checkLayout verifies that T starts with the layout of base and returns
// the core layout at its root.
func checkLayout[T any](name string, base *Type) Kind {
	rt := reflect.TypeFor[T]()
	if rt.Kind() != reflect.Struct || rt.NumField() == 0 || rt.Field(0).Offset != 0 {
		panic("core.NewType(" + name + "): the layout must be a struct starting with core.Object or its base's layout")
	}
	first := rt.Field(0).Type
	if base.layout != nil {
		want := reflect.TypeOf(base.layout.sample).Elem()
		if first != want {
			panic(fmt.Sprintf("core.NewType(%s): the layout must start with %v, the layout of %s", name, want, base.Name))
		}
		return base.layout.root
	}
	k, ok := coreLayouts[first]
	if !ok {
		panic(fmt.Sprintf("core.NewType(%s): the layout starts with %v, not core.Object, core.Dict, core.List or core.Set", name, first))
	}
	if k != KindOther && base.InstanceKind != k && !(k == KindSet && base.InstanceKind == KindFrozenSet) {
		panic(fmt.Sprintf("core.NewType(%s): a layout starting with %v needs that type as its base", name, first))
	}
	if k == KindOther && base != &ObjectType {
		panic("core.NewType(" + name + "): a layout starting with core.Object needs object as its base")
	}
	return k
}

// noNew is the New slot of a native type that cannot be instantiated from
// Python (an iterator made only by its container).
func noNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	return t.RaiseMsg(&TypeErrorType, "cannot create '%s' instances", cls.tpName())
}

// Alloc returns a new instance of cls with layout T, its fields zeroed and
// its header initialised (one reference, owned by t). cls is the native
// type whose layout is T, or a class derived from it; the subclass's
// instance gets room for its dict. Alloc panics when T is not cls's layout.
func Alloc[T any](t *Thread, cls *Type) *T {
	l := cls.layout
	if l == nil {
		panic("core.Alloc: " + cls.tpName() + " is not a native type")
	}
	if _, ok := l.sample.(*T); !ok {
		panic(fmt.Sprintf("core.Alloc: %T is not the layout of %s", (*T)(nil), cls.tpName()))
	}
	var o *Object
	if cls.dictOffset != 0 || cls.nslots > 0 {
		o = l.allocDict()
		if cls.nslots > 0 {
			*(*[]*Object)(unsafe.Add(unsafe.Pointer(o), l.slotsOffset)) = make([]*Object, cls.nslots)
		}
	} else {
		o = l.alloc()
	}
	t.initObject(o, cls.InstanceKind, cls)
	if cls.Heap {
		t.Incref(&cls.Object)
	}
	return (*T)(unsafe.Pointer(o))
}

// callNative calls a native type or a class derived from one, as CPython's
// type_call does: New creates the object (it receives the arguments and
// ignores them when the type has an Init that parses them), then __init__
// runs when the object is an instance of cls (a subclass may override it).
func (t *Thread) callNative(cls *Type, args []*Object, kwnames []*Str) *Object {
	obj := cls.New(t, cls, args, kwnames)
	if obj == nil || !obj.typ.IsSubtype(cls) {
		return obj
	}
	init := t.lookupType(cls, dunderInit)
	if init == nil || init == objectInit {
		return obj
	}
	t.Incref(init)
	r := t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(init, a, k) }, obj, args, kwnames)
	t.Decref(init)
	if r == nil {
		t.Decref(obj)
		return nil
	}
	if r != None {
		t.Decref(r)
		t.Decref(obj)
		return t.RaiseMsg(&TypeErrorType, "__init__() should return None, not '%s'", r.typ.Name)
	}
	return obj
}

// Cast converts o to the layout T of the native type tp when o is an
// instance of tp (or of a subclass); ok is false otherwise.
func Cast[T any](o *Object, tp *Type) (p *T, ok bool) {
	if o.typ != tp && !o.typ.IsSubtype(tp) {
		return nil, false
	}
	return (*T)(unsafe.Pointer(o)), true
}

// nativeDealloc frees an instance of a native type or of a class derived
// from one: the subclass's dict, then each native type's fields (most
// derived first), then the core layout it starts with; a heap class loses
// the reference its instance held.
func nativeDealloc(t *Thread, o *Object) {
	cls := o.typ
	if p := dictSlot(o); p != nil && *p != nil {
		d := *p
		*p = nil
		t.Decref(&d.Object)
	}
	if cls.nslots > 0 {
		p := nativeSlots(o)
		vals := *p
		*p = nil
		t.releaseAll(nonNil(vals))
	}
	for tp := cls; tp != nil; tp = tp.Base {
		if tp.clear != nil {
			tp.clear(t, o)
		}
	}
	switch cls.layout.root {
	case KindDict:
		(*Dict)(ptrOf(o)).Clear(t)
	case KindList:
		l := (*List)(ptrOf(o))
		items := l.Items
		l.Items = nil
		t.releaseAll(items)
	case KindSet:
		(*Set)(ptrOf(o)).Clear(t)
	}
	t.recycle(o)
	if cls.Heap {
		t.Decref(&cls.Object)
	}
}

// nativeSlots returns where the __slots__ values of an instance of a class
// with slots derived from a native type are kept.
func nativeSlots(o *Object) *[]*Object {
	return (*[]*Object)(unsafe.Add(unsafe.Pointer(o), o.typ.layout.slotsOffset))
}

// dictSlot returns where o's instance dict is kept: the Instance layout's
// Dict, the dict after a native layout in an instance of a class derived from
// a native type, or nil for objects without one.
func dictSlot(o *Object) **Dict {
	if o.kind == KindInstance {
		if o.typ.noDict {
			return nil
		}
		return &asInstance(o).Dict
	}
	if off := o.typ.dictOffset; off != 0 {
		return (**Dict)(unsafe.Add(unsafe.Pointer(o), off))
	}
	return nil
}

// defNative adds a method of a native type to its dict (when the types are
// readied). The call path checks an instance method's self (descrcheck.go).
func (tp *Type) defNative(m MethodDef) {
	switch m.Kind {
	case ClassMethod:
		tp.defClass(m.Name, m.Fn)
	case StaticMethod:
		pendingStatics = append(pendingStatics, staticDef{tp, m.Name, m.Fn})
	default:
		tp.def(m.Name, m.Fn)
	}
}

// staticDef is a static method waiting for its type's dict.
type staticDef struct {
	tp   *Type
	name string
	fn   BuiltinFunc
}

var pendingStatics []staticDef

// readyStatics puts the static methods of native types in their dicts as
// staticmethod objects, as CPython does for METH_STATIC.
func readyStatics(t *Thread) {
	for _, s := range pendingStatics {
		b := newStaticBuiltin(s.name, s.fn)
		w := &wrapper{a: &b.Object}
		w.rc, w.kind, w.flags, w.typ, w.tid = 1, KindOther, flagImmortal, &StaticMethodType, immortalTid
		s.tp.Dict.SetStr(t, internName(s.name), &w.Object)
	}
	pendingStatics = nil
}

// Unhashable is the Hash slot of a mutable type: hash(x) raises
// "unhashable type: 'x'" (CPython's PyObject_HashNotImplemented).
func Unhashable(t *Thread, o *Object) (int64, bool) {
	t.RaiseMsg(&TypeErrorType, "unhashable type: '%s'", o.typ.tpName())
	return 0, false
}

// AddClassInt puts an int constant in a native type's dict when the types
// are readied (blake2b.SALT_SIZE, as a C type's tp_dict entry made at
// module init). Call it from an init function, after NewType.
func (tp *Type) AddClassInt(name string, v int) {
	pendingConsts = append(pendingConsts, constDef{tp, name, &smallIntsOrStatic(v).Object})
}
