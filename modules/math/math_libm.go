package math

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

// roundChecked returns the float nearest to x when x is known to within a
// relative error eps: ok is false when the values within that error do not
// all round to the same float (Ziv's rounding test), and the caller must
// then compute more accurately.
func (x dd) roundChecked(eps float64) (float64, bool) {
	e := eps * math.Abs(x.hi)
	a := x.hi + (x.lo - e)
	return a, a == x.hi+(x.lo+e)
}

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
	bigPi                           *big.Float
	ddLn2, ddInvLn2, ddInvLn10      dd
	ddPio2                          dd
	ln2Hi, ln2Mid, ln2Lo            float64
	log10of2Hi, log10of2Lo, invLn10 float64
	pio2Parts                       [4]float64
	invFact                         [32]dd // 1/n!
	invOdd                          [24]dd // 1/(2n+1)
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
	if m, k, ok := fastExp(x); ok {
		if r, ok := m.roundChecked(fastEps); ok {
			return math.Ldexp(r, k)
		}
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
	if l, ok := fastLog(x); ok {
		if r, ok := l.roundChecked(fastEps); ok {
			return r
		}
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
	if l, ok := fastLog(x); ok {
		if r, ok := ddMul(l, ddInvLn2).roundChecked(fastEps); ok {
			return r
		}
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
	if s, _, ok := fastSinCos(x); ok {
		if r, ok := s.roundChecked(fastEps); ok {
			return r
		}
	}
	s, _ := ddSinCosOf(x)
	return s.round()
}

func libmCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if _, c, ok := fastSinCos(x); ok {
		if r, ok := c.roundChecked(fastEps); ok {
			return r
		}
	}
	_, c := ddSinCosOf(x)
	return c.round()
}

func libmTan(x float64) float64 {
	if r, ok := trigSpecial(x); ok {
		return r
	}
	if s, c, ok := fastSinCos(x); ok {
		if r, ok := divFast(s, c).roundChecked(2 * fastEps); ok {
			return r
		}
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
	if s, c, ok := fastSinCos(t0); ok {
		// g cancels to about 2**-53 of its terms, so with sin and cos good
		// to 2**-70 the correction is good to 2**-17 of itself, and the
		// result to about 2**-69.
		g := mulAddFast(x, s, ddNeg(y), c).round()
		dg := x.hi*c.hi + y.hi*s.hi
		d := g / dg
		var r dd
		r.hi, r.lo = twoSum(t0, -d)
		if v, ok := r.roundChecked(fastEps); ok {
			return v
		}
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

// ---- fast paths ----
//
// The functions above are accurate to about 2**-104 but slow (a microsecond
// for sin). The fast paths below evaluate with table lookups and short
// polynomials to a relative error below 2**-70, which decides the rounding
// in all but about one case in ten thousand; roundChecked detects those,
// and the slow path then decides (Ziv's strategy, as in CRlibm).

// fastEps bounds the relative error of the fast paths, with a margin.
const fastEps = 0x1p-64

// The range of fastLog's table, in 128ths: round(128*sqrt(1/2)) to
// round(128*sqrt 2).
const (
	logTableMin = 90
	logTableMax = 181
)

// Tables of the fast paths, computed once by the accurate functions.
var (
	// sinCosTable[j] holds sin(j/64) and cos(j/64).
	sinCosTable [52][2]dd
	// exp2Table[j] holds 2**(j/64).
	exp2Table [64]dd
	// logInv[j] is 128/(j+logTableMin) rounded to a float, and
	// logTable[j] the log of its reciprocal: the table covers
	// [sqrt(1/2), sqrt 2] in steps of 1/128.
	logInv   [logTableMax - logTableMin + 1]float64
	logTable [logTableMax - logTableMin + 1]dd
	// ln2 over 64 in two parts, the first short enough that k times it is
	// exact for the k that exp meets.
	ln2By64Hi, ln2By64Lo float64
)

func init() {
	for j := range sinCosTable {
		s, c := ddSinCos(dd{float64(j) / 64, 0})
		sinCosTable[j] = [2]dd{s, c}
	}
	for j := range exp2Table {
		m, k := ddExpParts(ddMulF(ddLn2, float64(j)/64))
		exp2Table[j] = ddLdexp(m, k)
	}
	for j := range logInv {
		inv := 128 / float64(j+logTableMin)
		logInv[j] = inv
		logTable[j] = ddNeg(ddLog(inv))
	}
	ln2By64 := new(big.Float).SetPrec(libmPrec).Quo(bigAtanhInv(3, libmPrec), big.NewFloat(32))
	parts := splitBits(ln2By64, []uint{32, 53})
	ln2By64Hi, ln2By64Lo = parts[0], parts[1]
}

// fastSinCos returns sin(x) and cos(x) to 2**-70, or ok=false for huge
// arguments and for arguments so close to a multiple of pi/2 that the
// reduction loses the needed accuracy.
func fastSinCos(x float64) (s, c dd, ok bool) {
	if math.Abs(x) >= 0x1p19 {
		return dd{}, dd{}, false
	}
	n, r := 0, dd{x, 0}
	if math.Abs(x) > math.Pi/4 {
		// r = x - k*pi/2 with pi/2 in three parts; the first two products
		// and the first difference are exact.
		k := math.RoundToEven(x / ddPio2.hi)
		h, l := twoSum(x-k*pio2Parts[0], -k*pio2Parts[1])
		p, pe := twoProd(k, pio2Parts[2]+pio2Parts[3])
		h, l2 := twoSum(h, -p)
		r.hi, r.lo = fastTwoSum(h, l+l2-pe)
		if math.Abs(r.hi) < 0x1p-30 {
			return dd{}, dd{}, false
		}
		n = int(int64(k) & 3)
	}
	// r = a + t with a = j/64 from the table and |t| <= 1/128.
	j := math.RoundToEven(r.hi * 64)
	neg := j < 0
	if neg {
		j, r = -j, ddNeg(r)
	}
	th := r.hi - j/64 // exact
	tl := r.lo
	t2 := th * th
	// sin t = t + t**3 * P(t**2), cos t = 1 - t**2/2 + t**4 * Q(t**2).
	sp := t2 * th * (-1.0/6 + t2*(1.0/120+t2*(-1.0/5040+t2*(1.0/362880))))
	var st dd
	st.hi, st.lo = fastTwoSum(th, tl+sp)
	sq, sqe := twoProd(th, th)
	cq := t2*t2*(1.0/24+t2*(-1.0/720+t2*(1.0/40320))) - sqe/2 - th*tl
	var ct dd
	ct.hi, ct.lo = fastTwoSum(1, -sq/2)
	ct.lo += cq
	tab := &sinCosTable[int(j)]
	sa, ca := tab[0], tab[1]
	s = mulAddFast(sa, ct, ca, st)
	c = mulAddFast(ca, ct, ddNeg(sa), st)
	if neg {
		s = ddNeg(s)
	}
	switch n {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c, true
}

// mulAddFast returns a*b + c*d to about 2**-100 when the two products do
// not cancel (the fast paths arrange that).
func mulAddFast(a, b, c, d dd) dd {
	p1, e1 := twoProd(a.hi, b.hi)
	p2, e2 := twoProd(c.hi, d.hi)
	h, l := twoSum(p1, p2)
	l += e1 + e2 + a.hi*b.lo + a.lo*b.hi + c.hi*d.lo + c.lo*d.hi
	h, l = fastTwoSum(h, l)
	return dd{h, l}
}

// divFast returns x/y to about 2**-100.
func divFast(x, y dd) dd {
	q := x.hi / y.hi
	p, pe := twoProd(q, y.hi)
	r := ((x.hi - p) - pe) + x.lo - q*y.lo
	h, l := fastTwoSum(q, r/y.hi)
	return dd{h, l}
}

// fastExp returns m and k with e**x = m * 2**k, m to 2**-70, or ok=false
// near overflow and underflow, where scaling by 2**k could round again.
func fastExp(x float64) (m dd, k int, ok bool) {
	if x > 709 || x < -708 {
		return dd{}, 0, false
	}
	kf := math.RoundToEven(x * (64 / math.Ln2))
	// r = x - kf*ln2/64, exactly as a double-double up to the second part.
	rh := x - kf*ln2By64Hi // exact: kf*ln2By64Hi has 32+17 bits
	p, pe := twoProd(kf, ln2By64Lo)
	var r dd
	r.hi, r.lo = twoSum(rh, -p)
	r.lo -= pe
	// e**r - 1 = r + r**2/2 + r**3 * P(r).
	h := r.hi
	sq, sqe := twoProd(h, h)
	q := h*h*h*(1.0/6+h*(1.0/24+h*(1.0/120+h*(1.0/720+h*(1.0/5040))))) + sqe/2 + h*r.lo
	var u dd
	u.hi, u.lo = twoSum(h, sq/2)
	u.lo += r.lo + q
	ki := int(kf)
	j := ki & 63
	t := exp2Table[j]
	m = ddAdd(t, ddMul(t, u))
	return m, (ki - j) / 64, true
}

// fastLog returns log(x) to 2**-70 (relative) for a finite x > 0.
func fastLog(x float64) (dd, bool) {
	mant, e := math.Frexp(x)
	if mant < math.Sqrt2/2 {
		mant *= 2
		e--
	}
	// mant = c * (1 + r) with c = j/128 from the table, |r| < 2**-7, and
	// r = mant*inv - 1 computed exactly (p-1 is exact, as p is near 1).
	j := int(math.RoundToEven(mant * 128))
	inv := logInv[j-logTableMin]
	p, pe := twoProd(mant, inv)
	var r dd
	r.hi, r.lo = fastTwoSum(p-1, pe)
	// log(1+r) = r - r**2/2 + r**3 * P(r).
	h := r.hi
	sq, sqe := twoProd(h, h)
	poly := h * h * h * (1.0/3 + h*(-1.0/4+h*(1.0/5+h*(-1.0/6+h*(1.0/7+h*(-1.0/8+h*(1.0/9+h*(-1.0/10))))))))
	var l dd
	l.hi, l.lo = twoSum(h, -sq/2)
	l.lo += r.lo - sqe/2 - h*r.lo + poly
	res := ddAdd(logTable[j-logTableMin], l)
	if e != 0 {
		res = ddAdd(ddMulF(ddLn2, float64(e)), res)
	}
	return res, true
}
