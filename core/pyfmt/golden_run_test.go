package pyfmt

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/rcvm/rcvm/core/pynum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bigInt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad test literal " + s)
	}
	return v
}

// dictArg stands for a dict or list operand: only its repr matters.
type dictArg string

func (dictArg) TypeName() string             { return "dict" }
func (d dictArg) Str() (string, error)       { return string(d), nil }
func (d dictArg) Repr() (string, error)      { return string(d), nil }
func (dictArg) Int() (int64, *big.Int, bool) { return 0, nil, false }
func (dictArg) Float() (float64, bool)       { return 0, false }
func (dictArg) Text() (string, bool)         { return "", false }

type mapping map[string]PercentArg

func (m mapping) Lookup(key string) (PercentArg, error) {
	v, ok := m[key]
	if !ok {
		return nil, errors.New("KeyError: " + key)
	}
	return v, nil
}

// format dispatches to the formatter for the argument's type, as the
// runtime's format() does.
func format(arg PercentArg, specText string) (string, error) {
	spec, err := ParseSpec(specText)
	if err != nil {
		return "", err
	}
	switch a := arg.(type) {
	case Int64Arg:
		return FormatInt64(int64(a), spec)
	case BigArg:
		return FormatInt(a.V, spec)
	case BoolArg:
		spec.TypeName = "bool"
		v, _, _ := a.Int()
		if specText == "" {
			return a.Str()
		}
		return FormatInt64(v, spec)
	case FloatArg:
		return FormatFloat(float64(a), spec)
	case StrArg:
		return FormatString(string(a), spec)
	}
	panic("unexpected argument type")
}

func checkResult(t *testing.T, got string, err error, want string, kind pynum.Kind, msg string, what string) {
	t.Helper()
	if kind != 0 {
		var e *pynum.Error
		if assert.ErrorAs(t, err, &e, "%s: want %v: %s, got %q", what, kind, msg, got) {
			assert.Equal(t, kind, e.Kind, what)
			assert.Equal(t, msg, e.Msg, what)
		}
		return
	}
	if assert.NoError(t, err, what) {
		assert.Equal(t, want, got, what)
	}
}

func TestGoldenFormat(t *testing.T) {
	for _, tc := range goldenFormat {
		got, err := format(tc.arg, tc.spec)
		r, _ := tc.arg.Repr()
		checkResult(t, got, err, tc.want, tc.errKind, tc.errMsg, "format("+r+", "+StrRepr(tc.spec)+")")
	}
}

func TestGoldenPercent(t *testing.T) {
	for _, tc := range goldenPercent {
		var got string
		var err error
		if tc.mapping != nil {
			got, err = PercentMap(tc.format, tc.args, mapping(tc.mapping))
		} else {
			got, err = Percent(tc.format, tc.args)
		}
		checkResult(t, got, err, tc.want, tc.errKind, tc.errMsg, StrRepr(tc.format)+" % args")
	}
}

func TestGoldenRepr(t *testing.T) {
	for _, tc := range goldenRepr {
		assert.Equal(t, tc.want, FloatRepr(tc.f))
		assert.Equal(t, tc.want, string(AppendFloatRepr(nil, tc.f)))
	}
	require.Equal(t, "nan", FloatRepr(math.Copysign(math.NaN(), -1)))
}
