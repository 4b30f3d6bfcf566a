package core

import (
	"math"
	"math/big"
)

// Correctly rounded elementary functions for the math module.
//
// CPython's math functions are the C library's, and glibc's exp, log, pow,
// sin, cos, atan and friends return the correctly rounded result in all but
// rare near-halfway cases. Go's math package is accurate to about one ulp
// but not correctly rounded: on random arguments 15-50% of its results
// differ in the last bit from glibc's, and print differently. The functions
// here evaluate in double-double arithmetic (about 104 bits, Dekker 1971;
// the operations follow Hida, Li and Bailey's QD library) and round once,
// which gives the correctly rounded result unless the exact value lies
// within about 2**-45 ulp of a halfway point.
//
// Methods: exp reduces by multiples of ln 2, scales by 2**-10, sums the
// Taylor series and squares back; log uses Newton's method on exp, or the
// atanh series near 1; sin and cos reduce by multiples of pi/2 (with a
// 1400-bit pi for huge arguments) and sum their Taylor series; atan2, atan,
// asin and acos refine Go's result by one Newton step on
// x*sin(t) - y*cos(t); hypot sums exact squares and refines the square
// root by a Newton step. Where glibc itself does not round correctly (log10, sinh, cosh, tanh,
// asinh, acosh) its fdlibm formulas are followed instead, over the
// correctly rounded exp and log, which reproduces its results. gamma,
// lgamma, erf, erfc, expm1, log1p, atanh and cbrt are Go's: glibc does not
// round those correctly either, and Go's agree with it on most arguments
// (cbrt on about half).

// dd is a double-double number: hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// fastTwoSum requires |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(x dd) dd { return dd{-x.hi, -x.lo} }

func ddSub(x, y dd) dd { return ddAdd(x, ddNeg(y)) }

func ddMul(x, y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, f float64) dd {
	p, e := twoProd(x.hi, f)
	e += x.lo * f
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddSub(x, ddMulF(y, q1))
	q2 := r.hi / y.hi
	r = ddSub(r, ddMulF(y, q2))
	q3 := r.hi / y.hi
	q1, q2 = fastTwoSum(q1, q2)
	return ddAdd(dd{q1, q2}, dd{q3, 0})
}

// ddSqrt returns the square root of x > 0.
func ddSqrt(x dd) dd {
	s := math.Sqrt(x.hi)
	p, e := twoProd(s, s)
	r := ddSub(x, dd{p, e})
	h, l := fastTwoSum(s, r.hi/(2*s))
	return dd{h, l}
}

// ddLdexp scales x by 2**k (exact while no part underflows).
func ddLdexp(x dd, k int) dd { return dd{math.Ldexp(x.hi, k), math.Ldexp(x.lo, k)} }

// round returns the float nearest to x.
func (x dd) round() float64 { return x.hi + x.lo }

// roundScaled returns the float nearest to x * 2**k, rounding once even
// when the result is subnormal.
func (x dd) roundScaled(k int) float64 {
	r := math.Ldexp(x.hi, k)
	if math.Abs(r) >= 0x1p-1022 || r == 0 && x.hi == 0 || math.IsInf(r, 0) {
		return math.Ldexp(x.round(), k)
	}
	f := new(big.Float).SetPrec(200).SetFloat64(x.hi)
	f.Add(f, new(big.Float).SetFloat64(x.lo))
	f.SetMantExp(f, k)
	v, _ := f.Float64()
	return v
}

// ---- constants, computed once with math/big ----

// libmPrec is the precision of the big constants: enough to reduce the
// largest float modulo pi/2.
const libmPrec = 1400

var (
	bigPi                            *big.Float
	ddLn2, ddInvLn2, ddInvLn10       dd
	ddPio2                           dd
	ln2Hi, ln2Mid, ln2Lo             float64
	log10of2Hi, log10of2Lo, invLn10  float64
	pio2Parts                        [4]float64
	invFact                          [32]dd // 1/n!
	invOdd                           [24]dd // 1/(2n+1)
)

