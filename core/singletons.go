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
	NoneType.Truth = func(t *Thread, o *Object) (bool, bool) { return false, true }
	NotImplementedType.Truth = func(t *Thread, o *Object) (bool, bool) { return true, true }
	EllipsisType.Truth = func(t *Thread, o *Object) (bool, bool) { return true, true }
}

// objectAddressHash is CPython 3.11's identity hash (_Py_HashPointer):
// None, NotImplemented, Ellipsis and NaNs hash this way in 3.11.
func objectAddressHash(o *Object) int64 { return pynum.HashPointer(uintptr(unsafe.Pointer(o))) }
