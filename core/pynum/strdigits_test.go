package pynum

import (
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIntStrDigitLimit(t *testing.T) {
	require.Equal(t, DefaultMaxStrDigits, MaxStrDigits())
	pow10 := func(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }
	minus1 := func(v *big.Int) *big.Int { return new(big.Int).Sub(v, big.NewInt(1)) }
	const msg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
	tests := []struct {
		name string
		v    *big.Int
		err  bool
	}{
		{"small", big.NewInt(12345), false},
		{"4300 nines", minus1(pow10(4300)), false},
		{"negative 4300 nines", new(big.Int).Neg(minus1(pow10(4300))), false},
		{"10**4300", pow10(4300), true},
		{"-10**4300", new(big.Int).Neg(pow10(4300)), true},
		{"10**4299", pow10(4299), false},
		{"10**5000", pow10(5000), true},
		{"2**20000", new(big.Int).Lsh(big.NewInt(1), 20000), true},
	}
	for _, tc := range tests {
		err := CheckIntToStr(tc.v)
		if tc.err {
			assertPyErr(t, err, ValueError, msg)
		} else {
			assert.NoError(t, err, tc.name)
		}
	}
	assertPyErr(t, SetMaxStrDigits(5), ValueError, "maxdigits must be 0 or larger than 640")
	assertPyErr(t, SetMaxStrDigits(-1), ValueError, "maxdigits must be 0 or larger than 640")
	require.NoError(t, SetMaxStrDigits(0))
	assert.NoError(t, CheckIntToStr(pow10(5000)))
	assert.NoError(t, CheckStrToInt(100000, 10))
	require.NoError(t, SetMaxStrDigits(640))
	assertPyErr(t, CheckIntToStr(pow10(640)),
		ValueError, strings.Replace(msg, "4300", "640", 1))
	assert.NoError(t, CheckIntToStr(minus1(pow10(640))))
	require.NoError(t, SetMaxStrDigits(DefaultMaxStrDigits))
	assert.NoError(t, CheckStrToInt(4300, 10))
	assert.Error(t, CheckStrToInt(4301, 10))
	assert.NoError(t, CheckStrToInt(100000, 16))
	assert.NoError(t, CheckStrToInt(100000, 32))
	assert.Error(t, CheckStrToInt(100000, 36))
}
