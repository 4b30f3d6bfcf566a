package pycodec

import (
	"fmt"

	"github.com/rcvm/rcvm/core/pynum"
)

func hexValue(c byte) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0'), true
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

func isOctal(c byte) bool { return '0' <= c && c <= '7' }

// simpleEscapes are the one-letter escapes of string and bytes literals.
var simpleEscapes = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
	'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

// DecodeUnicodeEscape decodes data as CPython's unicode_escape codec does
// (the escapes of a Python str literal, other bytes read as Latin-1).
// InvalidEscape, when not nil, receives the position of the first
// unrecognised escape (for the runtime's DeprecationWarning). When final
// is false an escape cut short by the end of the data is left unconsumed.
func DecodeUnicodeEscape(data []byte, h *Handler, final bool, invalidEscape *int) (s string, consumed int, err error) {
	out := make([]byte, 0, len(data))
	if invalidEscape != nil {
		*invalidEscape = -1
	}
	i := 0
	for i < len(data) {
		c := data[i]
		i++
		if c != '\\' {
			out = pynum.AppendRune(out, rune(c))
			continue
		}
		start := i - 1
		var reason string
		incomplete := false
		if i >= len(data) {
			reason, incomplete = `\ at end of string`, true
			goto fail
		}
		c = data[i]
		i++
		if c == '\n' {
			continue
		}
		if r := simpleEscapes[c]; r != 0 {
			out = append(out, r)
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(data) && isOctal(data[i]); k++ {
				v = v<<3 + rune(data[i]-'0')
				i++
			}
			out = pynum.AppendRune(out, v)
			continue
		case 'x', 'u', 'U':
			count := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			reason = map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}[c]
			var v rune
			for ; count > 0; count-- {
				if i >= len(data) {
					incomplete = true
					goto fail
				}
				d, ok := hexValue(data[i])
				if !ok {
					goto fail
				}
				v = v<<4 | rune(d)
				i++
			}
			if v > 0x10ffff || v < 0 {
				reason = "illegal Unicode character"
				goto fail
			}
			out = pynum.AppendRune(out, v)
			continue
		case 'N':
			reason = `malformed \N character escape`
			if i >= len(data) {
				incomplete = true
				goto fail
			}
			if data[i] == '{' {
				i++
				nameStart := i
				for i < len(data) && data[i] != '}' {
					i++
				}
				if i >= len(data) {
					incomplete = true
					goto fail
				}
				if i > nameStart {
					name := string(data[nameStart:i])
					i++
					if r, ok := LookupName(name); ok {
						out = pynum.AppendRune(out, r)
						continue
					}
					reason = "unknown Unicode character name"
				}
			}
			goto fail
		default:
			if invalidEscape != nil && *invalidEscape < 0 {
				*invalidEscape = i - 1
			}
			out = append(out, '\\')
			out = pynum.AppendRune(out, rune(c))
			continue
		}
	fail:
		if incomplete && !final {
			return string(out), start, nil
		}
		if out, i, err = decodeFail(h, "unicodeescape", reason, data, start, i, out); err != nil {
			return "", 0, err
		}
	}
	return string(out), i, nil
}

// EncodeUnicodeEscape encodes s as the unicode_escape codec does: ASCII
// printable characters as they are (quotes included), the backslash and
// \t \n \r escaped, other characters as \xhh, \uhhhh or \Uhhhhhhhh.
func EncodeUnicodeEscape(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c, n := pynum.DecodeRune(s[i:])
		i += n
		switch {
		case c >= 0x100:
			out = appendCharEscape(out, c)
		case c == '\\':
			out = append(out, '\\', '\\')
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = appendHexEscape(out, 'x', c, 2)
		default:
			out = append(out, byte(c))
		}
	}
	return out
}

