package pyfmt

import (
	"math/big"
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

// FormatInt returns format(v, spec) for an int: presentation types b c d o
// x X n (none means d), or e E f F g G % to format float(v). Errors are
// CPython's ValueErrors ("Unknown format code 'q' for object of type
// 'int'", "Precision not allowed in integer format specifier", ...),
// OverflowError for 'c' out of range or a float conversion that overflows,
// and the ValueError of the int/str digit limit for d and n.
//
// format(x, "") is str(x) in Python; for an int subclass with its own
// __str__, or a bool, the runtime must handle the empty spec itself.
func FormatInt(v *big.Int, spec Spec) (string, error) {
	if v.IsInt64() {
		return FormatInt64(v.Int64(), spec)
	}
	s, err := checkIntSpec(spec)
	if err != nil {
		return "", err
	}
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := pynum.BigToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloat(f, s)
	case 'c':
		return "", &pynum.Error{Kind: pynum.OverflowError, Msg: "Python int too large to convert to C long"}
	case 'd', 'n':
		if err := pynum.CheckIntToStr(v); err != nil {
			return "", err
		}
	}
	digits := v.Append(make([]byte, 0, v.BitLen()/3+2), intBase(s.Type))
	return formatIntDigits(v.Sign() < 0, digits, s)
}

// FormatInt64 is FormatInt for an int that fits in an int64, without big.Int
// allocations.
func FormatInt64(v int64, spec Spec) (string, error) {
	s, err := checkIntSpec(spec)
	if err != nil {
		return "", err
	}
	switch s.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloat(float64(v), s) // int64 to float64 rounds to nearest-even
	case 'c':
		if v < 0 || v > 0x10ffff {
			return "", &pynum.Error{Kind: pynum.OverflowError, Msg: "%c arg not in range(0x110000)"}
		}
		var buf [8]byte
		n := number{rest: appendRune(buf[:0], rune(v))}
		return string(appendNumber(nil, n, s)), nil
	}
	var buf [72]byte
	digits := strconv.AppendInt(buf[:0], v, intBase(s.Type))
	return formatIntDigits(v < 0, digits, s)
}

// checkIntSpec resolves spec for an int and makes format_long_internal's
// checks, in CPython's order.
func checkIntSpec(spec Spec) (Spec, error) {
	s, err := spec.resolve(intDefaults)
	if err != nil {
		return s, err
	}
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return s, nil // formatted as a float, with the float checks
	default:
		return s, unknownCode(s.Type, s.TypeName)
	}
	switch {
	case s.Precision != -1:
		return s, specError("Precision not allowed in integer format specifier")
	case s.NoNegZero:
		return s, specError("Negative zero coercion (z) not allowed in integer format specifier")
	case s.Type == 'c' && s.Sign != 0:
		return s, specError("Sign not allowed with integer format specifier 'c'")
	case s.Type == 'c' && s.Alternate:
		return s, specError("Alternate form (#) not allowed with integer format specifier 'c'")
	case s.Width > MaxOutput:
		return s, errTooLarge
	}
	return s, nil
}

func intBase(typ rune) int {
	switch typ {
	case 'b':
		return 2
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

// formatIntDigits lays out digits (as strconv or big.Int write them, with a
// leading '-' when negative) for the presentation types b d o x X n.
func formatIntDigits(neg bool, digits []byte, s Spec) (string, error) {
	if neg {
		digits = digits[1:]
	}
	n := number{neg: neg, digits: digits}
	if s.Type == 'X' {
		for i, c := range digits {
			if c >= 'a' && c <= 'f' {
				digits[i] = c - 'a' + 'A'
			}
		}
	}
	if s.Alternate {
		n.prefix = altPrefix(s.Type)
	}
	var out [64]byte
	return string(appendNumber(out[:0], n, s)), nil
}

// altPrefix is the '#' prefix of a presentation type.
func altPrefix(typ rune) string {
	switch typ {
	case 'b':
		return "0b"
	case 'o':
		return "0o"
	case 'x':
		return "0x"
	case 'X':
		return "0X"
	}
	return ""
}
