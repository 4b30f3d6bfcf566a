package core

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mkNumber makes an int, bool or float object from a literal: floats are
// the literals with '.', 'e' or 'n' (inf, nan).
func mkNumber(tb testing.TB, th *Thread, s string) *Object {
	switch {
	case s == "True" || s == "False":
		return Bool(s == "True")
	case strings.ContainsAny(s, ".en"):
		f, err := strconv.ParseFloat(s, 64)
		require.NoError(tb, err, s)
		return th.NewFloat(f)
	}
	return mkInt(tb, th, s)
}

// floatCases were checked against CPython 3.11.7, except that a negative
// number to a fractional power, complex in CPython, is a ValueError here.
var floatCases = []struct {
	a    string
	op   bytecode.BinaryOp
	b    string
	want string
}{
	{"1.5", bytecode.Add, "2", "3.5"},
	{"0.1", bytecode.Add, "0.2", "0.30000000000000004"},
	{"1e308", bytecode.Mul, "10", "inf"},
	{"2", bytecode.Mul, "1.5", "3.0"},
	{"1", bytecode.TrueDiv, "3.0", "0.3333333333333333"},
	{"1.0", bytecode.TrueDiv, "0", "ZeroDivisionError: float division by zero"},
	{"1.0", bytecode.TrueDiv, "0.0", "ZeroDivisionError: float division by zero"},
	{"7.5", bytecode.FloorDiv, "2", "3.0"},
	{"-7.5", bytecode.FloorDiv, "2", "-4.0"},
	{"7.5", bytecode.FloorDiv, "-2", "-4.0"},
	{"7.5", bytecode.Mod, "2", "1.5"},
	{"-7.5", bytecode.Mod, "2", "0.5"},
	{"7.5", bytecode.Mod, "-2", "-0.5"},
	{"-0.0", bytecode.Mod, "5", "0.0"},
	{"0.0", bytecode.Mod, "-5", "-0.0"},
	{"5", bytecode.Mod, "-0.5", "-0.0"},
	{"1.0", bytecode.FloorDiv, "0", "ZeroDivisionError: float floor division by zero"},
	{"1.0", bytecode.Mod, "0.0", "ZeroDivisionError: float modulo"},
	{"1e300", bytecode.FloorDiv, "1e-300", "inf"},
	{"-1e-300", bytecode.FloorDiv, "1e300", "-1.0"},
	{"2.0", bytecode.Pow, "10", "1024.0"},
	{"2", bytecode.Pow, "0.5", "1.4142135623730951"},
	{"2.0", bytecode.Pow, "-1", "0.5"},
	{"0.0", bytecode.Pow, "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
	{"-8.0", bytecode.Pow, "0.5", "ValueError: negative number cannot be raised to a fractional power (complex numbers are not supported)"},
	{"10.0", bytecode.Pow, "400", "OverflowError: (34, 'Numerical result out of range')"},
	{"-2.0", bytecode.Pow, "3", "-8.0"},
	{"-2.0", bytecode.Pow, "2", "4.0"},
	{"1.0", bytecode.Pow, "inf", "1.0"},
	{"nan", bytecode.Pow, "0", "1.0"},
	{"1.1", bytecode.Pow, "10", "2.5937424601000023"},
	{"-inf", bytecode.Pow, "3", "-inf"},
	{"0.5", bytecode.Pow, "-inf", "inf"},
	{"9007199254740993", bytecode.Add, "0.0", "9007199254740992.0"},
	{"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", bytecode.Mul, "1.0", "OverflowError: int too large to convert to float"},
	{"9007199254740993", bytecode.Sub, "1.0", "9007199254740991.0"},
	{"True", bytecode.Add, "0.5", "1.5"},
	{"1.5", bytecode.Sub, "1e-16", "1.5"},
	{"1000000000000000000000000000000", bytecode.TrueDiv, "7.0", "1.4285714285714285e+29"},
	{"3.0", bytecode.Sub, "100000000000000000000", "-1e+20"},
}

func TestFloatBinaryOps(t *testing.T) {
	th := numbersTestThread(t)
	for _, c := range floatCases {
		a, b := mkNumber(t, th, c.a), mkNumber(t, th, c.b)
		got := outcome(t, th, th.BinaryOp(a, b, c.op))
		assert.Equal(t, c.want, got, "%s %s %s", c.a, c.op.Symbol(), c.b)
		th.Decref(a)
		th.Decref(b)
	}
}

// TestIntFloatCompare checks that ints and floats compare exactly, in
// both operand orders (the results for a float on the left are the
// reflected ones).
func TestIntFloatCompare(t *testing.T) {
	th := numbersTestThread(t)
	cases := []struct {
		i, f string
		// want holds i < f, i <= f, i == f, i != f, i > f, i >= f.
		want [6]bool
	}{
		{"1", "1.0", [6]bool{false, true, true, false, false, true}},
		{"9007199254740993", "9007199254740992.0", [6]bool{false, false, false, true, true, true}},
		{"9007199254740992", "9007199254740992.0", [6]bool{false, true, true, false, false, true}},
		{"-9223372036854775809", "-9.223372036854775808e18", [6]bool{true, true, false, true, false, false}},
		{"9223372036854775807", "9.223372036854775808e18", [6]bool{true, true, false, true, false, false}},
		{"100000000000000000000000000000000000000000000000000", "1e50", [6]bool{true, true, false, true, false, false}},
		{"1", "nan", [6]bool{false, false, false, true, false, false}},
		{"1", "inf", [6]bool{true, true, false, true, false, false}},
		{"-1", "-inf", [6]bool{false, false, false, true, true, true}},
		{"0", "-0.0", [6]bool{false, true, true, false, false, true}},
		{"2", "1.5", [6]bool{false, false, false, true, true, true}},
		{"True", "1.0", [6]bool{false, true, true, false, false, true}},
	}
	ops := []bytecode.CompareOp{bytecode.Lt, bytecode.Le, bytecode.Eq, bytecode.Ne, bytecode.Gt, bytecode.Ge}
	for _, c := range cases {
		i, f := mkNumber(t, th, c.i), mkNumber(t, th, c.f)
		for k, op := range ops {
			assert.Equal(t, Bool(c.want[k]), th.RichCompare(i, f, op), "%s %s %s", c.i, op.Symbol(), c.f)
			assert.Equal(t, Bool(c.want[k]), th.RichCompare(f, i, reflectCompare[op]), "%s %s %s", c.f, reflectCompare[op].Symbol(), c.i)
		}
		th.Decref(i)
		th.Decref(f)
	}
}

func TestFloatHash(t *testing.T) {
	th := numbersTestThread(t)
	cases := []struct {
		f    string
		want int64
	}{
		{"0.0", 0},
		{"-0.0", 0},
		{"1.0", 1},
		{"0.5", 1152921504606846976},
		{"-1.5", -1152921504606846977},
		{"1e300", 1224995262755759164},
		{"3.141592653589793", 326490430436040707},
		{"inf", 314159},
		{"-inf", -314159},
		{"1e-320", 33957085184},
		{"123456789.125", 288230376275168533},
	}
	for _, c := range cases {
		f := mkNumber(t, th, c.f)
		h, ok := th.Hash(f)
		require.True(t, ok)
		assert.Equal(t, c.want, h, "hash(%s)", c.f)
		th.Decref(f)
	}
	// An integral float hashes like the equal int, however large.
	v := new(big.Int).Lsh(big.NewInt(3), 200)
	i := th.NewBigInt(v)
	fv, _ := new(big.Float).SetInt(v).Float64()
	f := th.NewFloat(fv)
	hi, _ := th.Hash(i)
	hf, _ := th.Hash(f)
	assert.Equal(t, hi, hf)
	th.Decref(i)
	th.Decref(f)
}

func TestFloatNewAndMethods(t *testing.T) {
	th := numbersTestThread(t)
	cases := []struct {
		arg  *Object
		want string
	}{
		{th.NewStr("  -1.5e3 "), "-1500.0"},
		{th.NewStr("inf"), "inf"},
		{th.NewStr("x"), "ValueError: could not convert string to float: 'x'"},
		{th.NewInt(7), "7.0"},
		{True, "1.0"},
		{th.NewFloat(2.5), "2.5"},
		{None, "TypeError: float() argument must be a string or a real number, not 'NoneType'"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, outcome(t, th, floatNew(th, &FloatType, []*Object{c.arg}, nil)))
		th.Decref(c.arg)
	}
	assert.Equal(t, "0.0", outcome(t, th, floatNew(th, &FloatType, nil, nil)))
	half := th.NewFloat(0.75)
	assert.Equal(t, "(3, 4)", outcome(t, th, floatAsIntegerRatio(th, []*Object{half}, nil)))
	th.Decref(half)
}

func BenchmarkFloatAddFast(b *testing.B) {
	th := numbersTestThread(b)
	x, y := th.NewFloat(1.5), th.NewFloat(2.25)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := th.floatAdd(x, y)
		th.Decref(r)
	}
}

