package pynum

import (
	"math"
	"strconv"
	"strings"
)

// ParseFloat implements float(s) for a str s, following CPython's
// PyFloat_FromString: surrounding white space, Unicode decimal digits and
// white space, underscores only between digits, "inf", "infinity" and "nan"
// in any case with an optional sign, and decimal literals only (no hex).
// Overflow gives an infinity and underflow a zero, as in CPython. A malformed
// string is ValueError ("could not convert string to float: 'x'").
func ParseFloat(s string) (float64, error) {
	if f, ok := parseFloatASCII(s); ok {
		return f, nil
	}
	if b, ok := asciiNumber(s); ok && b != s {
		if f, ok := parseFloatASCII(b); ok {
			return f, nil
		}
	}
	return 0, newError(ValueError, "could not convert string to float: "+StrRepr(s))
}

func parseFloatASCII(b string) (float64, bool) {
	i, j := 0, len(b)
	for i < j && isPySpaceASCII(b[i]) {
		i++
	}
	for j > i && isPySpaceASCII(b[j-1]) {
		j--
	}
	b = b[i:j]
	if strings.IndexByte(b, '_') >= 0 {
		var ok bool
		if b, ok = stripUnderscores(b); !ok {
			return 0, false
		}
	}
	body := b
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		// CPython's NaN is the C library's: quiet, no payload
		// (0x7ff8000000000000); Go's math.NaN() carries a payload bit,
		// which struct.pack and array.tobytes would show.
		nan := math.Float64frombits(0x7ff8000000000000)
		if neg {
			return math.Copysign(nan, -1), true
		}
		return nan, true
	}
	if !isDecimalFloat(body) {
		return 0, false
	}
	// The syntax is checked, so the only possible error is a range error,
	// where strconv returns the infinity or zero CPython also gives.
	f, _ := strconv.ParseFloat(b, 64)
	return f, true
}

// stripUnderscores removes the underscores of a float literal, each of which
// must sit between two digits.
func stripUnderscores(b string) (string, bool) {
	out := make([]byte, 0, len(b))
	for k := 0; k < len(b); k++ {
		c := b[k]
		if c != '_' {
			out = append(out, c)
			continue
		}
		if k == 0 || !isDigit(b[k-1]) || k+1 == len(b) || !isDigit(b[k+1]) {
			return "", false
		}
	}
	return string(out), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isDecimalFloat reports whether b (unsigned) is digits[.digits][e[sign]digits]
// with at least one mantissa digit on either side of the point.
func isDecimalFloat(b string) bool {
	k, mant := 0, 0
	for k < len(b) && isDigit(b[k]) {
		k++
		mant++
	}
	if k < len(b) && b[k] == '.' {
		k++
		for k < len(b) && isDigit(b[k]) {
			k++
			mant++
		}
	}
	if mant == 0 {
		return false
	}
	if k < len(b) && (b[k] == 'e' || b[k] == 'E') {
		k++
		if k < len(b) && (b[k] == '+' || b[k] == '-') {
			k++
		}
		exp := 0
		for k < len(b) && isDigit(b[k]) {
			k++
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return k == len(b)
}
