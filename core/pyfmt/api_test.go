package pyfmt

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/pynum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSpecFields(t *testing.T) {
	tests := []struct {
		spec string
		want Spec
	}{
		{"", Spec{Width: -1, Precision: -1}},
		{"*^+z#012,.3f", Spec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alternate: true,
			Width: 12, Grouping: ',', Precision: 3, Type: 'f'}},
		{"<05", Spec{Align: '<', ZeroPad: true, Width: 5, Precision: -1}},
		{"x<05", Spec{Fill: 'x', Align: '<', Width: 5, Precision: -1}},
		{"é>10_x", Spec{Fill: 'é', Align: '>', Width: 10, Grouping: '_', Precision: -1, Type: 'x'}},
		{"\u0665", Spec{Width: 5, Precision: -1}},
		{"=", Spec{Align: '=', Width: -1, Precision: -1}},
		{"0", Spec{ZeroPad: true, Width: -1, Precision: -1}},
	}
	for _, tc := range tests {
		got, err := ParseSpec(tc.spec)
		require.NoError(t, err, tc.spec)
		got.raw, got.invalid = "", false
		assert.Equal(t, tc.want, got, "ParseSpec(%q)", tc.spec)
	}
	for spec, msg := range map[string]string{
		"1" + strings.Repeat("0", 19): "Too many decimal digits in format string",
		".":                           "Format specifier missing precision",
		",_":                          "Cannot specify both ',' and '_'.",
		"_,":                          "Cannot specify both ',' and '_'.",
	} {
		_, err := ParseSpec(spec)
		assertErr(t, err, pynum.ValueError, msg)
	}
	// A spec that is only invalid for its length parses; the formatter
	// names the type in the message.
	s, err := ParseSpec("abc")
	require.NoError(t, err)
	_, err = FormatFloat(1, s)
	assertErr(t, err, pynum.ValueError, "Invalid format specifier 'abc' for object of type 'float'")
	s.TypeName = "MyInt"
	_, err = FormatInt64(1, s)
	assertErr(t, err, pynum.ValueError, "Invalid format specifier 'abc' for object of type 'MyInt'")
}

func assertErr(t *testing.T, err error, kind pynum.Kind, msg string) {
	t.Helper()
	var e *pynum.Error
	if assert.ErrorAs(t, err, &e) {
		assert.Equal(t, kind, e.Kind)
		assert.Equal(t, msg, e.Msg)
	}
}

func TestFormatLimits(t *testing.T) {
	s, err := ParseSpec("300000000")
	require.NoError(t, err)
	_, err = FormatString("x", s)
	assertErr(t, err, pynum.MemoryError, "")
	_, err = FormatInt64(1, s)
	assertErr(t, err, pynum.MemoryError, "")
	_, err = FormatFloat(1, s)
	assertErr(t, err, pynum.MemoryError, "")
	s, err = ParseSpec(".300000000f")
	require.NoError(t, err)
	_, err = FormatFloat(1, s)
	assertErr(t, err, pynum.MemoryError, "")
	s, err = ParseSpec(".300000000")
	require.NoError(t, err)
	got, err := FormatString("abc", s)
	require.NoError(t, err, "a huge precision only truncates a str")
	assert.Equal(t, "abc", got)
	_, err = Percent("%300000000d", []PercentArg{Int64Arg(1)})
	assertErr(t, err, pynum.MemoryError, "")
	got, err = Percent("%.300000000s", []PercentArg{StrArg("abc")})
	require.NoError(t, err)
	assert.Equal(t, "abc", got)
}

