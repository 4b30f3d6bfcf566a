package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Limits taken from CPython's tokenizer (MAXLEVEL and MAXINDENT).
const (
	maxBrackets = 200
	maxIndent   = 100
)

// scanner turns source bytes into tokens on demand, so that a lexical error
// late in the file does not hide a syntax error earlier on (CPython's
// parser pulls tokens lazily too).
type scanner struct {
	src       []byte
	off       int   // next byte to read
	line      int32 // current line
	lineStart int   // offset of the current line's first byte
	colOff    int   // an offset on the current line ...
	col       int32 // ... and its column, for pos

	// For the scanner of an f-string replacement field: the position of
	// src[0] in the file, and whether newlines are insignificant.
	baseLine, baseCol int32
	inFString         bool

	atBOL      bool // at the beginning of a logical line
	indents    []int
	altIndents []int
	brackets   []openBracket
	pending    []tok
	lastKind   Token // kind of the last token returned (NEWLINE before any)
	stuck      *tok  // a lexical error: returned again on every later call
}

type openBracket struct {
	ch  byte
	pos Pos
}

// newScanner returns a scanner for a whole file. src must already be
// validated UTF-8 with newlines normalized to "\n".
func newScanner(src []byte) *scanner {
	return &scanner{src: src, line: 1, baseLine: 1, baseCol: 1, atBOL: true, col: 1,
		indents: []int{0}, altIndents: []int{0}, lastKind: NEWLINE}
}

// newSubScanner returns a scanner for the expression of an f-string
// replacement field that starts at pos in the file.
func newSubScanner(src []byte, pos Pos) *scanner {
	return &scanner{src: src, line: pos.Line, baseLine: pos.Line, baseCol: pos.Col, col: pos.Col,
		inFString: true, indents: []int{0}, altIndents: []int{0}}
}

// pos returns the position of byte offset off, which must lie on the
// current line. Columns count characters; the count is carried forward
// from the previous call so that long lines stay linear.
func (s *scanner) pos(off int) Pos {
	if off < s.colOff || s.colOff < s.lineStart {
		s.colOff, s.col = s.lineStart, 1
		if s.line == s.baseLine {
			s.col = s.baseCol
		}
	}
	s.col += int32(utf8.RuneCount(s.src[s.colOff:off]))
	s.colOff = off
	return Pos{s.line, s.col}
}

// newline records that the byte at off-1 was a newline.
func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off
	s.colOff, s.col = off, 1
}

func (s *scanner) errorAt(kind string, pos, end Pos, format string, args ...any) tok {
	t := tok{kind: ILLEGAL, pos: pos, end: end, err: newError(kind, pos, end, format, args...)}
	s.stuck = &t
	return t
}

// next returns the next token.
func (s *scanner) next() tok {
	t := s.scan()
	s.lastKind = t.kind
	return t
}

func (s *scanner) scan() tok {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t
	}
	if s.stuck != nil {
		return *s.stuck
	}
	for {
		if s.atBOL && len(s.brackets) == 0 {
			if t, ok := s.indentation(); ok {
				return t
			}
		}
		if s.off >= len(s.src) {
			return s.atEOF()
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.off++
			continue
		case c == '#':
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.off++
			}
			continue
		case c == '\n':
			p := s.pos(s.off)
			s.off++
			s.newline(s.off)
			if len(s.brackets) > 0 || s.inFString {
				continue
			}
			s.atBOL = true
			return tok{kind: NEWLINE, pos: p, end: p}
		case c == '\\':
			if s.off+1 < len(s.src) && s.src[s.off+1] == '\n' {
				p := s.pos(s.off + 1)
				s.off += 2
				s.newline(s.off)
				if s.off >= len(s.src) {
					return s.errorAt(KindSyntax, p, Pos{p.Line, -1}, "unexpected EOF while parsing")
				}
				continue
			}
			p := s.pos(s.off + 1)
			return s.errorAt(KindSyntax, p, Pos{}, "unexpected character after line continuation character")
		case isIdentStart(c):
			return s.identifier()
		case isDigit(c) || c == '.' && s.off+1 < len(s.src) && isDigit(s.src[s.off+1]):
			return s.number()
		case c == '\'' || c == '"':
			return s.str(s.off, "")
		}
		return s.operator()
	}
}

