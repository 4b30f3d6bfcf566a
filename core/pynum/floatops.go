package pynum

import "math"

// FloatTrueDiv returns x/y, or ZeroDivisionError when y is zero (IEEE
// division would give an infinity or a NaN; Python raises).
func FloatTrueDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errFloatDivZero
	}
	return x / y, nil
}

// FloatMod returns x%y: the remainder has the sign of y, and a zero
// remainder is a zero of y's sign (0.0 % -3 == -0.0), as in CPython's
// float_rem.
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errFloatModZero
	}
	return floatMod(x, y), nil
}

func floatMod(x, y float64) float64 {
	// math.Mod is exact, like C's fmod, and keeps the sign of x.
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
		return m
	}
	return math.Copysign(0, y)
}

// FloatFloorDiv returns x//y, or ZeroDivisionError.
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errFloatFloorDiv
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatDivMod returns divmod(x, y), or ZeroDivisionError.
func FloatDivMod(x, y float64) (q, r float64, err error) {
	if y == 0 {
		return 0, 0, errFloatDivmod
	}
	q, r = floatDivMod(x, y)
	return q, r, nil
}

// floatDivMod follows CPython's _float_div_mod: take the exact remainder,
// derive the quotient from it, fix both up so the remainder has the sign of
// y, then snap the quotient to the nearest integer.
func floatDivMod(x, y float64) (q, r float64) {
	r = math.Mod(x, y)
	div := (x - r) / y
	if r != 0 {
		if (y < 0) != (r < 0) {
			r += y
			div -= 1.0
		}
	} else {
		r = math.Copysign(0, y)
	}
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1.0
		}
	} else {
		// A zero quotient takes the sign of the true quotient.
		q = math.Copysign(0, x/y)
	}
	return q, r
}

// isOddInteger reports whether f is an odd integer (and finite).
func isOddInteger(f float64) bool {
	return math.Abs(math.Mod(f, 2)) == 1
}

// FloatPow returns x**y with CPython 3.11's special cases: v**0 is 1 even
// for a NaN v, 1**nan is 1, 0.0 to a negative power is ZeroDivisionError, a
// finite result too large is OverflowError, and a negative base with a
// non-integral exponent is ErrComplexPow (CPython returns a complex). The
// general case is the C library's pow, as in CPython (platformPow).
func FloatPow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return 1, nil
		}
		if (y > 0) == (ax > 1) {
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Inf(1), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, errZeroNegPow
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, ErrComplexPow
		}
		x = -x
		negate = isOddInteger(y)
	}
	var r float64
	if x == 1 {
		r = 1
	} else {
		r = platformPow(x, y)
		if math.IsInf(r, 0) {
			return 0, errPowRange
		}
	}
	if negate {
		r = -r
	}
	return r, nil
}
