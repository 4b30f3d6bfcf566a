package core

import (
	"errors"
	"math"
	"math/big"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// int arithmetic: the operator slots of int and bool (CPython's
// Objects/longobject.c), with int64 fast paths that fall back to math/big on
// overflow. Results that fit in an int64 are always normalised back to the
// machine form (NewBigInt does it), so the fast paths keep applying.
//
// Fast paths for the eval loop. Each takes two int objects whose Big is nil
// (the caller checks a.kind == KindInt && b.kind == KindInt and Big == nil)
// and returns a new reference, or nil with an exception set; none of them
// returns nil without an exception, and none returns NotImplemented:
//
//	t.intAdd(a, b)       a + b
//	t.intSub(a, b)       a - b
//	t.intMul(a, b)       a * b
//	t.intFloorDiv(a, b)  a // b   (ZeroDivisionError)
//	t.intMod(a, b)       a % b    (ZeroDivisionError)
//	t.intTrueDiv(a, b)   a / b    (a float)
//	t.intLShift(a, b)    a << b   (ValueError for a negative count)
//	t.intRShift(a, b)    a >> b
//	t.intAnd(a, b), t.intOr(a, b), t.intXor(a, b)
//	intCompare(a, b, op) bool     a <op> b, without allocating
//
// The int fast paths are one call each rather than inlinable: the overflow
// fallback does not fit the inliner's budget. NewInt, which they and the
// eval loop call, is inlinable for results in the small-int cache.
//
// The general slots (IntType.Binary[op]) accept any mix of int and bool
// operands, big or small, and return NotImplemented for anything else: a
// float operand is handled by float's reflected slot, as in CPython.

// intAdd returns a + b for two machine ints.
func (t *Thread) intAdd(a, b *Object) *Object {
	if r, ok := pynum.AddInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.NewBigInt(new(big.Int).Add(bigOf(a), bigOf(b)))
}

// intSub returns a - b for two machine ints.
func (t *Thread) intSub(a, b *Object) *Object {
	if r, ok := pynum.SubInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.NewBigInt(new(big.Int).Sub(bigOf(a), bigOf(b)))
}

// intMul returns a * b for two machine ints.
func (t *Thread) intMul(a, b *Object) *Object {
	if r, ok := pynum.MulInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.NewBigInt(new(big.Int).Mul(bigOf(a), bigOf(b)))
}

// intFloorDiv returns a // b for two machine ints.
func (t *Thread) intFloorDiv(a, b *Object) *Object {
	if r, ok := pynum.FloorDivInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.bigResult(pynum.FloorDivBig(bigOf(a), bigOf(b)))
}

// intMod returns a % b for two machine ints.
func (t *Thread) intMod(a, b *Object) *Object {
	if r, ok := pynum.ModInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.bigResult(pynum.ModBig(bigOf(a), bigOf(b)))
}

// maxExactInt is the largest magnitude below which every int64 converts to
// a float64 exactly (2**53).
const maxExactInt = 1 << 53

// intTrueDiv returns a / b for two machine ints.
func (t *Thread) intTrueDiv(a, b *Object) *Object {
	x, y := asInt(a).V, asInt(b).V
	if y == 0 {
		return t.RaiseMsg(&ZeroDivisionErrorType, "division by zero")
	}
	// Both operands are exact as floats, so IEEE division rounds the true
	// quotient correctly, as CPython's fast path in long_true_divide does.
	if x >= -maxExactInt && x <= maxExactInt && y >= -maxExactInt && y <= maxExactInt {
		return t.NewFloat(float64(x) / float64(y))
	}
	return t.intTrueDivBig(bigOf(a), bigOf(b))
}

// intTrueDivBig divides two arbitrary ints with a correctly rounded result.
func (t *Thread) intTrueDivBig(x, y *big.Int) *Object {
	if y.Sign() == 0 {
		return t.RaiseMsg(&ZeroDivisionErrorType, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return t.RaiseMsg(&OverflowErrorType, "integer division result too large for a float")
	}
	return t.NewFloat(f)
}

// intLShift returns a << b for two machine ints.
func (t *Thread) intLShift(a, b *Object) *Object {
	if r, ok := pynum.LShiftInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.bigResult(pynum.LShift(bigOf(a), bigOf(b)))
}

// intRShift returns a >> b for two machine ints.
func (t *Thread) intRShift(a, b *Object) *Object {
	if r, ok := pynum.RShiftInt64(asInt(a).V, asInt(b).V); ok {
		return t.NewInt(r)
	}
	return t.RaiseMsg(&ValueErrorType, "negative shift count")
}

// intAnd returns a & b for two machine ints.
func (t *Thread) intAnd(a, b *Object) *Object { return t.NewInt(asInt(a).V & asInt(b).V) }

// intOr returns a | b for two machine ints.
func (t *Thread) intOr(a, b *Object) *Object { return t.NewInt(asInt(a).V | asInt(b).V) }

// intXor returns a ^ b for two machine ints.
func (t *Thread) intXor(a, b *Object) *Object { return t.NewInt(asInt(a).V ^ asInt(b).V) }

// intCompare evaluates a <op> b for two machine ints.
func intCompare(a, b *Object, op bytecode.CompareOp) bool {
	return cmpResult(cmpInt64(asInt(a).V, asInt(b).V), op)
}

func cmpInt64(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op bytecode.CompareOp) bool {
	switch op {
	case bytecode.Lt:
		return c < 0
	case bytecode.Le:
		return c <= 0
	case bytecode.Eq:
		return c == 0
	case bytecode.Ne:
		return c != 0
	case bytecode.Gt:
		return c > 0
	}
	return c >= 0
}

// bigResult turns the result of a pynum big-int helper into an int object.
func (t *Thread) bigResult(v *big.Int, err error) *Object {
	if err != nil {
		return t.raiseNum(err)
	}
	return t.NewBigInt(v)
}

// isIntLike reports whether o has int's layout: an int or a bool.
func isIntLike(o *Object) bool { return o.kind == KindInt || o.kind == KindBool }

// bothSmall reports whether two int-like objects both hold machine values.
func bothSmall(a, b *Object) bool { return asInt(a).Big == nil && asInt(b).Big == nil }

// intSlot wraps a two-machine-int fast path and its big-int general case
// into a binary slot: NotImplemented unless both operands are ints.
func intSlot(small func(t *Thread, a, b *Object) *Object, general func(t *Thread, x, y *big.Int) *Object) func(t *Thread, a, b *Object) *Object {
	return func(t *Thread, a, b *Object) *Object {
		if !isIntLike(a) || !isIntLike(b) {
			return NotImplemented
		}
		if bothSmall(a, b) {
			return small(t, a, b)
		}
		return general(t, bigOf(a), bigOf(b))
	}
}

func init() {
	tp := &IntType
	tp.Binary[bytecode.Add] = intSlot((*Thread).intAdd, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).Add(x, y))
	})
	tp.Binary[bytecode.Sub] = intSlot((*Thread).intSub, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).Sub(x, y))
	})
	tp.Binary[bytecode.Mul] = intSlot((*Thread).intMul, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).Mul(x, y))
	})
	tp.Binary[bytecode.FloorDiv] = intSlot((*Thread).intFloorDiv, func(t *Thread, x, y *big.Int) *Object {
		return t.bigResult(pynum.FloorDivBig(x, y))
	})
	tp.Binary[bytecode.Mod] = intSlot((*Thread).intMod, func(t *Thread, x, y *big.Int) *Object {
		return t.bigResult(pynum.ModBig(x, y))
	})
	tp.Binary[bytecode.TrueDiv] = intSlot((*Thread).intTrueDiv, (*Thread).intTrueDivBig)
	tp.Binary[bytecode.Pow] = intSlot((*Thread).intPow, (*Thread).intPowBig)
	tp.Binary[bytecode.LShift] = intSlot((*Thread).intLShift, func(t *Thread, x, y *big.Int) *Object {
		return t.bigResult(pynum.LShift(x, y))
	})
	tp.Binary[bytecode.RShift] = intSlot((*Thread).intRShift, func(t *Thread, x, y *big.Int) *Object {
		return t.bigResult(pynum.RShift(x, y))
	})
	tp.Binary[bytecode.And] = intSlot((*Thread).intAnd, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).And(x, y))
	})
	tp.Binary[bytecode.Or] = intSlot((*Thread).intOr, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).Or(x, y))
	})
	tp.Binary[bytecode.Xor] = intSlot((*Thread).intXor, func(t *Thread, x, y *big.Int) *Object {
		return t.NewBigInt(new(big.Int).Xor(x, y))
	})
	tp.Compare = intRichCompare
	tp.Neg = intNeg
	tp.Pos = intPos
	tp.Invert = intInvert
	tp.Abs = intAbs

	// bool & | ^ bool stay bools; with an int operand they are int
	// operations (bool_and in CPython's boolobject.c).
	for _, op := range []bytecode.BinaryOp{bytecode.And, bytecode.Or, bytecode.Xor} {
		op := op
		intOp := tp.Binary[op]
		BoolType.Binary[op] = func(t *Thread, a, b *Object) *Object {
			if a.kind == KindBool && b.kind == KindBool {
				x, y := a == True, b == True
				switch op {
				case bytecode.And:
					return Bool(x && y)
				case bytecode.Or:
					return Bool(x || y)
				}
				return Bool(x != y)
			}
			return intOp(t, a, b)
		}
	}
}

