package array

import (
	"encoding/binary"
	"math"
	"unicode/utf8"

	"github.com/rcvm/rcvm/core"
)

// The typecodes: each item's size, how a Python value converts to its
// bits (with CPython's errors) and back. Items are stored in native byte
// order (little-endian) as CPython stores its C arrays.

type typecode struct {
	c    byte
	size int
	// conv converts a value to the item's bits; it may run Python code
	// (__index__, __float__), so callers hold no lock.
	conv func(t *core.Thread, v *core.Object) (uint64, bool)
	// obj returns the object for an item's bits.
	obj func(t *core.Thread, bits uint64) *core.Object
	// format is the item's struct format in exported buffers.
	format string
	// mformat is CPython's machine format code (for pickling).
	mformat int
}

// typecodes lists the typecodes in CPython's order (array.typecodes).
const typecodes = "bBuhHiIlLqQfd"

var codes [256]*typecode

func init() {
	for _, tc := range []*typecode{
		{c: 'b', size: 1, conv: rangedInt(-32768, 32767, "signed short integer", -128, 127, "signed char"), obj: signedObj(1), mformat: 1},
		{c: 'B', size: 1, conv: rangedInt(math.MinInt64, math.MaxInt64, "", 0, 255, "unsigned byte integer"), obj: unsignedObj, mformat: 0},
		{c: 'u', size: 4, conv: convChar, obj: charObj, format: "w", mformat: 20},
		{c: 'h', size: 2, conv: rangedInt(-32768, 32767, "signed short integer", -32768, 32767, "signed short integer"), obj: signedObj(2), mformat: 4},
		{c: 'H', size: 2, conv: rangedInt(math.MinInt32, math.MaxInt32, "signed integer", 0, 65535, "unsigned short"), obj: unsignedObj, mformat: 2},
		{c: 'i', size: 4, conv: rangedInt(math.MinInt32, math.MaxInt32, "signed integer", math.MinInt32, math.MaxInt32, "signed integer"), obj: signedObj(4), mformat: 8},
		{c: 'I', size: 4, conv: convUnsigned(math.MaxUint32), obj: unsignedObj, mformat: 6},
		{c: 'l', size: 8, conv: rangedInt(math.MinInt64, math.MaxInt64, "", math.MinInt64, math.MaxInt64, ""), obj: signedObj(8), mformat: 12},
		{c: 'L', size: 8, conv: convUnsigned(math.MaxUint64), obj: unsignedObj, mformat: 10},
		{c: 'q', size: 8, conv: convLongLong, obj: signedObj(8), mformat: 12},
		{c: 'Q', size: 8, conv: convULongLong, obj: unsignedObj, mformat: 10},
		{c: 'f', size: 4, conv: convFloat32, obj: float32Obj, mformat: 14},
		{c: 'd', size: 8, conv: convFloat64, obj: float64Obj, mformat: 16},
	} {
		if tc.format == "" {
			tc.format = string(tc.c)
		}
		codes[tc.c] = tc
	}
}

// load reads item i of data.
func (tc *typecode) load(data []byte, i int) uint64 {
	b := data[i*tc.size : (i+1)*tc.size]
	switch tc.size {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(binary.LittleEndian.Uint16(b))
	case 4:
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return binary.LittleEndian.Uint64(b)
}

// store writes item i of data.
func (tc *typecode) store(data []byte, i int, bits uint64) {
	b := data[i*tc.size : (i+1)*tc.size]
	switch tc.size {
	case 1:
		b[0] = byte(bits)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(bits))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(bits))
	default:
		binary.LittleEndian.PutUint64(b, bits)
	}
}

// index converts v through __index__ to an int64; past int64 it raises
// OverflowError msg (big reports the sign of such a value).
func index(t *core.Thread, v *core.Object, msg string) (n int64, ok bool) {
	r := t.Index(v)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	n, fits := core.IntValue(r)
	if !fits {
		t.RaiseMsg(&core.OverflowErrorType, "%s", msg)
		return 0, false
	}
	return n, true
}