func init() {
	bigPi = bigPiValue(libmPrec)
	ln2 := bigAtanhInv(3, libmPrec)
	ln2.Mul(ln2, big.NewFloat(2))
	ln10 := bigAtanhInv(9, libmPrec) // ln(10/8) = 2 atanh(1/9)
	ln10.Mul(ln10, big.NewFloat(2))
	ln10.Add(ln10, new(big.Float).Mul(ln2, big.NewFloat(3)))
	ddLn2 = bigToDD(ln2)
	ddInvLn2 = bigToDD(new(big.Float).Quo(bigOne(), ln2))
	ddInvLn10 = bigToDD(new(big.Float).Quo(bigOne(), ln10))
	invLn10 = ddInvLn10.hi
	log10of2 := splitBits(new(big.Float).SetPrec(libmPrec).Quo(ln2, ln10), []uint{40, 53})
	log10of2Hi, log10of2Lo = log10of2[0], log10of2[1]
	pio2 := new(big.Float).SetPrec(libmPrec).Quo(bigPi, big.NewFloat(2))
	ddPio2 = bigToDD(pio2)
	// Split ln 2 and pi/2 into parts with few significant bits, so that
	// their products with the reduction multiple are exact.
	parts := splitBits(ln2, []uint{32, 32, 53})
	ln2Hi, ln2Mid, ln2Lo = parts[0], parts[1], parts[2]
	copy(pio2Parts[:], splitBits(pio2, []uint{32, 32, 32, 53}))
	f := bigOne()
	for n := range invFact {
		if n > 0 {
			f.Mul(f, big.NewFloat(float64(n)))
		}
		invFact[n] = bigToDD(new(big.Float).Quo(bigOne(), f))
	}
	for n := range invOdd {
		invOdd[n] = bigToDD(new(big.Float).Quo(bigOne(), big.NewFloat(float64(2*n+1))))
	}
}

func bigOne() *big.Float { return new(big.Float).SetPrec(libmPrec).SetInt64(1) }

func bigToDD(x *big.Float) dd {
	hi, _ := x.Float64()
	rest := new(big.Float).SetPrec(libmPrec).Sub(x, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return dd{hi, lo}
}

// splitBits writes x as a sum of floats with the given numbers of
// significant bits.
func splitBits(x *big.Float, bits []uint) []float64 {
	rest := new(big.Float).SetPrec(libmPrec).Set(x)
	out := make([]float64, len(bits))
	for i, b := range bits {
		part := new(big.Float).SetPrec(b).SetMode(big.ToZero).Set(rest)
		out[i], _ = part.Float64()
		rest.Sub(rest, part)
	}
	return out
}

// bigAtanhInv returns atanh(1/n) = sum 1/((2k+1) n**(2k+1)).
func bigAtanhInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
	nn := new(big.Float).SetPrec(prec).SetInt64(n * n)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Cmp(eps) < 0 {
			return sum
		}
		pow.Quo(pow, nn)
	}
}

// bigAtanInv returns atan(1/n) = sum (-1)**k / ((2k+1) n**(2k+1)).
func bigAtanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
	nn := new(big.Float).SetPrec(prec).SetInt64(n * n)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Cmp(eps) < 0 {
			return sum
		}
		pow.Quo(pow, nn)
	}
}

// bigPiValue computes pi by Machin's formula, 16 atan(1/5) - 4 atan(1/239).
func bigPiValue(prec uint) *big.Float {
	a := bigAtanInv(5, prec+16)
	a.Mul(a, big.NewFloat(16))
	b := bigAtanInv(239, prec+16)
	b.Mul(b, big.NewFloat(4))
	return new(big.Float).SetPrec(prec).Sub(a, b)
}

// ---- exp ----

// ddExpParts returns m and k with e**x = m * 2**k, for |x| < 2**20.
func ddExpParts(x dd) (dd, int) {
	k := math.RoundToEven(x.hi * ddInvLn2.hi)
	r := ddSub(x, dd{k * ln2Hi, 0})
	r = ddSub(r, dd{k * ln2Mid, 0})
	r = ddSub(r, ddMulF(dd{ln2Lo, 0}, k))
	// e**r = (e**(r/1024))**1024: sum the series for e**s - 1 with
	// |s| < 2**-11, then square ten times.
	const squarings = 10
	s := ddLdexp(r, -squarings)
	p := invFact[10]
	for n := 9; n >= 1; n-- {
		p = ddAdd(ddMul(p, s), invFact[n])
	}
	em1 := ddMul(p, s)
	for i := 0; i < squarings; i++ {
		em1 = ddAdd(ddMulF(em1, 2), ddMul(em1, em1))
	}
	return ddAdd(dd{1, 0}, em1), int(k)
}

// Thresholds beyond which exp overflows or underflows to zero.
const (
	expOverflow  = 709.782712893384
	expUnderflow = -745.1332191019412
)

func libmExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > expOverflow:
		return math.Inf(1)
	case x < expUnderflow:
		return 0
	}
	m, k := ddExpParts(dd{x, 0})
	return m.roundScaled(k)
}

func libmExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	m, k := ddExpParts(ddMulF(ddLn2, x))
	return m.roundScaled(k)
}

// ---- log ----

