package pynum

import (
	"math"
	"math/big"
)

// maxExact is 2**53: every integer of at most this magnitude is a float64.
const maxExact = 1 << 53

// BigToFloat returns float(v) rounded to nearest-even, or OverflowError
// ("int too large to convert to float") when it rounds beyond the largest
// float64.
func BigToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		// Go's int64 to float64 conversion rounds to nearest-even.
		return float64(v.Int64()), nil
	}
	f, _ := new(big.Float).SetPrec(53).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, errIntTooLarge
	}
	return f, nil
}

// TrueDivInt64 returns a/b for ints, correctly rounded as CPython's
// long_true_divide is, or ZeroDivisionError.
func TrueDivInt64(a, b int64) (float64, error) {
	if b == 0 {
		return 0, errDivZero
	}
	if -maxExact <= a && a <= maxExact && -maxExact <= b && b <= maxExact {
		// Both operands are exact, so one IEEE division rounds correctly.
		return float64(a) / float64(b), nil
	}
	return trueDivBig(big.NewInt(a), big.NewInt(b))
}

// TrueDivBig returns a/b for ints, correctly rounded, or ZeroDivisionError,
// or OverflowError ("integer division result too large for a float").
func TrueDivBig(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, errDivZero
	}
	if a.IsInt64() && b.IsInt64() {
		return TrueDivInt64(a.Int64(), b.Int64())
	}
	return trueDivBig(a, b)
}

func trueDivBig(a, b *big.Int) (float64, error) {
	if a.Sign() == 0 {
		if b.Sign() < 0 {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	// Exact operands; Quo rounds once, to 53 bits, nearest-even.
	fa := new(big.Float).SetInt(a)
	fb := new(big.Float).SetInt(b)
	q := new(big.Float).SetPrec(53).Quo(fa, fb)
	exp := q.MantExp(nil) // q = mant * 2**exp, 0.5 <= |mant| < 1
	switch {
	case exp > 1024:
		return 0, errDivTooLarge
	case exp < -1021:
		// Subnormal or underflow: Quo's 53-bit rounding would be followed
		// by a second one, so let big.Rat round the exact quotient once.
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		return f, nil
	}
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return 0, errDivTooLarge
	}
	return f, nil
}

// CmpInt64Float compares the int a with the float f exactly, as CPython's
// float_richcompare does (so 2**53+1 != 2.0**53); ok is false when f is NaN,
// which compares unequal and unordered with everything.
func CmpInt64Float(a int64, f float64) (cmp int, ok bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if -maxExact <= a && a <= maxExact {
		return cmpFloat(float64(a), f), true
	}
	switch {
	case f >= 9223372036854775808.0:
		return -1, true
	case f < -9223372036854775808.0:
		return 1, true
	}
	// |f| > 2**53 here or f is small: compare integer parts, then the
	// fraction decides ties.
	t := math.Trunc(f)
	ti := int64(t)
	switch {
	case a < ti:
		return -1, true
	case a > ti:
		return 1, true
	}
	return cmpFloat(0, f-t), true
}

// CmpBigFloat compares the int v with the float f exactly; ok is false when
// f is NaN.
func CmpBigFloat(v *big.Int, f float64) (cmp int, ok bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if v.IsInt64() {
		return CmpInt64Float(v.Int64(), f)
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1, true
		}
		return 1, true
	}
	return new(big.Float).SetInt(v).Cmp(new(big.Float).SetFloat64(f)), true
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
