package pynum

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bi(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "bad test literal %q", s)
	return v
}

// TestBigBitwiseMatchesPython verifies that big.Int's bitwise operations
// have Python's infinite two's complement semantics on negative operands
// (expected values from CPython 3.11).
func TestBigBitwiseMatchesPython(t *testing.T) {
	tests := []struct{ a, b, and, or, xor, inv string }{
		{"-147808829414345923316083210206383297601", "1267650600228229401496703217721", "1267650600228229401496703213625", "-147808829414345923316083210206383293505", "-147808830681996523544312611703086507130", "147808829414345923316083210206383297600"},
		{"-147808829414345923316083210206383297601", "-1180591620717411303423", "-147808829414345923385480767339839356927", "-1111194063583955244097", "147808829414345922274286703755884112830", "147808829414345923316083210206383297600"},
		{"1267650600228229401496703217721", "-1180591620717411303423", "1267650600228229401496703205377", "-1180591620717411291079", "-1267650601408821022214114496456", "-1267650600228229401496703217722"},
		{"-1", "1267650600228229401496703217721", "1267650600228229401496703217721", "-1", "-1267650600228229401496703217722", "0"},
		{"-147808829414345923316083210206383297601", "-1", "-147808829414345923316083210206383297601", "-1", "147808829414345923316083210206383297600", "147808829414345923316083210206383297600"},
	}
	for _, tc := range tests {
		a, b := bi(t, tc.a), bi(t, tc.b)
		assert.Equal(t, tc.and, new(big.Int).And(a, b).String())
		assert.Equal(t, tc.or, new(big.Int).Or(a, b).String())
		assert.Equal(t, tc.xor, new(big.Int).Xor(a, b).String())
		assert.Equal(t, tc.inv, new(big.Int).Not(a).String())
	}
}

func TestDivModBig(t *testing.T) {
	tests := []struct{ a, b, q, r string }{
		{"-999999999999999999999999999993", "1000000000003", "-999999999997000001", "999991000010"},
		{"1000000000000000000000000000000", "-1000000000003", "-999999999997000001", "-999991000003"},
		{"-7", "2", "-4", "1"},
		{"7", "-2", "-4", "-1"},
	}
	for _, tc := range tests {
		q, r, err := DivModBig(bi(t, tc.a), bi(t, tc.b))
		require.NoError(t, err)
		assert.Equal(t, tc.q, q.String())
		assert.Equal(t, tc.r, r.String())
		q, err = FloorDivBig(bi(t, tc.a), bi(t, tc.b))
		require.NoError(t, err)
		assert.Equal(t, tc.q, q.String())
		r, err = ModBig(bi(t, tc.a), bi(t, tc.b))
		require.NoError(t, err)
		assert.Equal(t, tc.r, r.String())
	}
}

func TestBigErrors(t *testing.T) {
	one, zero := big.NewInt(1), new(big.Int)
	_, _, err := DivModBig(one, zero)
	assertPyErr(t, err, ZeroDivisionError, "integer division or modulo by zero")
	_, err = FloorDivBig(one, zero)
	assertPyErr(t, err, ZeroDivisionError, "integer division or modulo by zero")
	_, err = ModBig(one, zero)
	assertPyErr(t, err, ZeroDivisionError, "integer modulo by zero")
}

func assertPyErr(t *testing.T, err error, kind Kind, msg string) {
	t.Helper()
	require.Error(t, err)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, kind, e.Kind)
	assert.Equal(t, msg, e.Msg)
}

