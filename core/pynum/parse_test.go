package pynum

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseInt(t *testing.T) {
	// int(s, base) in CPython 3.11.7; want is the decimal value, or err the
	// ValueError message.
	tests := []struct {
		s    string
		base int
		want string
		err  string
	}{
		{"42", 10, "42", ""},
		{"+42", 10, "42", ""},
		{"  12  ", 10, "12", ""},
		{" -1 ", 10, "-1", ""},
		{"1_000", 10, "1000", ""},
		{"0x_1f", 16, "31", ""},
		{"0x_1f", 0, "31", ""},
		{"0O17", 0, "15", ""},
		{"0o17", 8, "15", ""},
		{"0B1", 2, "1", ""},
		{"0b1", 16, "177", ""},
		{"z", 36, "35", ""},
		{"Z", 36, "35", ""},
		{"00", 0, "0", ""},
		{"0_0", 0, "0", ""},
		{"00", 8, "0", ""},
		{"007", 10, "7", ""},
		{"-9223372036854775808", 10, "-9223372036854775808", ""},
		{"9223372036854775808", 10, "9223372036854775808", ""},
		{"-0x8000000000000001", 0, "-9223372036854775809", ""},
		{"123456789012345678901234567890", 10, "123456789012345678901234567890", ""},
		{"١٢٣", 10, "123", ""},
		{"\u00a012\u3000", 10, "12", ""},
		{"1\u0085", 10, "1", ""},
		{"𝟙𝟚", 10, "12", ""},
		{"٣", 0, "3", ""},
		{"abc", 10, "", "invalid literal for int() with base 10: 'abc'"},
		{"010", 0, "", "invalid literal for int() with base 0: '010'"},
		{"07", 0, "", "invalid literal for int() with base 0: '07'"},
		{"0_7", 0, "", "invalid literal for int() with base 0: '0_7'"},
		{"٠٧", 0, "", "invalid literal for int() with base 0: '٠٧'"},
		{"", 10, "", "invalid literal for int() with base 10: ''"},
		{"12\x1c", 10, "", "invalid literal for int() with base 10: '12\\x1c'"},
		{"0x", 16, "", "invalid literal for int() with base 16: '0x'"},
		{"0b", 0, "", "invalid literal for int() with base 0: '0b'"},
		{"0_", 0, "", "invalid literal for int() with base 0: '0_'"},
		{"_1", 10, "", "invalid literal for int() with base 10: '_1'"},
		{"1__0", 10, "", "invalid literal for int() with base 10: '1__0'"},
		{"1_", 10, "", "invalid literal for int() with base 10: '1_'"},
		{"- 1", 10, "", "invalid literal for int() with base 10: '- 1'"},
		{"+-1", 10, "", "invalid literal for int() with base 10: '+-1'"},
		{"0x1", 10, "", "invalid literal for int() with base 10: '0x1'"},
		{"é", 10, "", "invalid literal for int() with base 10: 'é'"},
		{"1", 1, "", "int() base must be >= 2 and <= 36, or 0"},
		{"1", 37, "", "int() base must be >= 2 and <= 36, or 0"},
		{"1", -1, "", "int() base must be >= 2 and <= 36, or 0"},
	}
	for _, tc := range tests {
		small, large, err := ParseInt(tc.s, tc.base)
		if tc.err != "" {
			assertPyErr(t, err, ValueError, tc.err)
			continue
		}
		require.NoError(t, err, "int(%q, %d)", tc.s, tc.base)
		got := ""
		if large != nil {
			assert.False(t, large.IsInt64(), "a value that fits must come back as int64")
			got = large.String()
		} else {
			got = bi(t, tc.want).String()
			assert.Equal(t, tc.want, bi(t, tc.want).String())
			assert.Equal(t, bi(t, tc.want).Int64(), small, "int(%q, %d)", tc.s, tc.base)
		}
		assert.Equal(t, tc.want, got, "int(%q, %d)", tc.s, tc.base)
	}
}

func TestParseIntMessages(t *testing.T) {
	long := strings.Repeat("x", 300)
	_, _, err := ParseInt(long, 10)
	assertPyErr(t, err, ValueError, "invalid literal for int() with base 10: '"+strings.Repeat("x", 199))
	_, _, err = ParseInt(strings.Repeat("1", 4301), 10)
	assertPyErr(t, err, ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
	_, _, err = ParseInt(strings.Repeat("1", 4301)+"x", 10)
	assertPyErr(t, err, ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
	_, _, err = ParseInt(strings.Repeat("1_", 4300)+"1", 10)
	assertPyErr(t, err, ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
	_, _, err = ParseInt("1__1"+strings.Repeat("1", 5000), 10)
	assertPyErr(t, err, ValueError, "invalid literal for int() with base 10: '1__"+strings.Repeat("1", 196))
	_, large, err := ParseInt(strings.Repeat("1", 4301), 16)
	require.NoError(t, err, "power-of-two bases have no limit")
	assert.Equal(t, 4301*4, large.BitLen()+3)
	_, large, err = ParseInt(strings.Repeat("9", 4300), 10)
	require.NoError(t, err)
	assert.Equal(t, 4300, len(large.String()))
}

func TestParseFloat(t *testing.T) {
	tests := []struct {
		s    string
		want float64
		err  bool
	}{
		{"1_0.5", 10.5, false},
		{"inf", inf, false},
		{"-Infinity", math.Inf(-1), false},
		{"+inFINITY", inf, false},
		{"nan", nan, false},
		{" -nan ", nan, false},
		{"nAn", nan, false},
		{"1e500", inf, false},
		{"-1e500", math.Inf(-1), false},
		{"1e-400", 0, false},
		{"-1e-400", negZ, false},
		{"-0", negZ, false},
		{"1e1_0", 1e10, false},
		{"0_0.1_0e1_0", 1e9, false},
		{"١.٥", 1.5, false},
		{"1.5\u0085", 1.5, false},
		{".5", 0.5, false},
		{"5.", 5.0, false},
		{"+.5e-3", 0.0005, false},
		{"  3.25\t\n", 3.25, false},
		{"1E5", 1e5, false},
		{"0.1", 0.1, false},
		{"2.2250738585072011e-308", 2.225073858507201e-308, false},
		{"4.9406564584124654e-324", 5e-324, false},
		{"1.7976931348623157e308", math.MaxFloat64, false},
		{"1.7976931348623159e308", inf, false},
		{"x", 0, true},
		{"1__0", 0, true},
		{"_1", 0, true},
		{"1_.5", 0, true},
		{"1._5", 0, true},
		{"1_e5", 0, true},
		{"1e_5", 0, true},
		{"1.5_", 0, true},
		{"in_f", 0, true},
		{"0x10", 0, true},
		{"infinit", 0, true},
		{"infinityy", 0, true},
		{"1e", 0, true},
		{"1e+", 0, true},
		{".", 0, true},
		{"", 0, true},
		{"  ", 0, true},
		{"1.5\x1c", 0, true},
		{"é", 0, true},
		{"1 2", 0, true},
		{"--1", 0, true},
		{"Inf1", 0, true},
		{"1.5e3.5", 0, true},
	}
	for _, tc := range tests {
		got, err := ParseFloat(tc.s)
		if tc.err {
			assertPyErr(t, err, ValueError, "could not convert string to float: "+StrRepr(tc.s))
			continue
		}
		require.NoError(t, err, "float(%q)", tc.s)
		sameFP(t, tc.want, got, "float(%q)", tc.s)
	}
	got, err := ParseFloat("-nan")
	require.NoError(t, err)
	assert.True(t, math.Signbit(got), "float('-nan') keeps its sign, as in CPython")
}
