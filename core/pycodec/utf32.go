package pycodec

import "github.com/rcvm/rcvm/core/pynum"

// DecodeUTF32 decodes data as CPython's PyUnicode_DecodeUTF32Stateful
// does; byteorder and final as for DecodeUTF16.
func DecodeUTF32(data []byte, h *Handler, byteorder int, final bool) (s string, consumed, order int, err error) {
	q := 0
	bo := byteorder
	if bo == NativeBOM && len(data) >= 4 {
		switch uint32(data[3])<<24 | uint32(data[2])<<16 | uint32(data[1])<<8 | uint32(data[0]) {
		case 0x0000feff:
			q, bo = 4, LittleEndian
		case 0xfffe0000:
			q, bo = 4, BigEndian
		}
	}
	if q == len(data) {
		return "", len(data), bo, nil
	}
	encoding := "utf-32-le"
	unit := func(i int) uint32 {
		return uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
	}
	if bo > 0 {
		encoding = "utf-32-be"
		unit = func(i int) uint32 {
			return uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
		}
	}
	out := make([]byte, 0, len(data))
	for {
		var reason string
		var start, end int
		if len(data)-q < 4 {
			if q == len(data) || !final {
				break
			}
			reason, start, end = "truncated data", q, len(data)
		} else {
			c := unit(q)
			switch {
			case c >= 0xd800 && c <= 0xdfff:
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			case c >= 0x110000:
				reason = "code point not in range(0x110000)"
			default:
				out = pynum.AppendRune(out, rune(c))
				q += 4
				continue
			}
			start, end = q, q+4
		}
		if out, q, err = decodeFail(h, encoding, reason, data, start, end, out); err != nil {
			return "", 0, bo, err
		}
	}
	return string(out), q, bo, nil
}

// EncodeUTF32 encodes s as CPython's _PyUnicode_EncodeUTF32 does; byte
// order 0 writes a little-endian byte-order mark first.
func EncodeUTF32(s string, h *Handler, byteorder int) ([]byte, error) {
	encoding := [...]string{"utf-32-le", "utf-32", "utf-32-be"}[byteorder+1]
	put := func(b []byte, u rune) []byte { return append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24)) }
	if byteorder > 0 {
		put = func(b []byte, u rune) []byte { return append(b, byte(u>>24), byte(u>>16), byte(u>>8), byte(u)) }
	}
	out := make([]byte, 0, 4*len(s)+4)
	if byteorder == NativeBOM {
		out = put(out, 0xfeff)
	}
	encodeRep := func(out []byte, rep []rune) ([]byte, bool) {
		for _, c := range rep {
			if c >= 0x80 {
				return out, false
			}
		}
		for _, c := range rep {
			out = put(out, c)
		}
		return out, true
	}
	return encodeWide(s, h, encoding, 4, out, put, encodeRep)
}
