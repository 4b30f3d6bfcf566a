package core

import (
	"unsafe"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// The slots of None, NotImplemented and Ellipsis. The three objects are
// immortal, so their types need no Dealloc.

var (
	noneName           = Intern("None")
	notImplementedName = Intern("NotImplemented")
	ellipsisName       = Intern("Ellipsis")
)

func init() {
	singleton := func(tp *Type, self *Object, name *Str) {
		tp.Repr = func(t *Thread, o *Object) *Object { return &name.Object }
		tp.Hash = func(t *Thread, o *Object) (int64, bool) { return objectAddressHash(o), true }
		tp.Compare = func(t *Thread, a, b *Object, op bytecode.CompareOp) *Object {
			switch op {
			case bytecode.Eq:
				return Bool(a == b)
			case bytecode.Ne:
				return Bool(a != b)
			}
			return NotImplemented
		}
		// type(None)() returns None, as in CPython.
		tp.New = func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
			if len(args) > 0 {
				return t.RaiseMsg(&TypeErrorType, "%s takes no arguments", tp.Name)
			}
			return self
		}
	}
	singleton(&NoneType, None, noneName)
	singleton(&NotImplementedType, NotImplemented, notImplementedName)
	singleton(&EllipsisType, Ellipsis, ellipsisName)
	for _, tp := range []*Type{&NoneType, &NotImplementedType, &EllipsisType} {
		tp.SetAttr = numberSetAttr
	}
	NoneType.Truth = func(t *Thread, o *Object) (bool, bool) { return false, true }
	NotImplementedType.Truth = func(t *Thread, o *Object) (bool, bool) { return true, true }
	EllipsisType.Truth = func(t *Thread, o *Object) (bool, bool) { return true, true }
}

// objectAddressHash is CPython 3.11's identity hash (_Py_HashPointer):
// None, NotImplemented, Ellipsis and NaNs hash this way in 3.11.
func objectAddressHash(o *Object) int64 { return pynum.HashPointer(uintptr(unsafe.Pointer(o))) }

// numberSetAttr is the SetAttr slot of the built-in types whose instances
// have no attribute dict (numbers, None): every assignment fails, with
// CPython's message for data attributes, methods and unknown names.
func numberSetAttr(t *Thread, o *Object, name *Str, value *Object) bool {
	if name.S == "__class__" {
		// object.__setattr__'s __class__ rules: refused for built-in types.
		return t.setClass(o, value)
	}
	switch name.S {
	case "real", "imag", "numerator", "denominator":
		if isIntLike(o) || o.kind == KindFloat && (name.S == "real" || name.S == "imag") {
			t.RaiseMsg(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name.S, o.typ.Name)
			return false
		}
	}
	if t.lookupType(o.typ, name) != nil {
		t.RaiseMsg(&AttributeErrorType, "'%s' object attribute '%s' is read-only", o.typ.Name, name.S)
		return false
	}
	t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
	return false
}
