package pycodec

import (
	"unicode/utf8"

	"github.com/rcvm/rcvm/core/pynum"
)

// DecodeASCII decodes data as CPython's ASCII decoder does: every byte
// from 0x80 is an error of its own ("ordinal not in range(128)").
func DecodeASCII(data []byte, h *Handler) (string, error) {
	i := 0
	for i < len(data) && data[i] < utf8.RuneSelf {
		i++
	}
	if i == len(data) {
		return string(data), nil
	}
	out := make([]byte, 0, len(data)+8)
	out = append(out, data[:i]...)
	var err error
	for i < len(data) {
		if c := data[i]; c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		if out, i, err = decodeFail(h, "ascii", "ordinal not in range(128)", data, i, i+1, out); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

// DecodeLatin1 decodes data as Latin-1: each byte is the code point of
// the same value, so it never fails.
func DecodeLatin1(data []byte) string {
	i := 0
	for i < len(data) && data[i] < utf8.RuneSelf {
		i++
	}
	if i == len(data) {
		return string(data)
	}
	out := make([]byte, 0, len(data)+len(data)/2)
	out = append(out, data[:i]...)
	for _, c := range data[i:] {
		if c < utf8.RuneSelf {
			out = append(out, c)
		} else {
			out = append(out, 0xc0|c>>6, 0x80|c&0x3f)
		}
	}
	return string(out)
}

// EncodeASCII encodes s as ASCII (CPython's unicode_encode_ucs1 with limit
// 128): runs of characters from U+0080 are errors.
func EncodeASCII(s string, h *Handler) ([]byte, error) {
	return encodeUCS1(s, h, 128, "ascii", "ordinal not in range(128)")
}

// EncodeLatin1 encodes s as Latin-1 (limit 256).
func EncodeLatin1(s string, h *Handler) ([]byte, error) {
	return encodeUCS1(s, h, 256, "latin-1", "ordinal not in range(256)")
}

func encodeUCS1(s string, h *Handler, limit rune, encoding, reason string) ([]byte, error) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return []byte(s), nil
	}
	en := &encoder{h: h, encoding: encoding, reason: reason, text: pynum.Runes(s)}
	en.out = make([]byte, 0, len(en.text))
	text := en.text
	encodeRep := func(rep []rune) bool {
		for _, c := range rep {
			if c >= limit {
				return false
			}
		}
		for _, c := range rep {
			en.out = append(en.out, byte(c))
		}
		return true
	}
	var err error
	for i := 0; i < len(text); {
		if c := text[i]; c < limit {
			en.out = append(en.out, byte(c))
			i++
			continue
		}
		end := i + 1
		for end < len(text) && text[end] >= limit {
			end++
		}
		if i, err = en.failInline(i, end, encodeRep); err != nil {
			return nil, err
		}
	}
	return en.out, nil
}
