package math_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// mathCases are programs and what CPython 3.11.7 prints for them; they run
// under every strategy in checked mode (difftest).
var mathCases = []difftest.Case{
	{Name: "constants and basics", Src: `import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.fabs(-2), math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.floor(1e30), math.ceil(2**70))
print(math.floor(True), math.ceil(-0.5), math.trunc(2.9), type(math.floor(2.0)), math.isqrt(99), math.isqrt(10**40), math.isqrt(0))
print(math.gcd(0, 0), math.gcd(-12, 18, 30), math.gcd(), math.gcd(2**70, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(25), math.comb(10, 3), math.comb(2, 5), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.copysign(3, -0.0), math.degrees(math.pi), math.radians(90), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(math.inf, math.inf), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.frexp(0.375), math.frexp(0), math.ldexp(0.75, 3), math.modf(-3.25), math.modf(math.inf), math.fmod(7, -3), math.fmod(-7, 3))
print(math.ulp(1.0), math.nextafter(1.0, 0.0), math.remainder(10, 3), math.remainder(11, 3), math.dist((1, 2), (4, 6)), math.exp2(10))`, Want: "3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan\n4.0 1.4142135623730951 2.0 -2 -1 -1 1000000000000000019884624838656 1180591620717411303424\n1 0 2 <class 'int'> 9 100000000000000000000 0\n0 6 0 2 60 1 0\n1 15511210043330985984000000 120 0 20 120 100891344545564193334812497256\n-3.0 180.0 1.5707963267948966 True True\nTrue True True True True\n(0.75, -1) (0.0, 0) 6.0 (-0.25, -3.0) (0.0, inf) 1.0 -1.0\n2.220446049250313e-16 0.9999999999999999 1.0 -1.0 5.0 1024.0\n"},
	{Name: "elementary functions", Src: `import math
print(math.exp(1), math.exp(2), math.exp(-1), math.exp(0.5), math.exp(10.3), math.exp(-745), math.exp(709))
print(math.log(2), math.log(10), math.log(0.5), math.log(8, 2), math.log(100, 10), math.log(1e-300), math.log(7.5))
print(math.log2(10), math.log2(8), math.log2(3), math.log10(2), math.log10(1000), math.log10(0.003), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.sin(math.pi), math.sin(-0.5), math.sin(100), math.sin(1e22), math.cos(1), math.cos(math.pi / 3), math.cos(1e300))
print(math.tan(1), math.tan(-2.5), math.tan(1e10), math.asin(0.5), math.asin(-1), math.acos(0.5), math.acos(-1), math.acos(0.99))
print(math.atan(1), math.atan(-1e10), math.atan(0.3), math.atan2(1, -1), math.atan2(-0.0, -1), math.atan2(3, 4), math.atan2(1e-300, 1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.sinh(-10.7), math.cosh(30), math.tanh(-3), math.sinh(1e-5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.asinh(-5e5), math.acosh(1e10))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.hypot(1e308, 1e308), math.hypot(3e-320, 4e-320))
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(2, -1074), math.pow(math.inf, -1), math.pow(0, 0), math.pow(1.1, 10))
print(math.gamma(5), math.gamma(0.5), math.erf(0.5), math.erfc(0.5))`, Want: "2.718281828459045 7.38905609893065 0.36787944117144233 1.6487212707001282 29732.618852891435 5e-324 8.218407461554972e+307\n0.6931471805599453 2.302585092994046 -0.6931471805599453 3.0 2.0 -690.7755278982137 2.0149030205422647\n3.321928094887362 3.0 1.584962500721156 0.3010299956639812 3.0 -2.5228787452803374 9.999999999500001e-11 1.00000000005e-10\n0.8414709848078965 1.2246467991473532e-16 -0.479425538604203 -0.5063656411097588 -0.8522008497671888 0.5403023058681398 0.5000000000000001 -0.5753861119575491\n1.5574077246549023 0.7470222972386603 -0.5583496378112418 0.5235987755982989 -1.5707963267948966 1.0471975511965979 3.141592653589793 0.1415394733244273\n0.7853981633974483 -1.5707963266948965 0.2914567944778671 2.356194490192345 -3.141592653589793 0.6435011087932844 1e-300\n1.1752011936438014 1.5430806348152437 0.46211715726000974 -22177.92755387645 5343237290762.231 -0.9950547536867305 1.0000000000166668e-05\n0.881373587019543 1.3169578969248166 0.5493061443340548 -13.815510557965274 23.7189981105004\n5.0 1.4142135623730951 3.7416573867739413 0.0 5.0 1.4142135623730951e+308 5e-320\n1.4142135623730951 -8.0 5e-324 0.0 1.0 2.5937424601000023\n24.0 1.7724538509055159 0.5204998778130465 0.4795001221869535\n"},
	{Name: "big int logs", Src: `import math
print(math.log(10**400), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(2**1023 * 3))
print(math.sqrt(10**300), math.exp(True), math.floor(10**30 + 0.5), math.fsum([1, 2**60, -2**60]))`, Want: "921.0340371976182 399.99999999999994 2000.0 500.0 710.1881780014921\n1e+150 2.718281828459045 1000000000000000019884624838656 1.0\n"},
	{Name: "prod and fsum", Src: `import math
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([]), math.prod([2] * 70), math.prod(range(1, 6), start=2), math.prod([[1]], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1]), math.fsum(x / 7 for x in range(100)))`, Want: "24 2.0 1 1180591620717411303424 240 [1, 1]\n1.0 0.9999999999999999 1e-100 0.0\n1.0000000000000002e+16 inf 707.1428571428571\n"},
	{Name: "math errors", Src: `import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.factorial(-1),
         lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.gcd(1.5),
         lambda: math.ceil('a'), lambda: math.sqrt('a'), lambda: math.trunc('a'), lambda: math.acos(2), lambda: math.atanh(1),
         lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.log(1, 1), lambda: math.floor(math.inf),
         lambda: math.ceil(math.nan), lambda: math.sqrt(2**2000), lambda: math.comb(-1, 2), lambda: math.perm(5, -1), lambda: math.pow(-8, 1 / 3),
         lambda: math.pow(2, 1024), lambda: math.sin(math.inf), lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.lgamma(0),
         lambda: math.gamma(171.7), lambda: math.cosh(1000), lambda: math.ldexp(1, 2000), lambda: math.factorial(2**70), lambda: math.log2(-1),
         lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.sqrt(), lambda: math.atan2(1), lambda: math.dist((1,), (1, 2))]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)`, Want: "ValueError math domain error\nValueError math domain error\nValueError math domain error\nOverflowError math range error\nValueError factorial() not defined for negative values\nTypeError 'float' object cannot be interpreted as an integer\nValueError isqrt() argument must be nonnegative\nValueError math domain error\nValueError math domain error\nTypeError 'float' object cannot be interpreted as an integer\nTypeError must be real number, not str\nTypeError must be real number, not str\nTypeError type str doesn't define __trunc__ method\nValueError math domain error\nValueError math domain error\nOverflowError intermediate overflow in fsum\nValueError -inf + inf in fsum\nZeroDivisionError float division by zero\nOverflowError cannot convert float infinity to integer\nValueError cannot convert float NaN to integer\nOverflowError int too large to convert to float\nValueError n must be a non-negative integer\nValueError k must be a non-negative integer\nValueError math domain error\nOverflowError math range error\nValueError math domain error\nValueError math domain error\nValueError math domain error\nValueError math domain error\nOverflowError math range error\nOverflowError math range error\nOverflowError math range error\nOverflowError factorial() argument should not exceed 9223372036854775807\nValueError math domain error\nValueError tolerances must be non-negative\nTypeError math.sqrt() takes exactly one argument (0 given)\nTypeError atan2 expected 2 arguments, got 1\nValueError both points must have the same number of dimensions\n"},
}

func TestMathModule(t *testing.T) { difftest.Run(t, mathCases) }