// intPow returns a ** b for two machine ints: an int for a non-negative
// exponent, a float otherwise (CPython converts both to float).
func (t *Thread) intPow(a, b *Object) *Object {
	x, y := asInt(a).V, asInt(b).V
	if y < 0 {
		return t.floatPowResult(float64(x), float64(y))
	}
	if r, ok := pynum.PowInt64(x, y); ok {
		return t.NewInt(r)
	}
	return t.bigResult(pynum.PowBig(big.NewInt(x), big.NewInt(y)))
}

// intPowBig is a ** b when either operand is big.
func (t *Thread) intPowBig(x, y *big.Int) *Object {
	if y.Sign() < 0 {
		fx, ok := t.bigToFloat(x)
		if !ok {
			return nil
		}
		fy, ok := t.bigToFloat(y)
		if !ok {
			return nil
		}
		return t.floatPowResult(fx, fy)
	}
	return t.bigResult(pynum.PowBig(x, y))
}

// intCmp compares two int-like objects.
func intCmp(a, b *Object) int {
	x, y := asInt(a), asInt(b)
	if x.Big == nil && y.Big == nil {
		return cmpInt64(x.V, y.V)
	}
	return bigOf(a).Cmp(bigOf(b))
}

// intRichCompare is int's Compare slot. Comparisons with floats are left to
// float's slot (reflected), which compares exactly.
func intRichCompare(t *Thread, a, b *Object, op bytecode.CompareOp) *Object {
	if !isIntLike(b) {
		return NotImplemented
	}
	return Bool(cmpResult(intCmp(a, b), op))
}

