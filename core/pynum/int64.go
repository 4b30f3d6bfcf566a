package pynum

import (
	"math"
	"math/bits"
)

// The int64 fast paths below are kept small enough for the Go compiler to
// inline them into the eval loop (TestInlinable checks it). Each reports
// ok=false when the result does not fit, and the caller redoes the operation
// with *big.Int.

// AddInt64 returns a+b; ok is false on overflow.
func AddInt64(a, b int64) (r int64, ok bool) {
	r = a + b
	// Overflow happened iff both operands have the sign the result lacks.
	return r, (a^r)&(b^r) >= 0
}

// SubInt64 returns a-b; ok is false on overflow.
func SubInt64(a, b int64) (r int64, ok bool) {
	r = a - b
	return r, (a^b)&(a^r) >= 0
}

// MulInt64 returns a*b; ok is false on overflow.
func MulInt64(a, b int64) (r int64, ok bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	// Turn the unsigned high word into the signed one; the product fits iff
	// the high word is the sign extension of the low one.
	shi := int64(hi) - (a>>63)&b - (b>>63)&a
	return int64(lo), shi == int64(lo)>>63
}

// NegInt64 returns -a; ok is false for math.MinInt64.
func NegInt64(a int64) (r int64, ok bool) {
	return -a, a != math.MinInt64
}

// FloorDivInt64 returns a//b with Python's floor semantics. ok is false when
// b is 0 or the quotient overflows (MinInt64 // -1); FloorDivBig then gives
// the right result or ZeroDivisionError.
func FloorDivInt64(a, b int64) (q int64, ok bool) {
	if b == 0 || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	q = a / b
	// Go truncates toward zero; step down when the signs differ and the
	// division was inexact.
	if (a%b != 0) && ((a ^ b) < 0) {
		q--
	}
	return q, true
}

// ModInt64 returns a%b with the sign of the divisor, as Python does. ok is
// false only when b is 0 (ModBig then raises ZeroDivisionError).
func ModInt64(a, b int64) (r int64, ok bool) {
	if b == 0 {
		return 0, false
	}
	r = a % b
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r, true
}

// DivModInt64 returns divmod(a, b); ok is false as for FloorDivInt64.
func DivModInt64(a, b int64) (q, r int64, ok bool) {
	if b == 0 || (b == -1 && a == math.MinInt64) {
		return 0, 0, false
	}
	q, r = a/b, a%b
	if r != 0 && (r^b) < 0 {
		q--
		r += b
	}
	return q, r, true
}

// LShiftInt64 returns a<<n; ok is false when n is negative (ValueError from
// LShift) or the result overflows.
func LShiftInt64(a, n int64) (r int64, ok bool) {
	if n < 0 || n > 63 {
		return 0, a == 0 && n >= 0
	}
	r = a << uint(n)
	return r, r>>uint(n) == a
}

// RShiftInt64 returns a>>n (floor division by 2**n); ok is false only when
// n is negative.
func RShiftInt64(a, n int64) (r int64, ok bool) {
	if n < 0 {
		return 0, false
	}
	if n > 63 {
		n = 63
	}
	return a >> uint(n), true
}
