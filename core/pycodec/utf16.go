package pycodec

import (
	"unicode/utf16"

	"github.com/rcvm/rcvm/core/pynum"
)

// Byte orders of the UTF-16 and UTF-32 codecs, as CPython's byteorder
// arguments give them: native with a byte-order mark (0), little-endian
// (-1), big-endian (1). rcvm's hosts are little-endian.
const (
	NativeBOM    = 0
	LittleEndian = -1
	BigEndian    = 1
)

// DecodeUTF16 decodes data as CPython's PyUnicode_DecodeUTF16Stateful
// does. With byteorder 0 a leading byte-order mark picks the order (and
// is dropped); the order in effect is returned, for the incremental
// decoder. When final is false an incomplete unit or pair at the end is
// left unconsumed.
func DecodeUTF16(data []byte, h *Handler, byteorder int, final bool) (s string, consumed, order int, err error) {
	q := 0
	bo := byteorder
	if bo == NativeBOM && len(data) >= 2 {
		switch uint16(data[1])<<8 | uint16(data[0]) {
		case 0xfeff:
			q, bo = 2, LittleEndian
		case 0xfffe:
			q, bo = 2, BigEndian
		}
	}
	if q == len(data) {
		return "", len(data), bo, nil
	}
	encoding := "utf-16-le"
	unit := func(i int) rune { return rune(data[i+1])<<8 | rune(data[i]) }
	if bo > 0 {
		encoding = "utf-16-be"
		unit = func(i int) rune { return rune(data[i])<<8 | rune(data[i+1]) }
	}
	out := make([]byte, 0, len(data))
	for {
		var reason string
		var start, end int
		for len(data)-q >= 2 {
			c := unit(q)
			q += 2
			if !pynum.IsSurrogate(c) {
				out = pynum.AppendRune(out, c)
				continue
			}
			if c >= 0xdc00 {
				reason, start, end = "illegal encoding", q-2, q
				break
			}
			if len(data)-q < 2 {
				q -= 2
				reason, start, end = "unexpected end of data", q, len(data)
				break
			}
			c2 := unit(q)
			q += 2
			if c2 < 0xdc00 || c2 > 0xdfff {
				reason, start, end = "illegal UTF-16 surrogate", q-4, q-2
				break
			}
			out = pynum.AppendRune(out, utf16.DecodeRune(c, c2))
		}
		if reason == "" {
			if q == len(data) || !final {
				break
			}
			reason, start, end = "truncated data", q, len(data)
		} else if reason == "unexpected end of data" && !final {
			break
		}
		if out, q, err = decodeFail(h, encoding, reason, data, start, end, out); err != nil {
			return "", 0, bo, err
		}
	}
	return string(out), q, bo, nil
}

// EncodeUTF16 encodes s as CPython's _PyUnicode_EncodeUTF16 does; byte
// order 0 writes a little-endian byte-order mark first.
func EncodeUTF16(s string, h *Handler, byteorder int) ([]byte, error) {
	encoding := [...]string{"utf-16-le", "utf-16", "utf-16-be"}[byteorder+1]
	put := func(b []byte, u rune) []byte { return append(b, byte(u), byte(u>>8)) }
	if byteorder > 0 {
		put = func(b []byte, u rune) []byte { return append(b, byte(u>>8), byte(u)) }
	}
	out := make([]byte, 0, 2*len(s)+2)
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
	return encodeWide(s, h, encoding, 2, out, func(out []byte, c rune) []byte {
		if c >= 0x10000 {
			r1, r2 := utf16.EncodeRune(c)
			return put(put(out, r1), r2)
		}
		return put(out, c)
	}, encodeRep)
}

// encodeWide is the loop of the UTF-16 and UTF-32 encoders: each
// surrogate is an error of its own, a bytes replacement must be a whole
// number of units and a str one ASCII, or the error is raised over the
// character before the resume position (as CPython does).
func encodeWide(s string, h *Handler, encoding string, width int, out []byte,
	put func([]byte, rune) []byte, encodeRep func([]byte, []rune) ([]byte, bool)) ([]byte, error) {
	text := pynum.Runes(s)
	for i := 0; i < len(text); {
		c := text[i]
		if !pynum.IsSurrogate(c) {
			out = put(out, c)
			i++
			continue
		}
		e := &Error{Encode: true, Encoding: encoding, Text: text, Start: i, End: i + 1, Reason: "surrogates not allowed"}
		if h.Kind == Strict {
			return nil, e
		}
		rep, err := h.Resolve(e)
		if err != nil {
			return nil, err
		}
		pos, err := newPos(rep.Pos, len(text))
		if err != nil {
			return nil, err
		}
		ok := true
		if rep.IsBytes {
			if ok = len(rep.Bytes)%width == 0; ok {
				out = append(out, rep.Bytes...)
			}
		} else {
			out, ok = encodeRep(out, pynum.Runes(rep.Text))
		}
		if !ok {
			return nil, &Error{Encode: true, Encoding: encoding, Text: text, Start: pos - 1, End: pos, Reason: "surrogates not allowed"}
		}
		i = pos
	}
	return out, nil
}
