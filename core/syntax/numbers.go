package syntax

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// number scans an int or float literal, with CPython's checks on
// underscores, digits and what may directly follow a number.
func (s *scanner) number() tok {
	start := s.off
	p := s.pos(start)
	src := s.src
	isFloat := false

	// digits consumes digits of the given class with single underscores
	// between them; it returns the offset of an offending underscore, or -1.
	digits := func(ok func(byte) bool) int {
		for s.off < len(src) {
			c := src[s.off]
			if ok(c) {
				s.off++
				continue
			}
			if c == '_' {
				if s.off+1 < len(src) && ok(src[s.off+1]) {
					s.off += 2
					continue
				}
				return s.off
			}
			break
		}
		return -1
	}
	bad := func(off int, format string, args ...any) tok {
		s.off = off
		q := s.pos(off)
		return s.errorAt(KindSyntax, q, Pos{}, format, args...)
	}

	if src[start] == '0' && start+1 < len(src) && strings.IndexByte("xXoObB", src[start+1]) >= 0 {
		kind := src[start+1] | 0x20
		s.off += 2
		var ok func(byte) bool
		var name string
		switch kind {
		case 'x':
			ok, name = isHex, "hexadecimal"
		case 'o':
			ok, name = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, name = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		if s.off < len(src) && src[s.off] == '_' {
			s.off++
		}
		first := s.off
		if u := digits(ok); u >= 0 {
			return bad(u, "invalid %s literal", name)
		}
		if s.off < len(src) && isDigit(src[s.off]) {
			return bad(s.off, "invalid digit '%c' in %s literal", src[s.off], name)
		}
		if s.off == first {
			return bad(s.off-1, "invalid %s literal", name)
		}
		if t, bad := s.checkNumberEnd(start, p, name); bad {
			return t
		}
		text := strings.ReplaceAll(string(src[first:s.off]), "_", "")
		v, _ := new(big.Int).SetString(text, map[byte]int{'x': 16, 'o': 8, 'b': 2}[kind])
		return s.intToken(p, start, v)
	}

	if src[start] != '.' {
		if u := digits(isDigit); u >= 0 {
			return bad(u, "invalid decimal literal")
		}
	}
	if s.off < len(src) && src[s.off] == '.' {
		isFloat = true
		s.off++
		if s.off < len(src) && isDigit(src[s.off]) {
			if u := digits(isDigit); u >= 0 {
				return bad(u, "invalid decimal literal")
			}
		}
	}
	if s.off < len(src) && (src[s.off] == 'e' || src[s.off] == 'E') {
		save := s.off
		s.off++
		if s.off < len(src) && (src[s.off] == '+' || src[s.off] == '-') {
			s.off++
		}
		if s.off >= len(src) || !isDigit(src[s.off]) {
			s.off = save
			return bad(start, "invalid decimal literal")
		}
		if u := digits(isDigit); u >= 0 {
			return bad(u, "invalid decimal literal")
		}
		isFloat = true
	}
	if s.off < len(src) && (src[s.off] == 'j' || src[s.off] == 'J') {
		s.off++
		return s.errorAt(KindSyntax, p, s.pos(s.off), "complex literals are not supported by rcvm")
	}
	if t, bad := s.checkNumberEnd(start, p, "decimal"); bad {
		return t
	}
	text := strings.ReplaceAll(string(src[start:s.off]), "_", "")
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && f == 0 {
			return s.errorAt(KindSyntax, p, Pos{}, "invalid decimal literal")
		}
		return tok{kind: FLOAT, pos: p, end: s.pos(s.off), raw: string(src[start:s.off]), value: f}
	}
	if len(text) > 1 && text[0] == '0' && strings.Trim(text, "0") != "" {
		return s.errorAt(KindSyntax, p, Pos{p.Line, p.Col + 1},
			"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	v, _ := new(big.Int).SetString(text, 10)
	return s.intToken(p, start, v)
}

func (s *scanner) intToken(p Pos, start int, v *big.Int) tok {
	t := tok{kind: INT, pos: p, end: s.pos(s.off), raw: string(s.src[start:s.off])}
	if v.IsInt64() {
		t.value = v.Int64()
	} else {
		t.value = v
	}
	return t
}

// checkNumberEnd rejects a number glued to an identifier ("1abc"), except
// for the keywords CPython still accepts there ("1if x else 2").
func (s *scanner) checkNumberEnd(start int, p Pos, name string) (tok, bool) {
	if s.off >= len(s.src) || !isIdentChar(s.src[s.off]) {
		return tok{}, false
	}
	rest := s.src[s.off:]
	if r, _ := utf8.DecodeRune(rest); r >= utf8.RuneSelf && !unicode.IsLetter(r) {
		// Let the identifier scanner report the invalid character.
		return tok{}, false
	}
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(string(rest[:min(len(rest), len(kw))]), kw) {
			return tok{}, false
		}
	}
	return s.errorAt(KindSyntax, p, Pos{}, "invalid %s literal", name), true
}

func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
