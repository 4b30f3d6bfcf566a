package pyfmt

import (
	"math"

	"github.com/rcvm/rcvm/core/pynum"
)

// FormatFloat returns format(f, spec) for a float: presentation types e E f
// F g G n %, and none, which is repr(f) without a precision and otherwise
// like g with at least one digit after the point. Errors are CPython's
// ValueErrors ("Unknown format code 'd' for object of type 'float'",
// "precision too big", ...).
func FormatFloat(f float64, spec Spec) (string, error) {
	s, err := spec.resolve(floatDefaults)
	if err != nil {
		return "", err
	}
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 0:
	default:
		return "", unknownCode(s.Type, s.TypeName)
	}
	return formatFloat(f, s)
}

// formatFloat is CPython's format_float_internal for a resolved spec.
func formatFloat(f float64, s Spec) (string, error) {
	if s.Precision > math.MaxInt32 {
		return "", specError("precision too big")
	}
	if s.Precision > MaxOutput || s.Width > MaxOutput {
		return "", errTooLarge
	}
	var flags dtoaFlags
	if s.Alternate {
		flags |= dtAlt
	}
	if s.NoNegZero {
		flags |= dtNoNegZero
	}
	code := byte(s.Type)
	precision, defaultPrecision := s.Precision, 6
	switch code {
	case 0:
		flags |= dtAddDot0
		code, defaultPrecision = 'r', 0
	case 'n':
		code = 'g' // the C locale's 'n' is 'g'
	}
	pct := code == '%'
	if pct {
		code = 'f'
		f *= 100
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if code == 'r' {
		code = 'g'
	}
	var scratch [48]byte
	buf := appendDouble(scratch[:0], f, code, precision, flags)
	if pct {
		buf = append(buf, '%')
	}
	if s.Width < 0 && s.Sign != '+' && s.Sign != ' ' && s.Grouping == 0 {
		return string(buf), nil // nothing to lay out
	}
	// Split into sign, integer digits, point and the rest.
	n := number{}
	if buf[0] == '-' {
		n.neg, buf = true, buf[1:]
	}
	i := 0
	for i < len(buf) && buf[i] >= '0' && buf[i] <= '9' {
		i++
	}
	n.digits = buf[:i]
	if i < len(buf) && buf[i] == '.' {
		n.decimal = true
		i++
	}
	n.rest = buf[i:]
	var out [64]byte
	return string(appendNumber(out[:0], n, s)), nil
}

// FormatString returns format(x, spec) for a str: presentation type s (or
// none), with precision truncating and width padding counted in code
// points. Signs, 'z', '#' and '=' are CPython's ValueErrors.
func FormatString(str string, spec Spec) (string, error) {
	s, err := spec.resolve(strDefaults)
	if err != nil {
		return "", err
	}
	switch {
	case s.Type != 's':
		return "", unknownCode(s.Type, s.TypeName)
	case s.Sign == ' ':
		return "", specError("Space not allowed in string format specifier")
	case s.Sign != 0:
		return "", specError("Sign not allowed in string format specifier")
	case s.NoNegZero:
		return "", specError("Negative zero coercion (z) not allowed in string format specifier")
	case s.Alternate:
		return "", specError("Alternate form (#) not allowed in string format specifier")
	case s.Align == '=':
		return "", specError("'=' alignment not allowed in string format specifier")
	case s.Width > MaxOutput:
		return "", errTooLarge
	}
	n := runeLen(str)
	if s.Precision >= 0 && n > s.Precision {
		str = truncate(str, s.Precision)
		n = s.Precision
	}
	if s.Width <= n {
		return str, nil
	}
	pad := s.Width - n
	left := 0
	switch s.Align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	out := make([]byte, 0, len(str)+pad)
	out = appendFill(out, s.Fill, left)
	out = append(out, str...)
	out = appendFill(out, s.Fill, pad-left)
	return string(out), nil
}

// truncate returns the first n code points of s.
func truncate(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := pynum.DecodeRune(s[i:])
		i += size
	}
	return s[:i]
}
