package core

import (
	"math"
	"math/big"
	"unsafe"

	"github.com/rcvm/rcvm/core/pyfmt"
	"github.com/rcvm/rcvm/core/pynum"
)

// Float is a Python float.
type Float struct {
	Object
	V float64
}

func asFloat(o *Object) *Float { return (*Float)(ptrOf(o)) }

// NewFloat returns a float object (a new reference).
func (t *Thread) NewFloat(v float64) *Object {
	f := t.heap.floats.pop()
	if f == nil {
		f = new(Float)
	}
	f.V = v
	t.initObject(&f.Object, KindFloat, &FloatType)
	return &f.Object
}

func deallocFloat(t *Thread, o *Object) {
	if t.recycle(o) {
		t.heap.floats.push(asFloat(o))
	}
}

func init() {
	FloatType.Dealloc = deallocFloat
	FloatType.Repr = func(t *Thread, o *Object) *Object { return t.NewStr(pyfmt.FloatRepr(asFloat(o).V)) }
	FloatType.Hash = floatHash
	FloatType.New = floatNew
	FloatType.SetAttr = numberSetAttr
	FloatType.GetAttr = func(t *Thread, o *Object, name *Str) *Object {
		switch name.S {
		case "real":
			return floatExact(t, o)
		case "imag":
			return t.NewFloat(0)
		}
		return t.genericGetAttr(o, name)
	}
	FloatType.Format = floatFormat
	FloatType.def("is_integer", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("float.is_integer", args[1:], kwnames, 0, 0) {
			return nil
		}
		v := asFloat(args[0]).V
		return Bool(!math.IsInf(v, 0) && v == math.Trunc(v))
	})
	FloatType.def("as_integer_ratio", floatAsIntegerRatio)
	FloatType.def("conjugate", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("float.conjugate", args[1:], kwnames, 0, 0) {
			return nil
		}
		return floatExact(t, args[0])
	})
}

// floatHash is hash(float): integral values hash as the equal int; a NaN
// hashes by identity, as in CPython 3.10+.
func floatHash(t *Thread, o *Object) (int64, bool) {
	return pynum.HashFloat(asFloat(o).V, uintptr(unsafe.Pointer(o))), true
}

// floatNew implements float() and float(x).
func floatNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&FloatType, cls, args, kwnames); ok {
		return o
	}
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return t.RaiseMsg(&TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return t.NewFloat(0)
	}
	return t.FloatOf(args[0])
}

// floatExact returns o, a float or an instance of a subclass of float, as
// an exact float (float.real, +x, float.conjugate of a subclass's
// instance are floats).
func floatExact(t *Thread, o *Object) *Object {
	if o.typ == &FloatType {
		return t.NewRef(o)
	}
	return t.NewFloat(asFloat(o).V)
}

var dunderFloatName = Intern("__float__")

// FloatOf returns float(x): floats as they are, ints converted with correct
// rounding, strs parsed, other objects through __float__ or __index__.
func (t *Thread) FloatOf(x *Object) *Object {
	if x.kind == KindFloat && x.typ != &FloatType && !t.overrides(x.typ, dunderFloatName) {
		// An instance of a subclass of float without its own __float__:
		// an exact float of its value.
		return t.NewFloat(asFloat(x).V)
	}
	switch x.kind {
	case KindFloat:
		if x.typ == &FloatType {
			return t.NewRef(x)
		}
		// A subclass's own __float__ (checked above).
		r, _ := t.callNumberDunder(x, "__float__")
		if r == nil || r.typ == &FloatType {
			return r
		}
		defer t.Decref(r)
		if r.kind != KindFloat {
			return t.RaiseMsg(&TypeErrorType, "%s.__float__ returned non-float (type %s)", x.typ.Name, r.typ.Name)
		}
		return t.NewFloat(asFloat(r).V)
	case KindStr:
		v, err := pynum.ParseFloat(asStr(x).S)
		if err != nil {
			return t.raiseNum(err)
		}
		return t.NewFloat(v)
	case KindInt, KindBool, KindInstance:
		if x.kind == KindInstance && t.lookupType(x.typ, dunderFloat) == nil && t.lookupType(x.typ, dunderIndex) == nil {
			break
		}
		v, ok := t.floatOf(x)
		if !ok {
			return nil
		}
		return t.NewFloat(v)
	}
	return t.RaiseMsg(&TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.typ.Name)
}

func floatAsIntegerRatio(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("float.as_integer_ratio", args[1:], kwnames, 0, 0) {
		return nil
	}
	v := asFloat(args[0]).V
	switch {
	case math.IsInf(v, 0):
		return t.RaiseMsg(&OverflowErrorType, "cannot convert Infinity to integer ratio")
	case v != v:
		return t.RaiseMsg(&ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(v)
	return t.pairOf(t.NewBigInt(new(big.Int).Set(r.Num())), t.NewBigInt(new(big.Int).Set(r.Denom())))
}
