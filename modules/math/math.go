package math

import (
	"math"
	"math/big"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/core/pynum"
)

// The math module (CPython's Modules/mathmodule.c): constants, the real
// functions with CPython's error rules, and (in mod_math_int.go and
// mod_math_sum.go) the integer functions, prod and fsum. The elementary
// functions come from mod_math_libm.go, which rounds them correctly, as
// glibc does, so that printed results match CPython's digit for digit.

func init() {
	core.RegisterModule("math", buildMath)
}

// mathFunc1 describes a one-argument real function.
type mathFunc1 struct {
	name string
	fn   func(float64) float64
	// canOverflow: an infinite result from a finite argument is an
	// OverflowError ("math range error"), not a domain error.
	canOverflow bool
}

var mathFuncs1 = []mathFunc1{
	{"sqrt", math.Sqrt, false},
	{"exp", libmExp, true},
	{"exp2", libmExp2, true},
	{"expm1", math.Expm1, true},
	{"log1p", math.Log1p, false},
	{"sin", libmSin, false},
	{"cos", libmCos, false},
	{"tan", libmTan, false},
	{"asin", libmAsin, false},
	{"acos", libmAcos, false},
	{"atan", libmAtan, false},
	{"sinh", libmSinh, true},
	{"cosh", libmCosh, true},
	{"tanh", libmTanh, false},
	{"asinh", libmAsinh, false},
	{"acosh", libmAcosh, false},
	{"atanh", math.Atanh, false},
	{"fabs", math.Abs, false},
	{"cbrt", math.Cbrt, false},
	{"erf", math.Erf, false},
	{"erfc", math.Erfc, false},
}

func buildMath(t *core.Thread, m *core.Module) bool {
	consts := []struct {
		name string
		v    float64
	}{
		{"pi", math.Pi}, {"e", math.E}, {"tau", 2 * math.Pi}, {"inf", math.Inf(1)}, {"nan", math.Float64frombits(0x7ff8000000000000)}, // C's NAN, not Go's math.NaN()
	}
	for _, c := range consts {
		m.SetOwned(t, c.name, t.NewFloat(c.v))
	}
	for _, f := range mathFuncs1 {
		m.SetFunc(t, f.name, mathUnary(f))
	}
	funcs := []struct {
		name string
		fn   core.BuiltinFunc
	}{
		{"log", mathLog},
		{"log2", mathLogN("log2", libmLog2)},
		{"log10", mathLogN("log10", libmLog10)},
		{"pow", mathBinary("pow", mathPow)},
		{"atan2", mathBinary("atan2", func(y, x float64) (float64, error) { return libmAtan2(y, x), nil })},
		{"copysign", mathBinary("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil })},
		{"fmod", mathBinary("fmod", mathFmod)},
		{"remainder", mathBinary("remainder", mathRemainder)},
		{"nextafter", mathBinary("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil })},
		{"hypot", mathHypot},
		{"dist", mathDist},
		{"gamma", mathReal("gamma", mathGamma)},
		{"lgamma", mathReal("lgamma", mathLgamma)},
		{"degrees", mathScale("degrees", 180.0/math.Pi)},
		{"radians", mathScale("radians", math.Pi/180.0)},
		{"isfinite", mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })},
		{"isinf", mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) })},
		{"isnan", mathPredicate("isnan", math.IsNaN)},
		{"isclose", mathIsclose},
		{"ulp", mathUlp},
		{"frexp", mathFrexp},
		{"ldexp", mathLdexp},
		{"modf", mathModf},
		{"floor", mathRounder("floor", "__floor__", math.Floor)},
		{"ceil", mathRounder("ceil", "__ceil__", math.Ceil)},
		{"trunc", mathTrunc},
		{"isqrt", mathIsqrt},
		{"gcd", mathGcd},
		{"lcm", mathLcm},
		{"factorial", mathFactorial},
		{"comb", mathComb},
		{"perm", mathPerm},
		{"prod", mathProd},
		{"fsum", mathFsum},
	}
	for _, f := range funcs {
		m.SetFunc(t, f.name, f.fn)
	}
	return true
}

// Errors of the math module.
func domainError(t *core.Thread) *core.Object {
	return t.RaiseMsg(&core.ValueErrorType, "math domain error")
}

func rangeError(t *core.Thread) *core.Object {
	return t.RaiseMsg(&core.OverflowErrorType, "math range error")
}

var (
	errMathDomain = &pynum.Error{Kind: pynum.ValueError, Msg: "math domain error"}
	errMathRange  = &pynum.Error{Kind: pynum.OverflowError, Msg: "math range error"}
)

