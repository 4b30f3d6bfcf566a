package pynum

import (
	"unicode"
	"unicode/utf8"
)

// isPySpaceASCII is CPython's Py_ISSPACE: the C locale's white space, which
// int() and float() skip around a number.
func isPySpaceASCII(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// asciiNumber maps s the way CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// does before int() and float() parse it: ASCII stays, non-ASCII white space
// becomes ' ', a non-ASCII decimal digit becomes its ASCII digit. ok is
// false if any other non-ASCII character occurs (the literal is invalid
// then). An ASCII s is returned without copying.
func asciiNumber(s string) (b string, ok bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s, true
	}
	out := make([]byte, i, len(s))
	copy(out, s[:i])
	for i < len(s) {
		c, n := decodeWTF8(s[i:])
		i += n
		switch {
		case c < 0x7f:
			out = append(out, byte(c))
		case unicode.IsSpace(c):
			out = append(out, ' ')
		default:
			d := DecimalValue(c)
			if d < 0 {
				return "", false
			}
			out = append(out, byte('0'+d))
		}
	}
	return string(out), true
}

// DecimalValue returns the value of a decimal digit, ASCII or any other
// Unicode decimal digit (category Nd) as CPython's Py_UNICODE_TODECIMAL
// does, or -1. Unicode encodes each script's digits as a run of ten consecutive
// code points starting at zero, and adjacent runs (the mathematical digits)
// also start at multiples of ten from the first, so the value is the
// distance from the start of the run of digits, modulo 10.
func DecimalValue(c rune) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	if c < utf8.RuneSelf || !unicode.IsDigit(c) {
		return -1
	}
	start := c
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(c-start) % 10
}

// truncateRunes returns the first n characters of s, as CPython's "%.200R"
// truncates a repr in error messages.
func truncateRunes(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i]
		}
		count++
	}
	return s
}
