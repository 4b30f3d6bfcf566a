package pynum

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// digitValue returns the value of an ASCII digit or letter in bases up to
// 36, or 36 for any other byte.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}

// ParseInt implements int(s, base) for a str s, following CPython's
// PyLong_FromString: surrounding white space, a sign, underscores between
// digits (and one right after a base prefix), base 0 to read a 0x/0o/0b
// prefix (where other leading zeros are an error unless the value is 0),
// Unicode decimal digits and white space. The value is in small when it
// fits an int64 (big is then nil), else in big.
//
// Errors are ValueErrors with CPython's messages: an invalid base, an
// invalid literal (quoting repr(s), cut to 200 characters), or more digits
// than the int/str conversion limit (see CheckStrToInt).
func ParseInt(s string, base int) (small int64, big *big.Int, err error) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, newError(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	// Fast path for short plain decimal literals such as "42" or "-7".
	if base == 10 && len(s) > 0 && len(s) <= 18 {
		if v, perr := strconv.ParseInt(s, 10, 64); perr == nil {
			return v, nil, nil
		}
	}
	b, ok := asciiNumber(s)
	if !ok {
		return 0, nil, invalidIntLiteral(s, base)
	}
	small, large, valid, err := parseIntASCII(b, base)
	if err != nil {
		return 0, nil, err
	}
	if !valid {
		return 0, nil, invalidIntLiteral(s, base)
	}
	return small, large, nil
}

func invalidIntLiteral(s string, base int) error {
	return newError(ValueError, "invalid literal for int() with base "+
		strconv.Itoa(base)+": "+truncateRunes(StrRepr(s), 200))
}

// parseIntASCII parses the ASCII form of an int() literal; valid is false
// for a malformed one. err is only the digit-limit error, which CPython
// checks once the digits have been scanned, before looking at what follows.
func parseIntASCII(b string, base int) (small int64, large *big.Int, valid bool, err error) {
	i, n := 0, len(b)
	for i < n && isPySpaceASCII(b[i]) {
		i++
	}
	neg := false
	if i < n && (b[i] == '+' || b[i] == '-') {
		neg = b[i] == '-'
		i++
	}
	at := func(j int) byte {
		if j < n {
			return b[j]
		}
		return 0
	}
	oldOctal := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			// A C-style octal literal such as 010: only zeros are allowed.
			oldOctal = true
			base = 10
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20 // lower case
		if (base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b') {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return 0, nil, false, nil
	}
	start, ndigits, underscores := i, 0, false
	prev := byte(0)
	for i < n && (b[i] == '_' || digitValue(b[i]) < base) {
		if b[i] == '_' {
			if prev == '_' {
				return 0, nil, false, nil
			}
			underscores = true
		} else {
			ndigits++
		}
		prev = b[i]
		i++
	}
	if prev == '_' {
		return 0, nil, false, nil
	}
	if err := CheckStrToInt(ndigits, base); err != nil {
		return 0, nil, false, err
	}
	if ndigits == 0 {
		return 0, nil, false, nil
	}
	digits := b[start:i]
	for i < n && isPySpaceASCII(b[i]) {
		i++
	}
	if i != n {
		return 0, nil, false, nil
	}
	if underscores {
		digits = strings.ReplaceAll(digits, "_", "")
	}
	if u, perr := strconv.ParseUint(digits, base, 64); perr == nil {
		switch {
		case oldOctal && u != 0:
			return 0, nil, false, nil
		case !neg && u <= math.MaxInt64:
			return int64(u), nil, true, nil
		case neg && u <= 1<<63:
			return -int64(u), nil, true, nil // -2**63 wraps to itself
		}
	}
	v, _ := new(big.Int).SetString(digits, base)
	if oldOctal && v.Sign() != 0 {
		return 0, nil, false, nil
	}
	if neg {
		v.Neg(v)
	}
	return 0, v, true, nil
}