// mathUnary wraps a real function with CPython's math_1 rules: a NaN from
// a non-NaN argument is a domain error; an infinity from a finite argument
// is a range error when the function can overflow, a domain error (a pole,
// such as log(0)) otherwise.
func mathUnary(f mathFunc1) core.BuiltinFunc {
	name := "math." + f.name
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 1, 1) {
			return nil
		}
		x, ok := t.AsFloat(args[0])
		if !ok {
			return nil
		}
		r, err := checkMath1(x, f.fn(x), f.canOverflow)
		if err != nil {
			return t.RaiseError(err)
		}
		return t.NewFloat(r)
	}
}

func checkMath1(x, r float64, canOverflow bool) (float64, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return 0, errMathDomain
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return 0, errMathRange
		}
		return 0, errMathDomain
	}
	return r, nil
}

// mathBinary wraps a function of two reals.
func mathBinary(name string, fn func(x, y float64) (float64, error)) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		x, ok := t.AsFloat(args[0])
		if !ok {
			return nil
		}
		y, ok := t.AsFloat(args[1])
		if !ok {
			return nil
		}
		r, err := fn(x, y)
		if err != nil {
			return t.RaiseError(err)
		}
		return t.NewFloat(r)
	}
}

// mathLog is log(x[, base]).
func mathLog(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("log", args, kwnames, 1, 2) {
		return nil
	}
	num, ok := logOf(t, args[0], libmLog)
	if !ok {
		return nil
	}
	if len(args) == 1 {
		return t.NewFloat(num)
	}
	den, ok := logOf(t, args[1], libmLog)
	if !ok {
		return nil
	}
	if den == 0 {
		return t.RaiseMsg(&core.ZeroDivisionErrorType, "float division by zero")
	}
	return t.NewFloat(num / den)
}

// mathLogN is log2 or log10.
func mathLogN(name string, fn func(float64) float64) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("math."+name, args, kwnames, 1, 1) {
			return nil
		}
		r, ok := logOf(t, args[0], fn)
		if !ok {
			return nil
		}
		return t.NewFloat(r)
	}
}

// logOf applies a logarithm to a number as CPython's loghelper does: ints
// too large for a float are split as m * 2**e first, so log(10**400)
// works.
func logOf(t *core.Thread, o *core.Object, fn func(float64) float64) (float64, bool) {
	if core.IsInt(o) {
		v, small := core.IntValue(o)
		if (small && v <= 0) || (!small && core.BigValue(o).Sign() <= 0) {
			domainError(t)
			return 0, false
		}
		if !small {
			b := core.BigValue(o)
			if f, _ := new(big.Float).SetInt(b).Float64(); math.IsInf(f, 0) {
				var mant big.Float
				e := new(big.Float).SetInt(b).MantExp(&mant)
				m, _ := mant.Float64()
				return fn(m) + fn(2.0)*float64(e), true
			}
		}
	}
	x, ok := t.AsFloat(o)
	if !ok {
		return 0, false
	}
	r, err := checkMath1(x, logDomain(x, fn), false)
	if err != nil {
		t.RaiseError(err)
		return 0, false
	}
	return r, true
}

// logDomain applies a logarithm with C's rules for non-positive
// arguments: log(0) is -inf (a pole), a negative argument gives NaN.
func logDomain(x float64, fn func(float64) float64) float64 {
	switch {
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	return fn(x)
}

// mathPow is math.pow: IEEE special cases return values, as C99 specifies;
// finite arguments whose power is undefined or infinite raise.
func mathPow(x, y float64) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) {
		return math.Pow(x, y), nil
	}
	r, err := pynum.FloatPow(x, y)
	if err != nil {
		var e *pynum.Error
		if asPynumError(err, &e) && e.Kind == pynum.OverflowError {
			return 0, errMathRange
		}
		return 0, errMathDomain
	}
	return r, nil
}

func asPynumError(err error, e **pynum.Error) bool {
	pe, ok := err.(*pynum.Error)
	if ok {
		*e = pe
	}
	return ok
}

// mathFmod is fmod(x, y): the C remainder, sign of x.
func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errMathDomain
	}
	return r, nil
}

// mathRemainder is IEEE 754 remainder(x, y).
func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, errMathDomain
	}
	if math.IsInf(y, 0) {
		return x, nil
	}
	return math.Remainder(x, y), nil
}

// mathHypot is hypot(*coordinates).
func mathHypot(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&core.TypeErrorType, "hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, ok := t.AsFloat(a)
		if !ok {
			return nil
		}
		xs[i] = x
	}
	return t.NewFloat(libmHypot(xs))
}

// mathDist is dist(p, q): the Euclidean distance of two points.
func mathDist(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("dist", args, kwnames, 2, 2) {
		return nil
	}
	p, ok := t.Collect(args[0])
	if !ok {
		return nil
	}
	defer t.DecrefAll(p)
	q, ok := t.Collect(args[1])
	if !ok {
		return nil
	}
	defer t.DecrefAll(q)
	if len(p) != len(q) {
		return t.RaiseMsg(&core.ValueErrorType, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(p))
	for i := range p {
		x, ok := t.AsFloat(p[i])
		if !ok {
			return nil
		}
		y, ok := t.AsFloat(q[i])
		if !ok {
			return nil
		}
		diffs[i] = x - y
	}
	return t.NewFloat(libmHypot(diffs))
}

// mathReal wraps a one-argument function that reports its own errors.
func mathReal(name string, fn func(float64) (float64, error)) core.BuiltinFunc {
	full := "math." + name
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(full, args, kwnames, 1, 1) {
			return nil
		}
		x, ok := t.AsFloat(args[0])
		if !ok {
			return nil
		}
		r, err := fn(x)
		if err != nil {
			return t.RaiseError(err)
		}
		return t.NewFloat(r)
	}
}