// ddLog returns log(x) for a finite x > 0.
func ddLog(x float64) dd {
	mant, e := math.Frexp(x) // x = mant * 2**e, 0.5 <= mant < 1
	if mant < math.Sqrt2/2 {
		mant *= 2
		e--
	}
	var l dd
	if math.Abs(mant-1) < 0.0625 {
		l = ddLog1pSeries(mant - 1)
	} else {
		// One Newton step on exp from Go's log: log(m) = y + log(m/E) with
		// E = exp(y), and log(1+d) = d - d*d/2 to the needed accuracy.
		y := math.Log(mant)
		em, ek := ddExpParts(dd{y, 0})
		ev := ddLdexp(em, ek)
		d := ddDiv(ddSub(dd{mant, 0}, ev), ev).round()
		l = ddAdd(dd{y, 0}, dd{d - d*d/2, 0})
	}
	if e == 0 {
		return l
	}
	return ddAdd(ddMulF(ddLn2, float64(e)), l)
}

// ddLog1pSeries returns log(1+f) for |f| < 1/16 (f exact) by
// log(1+f) = 2 atanh(s), s = f/(2+f).
func ddLog1pSeries(f float64) dd {
	if f == 0 {
		return dd{}
	}
	den := dd{}
	den.hi, den.lo = twoSum(2, f)
	s := ddDiv(dd{f, 0}, den)
	s2 := ddMul(s, s)
	p := invOdd[12]
	for n := 11; n >= 0; n-- {
		p = ddAdd(ddMul(p, s2), invOdd[n])
	}
	return ddMulF(ddMul(p, s), 2)
}

// logSpecial handles the arguments every logarithm treats alike.
func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	}
	return 0, false
}

func libmLog(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	return ddLog(x).round()
}

func libmLog2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	return ddMul(ddLog(x), ddInvLn2).round()
}

// libmLog10 follows the fdlibm design glibc keeps for log10 (which is
// not correctly rounded): with x = m * 2**y, m in [1, 2) for x >= 1 and in
// [0.5, 1) otherwise, log10(x) = y*log10(2) + log(m)/ln(10), evaluated as
// (y*log10_2lo + log(m)*(1/ln 10)) + y*log10_2hi, where log10_2hi has few
// enough bits for y*log10_2hi to be exact. Rounding the same way as glibc
// makes the results agree with CPython's where a correctly rounded log10
// would not.
func libmLog10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	m, e := math.Frexp(x) // m in [0.5, 1)
	y := e - 1
	if y >= 0 {
		m *= 2
	} else {
		y++
	}
	fy := float64(y)
	z := fy*log10of2Lo + invLn10*libmLog(m)
	return z + fy*log10of2Hi
}

// ---- sin, cos, tan ----

// reducePio2 returns n and r with x = n*pi/2 + r, |r| <= pi/4 (about).
func reducePio2(x float64) (int, dd) {
	if math.Abs(x) <= math.Pi/4 {
		return 0, dd{x, 0}
	}
	if math.Abs(x) < 0x1p19 {
		k := math.RoundToEven(x / ddPio2.hi)
		r := ddSub(dd{x, 0}, dd{k * pio2Parts[0], 0})
		r = ddSub(r, dd{k * pio2Parts[1], 0})
		r = ddSub(r, dd{k * pio2Parts[2], 0})
		r = ddSub(r, ddMulF(dd{pio2Parts[3], 0}, k))
		return int(int64(k) & 3), r
	}
	// Huge arguments: reduce exactly with the 1400-bit pi.
	prec := uint(libmPrec)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	pio2 := new(big.Float).SetPrec(prec).Quo(bigPi, big.NewFloat(2))
	q := new(big.Float).SetPrec(prec).Quo(bx, pio2)
	qi, _ := q.Int(nil)
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), pio2)
	r.Sub(bx, r)
	n := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return int(n), bigToDD(r)
}

// ddSinCos returns sin(r) and cos(r) for |r| <= pi/4 (about).
func ddSinCos(r dd) (s, c dd) {
	r2 := ddMul(r, r)
	ps := invFact[29]
	for n := 27; n >= 1; n -= 2 {
		ps = ddAdd(ddNeg(ddMul(ps, r2)), invFact[n])
	}
	s = ddMul(ps, r)
	pc := invFact[30]
	for n := 28; n >= 0; n -= 2 {
		pc = ddAdd(ddNeg(ddMul(pc, r2)), invFact[n])
	}
	return s, pc
}

// ddSinCosOf returns sin(x) and cos(x) for a finite x.
func ddSinCosOf(x float64) (s, c dd) {
	n, r := reducePio2(x)
	s, c = ddSinCos(r)
	switch n {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

func trigSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN(), true
	case x == 0:
		return x, true
	}
	return 0, false
}

func libmSin(x float64) float64 {
	if r, ok := trigSpecial(x); ok {
		return r
	}
	s, _ := ddSinCosOf(x)
	return s.round()
}

func libmCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	_, c := ddSinCosOf(x)
	return c.round()
}

