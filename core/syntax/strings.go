package syntax

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rcvm/rcvm/core/pycodec"
	"github.com/rcvm/rcvm/core/pynum"
)

// BytesValue is the value of a bytes literal in a Constant (and of a
// STRING token of a bytes literal): the bytes, held in a string.
type BytesValue string

// bytesLiteral finishes a b” literal: only ASCII characters are allowed,
// and the escapes are those of codecs.escape_decode (CPython's
// _PyBytes_DecodeEscape), its errors reported as SyntaxErrors.
func (s *scanner) bytesLiteral(p, end Pos, body string, raw bool) tok {
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return s.errorAt(KindSyntax, p, end, "bytes can only contain ASCII literal characters")
		}
	}
	if raw {
		return tok{kind: STRING, pos: p, end: end, value: BytesValue(body)}
	}
	v, err := pycodec.EscapeDecode([]byte(body), "strict", nil)
	if err != nil {
		msg := err.Error()
		var pe *pynum.Error
		if errors.As(err, &pe) {
			msg = "(value error) " + pe.Msg
		}
		return s.errorAt(KindSyntax, p, end, "%s", msg)
	}
	return tok{kind: STRING, pos: p, end: end, value: BytesValue(v)}
}

// FStringLit is the undecoded body of an f-string literal, kept for the
// parser, which splits it into literal text and replacement fields.
type FStringLit struct {
	Body    string // the text between the quotes
	Raw     bool   // an rf'' string: backslashes are literal
	BodyPos Pos    // position of Body's first character
	End     Pos    // just past the closing quote
}

// str scans a string literal whose prefix (possibly empty) starts at
// start; s.off is at the opening quote.
func (s *scanner) str(start int, prefix string) tok {
	p := s.pos(start)
	var raw, fstr, bytes bool
	for _, c := range strings.ToLower(prefix) {
		switch c {
		case 'r':
			raw = true
		case 'f':
			fstr = true
		case 'b':
			bytes = true
		}
	}
	src := s.src
	q := src[s.off]
	triple := s.off+2 < len(src) && src[s.off+1] == q && src[s.off+2] == q
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	bodyStart := s.off
	bodyPos := s.pos(bodyStart)
	for {
		if s.off >= len(src) {
			line := s.line
			if s.off == s.lineStart && line > 1 {
				line--
			}
			if triple {
				return s.errorAt(KindSyntax, p, Pos{}, "unterminated triple-quoted string literal (detected at line %d)", line)
			}
			return s.errorAt(KindSyntax, p, Pos{}, "unterminated string literal (detected at line %d)", line)
		}
		c := src[s.off]
		if c == '\\' && s.off+1 < len(src) {
			s.off += 2
			if src[s.off-1] == '\n' {
				s.newline(s.off)
			}
			continue
		}
		if c == '\n' {
			if !triple {
				return s.errorAt(KindSyntax, p, Pos{}, "unterminated string literal (detected at line %d)", s.line)
			}
			s.off++
			s.newline(s.off)
			continue
		}
		if c == q && (!triple || s.off+2 < len(src) && src[s.off+1] == q && src[s.off+2] == q) {
			break
		}
		s.off++
	}
	body := string(src[bodyStart:s.off])
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	end := s.pos(s.off)
	if bytes {
		return s.bytesLiteral(p, end, body, raw)
	}
	if fstr {
		return tok{kind: FSTRING, pos: p, end: end, value: &FStringLit{Body: body, Raw: raw, BodyPos: bodyPos, End: end}}
	}
	if raw {
		return tok{kind: STRING, pos: p, end: end, value: body}
	}
	v, msg := decodeEscapes(body)
	if msg != "" {
		return s.errorAt(KindSyntax, end, Pos{}, "%s", msg)
	}
	return tok{kind: STRING, pos: p, end: end, value: v}
}

// decodeEscapes processes the backslash escapes of a non-raw string body.
// On error it returns CPython's "(unicode error) ..." message.
func decodeEscapes(body string) (string, string) {
	i := strings.IndexByte(body, '\\')
	if i < 0 {
		return body, ""
	}
	var b strings.Builder
	b.Grow(len(body))
	b.WriteString(body[:i])
	for i < len(body) {
		c := body[i]
		if c != '\\' {
			j := strings.IndexByte(body[i:], '\\')
			if j < 0 {
				b.WriteString(body[i:])
				break
			}
			b.WriteString(body[i : i+j])
			i += j
			continue
		}
		if i+1 >= len(body) {
			b.WriteByte('\\')
			break
		}
		e := body[i+1]
		switch e {
		case '\n':
			i += 2
			continue
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, j := 0, i+1
			for j < len(body) && j < i+4 && body[j] >= '0' && body[j] <= '7' {
				v = v*8 + int(body[j]-'0')
				j++
			}
			b.WriteRune(rune(v))
			i = j
			continue
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			v, j := 0, i+2
			for j < len(body) && j < i+2+n && isHex(body[j]) {
				v = v*16 + hexVal(body[j])
				j++
			}
			pos := fmt.Sprintf("position %d-%d", i, j-1)
			if j-i-2 < n {
				names := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in %s: truncated %s escape", pos, names[e])
			}
			if v > utf8.MaxRune {
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in %s: illegal Unicode character", pos)
			}
			b.WriteRune(rune(v))
			i = j
			continue
		case 'N':
			return "", `\N{...} escapes are not supported by rcvm`
		default:
			// An unknown escape keeps its backslash (CPython warns).
			b.WriteByte('\\')
			b.WriteByte(e)
		}
		i += 2
	}
	return b.String(), ""
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}