func TestShiftBig(t *testing.T) {
	huge := bi(t, "100000000000000000000")
	tests := []struct {
		name    string
		left    bool
		a, n    *big.Int
		want    string
		errKind Kind
		errMsg  string
	}{
		{"lshift", true, big.NewInt(-3), big.NewInt(100), "-3802951800684688204490109616128", 0, ""},
		{"zero lshift huge", true, new(big.Int), huge, "0", 0, ""},
		{"negative count", true, big.NewInt(1), big.NewInt(-1), "", ValueError, "negative shift count"},
		{"rshift negative count", false, big.NewInt(1), big.NewInt(-1), "", ValueError, "negative shift count"},
		{"zero negative count", true, new(big.Int), big.NewInt(-1), "", ValueError, "negative shift count"},
		{"count too large", true, big.NewInt(1), huge, "", OverflowError, "too many digits in integer"},
		{"result too large", true, big.NewInt(1), big.NewInt(1 << 40), "", MemoryError, ""},
		{"rshift floors", false, bi(t, "-3802951800684688204490109616129"), big.NewInt(100), "-4", 0, ""},
		{"rshift huge negative", false, big.NewInt(-1), huge, "-1", 0, ""},
		{"rshift huge positive", false, big.NewInt(12345), huge, "0", 0, ""},
		{"rshift exact width", false, big.NewInt(-8), big.NewInt(3), "-1", 0, ""},
		{"rshift all bits", false, big.NewInt(-8), big.NewInt(4), "-1", 0, ""},
		{"rshift positive all bits", false, big.NewInt(8), big.NewInt(4), "0", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *big.Int
			var err error
			if tc.left {
				got, err = LShift(tc.a, tc.n)
			} else {
				got, err = RShift(tc.a, tc.n)
			}
			if tc.errKind != 0 {
				assertPyErr(t, err, tc.errKind, tc.errMsg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String())
		})
	}
}

func TestPowBigAndMod(t *testing.T) {
	r, err := PowBig(big.NewInt(2), big.NewInt(200))
	require.NoError(t, err)
	assert.Equal(t, "1606938044258990275541962092341162602522202993782792835301376", r.String())
	r, err = PowBig(big.NewInt(-3), big.NewInt(41))
	require.NoError(t, err)
	assert.Equal(t, "-36472996377170786403", r.String())
	r, err = PowBig(big.NewInt(-1), bi(t, "100000000000000000001"))
	require.NoError(t, err)
	assert.Equal(t, "-1", r.String())
	_, err = PowBig(big.NewInt(2), bi(t, "100000000000000000001"))
	assertPyErr(t, err, MemoryError, "")
	_, err = PowBig(big.NewInt(2), big.NewInt(-1))
	require.Error(t, err)

	mod := []struct {
		a, b, m string
		want    string
		err     string
	}{
		{"3", "100000", "1000000007", "916902199", ""},
		{"-7", "3", "10", "7", ""},
		{"2", "3", "-5", "-2", ""},
		{"2", "-1", "5", "3", ""},
		{"-2", "-1", "5", "2", ""},
		{"2", "-2", "-5", "-1", ""},
		{"0", "0", "-5", "-4", ""},
		{"0", "-1", "1", "0", ""},
		{"4", "-1", "-1", "0", ""},
		{"1267650600228229401496703205376", "-1", "717897987691852588770251", "275320887111706943765510", ""},
		{"6", "-1", "4", "", "base is not invertible for the given modulus"},
		{"2", "3", "0", "", "pow() 3rd argument cannot be 0"},
	}
	for _, tc := range mod {
		r, err := PowMod(bi(t, tc.a), bi(t, tc.b), bi(t, tc.m))
		if tc.err != "" {
			assertPyErr(t, err, ValueError, tc.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, r.String(), "pow(%s, %s, %s)", tc.a, tc.b, tc.m)
	}
}

func TestFloatToInt(t *testing.T) {
	v, err := FloatToInt(-3.7)
	require.NoError(t, err)
	assert.Equal(t, "-3", v.String())
	v, err = FloatToInt(1e20)
	require.NoError(t, err)
	assert.Equal(t, "100000000000000000000", v.String())
	v, err = FloatToInt(-9223372036854775808.0)
	require.NoError(t, err)
	assert.Equal(t, "-9223372036854775808", v.String())
	v, err = FloatToInt(9223372036854775808.0)
	require.NoError(t, err)
	assert.Equal(t, "9223372036854775808", v.String())
	_, err = FloatToInt(inf)
	assertPyErr(t, err, OverflowError, "cannot convert float infinity to integer")
	_, err = FloatToInt(nan)
	assertPyErr(t, err, ValueError, "cannot convert float NaN to integer")
	_, ok := FloatToInt64(9223372036854775808.0)
	assert.False(t, ok)
	i, ok := FloatToInt64(-0.9)
	assert.True(t, ok)
	assert.Equal(t, int64(0), i)
}
