package pynum

import "math"

// powPositive returns x**y correctly rounded (barring results within about
// 2**-95 relative of a halfway point) for finite x > 0, x != 1, finite y != 0;
// it returns +Inf when the result overflows.
func powPositive(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case -1:
		return 1 / x
	case 2:
		return x * x
	case 0.5:
		return math.Sqrt(x)
	}
	var f dd
	var k int
	if y == math.Trunc(y) && math.Abs(y) <= 64 && intPowSafe(x, y) {
		f, k = ddIntPow(x, int(y)), 0
	} else {
		t := ddMulF(ddLog(x), y)
		switch {
		case t.hi > 710:
			return math.Inf(1)
		case t.hi < -746:
			return 0
		}
		f, k = ddExpScaled(t)
	}
	return ddLdexp(f, k)
}

// intPowSafe reports whether x**y (|y| <= 64) stays well inside the normal
// float64 range at every step of ddIntPow, so that neither the squarings nor
// the final reciprocal overflow or go subnormal.
func intPowSafe(x, y float64) bool {
	_, e := math.Frexp(x)
	bound := float64(e) * math.Abs(y)
	return bound > -960 && bound < 960
}

// ddIntPow computes x**n by binary powering in double-double.
func ddIntPow(x float64, n int) dd {
	neg := n < 0
	if neg {
		n = -n
	}
	r, b := dd{1, 0}, dd{x, 0}
	for n > 0 {
		if n&1 != 0 {
			r = ddMul(r, b)
		}
		n >>= 1
		if n > 0 {
			b = ddMul(b, b)
		}
	}
	if neg {
		r = ddDiv(dd{1, 0}, r)
	}
	return r
}

// ddLdexp rounds f * 2**k to the nearest float64, +Inf on overflow. In the
// subnormal range the scaling rounds again, so the result is nudged by the
// low part to stay correctly rounded.
func ddLdexp(f dd, k int) float64 {
	hi := f.hi + f.lo // renormalise: hi is the nearest float64 to f
	lo := f.lo - (hi - f.hi)
	r := math.Ldexp(hi, k)
	if r == 0 || math.IsInf(r, 0) || math.Abs(r) >= 0x1p-1022 {
		return r
	}
	// Subnormal: compare the exact residual with half an ulp of r.
	back := math.Ldexp(r, -k) // exact: scaling a representable value up
	d := (hi - back) + lo
	half := math.Ldexp(1, -1075-k) // half the smallest subnormal, scaled
	switch {
	case d > half:
		r = math.Nextafter(r, math.Inf(1))
	case d < -half:
		r = math.Nextafter(r, math.Inf(-1))
	}
	return r
}
