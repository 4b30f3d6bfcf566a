package structmod

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/rcvm/rcvm/core"
)

// Packing one value per code, with the checks and messages of CPython's
// _struct.c. On this little-endian host CPython's '<' and '=' tables use
// the native packers for the codes whose standard and native sizes agree
// (b, B, h, H, i, I, q, Q, e), so that their messages are the native ones;
// '>' and '!' always use the standard packers.

// packer writes one item into dst (the item's bytes, zeroed).
func (l *layout) pack(t *core.Thread, dst []byte, c byte, v *core.Object) bool {
	switch c {
	case 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P':
		return l.packInt(t, dst, c, v)
	case '?':
		b, ok := t.Truth(v)
		if ok && b {
			dst[0] = 1
		}
		return ok
	case 'c':
		b, ok := bytesArg(t, v)
		if !ok || len(b) != 1 || v.Kind() != core.KindBytes {
			t.RaiseMsg(errorType, "char format requires a bytes object of length 1")
			return false
		}
		dst[0] = b[0]
		return true
	case 'e', 'f', 'd':
		return l.packFloat(t, dst, c, v)
	}
	panic("structmod: pack of code " + string(c))
}

// packString packs an 's' or 'p' item of len(dst) bytes.
func packString(t *core.Thread, dst []byte, c byte, v *core.Object) bool {
	b, ok := bytesArg(t, v)
	if !ok {
		t.RaiseMsg(errorType, "argument for '%c' must be a bytes object", c)
		return false
	}
	if c == 's' {
		copy(dst, b)
		return true
	}
	if len(dst) == 0 {
		return true
	}
	n := min(len(b), len(dst)-1)
	copy(dst[1:], b[:n])
	dst[0] = byte(min(n, 255))
	return true
}

// bytesArg returns the contents of a bytes or bytearray object.
func bytesArg(t *core.Thread, v *core.Object) ([]byte, bool) {
	if k := v.Kind(); k != core.KindBytes && k != core.KindByteArray {
		return nil, false
	}
	return t.BytesLike(v)
}