// DecodeRawUnicodeEscape decodes data as the raw_unicode_escape codec
// does: only \uXXXX and \UXXXXXXXX are escapes, other bytes are Latin-1.
func DecodeRawUnicodeEscape(data []byte, h *Handler, final bool) (s string, consumed int, err error) {
	out := make([]byte, 0, len(data))
	i := 0
	for i < len(data) {
		c := data[i]
		if c != '\\' {
			out = pynum.AppendRune(out, rune(c))
			i++
			continue
		}
		start := i
		if i+1 >= len(data) {
			if !final {
				return string(out), start, nil
			}
			out = append(out, '\\')
			i++
			continue
		}
		c = data[i+1]
		if c != 'u' && c != 'U' {
			out = append(out, '\\')
			i++
			continue
		}
		count, reason := 4, `truncated \uXXXX escape`
		if c == 'U' {
			count, reason = 8, `truncated \UXXXXXXXX escape`
		}
		i += 2
		var v rune
		ok := true
		for ; count > 0; count-- {
			if i >= len(data) {
				if !final {
					return string(out), start, nil
				}
				ok = false
				break
			}
			d, isHex := hexValue(data[i])
			if !isHex {
				ok = false
				break
			}
			v = v<<4 | rune(d)
			i++
		}
		if ok && v <= 0x10ffff && v >= 0 {
			out = pynum.AppendRune(out, v)
			continue
		}
		if ok {
			reason = `\Uxxxxxxxx out of range`
		}
		if out, i, err = decodeFail(h, "rawunicodeescape", reason, data, start, i, out); err != nil {
			return "", 0, err
		}
	}
	return string(out), i, nil
}

// EncodeRawUnicodeEscape encodes s as raw_unicode_escape: characters below
// U+0100 as their Latin-1 byte, others as \uhhhh or \Uhhhhhhhh.
func EncodeRawUnicodeEscape(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c, n := pynum.DecodeRune(s[i:])
		i += n
		if c >= 0x100 {
			out = appendCharEscape(out, c)
		} else {
			out = append(out, byte(c))
		}
	}
	return out
}

// EscapeDecode decodes the escapes of a bytes literal in data
// (codecs.escape_decode, _PyBytes_DecodeEscape). errors is "strict",
// "replace" or "ignore" (for a malformed \x escape). InvalidEscape, when
// not nil, receives the position of the first unrecognised escape, or of
// an octal escape above 0o377.
func EscapeDecode(data []byte, errors string, invalidEscape *int) ([]byte, error) {
	out := make([]byte, 0, len(data))
	if invalidEscape != nil {
		*invalidEscape = -1
	}
	note := func(pos int) {
		if invalidEscape != nil && *invalidEscape < 0 {
			*invalidEscape = pos
		}
	}
	for i := 0; i < len(data); {
		if data[i] != '\\' {
			out = append(out, data[i])
			i++
			continue
		}
		i++
		if i == len(data) {
			return nil, &pynum.Error{Kind: pynum.ValueError, Msg: `Trailing \ in string`}
		}
		c := data[i]
		i++
		if c == '\n' {
			continue
		}
		if r := simpleEscapes[c]; r != 0 {
			out = append(out, r)
			continue
		}
		switch {
		case isOctal(c):
			v := int(c - '0')
			for k := 0; k < 2 && i < len(data) && isOctal(data[i]); k++ {
				v = v<<3 + int(data[i]-'0')
				i++
			}
			if v > 0o377 {
				note(i - 3)
			}
			out = append(out, byte(v))
		case c == 'x':
			if i+1 < len(data) {
				d1, ok1 := hexValue(data[i])
				d2, ok2 := hexValue(data[i+1])
				if ok1 && ok2 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					continue
				}
			}
			switch errors {
			case "strict", "":
				return nil, &pynum.Error{Kind: pynum.ValueError, Msg: fmt.Sprintf(`invalid \x escape at position %d`, i-2)}
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, &pynum.Error{Kind: pynum.ValueError, Msg: "decoding error; unknown error handling code: " + errors}
			}
			if i < len(data) {
				if _, ok := hexValue(data[i]); ok {
					i++
				}
			}
		default:
			note(i - 1)
			out = append(out, '\\')
			i--
		}
	}
	return out, nil
}

// EscapeEncode encodes data as codecs.escape_encode does: the body of the
// bytes repr with single quotes.
func EscapeEncode(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for _, c := range data {
		switch {
		case c == '\'' || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = appendHexEscape(out, 'x', rune(c), 2)
		default:
			out = append(out, c)
		}
	}
	return out
}