func BenchmarkFloatMulSlot(b *testing.B) {
	th := numbersTestThread(b)
	x, y := th.NewFloat(1.5), th.NewInt(3)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := th.BinaryOp(x, y, bytecode.Mul)
		th.Decref(r)
	}
}

func BenchmarkFloatFloorDivSlot(b *testing.B) {
	th := numbersTestThread(b)
	x, y := th.NewFloat(-7.5), th.NewFloat(2)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := th.BinaryOp(x, y, bytecode.FloorDiv)
		th.Decref(r)
	}
}

// TestFloatFastPaths checks the eval loop's float fast paths against the
// general slots.
func TestFloatFastPaths(t *testing.T) {
	th := numbersTestThread(t)
	fast := map[bytecode.BinaryOp]func(a, b *Object) *Object{
		bytecode.Add: th.floatAdd, bytecode.Sub: th.floatSub, bytecode.Mul: th.floatMul, bytecode.TrueDiv: th.floatTrueDiv,
	}
	vals := []float64{0, math.Copysign(0, -1), 1.5, -2.25, 1e308, 5e-324, 3}
	for op, fn := range fast {
		for _, x := range vals {
			for _, y := range vals {
				a, b := th.NewFloat(x), th.NewFloat(y)
				want := outcome(t, th, th.BinaryOp(a, b, op))
				assert.Equal(t, want, outcome(t, th, fn(a, b)), "%v %s %v", x, op.Symbol(), y)
				th.Decref(a)
				th.Decref(b)
			}
		}
	}
}
