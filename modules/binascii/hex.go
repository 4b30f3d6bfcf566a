package binascii

import (
	"unicode/utf8"

	"github.com/rcvm/rcvm/core"
)

var (
	b2aHexSig  = core.NewSignature("b2a_hex", "data", "sep=", "bytes_per_sep=")
	hexlifySig = core.NewSignature("hexlify", "data", "sep=", "bytes_per_sep=")
)

const lowerHex = "0123456789abcdef"

func b2aHex(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return hexFunc(t, b2aHexSig, args, kwnames)
}

func hexlify(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return hexFunc(t, hexlifySig, args, kwnames)
}

// hexFunc is b2a_hex and hexlify: bytes.hex's digits, as bytes, with the
// optional separator every bytes_per_sep bytes (counted from the right,
// from the left when negative).
func hexFunc(t *core.Thread, sig *core.Signature, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, sepArg, nArg *core.Object
	if !sig.Parse(t, args, kwnames, &data, &sepArg, &nArg) {
		return nil
	}
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	n := 1
	if nArg != nil {
		if n, ok = t.AsCInt(nArg); !ok {
			return nil
		}
	}
	sep := -1
	if sepArg != nil {
		c, ok := separator(t, sepArg)
		if !ok {
			return nil
		}
		sep = int(c)
	}
	return t.NewBytes(hexDigits(b, sep, n))
}

// separator is _Py_strhex_impl's check of sep for a bytes result: the
// length first (any object with a len), then the type; a str of one
// Latin-1 character is taken as its byte (CPython refuses only wider
// characters when it makes bytes).
func separator(t *core.Thread, o *core.Object) (byte, bool) {
	l, ok := t.Len(o)
	if !ok {
		return 0, false
	}
	if l != 1 {
		t.RaiseMsg(&core.ValueErrorType, "sep must be length 1.")
		return 0, false
	}
	if s, isStr := core.StrValue(o); isStr {
		r, _ := utf8.DecodeRuneInString(s)
		if r > 0xff {
			t.RaiseMsg(&core.ValueErrorType, "sep must be ASCII.")
			return 0, false
		}
		return byte(r), true
	}
	if bs, isBytes := core.BytesValue(o); isBytes {
		return bs[0], true
	}
	t.RaiseMsg(&core.TypeErrorType, "sep must be str or bytes.")
	return 0, false
}

// hexDigits writes two lowercase digits per byte, with the byte sep (none
// when negative) between groups of |n| bytes.
func hexDigits(data []byte, sep int, n int) []byte {
	group := n
	if group < 0 {
		group = -group
	}
	if sep < 0 {
		group = 0
	}
	out := make([]byte, 0, 3*len(data))
	for i, c := range data {
		if group > 0 && i > 0 {
			boundary := i%group == 0
			if n > 0 {
				boundary = (len(data)-i)%group == 0
			}
			if boundary {
				out = append(out, byte(sep))
			}
		}
		out = append(out, lowerHex[c>>4], lowerHex[c&0xf])
	}
	return out
}

func a2bHex(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return unhexFunc(t, "a2b_hex", args, kwnames)
}

func unhexlify(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return unhexFunc(t, "unhexlify", args, kwnames)
}

// unhexFunc is a2b_hex and unhexlify: pairs of hex digits, nothing else.
func unhexFunc(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !oneArg(t, name, args, kwnames) {
		return nil
	}
	s, ok := asciiArg(t, args[0])
	if !ok {
		return nil
	}
	if len(s)%2 != 0 {
		return raiseError(t, "Odd-length string")
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := hexValue(s[2*i])
		lo, ok2 := hexValue(s[2*i+1])
		if !ok1 || !ok2 {
			return raiseError(t, "Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return t.NewBytes(out)
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
