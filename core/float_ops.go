package core

import (
	"math"
	"math/big"
	"unsafe"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// float arithmetic: the operator slots of float (CPython's
// Objects/floatobject.c). A float slot accepts an int or bool on either
// side, converting it with correct rounding (OverflowError when it is too
// large), so int <op> float and float <op> int both end up here through
// binary dispatch, as in CPython.
//
// Fast paths for the eval loop, for two KindFloat operands; each returns a
// new reference, or nil with an exception set:
//
//	t.floatAdd(a, b), t.floatSub(a, b), t.floatMul(a, b), t.floatTrueDiv(a, b)
//
// floatAdd, floatSub and floatMul are inlinable (go build -gcflags=-m); they
// convert with unsafe.Pointer directly because asFloat's cost would put
// them one over the inliner's budget.

// floatAdd returns a + b for two floats.
func (t *Thread) floatAdd(a, b *Object) *Object {
	return t.NewFloat((*Float)(unsafe.Pointer(a)).V + (*Float)(unsafe.Pointer(b)).V)
}

// floatSub returns a - b for two floats.
func (t *Thread) floatSub(a, b *Object) *Object {
	return t.NewFloat((*Float)(unsafe.Pointer(a)).V - (*Float)(unsafe.Pointer(b)).V)
}

// floatMul returns a * b for two floats.
func (t *Thread) floatMul(a, b *Object) *Object {
	return t.NewFloat((*Float)(unsafe.Pointer(a)).V * (*Float)(unsafe.Pointer(b)).V)
}

// floatTrueDiv returns a / b for two floats.
func (t *Thread) floatTrueDiv(a, b *Object) *Object {
	y := asFloat(b).V
	if y == 0 {
		return t.RaiseMsg(&ZeroDivisionErrorType, "float division by zero")
	}
	return t.NewFloat(asFloat(a).V / y)
}

// floatOperand converts one operand of a float slot. isNum is false when o
// is neither a float nor an int (the slot returns NotImplemented); ok is
// false when the conversion raised.
func (t *Thread) floatOperand(o *Object) (v float64, isNum, ok bool) {
	switch o.kind {
	case KindFloat:
		return asFloat(o).V, true, true
	case KindInt, KindBool:
		v, ok = t.intToFloat(o)
		return v, true, ok
	}
	return 0, false, false
}

// floatSlot builds a binary slot from an operation on two float64s that
// may fail with a pynum error.
func floatSlot(op func(x, y float64) (float64, error)) func(t *Thread, a, b *Object) *Object {
	return func(t *Thread, a, b *Object) *Object {
		x, isNum, ok := t.floatOperand(a)
		if !isNum {
			return NotImplemented
		}
		if !ok {
			return nil
		}
		y, isNum, ok := t.floatOperand(b)
		if !isNum {
			return NotImplemented
		}
		if !ok {
			return nil
		}
		r, err := op(x, y)
		if err != nil {
			return t.raiseNum(err)
		}
		return t.NewFloat(r)
	}
}

func init() {
	tp := &FloatType
	tp.Binary[bytecode.Add] = floatSlot(func(x, y float64) (float64, error) { return x + y, nil })
	tp.Binary[bytecode.Sub] = floatSlot(func(x, y float64) (float64, error) { return x - y, nil })
	tp.Binary[bytecode.Mul] = floatSlot(func(x, y float64) (float64, error) { return x * y, nil })
	tp.Binary[bytecode.TrueDiv] = floatSlot(pynum.FloatTrueDiv)
	tp.Binary[bytecode.FloorDiv] = floatSlot(pynum.FloatFloorDiv)
	tp.Binary[bytecode.Mod] = floatSlot(pynum.FloatMod)
	tp.Binary[bytecode.Pow] = floatSlot(pynum.FloatPow)
	tp.Compare = floatRichCompare
	tp.Neg = func(t *Thread, o *Object) *Object { return t.NewFloat(-asFloat(o).V) }
	tp.Pos = func(t *Thread, o *Object) *Object { return floatExact(t, o) }
	tp.Abs = func(t *Thread, o *Object) *Object { return t.NewFloat(math.Abs(asFloat(o).V)) }
	tp.Truth = func(t *Thread, o *Object) (bool, bool) { return asFloat(o).V != 0, true }
}

// floatPowResult returns x ** y as a float object.
func (t *Thread) floatPowResult(x, y float64) *Object {
	r, err := pynum.FloatPow(x, y)
	if err != nil {
		return t.raiseNum(err)
	}
	return t.NewFloat(r)
}

// floatDivMod returns divmod(a, b) when either operand is a float; isNum
// is false when the other operand is not a number.
func (t *Thread) floatDivMod(a, b *Object) (r *Object, isNum bool) {
	x, isNum, ok := t.floatOperand(a)
	if !isNum {
		return nil, false
	}
	if !ok {
		return nil, true
	}
	y, isNum, ok := t.floatOperand(b)
	if !isNum {
		return nil, false
	}
	if !ok {
		return nil, true
	}
	q, m, err := pynum.FloatDivMod(x, y)
	if err != nil {
		return t.raiseNum(err), true
	}
	return t.pairOf(t.NewFloat(q), t.NewFloat(m)), true
}

// floatRichCompare is float's Compare slot: float against float with IEEE
// semantics, and float against int exactly (CPython's float_richcompare:
// 2**53 + 1 > 2.0**53 although float(2**53 + 1) == 2.0**53).
func floatRichCompare(t *Thread, a, b *Object, op bytecode.CompareOp) *Object {
	x := asFloat(a).V
	switch {
	case b.kind == KindFloat:
		y := asFloat(b).V
		if x != x || y != y {
			return Bool(op == bytecode.Ne)
		}
		return Bool(cmpResult(cmpFloat64(x, y), op))
	case isIntLike(b):
		if x != x {
			return Bool(op == bytecode.Ne)
		}
		return Bool(cmpResult(cmpFloatInt(x, b), op))
	}
	return NotImplemented
}

func cmpFloat64(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpFloatInt compares a non-NaN float with an int-like object exactly.
func cmpFloatInt(x float64, b *Object) int {
	n := asInt(b)
	if n.Big == nil && n.V >= -maxExactInt && n.V <= maxExactInt {
		return cmpFloat64(x, float64(n.V))
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return 1
		}
		return -1
	}
	// Both convert to big.Float exactly (SetInt widens the precision to the
	// int's bit length), so the comparison is exact.
	xf := new(big.Float).SetFloat64(x)
	bf := new(big.Float).SetInt(bigOf(b))
	return xf.Cmp(bf)
}

// intToFloat converts an int-like object to the nearest float, raising
// OverflowError when it is out of range.
func (t *Thread) intToFloat(o *Object) (float64, bool) {
	n := asInt(o)
	if n.Big == nil {
		return float64(n.V), true
	}
	return t.bigToFloat(n.Big)
}

// bigToFloat converts a big int to the nearest float (ties to even).
func (t *Thread) bigToFloat(v *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		t.RaiseMsg(&OverflowErrorType, "int too large to convert to float")
		return 0, false
	}
	return f, true
}

// floatOf converts a number to a float64 for the math module and other
// functions that take real numbers: floats, ints, and objects with
// __float__ or __index__; otherwise "must be real number, not X".
func (t *Thread) floatOf(o *Object) (float64, bool) {
	switch o.kind {
	case KindFloat:
		return asFloat(o).V, true
	case KindInt, KindBool:
		return t.intToFloat(o)
	}
	for _, name := range [...]string{"__float__", "__index__"} {
		if r, found := t.callNumberDunder(o, name); found {
			if r == nil {
				return 0, false
			}
			defer t.Decref(r)
			switch {
			case r.kind == KindFloat:
				return asFloat(r).V, true
			case name == "__index__" && isIntLike(r):
				return t.intToFloat(r)
			}
			t.RaiseMsg(&TypeErrorType, "%s.%s returned non-float (type %s)", o.typ.Name, name, r.typ.Name)
			return 0, false
		}
	}
	t.RaiseMsg(&TypeErrorType, "must be real number, not %s", o.typ.Name)
	return 0, false
}