// rangedInt is a signed C conversion as PyArg_Parse's integer formats do
// it: a C long, then the format's range (lo1..hi1, "<name1> is less than
// minimum"), then the item's (lo2..hi2).
func rangedInt(lo1, hi1 int64, name1 string, lo2, hi2 int64, name2 string) func(*core.Thread, *core.Object) (uint64, bool) {
	return func(t *core.Thread, v *core.Object) (uint64, bool) {
		n, ok := index(t, v, "Python int too large to convert to C long")
		if !ok {
			return 0, false
		}
		for _, r := range [2]struct {
			lo, hi int64
			name   string
		}{{lo1, hi1, name1}, {lo2, hi2, name2}} {
			switch {
			case n < r.lo:
				t.RaiseMsg(&core.OverflowErrorType, "%s is less than minimum", r.name)
				return 0, false
			case n > r.hi:
				t.RaiseMsg(&core.OverflowErrorType, "%s is greater than maximum", r.name)
				return 0, false
			}
		}
		return uint64(n), true
	}
}

// convUnsigned is 'I' and 'L': PyLong_AsUnsignedLong, then (I) the range
// of a C unsigned int.
func convUnsigned(hi uint64) func(*core.Thread, *core.Object) (uint64, bool) {
	return func(t *core.Thread, v *core.Object) (uint64, bool) {
		r := t.Index(v)
		if r == nil {
			return 0, false
		}
		defer t.Decref(r)
		b := core.BigValue(r)
		if b.Sign() < 0 {
			t.RaiseMsg(&core.OverflowErrorType, "can't convert negative value to unsigned int")
			return 0, false
		}
		if !b.IsUint64() {
			t.RaiseMsg(&core.OverflowErrorType, "Python int too large to convert to C unsigned long")
			return 0, false
		}
		u := b.Uint64()
		if u > hi {
			t.RaiseMsg(&core.OverflowErrorType, "unsigned int is greater than maximum")
			return 0, false
		}
		return u, true
	}
}

func convLongLong(t *core.Thread, v *core.Object) (uint64, bool) {
	n, ok := index(t, v, "int too big to convert")
	return uint64(n), ok
}

func convULongLong(t *core.Thread, v *core.Object) (uint64, bool) {
	r := t.Index(v)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	b := core.BigValue(r)
	if b.Sign() < 0 {
		t.RaiseMsg(&core.OverflowErrorType, "can't convert negative int to unsigned")
		return 0, false
	}
	if !b.IsUint64() {
		t.RaiseMsg(&core.OverflowErrorType, "int too big to convert")
		return 0, false
	}
	return b.Uint64(), true
}

func convFloat32(t *core.Thread, v *core.Object) (uint64, bool) {
	f, ok := t.AsFloat(v)
	return uint64(math.Float32bits(float32(f))), ok
}

func convFloat64(t *core.Thread, v *core.Object) (uint64, bool) {
	f, ok := t.AsFloat(v)
	return math.Float64bits(f), ok
}

// convChar is 'u': a str of one character (a code point, as wchar_t holds
// it on Linux).
func convChar(t *core.Thread, v *core.Object) (uint64, bool) {
	s, ok := core.StrValue(v)
	if ok {
		if c, n := decodeRune(s); n == len(s) && n > 0 {
			return uint64(c), true
		}
	}
	t.RaiseMsg(&core.TypeErrorType, "array item must be unicode character")
	return 0, false
}

func signedObj(size int) func(*core.Thread, uint64) *core.Object {
	shift := 64 - 8*uint(size)
	return func(t *core.Thread, bits uint64) *core.Object { return t.NewInt(int64(bits<<shift) >> shift) }
}

func unsignedObj(t *core.Thread, bits uint64) *core.Object { return t.NewUint64(bits) }

func float32Obj(t *core.Thread, bits uint64) *core.Object {
	return t.NewFloat(float64(math.Float32frombits(uint32(bits))))
}

func float64Obj(t *core.Thread, bits uint64) *core.Object {
	return t.NewFloat(math.Float64frombits(bits))
}

func charObj(t *core.Thread, bits uint64) *core.Object {
	s, ok := encodeRune(uint32(bits))
	if !ok {
		return t.RaiseMsg(&core.ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", uint32(bits))
	}
	return t.NewStr(s)
}

// encodeRune is a code point's text in core's str encoding: UTF-8, and
// for a lone surrogate its generalised WTF-8 bytes.
func encodeRune(c uint32) (string, bool) {
	switch {
	case c > utf8.MaxRune:
		return "", false
	case c >= 0xd800 && c <= 0xdfff:
		return string([]byte{0xed, byte(0x80 | (c>>6)&0x3f), byte(0x80 | c&0x3f)}), true
	}
	return string(rune(c)), true
}

// decodeRune decodes the first code point of s (WTF-8 surrogates
// included) and its length in bytes.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}
