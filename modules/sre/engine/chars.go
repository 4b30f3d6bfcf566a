package engine

import "unicode"

// Character predicates and case mappings, in the three flavours sre knows:
// ASCII (bytes patterns and re.ASCII), LOCALE (bytes patterns with re.L) and
// Unicode (str patterns). The Unicode ones follow CPython 3.11's Unicode
// database through the generated tables.

// asciiClass holds, for each ASCII character, the classes it belongs to.
var asciiClass [128]uint8

const (
	clDigit = 1 << iota
	clSpace
	clWord
	clAlpha
)

func init() {
	for c := 0; c < 128; c++ {
		var m uint8
		switch {
		case c >= '0' && c <= '9':
			m = clDigit | clWord
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			m = clWord | clAlpha
		case c == '_':
			m = clWord
		case c == ' ' || (c >= '\t' && c <= '\r'):
			m = clSpace
		}
		asciiClass[c] = m
	}
}

func asciiIs(ch uint32, class uint8) bool {
	return ch < 128 && asciiClass[ch]&class != 0
}

// LowerASCII is sre's ASCII lower-casing: only A-Z change.
func LowerASCII(ch uint32) uint32 {
	if ch-'A' < 26 {
		return ch + 'a' - 'A'
	}
	return ch
}

// IsCasedASCII reports whether ch is an ASCII letter (_sre.ascii_iscased).
func IsCasedASCII(ch uint32) bool { return asciiIs(ch, clAlpha) }

// The LOCALE flavour follows the C library's ctype in the process's locale.
// rcvm runs with the C locale's character classes (CPython under the C or
// C.UTF-8 locale agrees): only ASCII letters and digits are alphanumeric and
// only A-Z/a-z change case.
func lowerLocale(ch uint32) uint32 { return LowerASCII(ch) }

func upperLocale(ch uint32) uint32 {
	if ch-'a' < 26 {
		return ch - ('a' - 'A')
	}
	return ch
}

func isLocWord(ch uint32) bool { return asciiIs(ch, clWord) }

// charLocIgnore is LITERAL_LOC_IGNORE's test: ch equals the pattern's
// character, or its lower or upper case does.
func charLocIgnore(pat, ch uint32) bool {
	return ch == pat || lowerLocale(ch) == pat || upperLocale(ch) == pat
}

// LowerUnicode is CPython's simple lower-case mapping
// (_sre.unicode_tolower).
func LowerUnicode(ch uint32) uint32 {
	if ch < 128 {
		return LowerASCII(ch)
	}
	if ch > unicode.MaxRune {
		return ch
	}
	if l, ok := lowerExceptions[rune(ch)]; ok {
		return uint32(l)
	}
	return uint32(unicode.ToLower(rune(ch)))
}

// UpperUnicode is CPython's simple upper-case mapping (Py_UNICODE_TOUPPER:
// for characters with a special casing, the first character of the full
// mapping, so 'ß' gives 'S').
func UpperUnicode(ch uint32) uint32 {
	if ch < 128 {
		return upperLocale(ch)
	}
	if ch > unicode.MaxRune {
		return ch
	}
	if u, ok := upperExceptions[rune(ch)]; ok {
		return uint32(u)
	}
	return uint32(unicode.ToUpper(rune(ch)))
}

// IsCasedUnicode reports whether ch has a different lower or upper case
// (_sre.unicode_iscased).
func IsCasedUnicode(ch uint32) bool {
	return ch != LowerUnicode(ch) || ch != UpperUnicode(ch)
}

func uniIs(ch uint32, t *unicode.RangeTable) bool {
	return ch <= unicode.MaxRune && unicode.Is(t, rune(ch))
}

func isUniWord(ch uint32) bool {
	if ch < 128 {
		return asciiClass[ch]&clWord != 0
	}
	return uniIs(ch, wordTable)
}

func isUniDigit(ch uint32) bool {
	if ch < 128 {
		return asciiClass[ch]&clDigit != 0
	}
	return uniIs(ch, decimalTable)
}

func isUniSpace(ch uint32) bool {
	if ch < 128 {
		return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f)
	}
	return uniIs(ch, spaceTable)
}

func isUniLinebreak(ch uint32) bool {
	if ch < 128 {
		return (ch >= '\n' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1e)
	}
	return uniIs(ch, linebreakTable)
}

// category reports whether ch belongs to the CATEGORY code cat.
func category(cat, ch uint32) bool {
	switch cat {
	case catDigit:
		return asciiIs(ch, clDigit)
	case catNotDigit:
		return !asciiIs(ch, clDigit)
	case catSpace:
		return asciiIs(ch, clSpace)
	case catNotSpace:
		return !asciiIs(ch, clSpace)
	case catWord:
		return asciiIs(ch, clWord)
	case catNotWord:
		return !asciiIs(ch, clWord)
	case catLinebreak:
		return ch == '\n'
	case catNotLinebreak:
		return ch != '\n'
	case catLocWord:
		return isLocWord(ch)
	case catLocNotWord:
		return !isLocWord(ch)
	case catUniDigit:
		return isUniDigit(ch)
	case catUniNotDigit:
		return !isUniDigit(ch)
	case catUniSpace:
		return isUniSpace(ch)
	case catUniNotSpace:
		return !isUniSpace(ch)
	case catUniWord:
		return isUniWord(ch)
	case catUniNotWord:
		return !isUniWord(ch)
	case catUniLinebreak:
		return isUniLinebreak(ch)
	case catUniNotLinebreak:
		return !isUniLinebreak(ch)
	}
	return false
}
