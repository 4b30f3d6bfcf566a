package pyfmt

import (
	"math/big"
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

// IntToString returns v written in base (2 to 36, lower-case letters, '-'
// for negatives, no prefix). Base 10 is str(v), and enforces the int/str
// digit limit of CPython 3.11.7 (a ValueError past 4300 digits unless
// changed with pynum.SetMaxStrDigits); power-of-two bases are exempt, as
// in CPython.
func IntToString(v *big.Int, base int) (string, error) {
	if base < 2 || base > 36 {
		return "", &pynum.Error{Kind: pynum.ValueError, Msg: "base must be between 2 and 36, got " + strconv.Itoa(base)}
	}
	if v.IsInt64() {
		return strconv.FormatInt(v.Int64(), base), nil
	}
	if base == 10 {
		if err := pynum.CheckIntToStr(v); err != nil {
			return "", err
		}
	}
	return v.Text(base), nil
}

// Bin returns bin(v): "0b101", "-0b101".
func Bin(v *big.Int) string { return prefixed(v, 2, "0b") }

// Oct returns oct(v): "0o17", "-0o17".
func Oct(v *big.Int) string { return prefixed(v, 8, "0o") }

// Hex returns hex(v): "0x1f", "-0x1f".
func Hex(v *big.Int) string { return prefixed(v, 16, "0x") }

// Bin64 returns bin(v) for an int64.
func Bin64(v int64) string { return prefixed64(v, 2, "0b") }

// Oct64 returns oct(v) for an int64.
func Oct64(v int64) string { return prefixed64(v, 8, "0o") }

// Hex64 returns hex(v) for an int64.
func Hex64(v int64) string { return prefixed64(v, 16, "0x") }

func prefixed(v *big.Int, base int, prefix string) string {
	if v.IsInt64() {
		return prefixed64(v.Int64(), base, prefix)
	}
	out := make([]byte, 0, v.BitLen()/3+4)
	if v.Sign() < 0 {
		out = append(out, '-')
	}
	out = append(out, prefix...)
	return string(new(big.Int).Abs(v).Append(out, base))
}

func prefixed64(v int64, base int, prefix string) string {
	var buf [72]byte
	out := buf[:0]
	u := uint64(v)
	if v < 0 {
		out = append(out, '-')
		u = -u
	}
	out = append(out, prefix...)
	return string(strconv.AppendUint(out, u, base))
}
