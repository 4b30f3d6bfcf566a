package pycodec

import (
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

// The charmap codecs, which Lib/encodings' table-driven codecs (cp1252,
// koi8_r, mac_roman, ...) are built on: a decoding table maps each byte
// to text, an encoding map each code point to bytes.

// DecodeMapping maps a byte to its text for CharmapDecode; undefined
// reports a byte the mapping does not cover ("character maps to
// <undefined>").
type DecodeMapping interface {
	Decode(b byte) (text string, undefined bool, err error)
}

// EncodeMapping maps a code point to its bytes for CharmapEncode.
type EncodeMapping interface {
	Encode(c rune) (out []byte, undefined bool, err error)
}

// DecodingTable is a decoding table given as a str: byte b decodes to its
// b-th character, and U+FFFE (or a byte past its end) is undefined.
type DecodingTable []rune

// NewDecodingTable returns the decoding table of a str.
func NewDecodingTable(s string) DecodingTable { return DecodingTable(pynum.Runes(s)) }

// Decode maps a byte through the table.
func (d DecodingTable) Decode(b byte) (string, bool, error) {
	if int(b) >= len(d) || d[b] == 0xfffe {
		return "", true, nil
	}
	return pynum.RuneString(d[b]), false, nil
}

// EncodingMap is the inverse of a 256-character decoding table
// (codecs.charmap_build's EncodingMap).
type EncodingMap struct {
	m map[rune]byte
}

// BuildEncodingMap builds the encoding map of a decoding table of exactly
// 256 characters; ok is false for any other length.
func BuildEncodingMap(table string) (*EncodingMap, bool) {
	cs := pynum.Runes(table)
	if len(cs) != 256 {
		return nil, false
	}
	m := &EncodingMap{m: make(map[rune]byte, 256)}
	for i, c := range cs {
		m.m[c] = byte(i)
	}
	return m, true
}

// Size returns the number of bytes the map's internal tables would take
// in CPython's three-level layout (EncodingMap.size()), approximated by
// its entry count: the value only informs callers, never behaviour.
func (m *EncodingMap) Size() int { return len(m.m) }

// Encode maps a code point through the map.
func (m *EncodingMap) Encode(c rune) ([]byte, bool, error) {
	b, ok := m.m[c]
	if !ok {
		return nil, true, nil
	}
	return []byte{b}, false, nil
}

// CharmapDecode decodes data through mapping (nil: Latin-1), as CPython's
// PyUnicode_DecodeCharmap does.
func CharmapDecode(data []byte, h *Handler, mapping DecodeMapping) (string, error) {
	if mapping == nil {
		return DecodeLatin1(data), nil
	}
	out := make([]byte, 0, len(data))
	var err error
	for i := 0; i < len(data); {
		text, undefined, lerr := mapping.Decode(data[i])
		if lerr != nil {
			return "", lerr
		}
		if !undefined {
			out = append(out, text...)
			i++
			continue
		}
		if out, i, err = decodeFail(h, "charmap", "character maps to <undefined>", data, i, i+1, out); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

// CharmapEncode encodes s through mapping (nil: Latin-1), as CPython's
// _PyUnicode_EncodeCharmap does: runs of unmappable characters are one
// error, and replacement text goes through the mapping too.
func CharmapEncode(s string, h *Handler, mapping EncodeMapping) ([]byte, error) {
	if mapping == nil {
		return EncodeLatin1(s, h)
	}
	text := pynum.Runes(s)
	out := make([]byte, 0, len(text))
	const reason = "character maps to <undefined>"
	// put encodes c through the mapping; false when it is unmappable.
	put := func(c rune) (bool, error) {
		b, undefined, err := mapping.Encode(c)
		if err != nil || undefined {
			return false, err
		}
		out = append(out, b...)
		return true, nil
	}
	for i := 0; i < len(text); {
		ok, err := put(text[i])
		if err != nil {
			return nil, err
		}
		if ok {
			i++
			continue
		}
		end := i + 1
		for end < len(text) {
			_, undefined, err := mapping.Encode(text[end])
			if err != nil {
				return nil, err
			}
			if !undefined {
				break
			}
			end++
		}
		origin := func() error {
			return &Error{Encode: true, Encoding: "charmap", Text: text, Start: i, End: end, Reason: reason}
		}
		putAll := func(rep []rune) error {
			for _, c := range rep {
				ok, err := put(c)
				if err != nil {
					return err
				}
				if !ok {
					return origin()
				}
			}
			return nil
		}
		switch h.Kind {
		case Strict:
			return nil, origin()
		case Replace, Ignore:
			if h.Kind == Replace {
				for k := i; k < end; k++ {
					if err := putAll([]rune{'?'}); err != nil {
						return nil, err
					}
				}
			}
			i = end
			continue
		case XMLCharRefReplace:
			for _, c := range text[i:end] {
				if err := putAll([]rune("&#" + strconv.Itoa(int(c)) + ";")); err != nil {
					return nil, err
				}
			}
			i = end
			continue
		}
		rep, err := h.Resolve(origin().(*Error))
		if err != nil {
			return nil, err
		}
		if rep.IsBytes {
			out = append(out, rep.Bytes...)
		} else if err := putAll(pynum.Runes(rep.Text)); err != nil {
			return nil, err
		}
		if i, err = newPos(rep.Pos, len(text)); err != nil {
			return nil, err
		}
	}
	return out, nil
}