// indentation handles the start of a logical line: blank and comment-only
// lines are skipped; otherwise the indentation is compared with the stack
// as CPython's tokenizer does (with tabs to the next multiple of 8, and
// again counting a tab as one column, to detect inconsistent mixes).
func (s *scanner) indentation() (tok, bool) {
	for {
		col, alt := 0, 0
		i := s.off
	measure:
		for i < len(s.src) {
			switch s.src[i] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break measure
			}
			i++
		}
		if i >= len(s.src) {
			s.off = i
			return tok{}, false
		}
		if c := s.src[i]; c == '#' || c == '\n' {
			for i < len(s.src) && s.src[i] != '\n' {
				i++
			}
			if i < len(s.src) {
				i++
				s.off = i
				s.newline(i)
				continue
			}
			s.off = i
			return tok{}, false
		}
		s.atBOL = false
		width := s.pos(i) // the column after the indentation
		s.off = i
		top := len(s.indents) - 1
		switch {
		case col == s.indents[top]:
			if alt != s.altIndents[top] {
				return s.tabError(), true
			}
			return tok{}, false
		case col > s.indents[top]:
			if len(s.indents) >= maxIndent {
				p := s.pos(i)
				return s.errorAt(KindIndentation, p, p, "too many levels of indentation"), true
			}
			if alt <= s.altIndents[top] {
				return s.tabError(), true
			}
			s.indents = append(s.indents, col)
			s.altIndents = append(s.altIndents, alt)
			p := Pos{width.Line, width.Col - 1}
			return tok{kind: INDENT, pos: p, end: p}, true
		}
		var dedents []tok
		for top > 0 && col < s.indents[top] {
			s.indents = s.indents[:top]
			s.altIndents = s.altIndents[:top]
			top--
			dedents = append(dedents, tok{kind: DEDENT, pos: width, end: width})
		}
		if col != s.indents[top] {
			end := i
			for end < len(s.src) && s.src[end] != '\n' {
				end++
			}
			p := s.pos(end)
			return s.errorAt(KindIndentation, p, Pos{p.Line, -1},
				"unindent does not match any outer indentation level"), true
		}
		if alt != s.altIndents[top] {
			return s.tabError(), true
		}
		s.pending = append(s.pending, dedents[1:]...)
		return dedents[0], true
	}
}

func (s *scanner) tabError() tok {
	p := Pos{s.line, 1}
	return s.errorAt(KindTab, p, Pos{s.line, 0}, "inconsistent use of tabs and spaces in indentation")
}

func (s *scanner) atEOF() tok {
	p := s.pos(s.off)
	if s.inFString {
		return tok{kind: EOF, pos: p, end: p}
	}
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		t := s.errorAt(KindSyntax, b.pos, Pos{b.pos.Line, 0}, "'%c' was never closed", b.ch)
		t.unclosed = true
		s.stuck = &t
		return t
	}
	switch s.lastKind {
	case NEWLINE, INDENT, DEDENT, EOF:
	default:
		return tok{kind: NEWLINE, pos: p, end: p}
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		return tok{kind: DEDENT, pos: p, end: p}
	}
	return tok{kind: EOF, pos: p, end: p}
}

func (s *scanner) operator() tok {
	start := s.off
	p := s.pos(start)
	c := s.src[start]
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxBrackets {
			return s.errorAt(KindSyntax, p, Pos{}, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, openBracket{c, p})
		s.off++
		return tok{kind: operators[string(c)], pos: p, end: Pos{p.Line, p.Col + 1}}
	case ')', ']', '}':
		n := len(s.brackets)
		if n == 0 {
			if s.inFString {
				s.off++
				return tok{kind: operators[string(c)], pos: p, end: Pos{p.Line, p.Col + 1}}
			}
			return s.errorAt(KindSyntax, p, Pos{}, "unmatched '%c'", c)
		}
		open := s.brackets[n-1]
		if want := closing(open.ch); want != c {
			if open.pos.Line != p.Line {
				return s.errorAt(KindSyntax, p, Pos{},
					"closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
					c, open.ch, open.pos.Line)
			}
			return s.errorAt(KindSyntax, p, Pos{},
				"closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		s.brackets = s.brackets[:n-1]
		s.off++
		return tok{kind: operators[string(c)], pos: p, end: Pos{p.Line, p.Col + 1}}
	}
	for n := 3; n >= 1; n-- {
		if start+n > len(s.src) {
			continue
		}
		if k, ok := operators[string(s.src[start:start+n])]; ok {
			s.off += n
			return tok{kind: k, pos: p, end: Pos{p.Line, p.Col + int32(n)}}
		}
	}
	if c == '!' {
		s.off++
		return tok{kind: BANG, pos: p, end: Pos{p.Line, p.Col + 1}}
	}
	// A character that starts no token: CPython's parser reports
	// "invalid syntax" here rather than a tokenizer error.
	_, size := utf8.DecodeRune(s.src[start:])
	s.off += size
	return tok{kind: ILLEGAL, pos: p, end: Pos{p.Line, p.Col + 1}, raw: string(s.src[start:s.off])}
}

func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func (s *scanner) identifier() tok {
	start := s.off
	p := s.pos(start)
	ascii := true
	for s.off < len(s.src) && isIdentChar(s.src[s.off]) {
		if s.src[s.off] >= utf8.RuneSelf {
			ascii = false
		}
		s.off++
	}
	word := string(s.src[start:s.off])
	if s.off < len(s.src) && (s.src[s.off] == '\'' || s.src[s.off] == '"') && isStringPrefix(word) {
		return s.str(start, word)
	}
	if !ascii {
		for i, r := range word {
			ok := unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Nl, r) ||
				i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))
			if !ok {
				q := s.pos(start + i)
				return s.errorAt(KindSyntax, q, Pos{}, "invalid character '%c' (U+%04X)", r, r)
			}
		}
	}
	end := s.pos(s.off)
	if k, ok := keywords[word]; ok {
		return tok{kind: k, pos: p, end: end, raw: word}
	}
	return tok{kind: NAME, pos: p, end: end, raw: word}
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isStringPrefix(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'r', 'u', 'f', 'b':
			return true
		}
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f')
	}
	return false
}
