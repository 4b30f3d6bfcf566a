package pyfmt

import (
	"math/big"
	"strconv"
)

// Ready-made PercentArg values for ints, floats, strs and bools, for callers
// (and tests) that hold plain Go values rather than runtime objects.
type (
	// Int64Arg is an int that fits in an int64.
	Int64Arg int64
	// BigArg is an int of any size.
	BigArg struct{ V *big.Int }
	// FloatArg is a float.
	FloatArg float64
	// StrArg is a str.
	StrArg string
	// BoolArg is a bool.
	BoolArg bool
)

// TypeName returns "int".
func (Int64Arg) TypeName() string { return "int" }

// Str returns the decimal digits.
func (a Int64Arg) Str() (string, error) { return strconv.FormatInt(int64(a), 10), nil }

// Repr returns the decimal digits.
func (a Int64Arg) Repr() (string, error) { return a.Str() }

// Int returns the value.
func (a Int64Arg) Int() (int64, *big.Int, bool) { return int64(a), nil, true }

// Float reports that an int is not a float.
func (Int64Arg) Float() (float64, bool) { return 0, false }

// Text reports that an int is not a str.
func (Int64Arg) Text() (string, bool) { return "", false }

// TypeName returns "int".
func (BigArg) TypeName() string { return "int" }

// Str returns the decimal digits, or the ValueError of the digit limit.
func (a BigArg) Str() (string, error) { return IntToString(a.V, 10) }

// Repr is Str.
func (a BigArg) Repr() (string, error) { return a.Str() }

// Int returns the value.
func (a BigArg) Int() (int64, *big.Int, bool) {
	if a.V.IsInt64() {
		return a.V.Int64(), nil, true
	}
	return 0, a.V, true
}

// Float reports that an int is not a float.
func (BigArg) Float() (float64, bool) { return 0, false }

// Text reports that an int is not a str.
func (BigArg) Text() (string, bool) { return "", false }

// TypeName returns "float".
func (FloatArg) TypeName() string { return "float" }

// Str returns repr(f).
func (a FloatArg) Str() (string, error) { return FloatRepr(float64(a)), nil }

// Repr returns repr(f).
func (a FloatArg) Repr() (string, error) { return a.Str() }

// Int reports that a float is not an int.
func (FloatArg) Int() (int64, *big.Int, bool) { return 0, nil, false }

// Float returns the value.
func (a FloatArg) Float() (float64, bool) { return float64(a), true }

// Text reports that a float is not a str.
func (FloatArg) Text() (string, bool) { return "", false }

// TypeName returns "str".
func (StrArg) TypeName() string { return "str" }

// Str returns the string itself.
func (a StrArg) Str() (string, error) { return string(a), nil }

// Repr returns the quoted string.
func (a StrArg) Repr() (string, error) { return StrRepr(string(a)), nil }

// Int reports that a str is not an int.
func (StrArg) Int() (int64, *big.Int, bool) { return 0, nil, false }

// Float reports that a str is not a float.
func (StrArg) Float() (float64, bool) { return 0, false }

// Text returns the string itself.
func (a StrArg) Text() (string, bool) { return string(a), true }

// TypeName returns "bool".
func (BoolArg) TypeName() string { return "bool" }

// Str returns "True" or "False".
func (a BoolArg) Str() (string, error) {
	if a {
		return "True", nil
	}
	return "False", nil
}

// Repr is Str.
func (a BoolArg) Repr() (string, error) { return a.Str() }

// Int returns 1 or 0: bool is a subclass of int.
func (a BoolArg) Int() (int64, *big.Int, bool) {
	if a {
		return 1, nil, true
	}
	return 0, nil, true
}

// Float reports that a bool is not a float.
func (BoolArg) Float() (float64, bool) { return 0, false }

// Text reports that a bool is not a str.
func (BoolArg) Text() (string, bool) { return "", false }
