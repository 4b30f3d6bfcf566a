package core

import "github.com/rcvm/rcvm/core/bytecode"

// Type is a Python type: a built-in type or a class defined by a program.
// Types are objects too (KindType). The slots are Go functions, as CPython's
// tp_* slots are C function pointers; a nil slot means the operation is not
// supported by the type (a TypeError is raised by the generic code).
// For classes defined in Python, the slots forward to the dunder methods
// found along the MRO (see class.go).
type Type struct {
	Object
	Name string
	// Module is the module name shown by repr ("builtins" is not shown).
	Module string
	// Base is the base whose instance layout the type extends (CPython's
	// tp_base); Bases are all its bases, in order (__bases__), for a class
	// defined by a program (nil for a built-in type: Base alone).
	Base  *Type
	Bases []*Type
	// qualname is a class's __qualname__.
	qualname string
	// MRO is the method resolution order, the type itself first.
	MRO []*Type
	// Dict holds the type's attributes: methods, class variables.
	Dict *Dict
	// InstanceKind is the layout of the type's instances.
	InstanceKind Kind
	// IsException marks BaseException and its subclasses.
	IsException bool
	// Heap marks classes created by a class statement.
	Heap bool
	// instanceAttrs marks classes whose attribute access is
	// instanceGetAttr and instanceSetAttr, for the eval loop's hinted
	// fast paths (attrcache.go).
	instanceAttrs bool
	// customGetattr marks classes with their own __getattribute__, which
	// LOAD_METHOD must not bypass.
	customGetattr bool
	// wrapperBase is property, staticmethod or classmethod for a class
	// derived from one of them (descr_objects.go).
	wrapperBase *Type
	// nslots counts the __slots__ values of an instance (the class's and
	// its bases'), ownSlots the class's own; noDict marks classes whose
	// instances have no __dict__ (class_slots.go).
	nslots, ownSlots int
	noDict           bool
	// subclasses are the type's direct subclasses, in order of creation
	// (tp_subclasses; type_subclasses.go, under subclassesMu).
	subclasses []*Type
	// weakrefable: instances support weak references (CPython's
	// tp_weaklistoffset != 0; weakref.go).
	weakrefable bool
	// abstract marks a class whose __abstractmethods__ is not empty: it
	// cannot be instantiated (Py_TPFLAGS_IS_ABSTRACT).
	abstract bool
	// doc is a native type's __doc__.
	doc string
	// subclassable lets programs derive classes from a native type
	// (Py_TPFLAGS_BASETYPE).
	subclassable bool
	// ownAttrSlots: classes derived from the native type keep its GetAttr
	// and SetAttr (TypeSpec.OwnAttrSlots).
	ownAttrSlots bool
	// clear releases the references a native type's own fields hold.
	clear func(t *Thread, o *Object)
	// layout is the Go layout of a native type's instances (api_type.go),
	// shared by the classes derived from it; nil for core's own types.
	layout *nativeLayout
	// dictOffset is where an instance's dict sits, from the start of the
	// object, for a class derived from a native type; 0 when instances
	// have no dict there.
	dictOffset uintptr

	Slots
}