// mathGamma is CPython's m_tgamma error behaviour around Go's Gamma: poles
// at zero and the negative integers are domain errors, as is -inf; a
// finite result too large is a range error.
func mathGamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case math.IsInf(x, -1) || x == 0 || (x < 0 && x == math.Floor(x)):
		return 0, errMathDomain
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return 0, errMathRange
	}
	return r, nil
}

// mathLgamma is CPython's m_lgamma: log|gamma(x)|.
func mathLgamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x):
		return x, nil
	case math.IsInf(x, 0):
		return math.Inf(1), nil
	case x <= 0 && x == math.Floor(x):
		return 0, errMathDomain
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return 0, errMathRange
	}
	return r, nil
}

// mathScale is degrees or radians: a multiplication by a constant.
func mathScale(name string, factor float64) core.BuiltinFunc {
	return mathReal(name, func(x float64) (float64, error) { return x * factor, nil })
}

// mathPredicate wraps isfinite, isinf and isnan.
func mathPredicate(name string, fn func(float64) bool) core.BuiltinFunc {
	full := "math." + name
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(full, args, kwnames, 1, 1) {
			return nil
		}
		x, ok := t.AsFloat(args[0])
		if !ok {
			return nil
		}
		return core.Bool(fn(x))
	}
}

// mathIsclose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func mathIsclose(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var ao, bo, relo, abso *core.Object
	if !t.ParseArgs("isclose", args, kwnames, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, &ao, &bo, &relo, &abso) {
		return nil
	}
	vals := [4]float64{0, 0, 1e-09, 0}
	for i, o := range []*core.Object{ao, bo, relo, abso} {
		if o == nil {
			continue
		}
		v, ok := t.AsFloat(o)
		if !ok {
			return nil
		}
		vals[i] = v
	}
	a, b, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return core.True
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return core.False
	}
	diff := math.Abs(b - a)
	return core.Bool((diff <= math.Abs(rel*b)) || (diff <= math.Abs(rel*a)) || diff <= abs)
}

// mathUlp is ulp(x): the value of the least significant bit of x.
func mathUlp(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return mathReal("ulp", func(x float64) (float64, error) {
		switch {
		case math.IsNaN(x):
			return x, nil
		case math.IsInf(x, 0):
			return math.Inf(1), nil
		}
		x = math.Abs(x)
		if x == math.MaxFloat64 {
			return x - math.Nextafter(x, 0), nil
		}
		return math.Nextafter(x, math.Inf(1)) - x, nil
	})(t, args, kwnames)
}

// mathFrexp is frexp(x): (m, e) with x == m * 2**e and 0.5 <= |m| < 1.
func mathFrexp(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("math.frexp", args, kwnames, 1, 1) {
		return nil
	}
	x, ok := t.AsFloat(args[0])
	if !ok {
		return nil
	}
	m, e := math.Frexp(x)
	return t.TupleOwned(t.NewFloat(m), t.NewInt(int64(e)))
}

// mathLdexp is ldexp(x, i): x * 2**i.
func mathLdexp(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("ldexp", args, kwnames, 2, 2) {
		return nil
	}
	x, ok := t.AsFloat(args[0])
	if !ok {
		return nil
	}
	if core.IsFloat(args[1]) {
		return t.RaiseMsg(&core.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	e := t.Index(args[1])
	if e == nil {
		return nil
	}
	defer t.Decref(e)
	var exp int
	if v, small := core.IntValue(e); small {
		exp = int(max(min(v, 1<<20), -(1 << 20)))
	} else {
		exp = core.BigValue(e).Sign() * 1 << 20
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return t.NewFloat(x)
	}
	r := math.Ldexp(x, exp)
	if math.IsInf(r, 0) {
		return rangeError(t)
	}
	return t.NewFloat(r)
}

// mathModf is modf(x): the fractional and integer parts, both floats with
// the sign of x.
func mathModf(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("math.modf", args, kwnames, 1, 1) {
		return nil
	}
	x, ok := t.AsFloat(args[0])
	if !ok {
		return nil
	}
	if math.IsInf(x, 0) {
		return t.TupleOwned(t.NewFloat(math.Copysign(0, x)), t.NewFloat(x))
	}
	ip, frac := math.Modf(x)
	return t.TupleOwned(t.NewFloat(frac), t.NewFloat(ip))
}
