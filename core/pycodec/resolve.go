package pycodec

import "github.com/rcvm/rcvm/core/pynum"

// decodeFail resolves a decoding error over data[start:end]: it appends
// the handler's replacement to out and returns the position to resume at.
// The built-in handlers CPython's decoders treat inline (ignore, replace,
// surrogateescape) behave exactly as their generic forms, so all of them
// go through Resolve.
func decodeFail(h *Handler, encoding, reason string, data []byte, start, end int, out []byte) ([]byte, int, error) {
	e := &Error{Encoding: encoding, Data: data, Start: start, End: end, Reason: reason}
	if h.Kind == Strict {
		return out, 0, e
	}
	rep, err := h.Resolve(e)
	if err != nil {
		return out, 0, err
	}
	if rep.IsBytes {
		return out, 0, &pynum.Error{Kind: pynum.TypeError, Msg: "decoding error handler must return (str, int) tuple"}
	}
	pos, err := newPos(rep.Pos, len(data))
	if err != nil {
		return out, 0, err
	}
	return append(out, rep.Text...), pos, nil
}

// encoder is the state an encoder shares with its error handling: the
// text as code points and the output so far.
type encoder struct {
	h        *Handler
	encoding string
	reason   string
	text     []rune
	out      []byte
}

// fail resolves an encoding error over text[start:end] and returns the
// position to resume at. encodeRep encodes a str replacement: it reports
// false when the replacement holds a character the codec cannot encode,
// in which case the original error is raised (as CPython does).
func (en *encoder) fail(start, end int, encodeRep func(rep []rune) bool) (int, error) {
	e := &Error{Encode: true, Encoding: en.encoding, Text: en.text, Start: start, End: end, Reason: en.reason}
	if en.h.Kind == Strict {
		return 0, e
	}
	rep, err := en.h.Resolve(e)
	if err != nil {
		return 0, err
	}
	if rep.IsBytes {
		en.out = append(en.out, rep.Bytes...)
	} else if !encodeRep(pynum.Runes(rep.Text)) {
		return 0, &Error{Encode: true, Encoding: en.encoding, Text: en.text, Start: start, End: end, Reason: en.reason}
	}
	return newPos(rep.Pos, len(en.text))
}

// failInline handles an error with the inline treatment CPython's ASCII,
// Latin-1 and UTF-8 encoders give the built-in handlers: replace and
// ignore, backslashreplace and xmlcharrefreplace write their text
// directly, and surrogateescape escapes the longest prefix of the range
// it can before the generic handler sees the rest.
func (en *encoder) failInline(start, end int, encodeRep func(rep []rune) bool) (int, error) {
	switch en.h.Kind {
	case Replace:
		for i := start; i < end; i++ {
			en.out = append(en.out, '?')
		}
		return end, nil
	case Ignore:
		return end, nil
	case BackslashReplace, XMLCharRefReplace:
		rep, _ := ApplyBuiltin(en.h.Kind, &Error{Encode: true, Text: en.text, Start: start, End: end})
		en.out = append(en.out, rep.Text...)
		return end, nil
	case SurrogateEscape:
		k := start
		for ; k < end; k++ {
			c := en.text[k]
			if c < 0xdc80 || c > 0xdcff {
				break
			}
			en.out = append(en.out, byte(c-0xdc00))
		}
		if k == end {
			return end, nil
		}
		start = k
	}
	return en.fail(start, end, encodeRep)
}