// intValue converts v to an int through __index__ (CPython's get_pylong):
// struct.error "required argument is not an integer" otherwise.
func intValue(t *core.Thread, v *core.Object) (small int64, bigv *big.Int, ok bool) {
	if !core.IsInt(v) && v.Type().Lookup(t, core.Intern("__index__")) == nil {
		t.RaiseMsg(errorType, "required argument is not an integer")
		return 0, nil, false
	}
	r := t.Index(v)
	if r == nil {
		return 0, nil, false
	}
	defer t.Decref(r)
	if n, fits := core.IntValue(r); fits {
		return n, nil, true
	}
	return 0, core.BigValue(r), true
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// intRange is what an integer code accepts: lo..hi as a signed or an
// unsigned 64-bit value.
type intKind uint8

const (
	signed   intKind = iota // get_long: int64
	unsigned                // get_ulong: uint64
	pointer                 // PyLong_AsVoidPtr: int64 or uint64
	bytes8                  // _PyLong_AsByteArray to 8 bytes: OverflowError
)

// packInt packs an integer code.
func (l *layout) packInt(t *core.Thread, dst []byte, c byte, v *core.Object) bool {
	small, bigv, ok := intValue(t, v)
	if !ok {
		return false
	}
	std := l.order == orderBig
	var kind intKind
	var lo, hi int64 // the range checked after the conversion (hi 0: none)
	var msg string
	switch c {
	case 'b':
		lo, hi, msg = -128, 127, "byte format requires -128 <= number <= 127"
	case 'B':
		lo, hi, msg = 0, 255, "ubyte format requires 0 <= number <= 255"
	case 'h':
		lo, hi, msg = -32768, 32767, "short format requires -32768 <= number <= 32767"
		if std {
			msg = "'h' format requires -32768 <= number <= 32767"
		}
	case 'H':
		lo, hi, msg = 0, 65535, "ushort format requires 0 <= number <= 65535"
		if std {
			kind, msg = unsigned, "'H' format requires 0 <= number <= 65535"
		}
	case 'i':
		lo, hi, msg = math.MinInt32, math.MaxInt32, "'i' format requires -2147483648 <= number <= 2147483647"
	case 'I':
		kind, hi, msg = unsigned, math.MaxUint32, "'I' format requires 0 <= number <= 4294967295"
	case 'l':
		if l.order != orderNative {
			lo, hi, msg = math.MinInt32, math.MaxInt32, "'l' format requires -2147483648 <= number <= 2147483647"
		}
	case 'L':
		kind = unsigned
		if l.order != orderNative {
			hi, msg = math.MaxUint32, "'L' format requires 0 <= number <= 4294967295"
		}
	case 'q':
		if std {
			kind = bytes8
		}
	case 'Q':
		kind = unsigned
		if std {
			kind = bytes8
		}
	case 'n':
	case 'N':
		kind = unsigned
	case 'P':
		kind = pointer
	}
	var u uint64 // the two's complement bits to store
	switch kind {
	case signed:
		if bigv != nil {
			t.RaiseMsg(errorType, "argument out of range")
			return false
		}
		if msg != "" && (small < lo || small > hi) {
			t.RaiseMsg(errorType, "%s", msg)
			return false
		}
		u = uint64(small)
	case unsigned:
		if small < 0 || (bigv != nil && (bigv.Sign() < 0 || bigv.Cmp(maxUint64) > 0)) {
			t.RaiseMsg(errorType, "argument out of range")
			return false
		}
		u = uint64(small)
		if bigv != nil {
			u = bigv.Uint64()
		}
		if msg != "" && u > uint64(hi) {
			t.RaiseMsg(errorType, "%s", msg)
			return false
		}
	case pointer, bytes8:
		if bigv != nil {
			fits := bigv.Sign() > 0 && bigv.Cmp(maxUint64) <= 0
			if kind == bytes8 && c == 'q' {
				fits = false
			}
			if !fits || bigv.Cmp(minInt64) < 0 {
				t.RaiseMsg(errorType, "int too large to convert")
				return false
			}
			u = bigv.Uint64()
		} else {
			if kind == bytes8 && c == 'Q' && small < 0 {
				t.RaiseMsg(errorType, "int too large to convert")
				return false
			}
			u = uint64(small)
		}
	}
	l.putUint(dst, u)
	return true
}

// putUint stores the low len(dst) bytes of u in the layout's byte order.
func (l *layout) putUint(dst []byte, u uint64) {
	n := len(dst)
	if l.order == orderBig {
		for i := n - 1; i >= 0; i-- {
			dst[i] = byte(u)
			u >>= 8
		}
		return
	}
	for i := 0; i < n; i++ {
		dst[i] = byte(u)
		u >>= 8
	}
}

// packFloat packs 'e', 'f' or 'd'.
func (l *layout) packFloat(t *core.Thread, dst []byte, c byte, v *core.Object) bool {
	x, ok := t.AsFloat(v)
	if !ok {
		t.ClearExc()
		t.RaiseMsg(errorType, "required argument is not a float")
		return false
	}
	var bits uint64
	switch c {
	case 'e':
		h, ok := packHalf(x)
		if !ok {
			return overflow(t, v, "float too large to pack with e format")
		}
		bits = uint64(h)
	case 'f':
		f := float32(x)
		// The native packer casts; the standard ones refuse an overflow.
		if l.order != orderNative && math.IsInf(float64(f), 0) && !math.IsInf(x, 0) {
			return overflow(t, v, "float too large to pack with f format")
		}
		bits = uint64(math.Float32bits(f))
	case 'd':
		bits = math.Float64bits(x)
	}
	if l.order == orderBig {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], bits)
		copy(dst, b[8-len(dst):])
	} else {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], bits)
		copy(dst, b[:len(dst)])
	}
	return true
}

// overflow raises a packer's OverflowError, which CPython's pack turns
// into struct.error "int too large to convert" when the value is an int.
func overflow(t *core.Thread, v *core.Object, msg string) bool {
	if core.IsInt(v) {
		t.RaiseMsg(errorType, "int too large to convert")
	} else {
		t.RaiseMsg(&core.OverflowErrorType, "%s", msg)
	}
	return false
}

// packAll packs args into dst (len(dst) == l.size, zeroed).
func (l *layout) packAll(t *core.Thread, dst []byte, args []*core.Object) bool {
	k := 0
	for _, g := range l.groups {
		if g.c == 's' || g.c == 'p' {
			if !packString(t, dst[g.off:g.off+g.size], g.c, args[k]) {
				return false
			}
			k++
			continue
		}
		off := g.off
		for r := int64(0); r < g.repeat; r++ {
			if !l.pack(t, dst[off:off+g.size], g.c, args[k]) {
				return false
			}
			off += g.size
			k++
		}
	}
	return true
}
