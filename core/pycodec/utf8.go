package pycodec

import (
	"unicode/utf8"

	"github.com/rcvm/rcvm/core/pynum"
)

// DecodeUTF8 decodes data as CPython's UTF-8 decoder does. When final is
// false an incomplete sequence at the end is left unconsumed (the
// incremental decoder's behaviour); consumed is the number of bytes used.
func DecodeUTF8(data []byte, h *Handler, final bool) (s string, consumed int, err error) {
	if utf8.Valid(data) {
		return string(data), len(data), nil
	}
	out := make([]byte, 0, len(data)+8)
	i := 0
	for i < len(data) {
		c := data[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || n > 1 {
			out = append(out, data[i:i+n]...)
			i += n
			continue
		}
		reason, end, incomplete := utf8Fault(data, i)
		if !final && (incomplete || c == 0xed && len(data)-i == 2 && data[i+1] >= 0xa0 && data[i+1] <= 0xbf) {
			// Wait for more data; a truncated surrogate may yet be
			// completed for surrogatepass.
			break
		}
		out, i, err = decodeFail(h, "utf-8", reason, data, i, end, out)
		if err != nil {
			return "", 0, err
		}
	}
	return string(out), i, nil
}

// utf8Fault classifies the invalid sequence at data[i] as CPython's
// utf8_decode does: the reason, the end of the failing range, and whether
// it is a valid but truncated sequence at the end of the data.
func utf8Fault(data []byte, i int) (reason string, end int, incomplete bool) {
	const (
		invalidStart = "invalid start byte"
		invalidCont  = "invalid continuation byte"
		unexpected   = "unexpected end of data"
	)
	cont := func(b byte) bool { return b >= 0x80 && b < 0xc0 }
	c := data[i]
	rest := len(data) - i
	switch {
	case c < 0xc2:
		return invalidStart, i + 1, false
	case c < 0xe0:
		if rest < 2 {
			return unexpected, len(data), true
		}
		return invalidCont, i + 1, false
	case c < 0xf0:
		if rest >= 2 {
			c2 := data[i+1]
			if !cont(c2) || (c == 0xe0 && c2 < 0xa0) || (c == 0xed && c2 >= 0xa0) {
				return invalidCont, i + 1, false
			}
		}
		if rest < 3 {
			return unexpected, len(data), true
		}
		return invalidCont, i + 2, false
	case c < 0xf5:
		if rest >= 2 {
			c2 := data[i+1]
			if !cont(c2) || (c == 0xf0 && c2 < 0x90) || (c == 0xf4 && c2 >= 0x90) {
				return invalidCont, i + 1, false
			}
		}
		if rest >= 3 && !cont(data[i+2]) {
			return invalidCont, i + 2, false
		}
		if rest < 4 {
			return unexpected, len(data), true
		}
		return invalidCont, i + 3, false
	}
	return invalidStart, i + 1, false
}

// EncodeUTF8 encodes s as CPython's UTF-8 encoder does: surrogates are
// errors ("surrogates not allowed"), collected in runs.
func EncodeUTF8(s string, h *Handler) ([]byte, error) {
	if utf8.ValidString(s) {
		return []byte(s), nil
	}
	en := &encoder{h: h, encoding: "utf-8", reason: "surrogates not allowed", text: pynum.Runes(s)}
	en.out = make([]byte, 0, len(s))
	text := en.text
	encodeRep := func(rep []rune) bool {
		for _, c := range rep {
			if c >= utf8.RuneSelf {
				return false
			}
		}
		for _, c := range rep {
			en.out = append(en.out, byte(c))
		}
		return true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if !pynum.IsSurrogate(c) {
			en.out = utf8.AppendRune(en.out, c)
			i++
			continue
		}
		end := i + 1
		for end < len(text) && pynum.IsSurrogate(text[end]) {
			end++
		}
		if h.Kind == SurrogatePass {
			for _, c := range text[i:end] {
				en.out = pynum.AppendRune(en.out, c)
			}
			i = end
			continue
		}
		var err error
		if i, err = en.failInline(i, end, encodeRep); err != nil {
			return nil, err
		}
	}
	return en.out, nil
}
