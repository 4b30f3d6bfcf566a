package core

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numbersTestThread returns a thread of a bare VM (plain counting, no
// strategy) for calling the runtime from Go.
func numbersTestThread(tb testing.TB) *Thread {
	tb.Helper()
	readyTypes()
	vm := &VM{cfg: Config{RecursionLimit: 1000}}
	return &Thread{counting: CountPlain, base: CountPlain, vm: vm}
}

// strOutcome renders a str result as its value, or the exception as
// outcome does.
func strOutcome(tb testing.TB, th *Thread, r *Object) string {
	if r == nil || r.kind != KindStr {
		return outcome(tb, th, r)
	}
	s := asStr(r).S
	th.Decref(r)
	return s
}

// mkInt makes an int object from its decimal digits.
func mkInt(tb testing.TB, th *Thread, s string) *Object {
	v, ok := new(big.Int).SetString(s, 10)
	require.True(tb, ok, s)
	return th.NewBigInt(v)
}

// outcome renders a result as repr() or as "ExcType: message", consuming
// the result or the exception.
func outcome(tb testing.TB, th *Thread, r *Object) string {
	if r == nil {
		require.True(tb, th.Failed(), "nil result without an exception")
		exc := th.TakeExc()
		defer th.Decref(exc)
		msg := ""
		if args := asTuple(asException(exc).Args).Items; len(args) > 0 {
			s, ok := th.StrString(args[0])
			require.True(tb, ok)
			msg = s
		}
		return exc.typ.Name + ": " + msg
	}
	s, ok := th.ReprString(r)
	require.True(tb, ok)
	th.Decref(r)
	return s
}

// intCases were checked against CPython 3.11.7.
var intCases = []struct {
	a  string
	op bytecode.BinaryOp
	b  string
	// want is repr(a op b), or the exception "Type: message".
	want string
}{
	{"9223372036854775807", bytecode.Add, "1", "9223372036854775808"},
	{"-9223372036854775808", bytecode.Sub, "1", "-9223372036854775809"},
	{"-9223372036854775808", bytecode.FloorDiv, "-1", "9223372036854775808"},
	{"-9223372036854775808", bytecode.Mul, "-1", "9223372036854775808"},
	{"-9223372036854775808", bytecode.Mod, "-1", "0"},
	{"3037000500", bytecode.Mul, "3037000500", "9223372037000250000"},
	{"-3037000500", bytecode.Mul, "3037000500", "-9223372037000250000"},
	{"4611686018427387904", bytecode.Mul, "2", "9223372036854775808"},
	{"-4611686018427387904", bytecode.Mul, "2", "-9223372036854775808"},
	{"9223372036854775808", bytecode.Sub, "1", "9223372036854775807"},
	{"-9223372036854775809", bytecode.Add, "1", "-9223372036854775808"},
	{"18446744073709551616", bytecode.FloorDiv, "2", "9223372036854775808"},
	{"7", bytecode.FloorDiv, "-2", "-4"},
	{"-7", bytecode.FloorDiv, "2", "-4"},
	{"7", bytecode.Mod, "-2", "-1"},
	{"-7", bytecode.Mod, "2", "1"},
	{"-7", bytecode.FloorDiv, "-2", "3"},
	{"-7", bytecode.Mod, "-2", "-1"},
	{"1", bytecode.FloorDiv, "0", "ZeroDivisionError: integer division or modulo by zero"},
	{"1", bytecode.Mod, "0", "ZeroDivisionError: integer modulo by zero"},
	{"1", bytecode.TrueDiv, "0", "ZeroDivisionError: division by zero"},
	{"18446744073709551616", bytecode.Mod, "0", "ZeroDivisionError: integer modulo by zero"},
	{"18446744073709551616", bytecode.TrueDiv, "0", "ZeroDivisionError: division by zero"},
	{"-1267650600228229401496703205376", bytecode.FloorDiv, "7", "-181092942889747057356671886483"},
	{"-1267650600228229401496703205376", bytecode.Mod, "7", "5"},
	{"1267650600228229401496703205376", bytecode.Mod, "-7", "-5"},
	{"1", bytecode.TrueDiv, "3", "0.3333333333333333"},
	{"-7", bytecode.TrueDiv, "2", "-3.5"},
	{"9007199254740993", bytecode.TrueDiv, "1", "9007199254740992.0"},
	{"9223372036854775807", bytecode.TrueDiv, "3", "3.0744573456182584e+18"},
	{"1267650600228229401496703205376", bytecode.TrueDiv, "3", "4.2255020007607644e+29"},
	{"2", bytecode.Pow, "62", "4611686018427387904"},
	{"2", bytecode.Pow, "63", "9223372036854775808"},
	{"-2", bytecode.Pow, "63", "-9223372036854775808"},
	{"-2", bytecode.Pow, "64", "18446744073709551616"},
	{"3", bytecode.Pow, "40", "12157665459056928801"},
	{"10", bytecode.Pow, "-2", "0.01"},
	{"0", bytecode.Pow, "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
	{"2", bytecode.Pow, "-1075", "0.0"},
	{"0", bytecode.Pow, "0", "1"},
	{"-1", bytecode.Pow, "9223372036854775808", "1"},
	{"1", bytecode.LShift, "62", "4611686018427387904"},
	{"1", bytecode.LShift, "63", "9223372036854775808"},
	{"-1", bytecode.LShift, "63", "-9223372036854775808"},
	{"3", bytecode.LShift, "70", "3541774862152233910272"},
	{"-1", bytecode.RShift, "1", "-1"},
	{"-1", bytecode.RShift, "100", "-1"},
	{"1", bytecode.RShift, "9223372036854775808", "0"},
	{"-1267650600228229401496703205376", bytecode.RShift, "3", "-158456325028528675187087900672"},
	{"1", bytecode.LShift, "-1", "ValueError: negative shift count"},
	{"1", bytecode.RShift, "-1", "ValueError: negative shift count"},
	{"0", bytecode.LShift, "9223372036854775808", "0"},
	{"-18446744073709551616", bytecode.And, "12345", "0"},
	{"-18446744073709551616", bytecode.Or, "5", "-18446744073709551611"},
	{"18446744073709551616", bytecode.Xor, "-1", "-18446744073709551617"},
	{"-5", bytecode.And, "3", "3"},
	{"-5", bytecode.Or, "3", "-5"},
	{"-5", bytecode.Xor, "3", "-8"},
	{"5", bytecode.And, "-3", "5"},
}

func TestIntBinaryOps(t *testing.T) {
	th := numbersTestThread(t)
	for _, c := range intCases {
		a, b := mkInt(t, th, c.a), mkInt(t, th, c.b)
		got := outcome(t, th, th.BinaryOp(a, b, c.op))
		assert.Equal(t, c.want, got, "%s %s %s", c.a, c.op.Symbol(), c.b)
		th.Decref(a)
		th.Decref(b)
	}
}

// bigOracle computes a <op> b with math/big and Python's rules, as an
// independent check of the int64 fast paths and their overflow detection.
func bigOracle(x, y *big.Int, op bytecode.BinaryOp) (*big.Int, bool) {
	r := new(big.Int)
	switch op {
	case bytecode.Add:
		return r.Add(x, y), true
	case bytecode.Sub:
		return r.Sub(x, y), true
	case bytecode.Mul:
		return r.Mul(x, y), true
	case bytecode.FloorDiv, bytecode.Mod:
		if y.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(x, y, m) // Euclidean: 0 <= m < |y|
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == bytecode.FloorDiv {
			return q, true
		}
		return m, true
	case bytecode.LShift:
		if y.Sign() < 0 || y.Cmp(big.NewInt(200)) > 0 {
			return nil, false
		}
		return r.Lsh(x, uint(y.Int64())), true
	case bytecode.RShift:
		if y.Sign() < 0 {
			return nil, false
		}
		if y.Cmp(big.NewInt(200)) > 0 {
			y = big.NewInt(200)
		}
		return r.Rsh(x, uint(y.Int64())), true
	case bytecode.And:
		return r.And(x, y), true
	case bytecode.Or:
		return r.Or(x, y), true
	case bytecode.Xor:
		return r.Xor(x, y), true
	}
	return nil, false
}

func TestIntFastPathsAgainstBig(t *testing.T) {
	th := numbersTestThread(t)
	vals := []int64{0, 1, -1, 2, -2, 3, -7, 63, 64, 1 << 31, -1 << 31, 3037000499, 3037000500, -3037000500,
		1 << 62, -1 << 62, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	fast := map[bytecode.BinaryOp]func(a, b *Object) *Object{
		bytecode.Add: th.intAdd, bytecode.Sub: th.intSub, bytecode.Mul: th.intMul,
		bytecode.FloorDiv: th.intFloorDiv, bytecode.Mod: th.intMod, bytecode.LShift: th.intLShift,
		bytecode.RShift: th.intRShift, bytecode.And: th.intAnd, bytecode.Or: th.intOr, bytecode.Xor: th.intXor,
	}
	for op, fn := range fast {
		for _, x := range vals {
			for _, y := range vals {
				want, ok := bigOracle(big.NewInt(x), big.NewInt(y), op)
				if !ok {
					continue
				}
				a, b := th.NewInt(x), th.NewInt(y)
				r := fn(a, b)
				require.NotNil(t, r, "%d %s %d", x, op.Symbol(), y)
				assert.Equal(t, want.String(), bigOf(r).String(), "%d %s %d", x, op.Symbol(), y)
				_, small := IntValue(r)
				assert.Equal(t, want.IsInt64(), small, "normalised form of %d %s %d", x, op.Symbol(), y)
				th.Decref(r)
				th.Decref(a)
				th.Decref(b)
			}
		}
	}
}

func TestIntCompare(t *testing.T) {
	th := numbersTestThread(t)
	cases := []struct {
		a, b string
		want int
	}{
		{"1", "2", -1}, {"-1", "-1", 0}, {"9223372036854775808", "9223372036854775807", 1},
		{"-9223372036854775809", "-9223372036854775808", -1}, {"18446744073709551616", "18446744073709551616", 0},
	}
	ops := []bytecode.CompareOp{bytecode.Lt, bytecode.Le, bytecode.Eq, bytecode.Ne, bytecode.Gt, bytecode.Ge}
	for _, c := range cases {
		a, b := mkInt(t, th, c.a), mkInt(t, th, c.b)
		for _, op := range ops {
			r := th.RichCompare(a, b, op)
			assert.Equal(t, Bool(cmpResult(c.want, op)), r, "%s %s %s", c.a, op.Symbol(), c.b)
			if bothSmall(a, b) {
				assert.Equal(t, cmpResult(c.want, op), intCompare(a, b, op))
			}
		}
		th.Decref(a)
		th.Decref(b)
	}
}

func TestIntUnaryAndRepr(t *testing.T) {
	th := numbersTestThread(t)
	cases := []struct {
		v                      string
		neg, pos, inv, abs, hs string
	}{
		{"0", "0", "0", "-1", "0", "0"},
		{"-9223372036854775808", "9223372036854775808", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "-4"},
		{"9223372036854775808", "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "9223372036854775808", "4"},
		{"-1", "1", "-1", "0", "1", "-2"},
		{"2305843009213693951", "-2305843009213693951", "2305843009213693951", "-2305843009213693952", "2305843009213693951", "0"},
	}
	for _, c := range cases {
		o := mkInt(t, th, c.v)
		assert.Equal(t, c.neg, outcome(t, th, intNeg(th, o)), "-%s", c.v)
		assert.Equal(t, c.pos, outcome(t, th, intPos(th, o)), "+%s", c.v)
		assert.Equal(t, c.inv, outcome(t, th, intInvert(th, o)), "~%s", c.v)
		assert.Equal(t, c.abs, outcome(t, th, intAbs(th, o)), "abs(%s)", c.v)
		h, ok := th.Hash(o)
		require.True(t, ok)
		assert.Equal(t, c.hs, big.NewInt(h).String(), "hash(%s)", c.v)
		th.Decref(o)
	}
	// bool is an int whose repr is its name, and -True is an int.
	assert.Equal(t, "True", strOutcome(t, th, th.Repr(True)))
	assert.Equal(t, "-1", outcome(t, th, intNeg(th, True)))
	assert.Equal(t, "1", outcome(t, th, intPos(th, True)))
	assert.Equal(t, "False", outcome(t, th, th.BinaryOp(True, False, bytecode.And)))
	assert.Equal(t, "True", outcome(t, th, th.BinaryOp(True, False, bytecode.Xor)))
	assert.Equal(t, "3", outcome(t, th, th.BinaryOp(True, th.NewInt(2), bytecode.Or)))
}

func TestIntStrLimit(t *testing.T) {
	th := numbersTestThread(t)
	big4300 := mkInt(t, th, strings.Repeat("9", 4300))
	assert.Len(t, strOutcome(t, th, th.Repr(big4300)), 4300)
	big4301 := mkInt(t, th, "1"+strings.Repeat("0", 4300))
	assert.Equal(t, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "+
		"use sys.set_int_max_str_digits() to increase the limit", strOutcome(t, th, th.Repr(big4301)))
	th.Decref(big4300)
	th.Decref(big4301)
}

func BenchmarkIntAddFast(b *testing.B) {
	th := numbersTestThread(b)
	x, y := th.NewInt(1000), th.NewInt(2345)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := th.intAdd(x, y)
		th.Decref(r)
	}
}

func BenchmarkIntAddSlot(b *testing.B) {
	th := numbersTestThread(b)
	x, y := th.NewInt(1000), th.NewInt(2345)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := th.BinaryOp(x, y, bytecode.Add)
		th.Decref(r)
	}
}

func BenchmarkIntMulOverflow(b *testing.B) {
	th := numbersTestThread(b)
	x := th.NewInt(math.MaxInt64)
	for i := 0; i < b.N; i++ {
		r := th.intMul(x, x)
		th.Decref(r)
	}
}