func libmTan(x float64) float64 {
	if r, ok := trigSpecial(x); ok {
		return r
	}
	s, c := ddSinCosOf(x)
	return ddDiv(s, c).round()
}

// ---- inverse trigonometric functions ----

// atan2Refine improves t0, an approximation of atan2(y, x) good to about
// an ulp, by one Newton step on g(t) = x*sin(t) - y*cos(t).
func atan2Refine(y, x dd, t0 float64) float64 {
	if math.Abs(t0) < 0x1p-500 {
		return t0
	}
	s, c := ddSinCosOf(t0)
	g := ddSub(ddMul(x, s), ddMul(y, c))
	dg := ddAdd(ddMul(x, c), ddMul(y, s))
	d := ddDiv(g, dg).round()
	hi, lo := twoSum(t0, -d)
	return hi + lo
}

func libmAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	// atan2 depends only on the ratio: scale the larger to about 1.
	_, e := math.Frexp(math.Max(math.Abs(x), math.Abs(y)))
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	return atan2Refine(dd{ys, 0}, dd{xs, 0}, math.Atan2(y, x))
}

func libmAtan(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(ddPio2.hi, x)
	}
	return libmAtan2(x, 1)
}

// ddOneMinusSquare returns 1 - x*x exactly enough, as (1-x)(1+x).
func ddOneMinusSquare(x float64) dd {
	var a, b dd
	a.hi, a.lo = twoSum(1, -x)
	b.hi, b.lo = twoSum(1, x)
	return ddMul(a, b)
}

func libmAsin(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) == 1:
		return math.Copysign(ddPio2.hi, x)
	}
	c := ddSqrt(ddOneMinusSquare(x))
	return atan2Refine(dd{x, 0}, c, math.Asin(x))
}

func libmAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return 2 * ddPio2.hi
	}
	s := ddSqrt(ddOneMinusSquare(x))
	return atan2Refine(s, dd{x, 0}, math.Acos(x))
}

// ---- hyperbolic functions ----

// sinh, cosh and tanh follow fdlibm's formulas in terms of expm1 and exp,
// which glibc keeps: their results are not correctly rounded, and
// computing them the same way (Go's Expm1 is fdlibm's, exp is correctly
// rounded in both) reproduces glibc's, hence CPython's, last digits.

// hyperLarge is the |x| beyond which e**-|x| no longer matters (22).
const hyperLarge = 22

func libmSinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax < hyperLarge:
		// sinh|x| = (t + t/(t+1))/2 with t = expm1|x|; below 1 the form
		// 2t - t*t/(t+1) loses less to cancellation.
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < expOverflow:
		return h * libmExp(ax)
	}
	// e**|x| overflows but e**|x| / 2 may not: square e**(|x|/2).
	w := libmExp(0.5 * ax)
	return h * w * w
}

func libmCosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	case ax < 0.5*math.Ln2:
		// cosh|x| = 1 + t*t/(2(1+t)) with t = expm1|x|.
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < hyperLarge:
		t := libmExp(ax)
		return 0.5*t + 0.5/t
	case ax < expOverflow:
		return 0.5 * libmExp(ax)
	}
	w := libmExp(0.5 * ax)
	return 0.5 * w * w
}

func libmTanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= hyperLarge:
		z = 1
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// asinh and acosh follow fdlibm's formulas (as glibc does), with the
// correctly rounded log in place of Go's.

func libmAsinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = libmLog(ax) + math.Ln2
	case ax > 2:
		w = libmLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func libmAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 1:
		return math.NaN()
	case x == 1:
		return 0
	case math.IsInf(x, 1):
		return x
	case x > 0x1p28:
		return libmLog(x) + math.Ln2
	case x > 2:
		return libmLog(2*x - 1/(x+math.Sqrt(x*x-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// ---- hypot ----

// libmHypot is the Euclidean norm of xs, as CPython's vector_norm: inf if
// any coordinate is infinite, else nan if any is a NaN.
func libmHypot(xs []float64) float64 {
	maxv := 0.0
	nan := false
	for _, x := range xs {
		switch {
		case math.IsInf(x, 0):
			return math.Inf(1)
		case math.IsNaN(x):
			nan = true
		default:
			maxv = math.Max(maxv, math.Abs(x))
		}
	}
	if nan {
		return math.NaN()
	}
	if maxv == 0 {
		return 0
	}
	if len(xs) == 1 {
		return maxv
	}
	_, e := math.Frexp(maxv)
	var sum dd
	for _, x := range xs {
		xs := math.Ldexp(x, -e)
		var sq dd
		sq.hi, sq.lo = twoProd(xs, xs)
		sum = ddAdd(sum, sq)
	}
	return ddSqrt(sum).roundScaled(e)
}