// Slots are a type's operations, as CPython's tp_* slots are C function
// pointers; a nil slot means the operation is not supported by the type (a
// TypeError is raised by the generic code). Type embeds Slots, so that
// tp.Repr is the type's repr slot; TypeSpec (api_type.go) embeds it too, so
// that a native module declares its type's slots the same way.
type Slots struct {
	Repr     func(t *Thread, o *Object) *Object
	Str      func(t *Thread, o *Object) *Object
	Hash     func(t *Thread, o *Object) (int64, bool)
	Compare  func(t *Thread, a, b *Object, op bytecode.CompareOp) *Object
	Truth    func(t *Thread, o *Object) (bool, bool)
	Len      func(t *Thread, o *Object) (int, bool)
	GetItem  func(t *Thread, o, key *Object) *Object
	SetItem  func(t *Thread, o, key, value *Object) bool // value nil: delete
	Contains func(t *Thread, o, item *Object) (bool, bool)
	Iter     func(t *Thread, o *Object) *Object
	// Next returns the next item, or nil: with t.Failed() an exception,
	// otherwise exhaustion (StopIteration is not materialised).
	Next func(t *Thread, o *Object) *Object
	// Call calls the object. args holds the positional arguments followed by
	// the keyword arguments' values, whose names are in kwnames (nil when
	// there are none).
	Call    func(t *Thread, callee *Object, args []*Object, kwnames []*Str) *Object
	GetAttr func(t *Thread, o *Object, name *Str) *Object
	SetAttr func(t *Thread, o *Object, name *Str, value *Object) bool // value nil: delete
	// Binary holds the binary operators, indexed by bytecode.BinaryOp (the
	// non-in-place forms). A slot returns NotImplemented when it does not
	// handle the other operand's type.
	Binary  [bytecode.NumBinaryOps]func(t *Thread, a, b *Object) *Object
	Inplace [bytecode.NumBinaryOps]func(t *Thread, a, b *Object) *Object
	Neg     func(t *Thread, o *Object) *Object
	Pos     func(t *Thread, o *Object) *Object
	Invert  func(t *Thread, o *Object) *Object
	Abs     func(t *Thread, o *Object) *Object
	// New creates an instance when the type is called (cls(...)).
	New func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object
	// Dealloc releases the object's references to other objects and hands its
	// memory back to the heap. Every type that can be freed has one.
	Dealloc func(t *Thread, o *Object)
	// Format implements format(o, spec) for built-in types.
	Format func(t *Thread, o *Object, spec string) *Object
	// GetBuffer exports the object's memory (the buffer protocol,
	// CPython's bf_getbuffer): it fills view and returns true, or raises.
	// ReleaseBuffer, when set, is called when the view is released.
	GetBuffer     func(t *Thread, o *Object, view *Buffer, flags BufferFlags) bool
	ReleaseBuffer func(t *Thread, o *Object, view *Buffer)
	// DescrGet makes instances descriptors (CPython's tp_descr_get): the
	// value of the class attribute descr read through obj (nil when read
	// through the class owner). DescrSet (tp_descr_set; value nil: delete)
	// makes them data descriptors, which come before the instance dict.
	DescrGet func(t *Thread, descr, obj, owner *Object) *Object
	DescrSet func(t *Thread, descr, obj, value *Object) bool
}

// asType converts a KindType object to *Type.
func asType(o *Object) *Type { return (*Type)(ptrOf(o)) }

// IsSubtype reports whether tp is sub or one of its bases.
func (tp *Type) IsSubtype(base *Type) bool {
	if tp == base {
		return true
	}
	for _, t := range tp.MRO {
		if t == base {
			return true
		}
	}
	return false
}

// Lookup finds an attribute along the MRO without binding it. It returns a
// borrowed reference, or nil. Type dicts may be changed by another thread
// meanwhile: the read goes through Dict.typeGet (dict.go).
func (tp *Type) Lookup(t *Thread, name *Str) *Object {
	for _, c := range tp.MRO {
		if c.Dict != nil {
			if v := c.Dict.typeGet(t, name); v != nil {
				return v
			}
		}
	}
	return nil
}

// ReprName is the type's name as repr shows it in "<class 'x'>".
func (tp *Type) ReprName() string {
	if tp.Module != "" && tp.Module != "builtins" {
		return tp.Module + "." + tp.Name
	}
	return tp.Name
}

// tpName is the type's name as CPython's tp_name spells it in error
// messages: qualified by its module for a built-in type defined in a module
// other than builtins ("collections.deque"), the bare name otherwise.
func (tp *Type) tpName() string {
	if !tp.Heap && tp.Module != "" && tp.Module != "builtins" {
		return tp.Module + "." + tp.Name
	}
	return tp.Name
}