func intNeg(t *Thread, o *Object) *Object {
	n := asInt(o)
	if n.Big == nil {
		if r, ok := pynum.NegInt64(n.V); ok {
			return t.NewInt(r)
		}
	}
	return t.NewBigInt(new(big.Int).Neg(bigOf(o)))
}

// intPos returns +o: the int itself, or the int value of a bool.
func intPos(t *Thread, o *Object) *Object {
	if o.typ == &IntType {
		return t.NewRef(o)
	}
	// A bool or an instance of a subclass of int: an exact int of the
	// same value (CPython's _PyLong_Copy).
	if n := asInt(o); n.Big != nil {
		return t.NewBigInt(n.Big)
	}
	return t.NewInt(asInt(o).V)
}

// intInvert returns ~o == -o-1 (never overflows in the int64 form except
// for no value: ~MinInt64 == MaxInt64).
func intInvert(t *Thread, o *Object) *Object {
	n := asInt(o)
	if n.Big == nil {
		return t.NewInt(^n.V)
	}
	return t.NewBigInt(new(big.Int).Not(n.Big))
}

func intAbs(t *Thread, o *Object) *Object {
	n := asInt(o)
	if n.Big == nil {
		if n.V >= 0 {
			return intPos(t, o)
		}
		return intNeg(t, o)
	}
	if n.Big.Sign() >= 0 {
		return t.NewRef(o)
	}
	return t.NewBigInt(new(big.Int).Neg(n.Big))
}

// intDivMod returns divmod(a, b) for two int-like objects as a tuple.
func (t *Thread) intDivMod(a, b *Object) *Object {
	if bothSmall(a, b) {
		if q, r, ok := pynum.DivModInt64(asInt(a).V, asInt(b).V); ok {
			return t.pairOf(t.NewInt(q), t.NewInt(r))
		}
	}
	q, r, err := pynum.DivModBig(bigOf(a), bigOf(b))
	if err != nil {
		return t.raiseNum(err)
	}
	return t.pairOf(t.NewBigInt(q), t.NewBigInt(r))
}

// pairOf returns the tuple (a, b), stealing both references.
func (t *Thread) pairOf(a, b *Object) *Object {
	p := t.NewTuple(2)
	p.Items[0], p.Items[1] = a, b
	return &p.Object
}

// intPowMod is pow(a, b, m) for ints.
func (t *Thread) intPowMod(a, b, m *Object) *Object {
	return t.bigResult(pynum.PowMod(bigOf(a), bigOf(b), bigOf(m)))
}

// numErrorTypes maps the exception classes pynum names to the runtime's.
var numErrorTypes = [...]*Type{
	pynum.ValueError:        &ValueErrorType,
	pynum.TypeError:         &TypeErrorType,
	pynum.OverflowError:     &OverflowErrorType,
	pynum.ZeroDivisionError: &ZeroDivisionErrorType,
	pynum.MemoryError:       &MemoryErrorType,
	pynum.IndexError:        &IndexErrorType,
	pynum.LookupError:       &LookupErrorType,
	pynum.UnicodeError:      &UnicodeErrorType,
}

// raiseNum raises the Python exception a pynum or pyfmt helper reported
// and returns nil. An error of another kind becomes a ValueError carrying
// its text.
func (t *Thread) raiseNum(err error) *Object { return t.RaiseError(err) }

// RaiseError raises the Python exception that a pynum or pyfmt error
// describes (a *pynum.Error's kind and message) and returns nil; any other
// error becomes a ValueError carrying its text.
func (t *Thread) RaiseError(err error) *Object {
	var e *pynum.Error
	if errors.As(err, &e) {
		tp := &ValueErrorType
		if int(e.Kind) < len(numErrorTypes) && numErrorTypes[e.Kind] != nil {
			tp = numErrorTypes[e.Kind]
		}
		if e.Msg == "" {
			t.Raise(t.NewException(tp))
			return nil
		}
		return t.RaiseMsg(tp, "%s", e.Msg)
	}
	return t.RaiseMsg(&ValueErrorType, "%s", err.Error())
}
