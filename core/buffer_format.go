package core

import (
	"encoding/binary"
	"math"
	"math/big"
)

// The item formats a memoryview understands: the native single-character
// formats of the struct module ('@' prefix optional), as CPython's
// memoryobject.c unpacks and packs them (x86-64 sizes, little-endian).

var itemFormats = map[byte]int{
	'b': 1, 'B': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'f': 4, 'd': 8, 'P': 8,
}

// parseItemFormat returns the format character and size of a native
// single-character format ("B", "@i", ...), or ok false.
func parseItemFormat(f string) (c byte, size int, ok bool) {
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
	}
	if len(f) != 1 {
		return 0, 0, false
	}
	size, ok = itemFormats[f[0]]
	return f[0], size, ok
}

// isByteFormat reports whether f is one of the byte formats casts may
// convert from or to ('B', 'b', 'c').
func isByteFormat(f string) bool {
	c, _, ok := parseItemFormat(f)
	return ok && (c == 'B' || c == 'b' || c == 'c')
}

// unpackItem returns the object for one item of format c stored in b.
func (t *Thread) unpackItem(c byte, b []byte) *Object {
	le := binary.LittleEndian
	switch c {
	case 'b':
		return t.NewInt(int64(int8(b[0])))
	case 'B':
		return t.NewInt(int64(b[0]))
	case 'c':
		return t.NewBytes([]byte{b[0]})
	case '?':
		return Bool(b[0] != 0)
	case 'h':
		return t.NewInt(int64(int16(le.Uint16(b))))
	case 'H':
		return t.NewInt(int64(le.Uint16(b)))
	case 'i':
		return t.NewInt(int64(int32(le.Uint32(b))))
	case 'I':
		return t.NewInt(int64(le.Uint32(b)))
	case 'l', 'q', 'n':
		return t.NewInt(int64(le.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		u := le.Uint64(b)
		if u > math.MaxInt64 {
			return t.NewBigInt(new(big.Int).SetUint64(u))
		}
		return t.NewInt(int64(u))
	case 'f':
		return t.NewFloat(float64(math.Float32frombits(le.Uint32(b))))
	case 'd':
		return t.NewFloat(math.Float64frombits(le.Uint64(b)))
	}
	return t.RaiseMsg(&NotImplementedErrorType, "memoryview: format %c not supported", c)
}

// packItem stores v as one item of format c in b, with CPython's
// "memoryview: invalid type/value for format" errors.
func (t *Thread) packItem(c byte, b []byte, v *Object, format string) bool {
	le := binary.LittleEndian
	invalidType := func() bool {
		t.RaiseMsg(&TypeErrorType, "memoryview: invalid type for format '%s'", format)
		return false
	}
	invalidValue := func() bool {
		t.RaiseMsg(&ValueErrorType, "memoryview: invalid value for format '%s'", format)
		return false
	}
	switch c {
	case 'c':
		if v.kind != KindBytes {
			return invalidType()
		}
		if len(asBytes(v).V) != 1 {
			return invalidValue()
		}
		b[0] = asBytes(v).V[0]
		return true
	case '?':
		truth, ok := t.Truth(v)
		if !ok {
			return false
		}
		b[0] = 0
		if truth {
			b[0] = 1
		}
		return true
	case 'f', 'd':
		var f float64
		switch {
		case v.kind == KindFloat:
			f = asFloat(v).V
		case isIntLike(v):
			var ok bool
			if f, ok = t.floatOf(v); !ok {
				return false
			}
		default:
			return invalidType()
		}
		if c == 'f' {
			if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
				t.RaiseMsg(&OverflowErrorType, "float too large to pack with f format")
				return false
			}
			le.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(b, math.Float64bits(f))
		}
		return true
	}
	if !isIntLike(v) && !(v.kind == KindInstance && t.lookupType(v.typ, dunderIndex) != nil) {
		return invalidType()
	}
	iv := t.pyIndex(v)
	if iv == nil {
		return false
	}
	n := new(big.Int).Set(bigOf(iv))
	t.Decref(iv)
	var lo, hi *big.Int
	size := itemFormats[c]
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	if signed {
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(8*size-1)))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(8*size-1)), big.NewInt(1))
	} else {
		lo = big.NewInt(0)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(8*size)), big.NewInt(1))
	}
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		return invalidValue()
	}
	u := n.Uint64()
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	}
	for i := 0; i < size; i++ {
		b[i] = byte(u >> (8 * i))
	}
	return true
}
