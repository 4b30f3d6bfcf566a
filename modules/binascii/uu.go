package binascii

import (
	"github.com/rcvm/rcvm/core"
)

var (
	b2aUUSig = core.NewSignature("b2a_uu", "data", "/", "*", "backtick=")
)

// a2bUU is a2b_uu(data, /): one line of uuencoded data. Its first
// character is the length (so an empty line decodes as 32 zero bytes, as in
// CPython, which reads the terminating NUL of the empty buffer).
func a2bUU(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !oneArg(t, "a2b_uu", args, kwnames) {
		return nil
	}
	s, ok := asciiArg(t, args[0])
	if !ok {
		return nil
	}
	var first byte
	if len(s) > 0 {
		first, s = s[0], s[1:]
	}
	n := int((first - ' ') & 0o77)
	out := make([]byte, 0, n)
	var acc uint
	bits := 0
	i := 0
	for len(out) < n {
		var c byte
		if i < len(s) && s[i] != '\n' && s[i] != '\r' {
			c = s[i]
			// '`' (space + 64) stands for zero in some encoders.
			if c < ' ' || c > ' '+64 {
				return raiseError(t, "Illegal char")
			}
			c = (c - ' ') & 0o77
		}
		// Past the end of the line, missing characters count as zero
		// (trailing spaces eaten by mailers).
		i++
		acc = acc<<6 | uint(c)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return raiseError(t, "Trailing garbage")
		}
	}
	return t.NewBytes(out)
}

// b2aUU is b2a_uu(data, /, *, backtick=False): one uuencoded line of at
// most 45 bytes, ending in a newline; backtick writes zeros as '`'.
func b2aUU(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, bt *core.Object
	if !b2aUUSig.Parse(t, args, kwnames, &data, &bt) {
		return nil
	}
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	backtick, ok := flagArg(t, bt, false)
	if !ok {
		return nil
	}
	if len(b) > 45 {
		return raiseError(t, "At most 45 bytes at once")
	}
	char := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := make([]byte, 0, 2+(len(b)+2)/3*4)
	out = append(out, char(byte(len(b))))
	for i := 0; i < len(b); i += 3 {
		var v uint
		for j := range 3 {
			v <<= 8
			if i+j < len(b) {
				v |= uint(b[i+j])
			}
		}
		out = append(out, char(byte(v>>18)), char(byte(v>>12&63)), char(byte(v>>6&63)), char(byte(v&63)))
	}
	out = append(out, '\n')
	return t.NewBytes(out)
}
