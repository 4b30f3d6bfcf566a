package binascii

import (
	"github.com/rcvm/rcvm/core"
)

var (
	a2bBase64Sig = core.NewSignature("a2b_base64", "data", "/", "*", "strict_mode=")
	b2aBase64Sig = core.NewSignature("b2a_base64", "data", "/", "*", "newline=")
)

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// base64Value maps a byte to its 6-bit value, or 0xff for bytes outside
// the alphabet.
var base64Value = func() (tab [256]byte) {
	for i := range tab {
		tab[i] = 0xff
	}
	for i := range len(base64Alphabet) {
		tab[base64Alphabet[i]] = byte(i)
	}
	return tab
}()

// b2aBase64 is b2a_base64(data, /, *, newline=True): standard base64 with
// padding, and a newline at the end unless newline is false.
func b2aBase64(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, nl *core.Object
	if !b2aBase64Sig.Parse(t, args, kwnames, &data, &nl) {
		return nil
	}
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	newline, ok := flagArg(t, nl, true)
	if !ok {
		return nil
	}
	out := make([]byte, 0, (len(b)+2)/3*4+1)
	for len(b) >= 3 {
		v := uint(b[0])<<16 | uint(b[1])<<8 | uint(b[2])
		out = append(out, base64Alphabet[v>>18], base64Alphabet[v>>12&63], base64Alphabet[v>>6&63], base64Alphabet[v&63])
		b = b[3:]
	}
	switch len(b) {
	case 1:
		v := uint(b[0]) << 16
		out = append(out, base64Alphabet[v>>18], base64Alphabet[v>>12&63], '=', '=')
	case 2:
		v := uint(b[0])<<16 | uint(b[1])<<8
		out = append(out, base64Alphabet[v>>18], base64Alphabet[v>>12&63], base64Alphabet[v>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return t.NewBytes(out)
}

// a2bBase64 is a2b_base64(data, /, *, strict_mode=False). Without strict
// mode, bytes outside the alphabet are skipped and decoding stops at the
// first complete pad sequence; strict mode refuses anything but
// well-formed base64, with CPython's messages.
func a2bBase64(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, sm *core.Object
	if !a2bBase64Sig.Parse(t, args, kwnames, &data, &sm) {
		return nil
	}
	s, ok := asciiArg(t, data)
	if !ok {
		return nil
	}
	strict, ok := flagArg(t, sm, false)
	if !ok {
		return nil
	}
	out, msg := decodeBase64(s, strict)
	if msg != "" {
		return raiseError(t, "%s", msg)
	}
	return t.NewBytes(out)
}

// decodeBase64 decodes s as a2b_base64 does, returning the error message
// instead of raising.
func decodeBase64(s []byte, strict bool) ([]byte, string) {
	if strict && len(s) > 0 && s[0] == '=' {
		return nil, "Leading padding not allowed"
	}
	out := make([]byte, 0, len(s)/4*3+3)
	quad, pads := 0, 0
	var left byte
	paddingStarted := false
	for i, c := range s {
		if c == '=' {
			// 3.11 has no "Excess padding" check (3.12.4 added it): a pad
			// after a complete quad is skipped, even in strict mode.
			paddingStarted = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(s) {
						return nil, "Excess data after padding"
					}
					return out, ""
				}
			}
			continue
		}
		v := base64Value[c]
		if v == 0xff {
			if strict {
				return nil, "Only base64 data is allowed"
			}
			continue
		}
		if strict && paddingStarted {
			return nil, "Discontinuous padding not allowed"
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			out = append(out, left<<2|v>>4)
			quad, left = 2, v&0x0f
		case 2:
			out = append(out, left<<4|v>>2)
			quad, left = 3, v&0x03
		case 3:
			out = append(out, left<<6|v)
			quad, left = 0, 0
		}
	}
	switch quad {
	case 0:
		return out, ""
	case 1:
		return nil, "Invalid base64-encoded string: number of data characters (" +
			itoa(len(out)/3*4+1) + ") cannot be 1 more than a multiple of 4"
	}
	return nil, "Incorrect padding"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
