package pynum

import "math"

// dd is a double-double: the unevaluated sum hi+lo with |lo| <= ulp(hi)/2,
// about 106 bits of precision. FloatPow uses it to get results correctly
// rounded to float64 (the error-free transformations are Dekker's and
// Knuth's; see Hida, Li and Bailey, "Library for Double-Double and Quad-Double
// Arithmetic", 2000).
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// quickTwoSum needs |a| >= |b|.
func quickTwoSum(a, b float64) (s, e float64) {
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
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(x, y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, f float64) dd {
	p, e := twoProd(x.hi, f)
	e += x.lo * f
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(y, -q1))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMulF(y, -q2))
	q3 := r.hi / y.hi
	s, e := quickTwoSum(q1, q2)
	return ddAdd(dd{s, e}, dd{q3, 0})
}

// ln2DD is ln 2 to about 107 bits and ln2Lo2 the next 53; the three
// parts keep k*ln2 exact enough for |k| up to 1100 in ddExpScaled.
var (
	ln2DD  = dd{0.6931471805599453, 2.3190468138462996e-17}
	ln2Lo2 = 5.707708438416212e-34
)

// 1/3!, 1/4! and 1/5! as double-doubles, for ddExpScaled's Taylor series.
var (
	inv3Fact = dd{0.16666666666666666, 9.25185853854297e-18}
	inv4Fact = dd{0.041666666666666664, 2.3129646346357427e-18}
	inv5Fact = dd{0.008333333333333333, 1.1564823173178714e-19}
)

// invOdd[k] is 1/(2k+1) as a double-double, for the atanh series in ddLog.
var invOdd = func() (t [6]dd) {
	for k := range t {
		t[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	return
}()

// ddLog returns ln x for a finite x > 0 with a relative error near 2**-104.
// x = m * 2**e with m in [sqrt(1/2), sqrt(2)); ln m = 2 atanh(s) with
// s = (m-1)/(m+1), |s| < 0.172, summed as s * sum s**(2k)/(2k+1). The first
// six terms are double-double; the tail is below 2**-53 of the total, so
// float64 suffices for it.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	num := m - 1 // exact (Sterbenz)
	den1, den2 := twoSum(m, 1)
	s := ddDiv(dd{num, 0}, dd{den1, den2})
	s2 := ddMul(s, s)
	z := s2.hi
	tail := 0.0
	for k := 20; k >= 6; k-- {
		tail = tail*z + 1/float64(2*k+1)
	}
	// tail holds sum_{k>=6} z**(k-6)/(2k+1); finish Horner in double-double.
	acc := dd{tail, 0}
	for k := 5; k >= 0; k-- {
		acc = ddAdd(ddMul(acc, s2), invOdd[k])
	}
	lm := ddMulF(ddMul(acc, s), 2)
	if e == 0 {
		return lm
	}
	return ddAdd(ddMulF(ln2DD, float64(e)), lm)
}

// ddExpScaled returns (f, k) with exp(t) = f * 2**k, f a double-double in
// [0.7, 1.5]. t = k ln2 + r with |r| <= ln2/2; exp(r) = (exp(r/256))**256,
// where exp(r/256) - 1 is a Taylor series: the terms from r**6 on are below
// 2**-60 and are summed in float64, the rest in double-double.
func ddExpScaled(t dd) (dd, int) {
	k := math.Round(t.hi / math.Ln2)
	r := ddAdd(t, ddMulF(ln2DD, -k))
	r = ddAdd(r, dd{-k * ln2Lo2, 0})
	r = dd{r.hi / 256, r.lo / 256}
	x := r.hi
	p := 0.0
	for n := 10; n >= 6; n-- {
		p = p*x + 1/factorial(n)
	}
	// Horner from the r**5 coefficient down: u = r*(1 + r*(1/2 + r*(...))).
	u := ddAdd(ddMul(dd{p, 0}, r), inv5Fact)
	u = ddAdd(ddMul(u, r), inv4Fact)
	u = ddAdd(ddMul(u, r), inv3Fact)
	u = ddAdd(ddMul(u, r), dd{0.5, 0})
	u = ddAdd(ddMul(u, r), dd{1, 0})
	u = ddMul(u, r)
	// (1+u)**2 = 1 + (2u + u**2): carry the excess over 1 through the eight
	// squarings so that it keeps its relative precision.
	for i := 0; i < 8; i++ {
		u = ddAdd(ddMulF(u, 2), ddMul(u, u))
	}
	return ddAdd(dd{1, 0}, u), int(k)
}

func factorial(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}
