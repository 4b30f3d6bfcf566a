package pynum

import "unicode/utf8"

// A Python str is held in a Go string as generalised UTF-8: valid UTF-8 for
// every scalar value, and each lone surrogate U+D800..U+DFFF as the
// three-byte sequence UTF-8 would give it (ED A0..BF 80..BF), never paired
// with a neighbour. Two surrogates stay two characters, as in Python, and
// byte order remains code-point order, so comparison, hashing and searching
// run on the bytes unchanged. The functions here read and write that form;
// Go's unicode/utf8 rejects the surrogate sequences, so callers use these
// wherever a str may hold a surrogate.
//
// A Go string that came from elsewhere may also hold bytes that are not
// UTF-8 at all; they are read as the surrogates U+DC80..U+DCFF that
// Python's surrogateescape error handler would have decoded them to, which
// keeps every length and index defined. The runtime canonicalises such text
// (FromBytesEscaped) before it becomes a str.

// IsSurrogate reports whether c is a surrogate code point.
func IsSurrogate(c rune) bool { return 0xd800 <= c && c <= 0xdfff }

// decodeWTF8 decodes one character of s (non-empty): a UTF-8 sequence, a
// WTF-8 encoded surrogate, or an invalid byte mapped to U+DC80..U+DCFF as
// surrogateescape does. n is the number of bytes used.
func decodeWTF8(s string) (c rune, n int) {
	b := s[0]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	c, n = utf8.DecodeRuneInString(s)
	if c != utf8.RuneError || n > 1 {
		return c, n
	}
	if b == 0xed && len(s) >= 3 && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return 0xdc00 | rune(b), 1
}

// DecodeRune decodes the first character of a non-empty Python str held in
// a Go string as StrRepr does (WTF-8 surrogates and surrogate-escaped
// bytes), so that lengths, widths and indexes agree with Python's.
func DecodeRune(s string) (c rune, size int) { return decodeWTF8(s) }

// DecodeLastRune decodes the last character of a non-empty Python str, the
// reverse of DecodeRune.
func DecodeLastRune(s string) (c rune, size int) {
	n := len(s)
	b := s[n-1]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	c, size = utf8.DecodeLastRuneInString(s)
	if c != utf8.RuneError || size > 1 {
		return c, size
	}
	if n >= 3 && s[n-3] == 0xed && s[n-2] >= 0xa0 && s[n-2] <= 0xbf && b <= 0xbf {
		return 0xd000 | rune(s[n-2]&0x3f)<<6 | rune(b&0x3f), 3
	}
	return 0xdc00 | rune(b), 1
}

// RuneCount returns len(s) for a Python str held in a Go string, counting as
// DecodeRune does.
func RuneCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := decodeWTF8(s[i:])
		i += w
	}
	return n
}

// AppendRune appends the generalised UTF-8 form of c: UTF-8, or the
// three-byte form for a surrogate. c must be in 0..0x10FFFF.
func AppendRune(b []byte, c rune) []byte {
	if IsSurrogate(c) {
		return append(b, 0xe0|byte(c>>12), 0x80|byte(c>>6)&0x3f, 0x80|byte(c)&0x3f)
	}
	return utf8.AppendRune(b, c)
}

// RuneString returns the one-character str c.
func RuneString(c rune) string {
	if c < utf8.RuneSelf {
		return string(byte(c))
	}
	var buf [4]byte
	return string(AppendRune(buf[:0], c))
}

// HasSurrogates reports whether s holds a WTF-8 surrogate sequence or a
// byte that is not UTF-8: whether s must be read with DecodeRune rather
// than unicode/utf8.
func HasSurrogates(s string) bool { return !utf8.ValidString(s) }

// Runes returns the code points of s, as DecodeRune reads them.
func Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c, n := decodeWTF8(s[i:])
		out = append(out, c)
		i += n
	}
	return out
}

// FromRunes returns the str of the code points cs (each in 0..0x10FFFF).
func FromRunes(cs []rune) string {
	b := make([]byte, 0, len(cs))
	for _, c := range cs {
		b = AppendRune(b, c)
	}
	return string(b)
}

// Canonical returns s in the canonical form of a str: s itself when it is
// generalised UTF-8, otherwise a copy in which each byte that is not part
// of a UTF-8 or WTF-8 surrogate sequence is replaced by the encoding of its
// surrogate escape U+DC80..U+DCFF (what Python's surrogateescape decoding
// of the same bytes gives).
func Canonical(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		c, n := decodeWTF8(s[i:])
		if c < utf8.RuneSelf {
			b = append(b, byte(c))
		} else {
			b = AppendRune(b, c)
		}
		i += n
	}
	return string(b)
}
