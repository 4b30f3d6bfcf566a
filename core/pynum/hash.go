package pynum

import (
	"math"
	"math/big"
	"math/bits"
)

// CPython 3.11's numeric hash on 64-bit platforms: an int, float or other
// number hashes to its value modulo the Mersenne prime 2**61-1, keeping the
// sign, so that equal numbers of different types hash alike; -1 is reserved
// as an error flag in C and becomes -2.
const (
	// HashModulus is sys.hash_info.modulus.
	HashModulus = 1<<61 - 1
	// HashInf is hash(float('inf')); -HashInf is hash(float('-inf')).
	HashInf  = 314159
	hashBits = 61
)

// HashInt64 returns hash(v) for an int.
func HashInt64(v int64) int64 {
	u := uint64(v)
	if v < 0 {
		u = -u // |v|, also right for math.MinInt64
	}
	x := int64(u % HashModulus)
	if v < 0 {
		x = -x
	}
	if x == -1 {
		x = -2
	}
	return x
}

// HashBig returns hash(v) for an int of any size.
func HashBig(v *big.Int) int64 {
	if v.IsInt64() {
		return HashInt64(v.Int64())
	}
	// Horner over the 64-bit words, most significant first, using
	// 2**64 = 8 * 2**61 = 8 (mod 2**61-1).
	words := v.Bits()
	var acc uint64
	for i := len(words) - 1; i >= 0; i-- {
		acc = reduce61(acc<<3) + reduce61(uint64(words[i]))
		acc = reduce61(acc)
	}
	x := int64(acc)
	if v.Sign() < 0 {
		x = -x
	}
	if x == -1 {
		x = -2
	}
	return x
}

// reduce61 returns u mod 2**61-1 for any uint64 u.
func reduce61(u uint64) uint64 {
	u = (u & HashModulus) + (u >> hashBits)
	if u >= HashModulus {
		u -= HashModulus
	}
	return u
}

// HashFloat returns hash(f). Integral floats hash like the equal int, and
// every finite float like the rational it is: m * 2**e with an integer
// mantissa hashes to m rotated by e within 61 bits, since multiplying by 2
// modulo 2**61-1 is a 61-bit rotation. A NaN hashes by identity in 3.11,
// so the caller passes its object's identity (address or id) in id; it is
// only used for NaNs.
func HashFloat(f float64, id uintptr) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return HashInf
		}
		return -HashInf
	}
	if math.IsNaN(f) {
		return HashPointer(id)
	}
	if f == 0 {
		return 0
	}
	frac, e := math.Frexp(math.Abs(f))
	m := uint64(math.Ldexp(frac, 53)) // exact: a 53-bit integer
	e -= 53
	// Reduce the exponent modulo 61; a negative power of two is a rotation
	// the other way.
	s := e % hashBits
	if s < 0 {
		s += hashBits
	}
	x := ((m << uint(s)) & HashModulus) | (m >> uint(hashBits-s))
	h := int64(reduce61(x))
	if f < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashPointer returns CPython's identity hash for an object at address p
// (object.__hash__ and a NaN's hash): the address rotated right by 4 bits,
// since allocations are 16-byte aligned.
func HashPointer(p uintptr) int64 {
	h := int64(bits.RotateLeft64(uint64(p), -4))
	if h == -1 {
		h = -2
	}
	return h
}

// HashBool returns hash(b): 1 or 0, like the ints they equal.
func HashBool(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// The xxHash64 primes CPython 3.8+'s tuplehash mixes its items with.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// TupleHasher computes a tuple's hash incrementally, so the runtime can feed
// it item hashes without building a slice. The zero value is not ready: start
// with NewTupleHasher.
type TupleHasher struct {
	acc uint64
	n   uint64
}

// NewTupleHasher starts hashing a tuple.
func NewTupleHasher() TupleHasher { return TupleHasher{acc: xxPrime5} }

// Add mixes in the hash of the next item.
func (t *TupleHasher) Add(itemHash int64) {
	t.acc += uint64(itemHash) * xxPrime2
	t.acc = bits.RotateLeft64(t.acc, 31)
	t.acc *= xxPrime1
	t.n++
}

// Sum returns the tuple's hash.
func (t *TupleHasher) Sum() int64 {
	// The length is mixed in with a constant that keeps hash(()) at its
	// historical value.
	acc := t.acc + (t.n ^ (xxPrime5 ^ 3527539))
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// HashTuple returns the hash of a tuple whose items hash to hashes.
func HashTuple(hashes []int64) int64 {
	t := NewTupleHasher()
	for _, h := range hashes {
		t.Add(h)
	}
	return t.Sum()
}
