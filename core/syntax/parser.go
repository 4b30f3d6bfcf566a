package syntax

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// maxDepth bounds the parser's recursion (unary operators, lambdas,
// conditional expressions), so that absurdly nested input gives a
// SyntaxError instead of exhausting the stack.
const maxDepth = 1000

// Parse parses the source of a module. The error, if any, is an *Error.
func Parse(filename string, src []byte) (*File, error) {
	text, err := prepare(filename, src)
	if err != nil {
		return nil, err
	}
	p := &parser{sc: newScanner(text)}
	var body []Stmt
	if err := p.run(func() {
		for p.cur().kind != EOF {
			body = append(body, p.statement()...)
		}
	}); err != nil {
		return nil, finish(err, filename, src)
	}
	return &File{Filename: filename, Body: body}, nil
}

// ParseExpr parses a single expression (possibly an unparenthesized tuple)
// followed by optional newlines.
func ParseExpr(filename string, src []byte) (Expr, error) {
	text, err := prepare(filename, src)
	if err != nil {
		return nil, err
	}
	if len(text) == 0 {
		// CPython reports an empty expression at line 0.
		return nil, &Error{Kind: KindSyntax, Msg: "invalid syntax", Filename: filename}
	}
	p := &parser{sc: newScanner(text)}
	var e Expr
	if err := p.run(func() {
		e = p.starExpressions()
		for p.cur().kind == NEWLINE {
			p.next()
		}
		if p.cur().kind != EOF {
			p.unexpected()
		}
	}); err != nil {
		return nil, finish(err, filename, src)
	}
	return e, nil
}

// prepare checks that src is text CPython would accept and normalizes its
// line endings.
func prepare(filename string, src []byte) ([]byte, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := bytes.Count(src[:i], []byte("\n")) + 1
		return nil, &Error{Kind: KindSyntax, Msg: "source code cannot contain null bytes",
			Filename: filename, Line: line, Col: 0}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		line := bytes.Count(src[:i], []byte("\n")) + 1
		return nil, &Error{Kind: KindSyntax, Filename: filename, Line: line, Unlocated: true,
			Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
				"but no encoding declared; see https://peps.python.org/pep-0263/ for details",
				src[i], filename, line)}
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return src, nil
}

// finish fills in the fields of an error that depend on the file.
func finish(e *Error, filename string, src []byte) *Error {
	e.Filename = filename
	if e.Text == "" {
		e.Text = SourceLine(src, e.Line)
	}
	return e
}

// parser is a recursive-descent parser over a lazily filled token buffer
// (kept whole so that the few places that need to look far ahead, or to
// back off, can).
type parser struct {
	sc      *scanner
	toks    []tok
	i       int
	prevEnd Pos // end of the last consumed token
	depth   int

	// fstring is set while parsing the expression of a replacement field.
	fstring bool
}

// bailout carries a syntax error up the parser's stack.
type bailout struct {
	err     *Error
	lexical bool
}

// run runs f, turning a bailout into an error. A parser error is replaced,
// as in CPython's _PyPegen_set_syntax_error, by a lexical error found
// further on, or by an unclosed bracket opened on an earlier line.
func (p *parser) run(f func()) (err *Error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		b, ok := r.(bailout)
		if !ok {
			// A bug in the parser: still report a clean error (the fuzz
			// tests look for this message).
			line := 0
			if n := len(p.toks); n > 0 {
				line = int(p.toks[n-1].pos.Line)
			}
			err = &Error{Kind: KindSyntax, Msg: fmt.Sprintf("internal parser error: %v", r), Line: line}
			return
		}
		err = b.err
		if !b.lexical && !p.fstring {
			line := err.Line
			if n := len(p.toks); n > 0 && int(p.toks[n-1].pos.Line) > line {
				line = int(p.toks[n-1].pos.Line)
			}
			err = p.laterLexicalError(err, line)
		}
	}()
	f()
	return nil
}

