package structmod

import "math"

// Half-precision floats ('e'), converted as CPython's PyFloat_Pack2 and
// PyFloat_Unpack2 do: round half to even, gradual underflow, and
// OverflowError (ok false) past the largest half.

// packHalf returns x's IEEE 754 binary16 bits.
func packHalf(x float64) (uint16, bool) {
	var sign, bits uint16
	var e int
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		e = 0x1f
	case math.IsNaN(x):
		if math.Signbit(x) {
			sign = 1
		}
		e, bits = 0x1f, 512
	default:
		if x < 0 {
			sign, x = 1, -x
		}
		f, exp := math.Frexp(x)
		// f is in [0.5, 1): normalise it to [1, 2).
		f *= 2
		e = exp - 1
		switch {
		case e >= 16:
			return 0, false
		case e < -25:
			f, e = 0, 0 // underflow to zero
		case e < -14:
			f, e = math.Ldexp(f, 14+e), 0 // subnormal
		default:
			e += 15
			f-- // drop the leading 1
		}
		f *= 1024
		bits = uint16(f)
		if rest := f - float64(bits); rest > 0.5 || (rest == 0.5 && bits%2 == 1) {
			bits++
			if bits == 1024 {
				bits = 0
				e++
				if e == 31 {
					return 0, false
				}
			}
		}
	}
	return bits | uint16(e)<<10 | sign<<15, true
}

// unpackHalf returns the float64 a binary16 value stands for.
func unpackHalf(h uint16) float64 {
	sign := h>>15 != 0
	e := int(h>>10) & 0x1f
	f := int(h & 0x3ff)
	if e == 0x1f {
		if f == 0 {
			if sign {
				return math.Inf(-1)
			}
			return math.Inf(1)
		}
		if sign {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	x := float64(f) / 1024
	if e == 0 {
		e = -14
	} else {
		x++
		e -= 15
	}
	x = math.Ldexp(x, e)
	if sign {
		x = -x
	}
	return x
}
