package pynum

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBigToFloat(t *testing.T) {
	// float(int) in CPython 3.11: nearest-even, overflow past the largest
	// float (2**1024 - 2**970 is the halfway point that rounds up to 2**1024).
	p2 := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	sub := func(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }
	tests := []struct {
		name string
		v    *big.Int
		want float64
		err  string
	}{
		{"2**53+1 rounds to even", bi(t, "9007199254740993"), 9007199254740992.0, ""},
		{"2**53+3 rounds up", bi(t, "9007199254740995"), 9007199254740996.0, ""},
		{"negative", bi(t, "-9007199254740993"), -9007199254740992.0, ""},
		{"2**64-1", bi(t, "18446744073709551615"), 1.8446744073709552e+19, ""},
		{"halfway to 2**1024", sub(p2(1024), p2(970)), 0, "int too large to convert to float"},
		{"largest float", sub(p2(1024), p2(971)), math.MaxFloat64, ""},
		{"just below halfway", sub(sub(p2(1024), p2(970)), big.NewInt(1)), math.MaxFloat64, ""},
		{"10**308", new(big.Int).Exp(big.NewInt(10), big.NewInt(308), nil), 1e308, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := BigToFloat(tc.v)
			if tc.err != "" {
				assertPyErr(t, err, OverflowError, tc.err)
				return
			}
			require.NoError(t, err)
			sameFP(t, tc.want, got)
		})
	}
}

func TestTrueDiv(t *testing.T) {
	p2 := func(n uint) string { return new(big.Int).Lsh(big.NewInt(1), n).String() }
	tests := []struct {
		a, b string
		want float64
		err  string
	}{
		{"1", "3", 0.3333333333333333, ""},
		{"1000000000000000000000000000000", "7", 1.4285714285714285e+29, ""},
		{p2(1100), p2(100), 1.0715086071862673e+301, ""},
		{p2(2000), "3", 0, "integer division result too large for a float"},
		{"-1", "1" + string(make([]byte, 0)) + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", negZ, ""},
		{"1", p2(1074), 5e-324, ""},
		{"1", p2(1075), 0, ""},
		{"3", p2(1076), 5e-324, ""},
		{"1152921504606846977", "1152921504606846976", 1.0, ""},
		{"-1208925819614629174706176", "3", -4.029752732048764e+23, ""},
		{"0", "-5", negZ, ""},
		{"7", "0", 0, "division by zero"},
	}
	for _, tc := range tests {
		got, err := TrueDivBig(bi(t, tc.a), bi(t, tc.b))
		if tc.err != "" {
			require.Error(t, err)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.err, e.Msg)
			continue
		}
		require.NoError(t, err)
		sameFP(t, tc.want, got, "%s / %s", tc.a, tc.b)
	}
	got, err := TrueDivInt64(-7, 2)
	require.NoError(t, err)
	sameFP(t, -3.5, got)
	got, err = TrueDivInt64(math.MaxInt64, 3)
	require.NoError(t, err)
	sameFP(t, 3.0744573456182584e+18, got)
	_, err = TrueDivInt64(1, 0)
	assertPyErr(t, err, ZeroDivisionError, "division by zero")
}

func TestCmpIntFloat(t *testing.T) {
	tests := []struct {
		v    string
		f    float64
		want int
	}{
		{"9007199254740993", 9007199254740992.0, 1},
		{"9007199254740992", 9007199254740992.0, 0},
		{"-9223372036854775808", -9223372036854775808.0, 0},
		{"9223372036854775807", 9223372036854775808.0, -1},
		{"5", 5.5, -1},
		{"-5", -5.5, 1},
		{"-5", -4.5, -1},
		{"1000000000000000000000000000000", 1e30, -1},
		{"1000000000000000000000000000001", 1e30, -1},
		{"1000000000000000019884624838656", 1e30, 0},
		{"1", inf, -1},
		{"-100000000000000000000000000000000", math.Inf(-1), 1},
		{"100000000000000000000000000000000", inf, -1},
		{"0", negZ, 0},
	}
	for _, tc := range tests {
		v := bi(t, tc.v)
		got, ok := CmpBigFloat(v, tc.f)
		require.True(t, ok)
		assert.Equal(t, tc.want, got, "cmp(%s, %v)", tc.v, tc.f)
		if v.IsInt64() {
			got, ok = CmpInt64Float(v.Int64(), tc.f)
			require.True(t, ok)
			assert.Equal(t, tc.want, got, "cmp(%s, %v)", tc.v, tc.f)
		}
	}
	_, ok := CmpInt64Float(1, nan)
	assert.False(t, ok)
	_, ok = CmpBigFloat(bi(t, "100000000000000000000000"), nan)
	assert.False(t, ok)
}