// laterLexicalError scans the rest of the file for an error that takes
// precedence over the parser error perr; errLine is the line of the last
// token the parser read.
func (p *parser) laterLexicalError(perr *Error, errLine int) *Error {
	for {
		t := p.sc.next()
		switch {
		case t.unclosed:
			if int(t.pos.Line) < errLine {
				return t.err
			}
			return perr
		case t.err != nil:
			return t.err
		case t.kind == ILLEGAL:
			if n := len(p.sc.brackets); n > 0 && int(p.sc.brackets[n-1].pos.Line) < errLine {
				b := p.sc.brackets[n-1]
				return newError(KindSyntax, b.pos, Pos{b.pos.Line, 0}, "'%c' was never closed", b.ch)
			}
			return perr
		case t.kind == EOF:
			return perr
		}
	}
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *tok {
	for len(p.toks) <= p.i+n {
		t := p.sc.next()
		if t.err != nil {
			panic(bailout{err: t.err, lexical: true})
		}
		p.toks = append(p.toks, t)
	}
	return &p.toks[p.i+n]
}

func (p *parser) cur() *tok { return p.peek(0) }

// next consumes the current token and returns it.
func (p *parser) next() tok {
	t := *p.cur()
	if t.kind != EOF {
		p.i++
	}
	p.prevEnd = t.end
	return t
}

// got consumes the current token if it is of kind k.
func (p *parser) got(k Token) bool {
	if p.cur().kind == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails.
func (p *parser) expect(k Token) tok {
	if p.cur().kind != k {
		p.unexpected()
	}
	return p.next()
}

// expectColon consumes the ':' of a compound statement's header. When
// forced (CPython's &&':'), any other token gives "expected ':'";
// otherwise only a line end does.
func (p *parser) expectColon(forced bool) {
	if p.cur().kind == COLON {
		p.next()
		return
	}
	if forced || p.cur().kind == NEWLINE {
		p.failTok(p.cur(), "expected ':'")
	}
	p.unexpected()
}

func (p *parser) fail(kind string, pos, end Pos, format string, args ...any) {
	e := newError(kind, pos, end, format, args...)
	if p.fstring && kind == KindSyntax {
		e.Msg = "f-string: " + e.Msg
	}
	panic(bailout{err: e})
}

// failTok fails with a SyntaxError spanning token t.
func (p *parser) failTok(t *tok, format string, args ...any) {
	p.fail(KindSyntax, t.pos, t.end, format, args...)
}

// failNode fails with a SyntaxError spanning node n.
func (p *parser) failNode(n Node, format string, args ...any) {
	p.fail(KindSyntax, n.Start(), n.End(), format, args...)
}

// unexpected fails at the current token, naming an unsupported feature
// when the token introduces one.
func (p *parser) unexpected() {
	t := p.cur()
	switch t.kind {
	case INDENT, DEDENT:
		// Not subject to replacement by later errors, as in CPython.
		msg := "unexpected indent"
		if t.kind == DEDENT {
			msg = "unexpected unindent"
		}
		panic(bailout{err: newError(KindIndentation, t.pos, t.end, "%s", msg), lexical: true})
	}
	p.failTok(t, "invalid syntax")
}

// enter guards recursion depth.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.cur()
		p.failTok(t, "too many nested expressions")
	}
}

func (p *parser) leave() { p.depth-- }

// span returns a Span from start to the end of the last consumed token.
func (p *parser) span(start Pos) Span { return Span{start, p.prevEnd} }

// try runs f and reports whether it parsed without a syntax error; on
// failure the position is left wherever f stopped. Lexical errors are not
// caught.
func (p *parser) try(f func()) (ok bool) {
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if b, isBail := r.(bailout); isBail && !b.lexical {
				p.depth = depth
				ok = false
				return
			}
			panic(r)
		}
	}()
	f()
	return true
}
