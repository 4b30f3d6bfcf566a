package pynum

import (
	"math"
	"math/big"
)

// MaxIntBits bounds the size of an int a helper will build. CPython would
// try, and raise MemoryError when malloc fails; Go would instead die with a
// fatal out-of-memory error, so results larger than this raise MemoryError
// up front. 2**31 bits is a 256 MiB int.
const MaxIntBits = 1 << 31

// floorQuoRem sets q, r to the floor quotient and the remainder with the sign
// of b; big.Int's QuoRem truncates toward zero instead.
func floorQuoRem(q, r, a, b *big.Int) {
	q.QuoRem(a, b, r)
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, bigOne)
		r.Add(r, b)
	}
}

var bigOne = big.NewInt(1)

// FloorDivBig returns a//b, or ZeroDivisionError.
func FloorDivBig(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, errIntDivZero
	}
	q, r := new(big.Int), new(big.Int)
	floorQuoRem(q, r, a, b)
	return q, nil
}

// ModBig returns a%b with the sign of b, or ZeroDivisionError.
func ModBig(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, errIntModZero
	}
	q, r := new(big.Int), new(big.Int)
	floorQuoRem(q, r, a, b)
	return r, nil
}

// DivModBig returns divmod(a, b), or ZeroDivisionError.
func DivModBig(a, b *big.Int) (q, r *big.Int, err error) {
	if b.Sign() == 0 {
		return nil, nil, errIntDivZero
	}
	q, r = new(big.Int), new(big.Int)
	floorQuoRem(q, r, a, b)
	return q, r, nil
}

// LShift returns a<<n. A negative count is ValueError, as is a count too
// large for CPython to represent (OverflowError) or a result over MaxIntBits
// (MemoryError); 0<<n is 0 for any non-negative n.
func LShift(a, n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, errNegShift
	}
	if a.Sign() == 0 {
		return new(big.Int), nil
	}
	if !n.IsInt64() {
		return nil, errTooManyDigits
	}
	c := n.Int64()
	if c > MaxIntBits || int64(a.BitLen())+c > MaxIntBits {
		return nil, errMemory
	}
	return new(big.Int).Lsh(a, uint(c)), nil
}

// RShift returns a>>n, rounding toward minus infinity as Python does
// (big.Int's Rsh already does for negative a). A negative count is
// ValueError.
func RShift(a, n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, errNegShift
	}
	if !n.IsUint64() || n.Uint64() >= uint64(a.BitLen())+1 {
		// Every bit is shifted out: the floor is 0 or -1.
		if a.Sign() < 0 {
			return big.NewInt(-1), nil
		}
		return new(big.Int), nil
	}
	return new(big.Int).Rsh(a, uint(n.Uint64())), nil
}

// Int64OrBig reports v as an int64 when it fits, so callers can keep small
// results on their fast path.
func Int64OrBig(v *big.Int) (small int64, fits bool) {
	if v.IsInt64() {
		return v.Int64(), true
	}
	return 0, false
}

// PowInt64 returns a**b for b >= 0; ok is false when b is negative (the
// caller computes a float result with FloatPow, as CPython does) or the
// result overflows (PowBig then computes it).
func PowInt64(a, b int64) (r int64, ok bool) {
	if b < 0 {
		return 0, false
	}
	switch a {
	case 0:
		if b == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if b&1 == 0 {
			return 1, true
		}
		return -1, true
	}
	if b >= 63 {
		return 0, false
	}
	r = 1
	for {
		if b&1 != 0 {
			if r, ok = MulInt64(r, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b == 0 {
			return r, true
		}
		if a, ok = MulInt64(a, a); !ok {
			return 0, false
		}
	}
}

// PowBig returns a**b for b >= 0. A negative b is the caller's job (CPython
// converts both operands to float and calls float pow: use FloatPow). Results
// over MaxIntBits raise MemoryError rather than exhausting memory.
func PowBig(a, b *big.Int) (*big.Int, error) {
	if b.Sign() < 0 {
		return nil, newError(ValueError, "PowBig: negative exponent must be handled as a float power")
	}
	if b.Sign() == 0 {
		return big.NewInt(1), nil
	}
	// |a| <= 1 never grows, whatever the exponent.
	if a.IsInt64() && a.Int64() >= -1 && a.Int64() <= 1 {
		r := new(big.Int).Set(a)
		if a.Int64() == -1 && b.Bit(0) == 0 {
			r.SetInt64(1)
		}
		return r, nil
	}
	if !b.IsInt64() || float64(a.BitLen()-1)*float64(b.Int64()) > MaxIntBits {
		return nil, errMemory
	}
	return new(big.Int).Exp(a, b, nil), nil
}

// PowMod returns pow(a, b, m) with the sign of m, as CPython does; a
// negative b needs a to be invertible modulo m (Python 3.8+).
func PowMod(a, b, m *big.Int) (*big.Int, error) {
	if m.Sign() == 0 {
		return nil, errPowModZero
	}
	mod := new(big.Int).Abs(m)
	if mod.Cmp(bigOne) == 0 {
		return new(big.Int), nil // everything is 0 modulo 1, even 0**-1
	}
	base := new(big.Int).Mod(a, mod) // Euclidean: 0 <= base < |m|
	e := b
	if b.Sign() < 0 {
		if base.ModInverse(base, mod) == nil {
			return nil, errNotInvertible
		}
		e = new(big.Int).Neg(b)
	}
	r := new(big.Int)
	r.Exp(base, e, mod)
	// Python gives the result the sign of m.
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return r, nil
}

// FloatToInt64 returns int(f) when it fits in an int64.
func FloatToInt64(f float64) (int64, bool) {
	t := math.Trunc(f)
	if t >= -9223372036854775808.0 && t < 9223372036854775808.0 {
		return int64(t), true
	}
	return 0, false
}

// FloatToInt returns int(f), truncating toward zero, or CPython's error for
// an infinity (OverflowError) or a NaN (ValueError).
func FloatToInt(f float64) (*big.Int, error) {
	if v, ok := FloatToInt64(f); ok {
		return big.NewInt(v), nil
	}
	if math.IsInf(f, 0) {
		return nil, errFloatInf
	}
	if math.IsNaN(f) {
		return nil, errFloatNaN
	}
	// |f| >= 2**63 is an integer already, so the conversion is exact.
	v, _ := new(big.Float).SetFloat64(f).Int(nil)
	return v, nil
}