func TestIntToString(t *testing.T) {
	v := new(big.Int).Neg(new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil))
	assert.Equal(t, "-0x5a4653ca673768565b41f775d6947d55cf3813d1", Hex(v))
	assert.True(t, strings.HasPrefix(Bin(v), "-0b10110100100011001"))
	assert.True(t, strings.HasPrefix(Oct(v), "-0o55106247451471566"))
	assert.Equal(t, "-0x1f", Hex(big.NewInt(-31)))
	assert.Equal(t, "0b0", Bin(big.NewInt(0)))
	assert.Equal(t, "0o10", Oct64(8))
	assert.Equal(t, "-0x8000000000000000", Hex64(math.MinInt64))
	assert.Equal(t, "0b101", Bin64(5))
	assert.Equal(t, "-0x10000000000000000", Hex(new(big.Int).Lsh(big.NewInt(-1), 64)))

	s, err := IntToString(v, 10)
	require.NoError(t, err)
	assert.Equal(t, "-515377520732011331036461129765621272702107522001", s)
	s, err = IntToString(big.NewInt(-255), 16)
	require.NoError(t, err)
	assert.Equal(t, "-ff", s)
	_, err = IntToString(v, 1)
	assert.Error(t, err)
	huge := new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil)
	_, err = IntToString(huge, 10)
	assertErr(t, err, pynum.ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	_, err = IntToString(huge, 16)
	assert.NoError(t, err, "power-of-two bases are exempt from the digit limit")
}

// failingArg is an object whose __str__ and __repr__ raise.
type failingArg struct{ Int64Arg }

var errBoom = errors.New("RuntimeError: boom")

func (failingArg) Str() (string, error)  { return "", errBoom }
func (failingArg) Repr() (string, error) { return "", errBoom }

func TestPercentArgumentErrors(t *testing.T) {
	_, err := Percent("%s", []PercentArg{failingArg{}})
	assert.ErrorIs(t, err, errBoom)
	_, err = Percent("%a", []PercentArg{failingArg{}})
	assert.ErrorIs(t, err, errBoom)
	got, err := Percent("%d", []PercentArg{failingArg{Int64Arg(7)}})
	require.NoError(t, err, "%d does not call __str__")
	assert.Equal(t, "7", got)
	_, err = PercentMap("%(missing)s", []PercentArg{dictArg("{}")}, mapping{})
	assert.EqualError(t, err, "KeyError: missing")
	got, err = PercentMap("%(a)s", []PercentArg{dictArg("{'a': 'x'}")}, mapping{"a": StrArg("x")})
	require.NoError(t, err)
	assert.Equal(t, "x", got)
}

func TestSurrogatesSurviveFormatting(t *testing.T) {
	got, err := Percent("%c", []PercentArg{Int64Arg(0xdc80)})
	require.NoError(t, err)
	assert.Equal(t, "\xed\xb2\x80", got)
	assert.Equal(t, `'\udc80'`, StrRepr(got))
	s, err := ParseSpec("*^5")
	require.NoError(t, err)
	got, err = FormatString("\xed\xb2\x80", s)
	require.NoError(t, err)
	assert.Equal(t, "**\xed\xb2\x80**", got, "a lone surrogate is one code point wide")
}

func TestFloatReprAllocations(t *testing.T) {
	buf := make([]byte, 0, 32)
	allocs := testing.AllocsPerRun(100, func() {
		buf = AppendFloatRepr(buf[:0], 1.2345678901234567e-300)
	})
	assert.Zero(t, allocs, "AppendFloatRepr must not allocate")
	allocs = testing.AllocsPerRun(100, func() { sinkS = FloatRepr(0.1) })
	assert.LessOrEqual(t, allocs, 1.0, "FloatRepr allocates only its result")
	spec, err := ParseSpec("")
	require.NoError(t, err)
	allocs = testing.AllocsPerRun(100, func() { sinkS, _ = FormatInt64(12345, spec) })
	assert.LessOrEqual(t, allocs, 2.0)
}

var sinkS string

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = FloatRepr(float64(i) * 0.1)
	}
}

func BenchmarkAppendFloatRepr(b *testing.B) {
	buf := make([]byte, 0, 32)
	for i := 0; i < b.N; i++ {
		buf = AppendFloatRepr(buf[:0], float64(i)*0.1)
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	spec, _ := ParseSpec(">12,.3f")
	for i := 0; i < b.N; i++ {
		sinkS, _ = FormatFloat(float64(i)*1.37, spec)
	}
}

func BenchmarkPercent(b *testing.B) {
	args := []PercentArg{Int64Arg(42), FloatArg(3.14159), StrArg("spam")}
	for i := 0; i < b.N; i++ {
		sinkS, _ = Percent("%5d %.2f %s", args)
	}
}
