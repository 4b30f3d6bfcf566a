package pynum

import (
	"math"
	"math/big"
	"strconv"
)

// ndigitsMax and ndigitsMin bound round()'s interesting ndigits: beyond
// them a float always rounds to itself or to a signed zero (CPython's
// NDIGITS_MAX and NDIGITS_MIN, from the float64 exponent range).
const (
	ndigitsMax = 323
	ndigitsMin = -308
)

// RoundHalfEven returns round(f) with no ndigits: the nearest integer, ties
// to even, still as a float. The runtime converts it with FloatToInt, which
// raises CPython's errors for infinities and NaNs.
func RoundHalfEven(f float64) float64 {
	return math.RoundToEven(f)
}

// Round returns round(f, ndigits), correctly rounded half-even as CPython's
// float.__round__ does: the exact binary value is rounded to a decimal
// string and read back. Infinities and NaNs round to themselves; a result
// too large is OverflowError ("rounded value too large to represent").
func Round(f float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || ndigits > ndigitsMax:
		return f, nil
	case ndigits < ndigitsMin:
		return 0 * f, nil // a zero with the sign of f
	case ndigits >= 0:
		// strconv rounds the exact value half-even, as dtoa mode 3 does.
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		r, _ := strconv.ParseFloat(string(s), 64)
		return r, nil
	}
	return roundNegative(f, -ndigits)
}

// roundNegative rounds f to a multiple of 10**k, k >= 1, half-even, on the
// exact value of f.
func roundNegative(f float64, k int) (float64, error) {
	neg := math.Signbit(f)
	a := math.Abs(f)
	ip, frac := math.Modf(a)
	iv, _ := new(big.Float).SetFloat64(ip).Int(nil)
	q, r := new(big.Int).QuoRem(iv, pow10(k), new(big.Int))
	// Compare the remainder (plus fraction) with half of 10**k.
	c := new(big.Int).Lsh(r, 1).Cmp(pow10(k))
	if c > 0 || (c == 0 && (frac != 0 || q.Bit(0) == 1)) {
		q.Add(q, bigOne)
	}
	q.Mul(q, pow10(k))
	res, err := BigToFloat(q)
	if err != nil {
		return 0, errRoundRange
	}
	if neg {
		res = -res
	}
	return res, nil
}

// pow10 returns 10**k; small powers are cached since round() uses them on
// every call.
func pow10(k int) *big.Int {
	if k < len(pow10Cache) {
		return pow10Cache[k]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}

var pow10Cache = func() (t [32]*big.Int) {
	for i := range t {
		t[i] = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(i)), nil)
	}
	return
}()

// RoundInt returns round(v, ndigits) for an int: v itself when ndigits >= 0,
// else v rounded half-even to a multiple of 10**-ndigits. An ndigits too
// negative for an int (the runtime may clamp a huge one to math.MinInt)
// gives 0 without computing the power of ten.
func RoundInt(v *big.Int, ndigits int) *big.Int {
	if ndigits >= 0 {
		return v
	}
	if v.Sign() == 0 {
		return new(big.Int)
	}
	// 10**k > 2|v| once k exceeds v's digit count, which is at most
	// bits*log10(2)+1 < bits*0.302+1: the result is then 0.
	if ndigits < -(v.BitLen()*302/1000 + 2) {
		return new(big.Int)
	}
	k := -ndigits
	p := pow10(k)
	q, r := new(big.Int).QuoRem(v, p, new(big.Int))
	// Half-even on |v|, then restore the sign.
	r.Abs(r)
	c := r.Lsh(r, 1).Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if v.Sign() < 0 {
			q.Sub(q, bigOne)
		} else {
			q.Add(q, bigOne)
		}
	}
	return q.Mul(q, p)
}
