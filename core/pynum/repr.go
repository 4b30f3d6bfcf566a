package pynum

import (
	"unicode"
	"unicode/utf8"
)

// StrRepr returns repr(s) for a str, as CPython's unicode_repr builds it.
// It lives here because int() and float() quote their argument in error
// messages; pyfmt.StrRepr is the same function.
//
// The quote is ' unless s contains ' and no ", then ". Backslash and the
// quote are escaped, \t \n \r get their short escapes, other C0 controls and
// DEL become \xNN, and non-ASCII characters are kept when printable and
// escaped as \xNN, \uNNNN or \UNNNNNNNN otherwise. Printability is Go's
// unicode.IsPrint, which is Python's str.isprintable up to the Unicode
// version (both exclude the C and Z categories except the ASCII space).
//
// A Go string may hold bytes that are not UTF-8, which a Python str cannot.
// A WTF-8 encoded surrogate (ED A0..BF 80..BF) is shown as the lone
// surrogate it encodes, \udXXX; any other invalid byte b is shown as \udcXX,
// the surrogate Python's surrogateescape error handler decodes it to.
func StrRepr(s string) string { return quoteStr(s, false) }

// ASCIIRepr returns ascii(s) for a str: StrRepr with every non-ASCII
// character escaped too.
func ASCIIRepr(s string) string { return quoteStr(s, true) }

// EscapeNonASCII returns r with every non-ASCII character replaced by its
// \x, \u or \U escape: ascii(x) is EscapeNonASCII(repr(x)) for any object.
func EscapeNonASCII(r string) string {
	i := 0
	for i < len(r) && r[i] < utf8.RuneSelf {
		i++
	}
	if i == len(r) {
		return r
	}
	out := make([]byte, 0, len(r)+8)
	out = append(out, r[:i]...)
	for i < len(r) {
		c, n := decodeWTF8(r[i:])
		if c < utf8.RuneSelf {
			out = append(out, byte(c))
		} else {
			out = appendEscape(out, c)
		}
		i += n
	}
	return string(out)
}

func quoteStr(s string, asciiOnly bool) string {
	quote := byte('\'')
	hasSingle, hasDouble, plain := false, false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			hasSingle = true
		case c == '"':
			hasDouble = true
		case c == '\\' || c < ' ' || c >= 0x7f:
			plain = false
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	if plain && !(hasSingle && hasDouble) {
		// Printable ASCII without escapes: the common case, one allocation.
		return string(quote) + s + string(quote)
	}
	out := make([]byte, 0, len(s)+2)
	out = append(out, quote)
	for i := 0; i < len(s); {
		c, n := decodeWTF8(s[i:])
		i += n
		switch {
		case c == rune(quote) || c == '\\':
			out = append(out, '\\', byte(c))
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c == 0x7f:
			out = appendHex(out, 'x', c, 2)
		case c < 0x7f:
			out = append(out, byte(c))
		case !asciiOnly && c <= unicode.MaxRune && !IsSurrogate(c) && unicode.IsPrint(c):
			out = utf8.AppendRune(out, c)
		default:
			out = appendEscape(out, c)
		}
	}
	out = append(out, quote)
	return string(out)
}

// appendEscape appends the shortest of \xNN, \uNNNN, \UNNNNNNNN for c.
func appendEscape(out []byte, c rune) []byte {
	switch {
	case c <= 0xff:
		return appendHex(out, 'x', c, 2)
	case c <= 0xffff:
		return appendHex(out, 'u', c, 4)
	}
	return appendHex(out, 'U', c, 8)
}

func appendHex(out []byte, kind byte, c rune, width int) []byte {
	const digits = "0123456789abcdef"
	out = append(out, '\\', kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		out = append(out, digits[(c>>uint(shift))&0xf])
	}
	return out
}
