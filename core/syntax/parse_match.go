package syntax

// The match statement and its patterns, following the rules match_stmt ...
// class_pattern of CPython's Grammar/python.gram, with the messages of its
// invalid_* rules.

// matchStmt parses `match subject: NEWLINE INDENT case_block+ DEDENT`; the
// current token is the soft keyword `match`.
func (p *parser) matchStmt() Stmt {
	t := p.next()
	s := &Match{Subject: p.subjectExpr()}
	p.expectColon(false)
	if p.cur().kind != NEWLINE {
		p.unexpected()
	}
	nl := p.next()
	if p.cur().kind != INDENT {
		p.missingBlock(nl, "'match' statement", t.pos.Line)
	}
	p.next()
	for k := p.cur().kind; k != DEDENT && k != EOF; k = p.cur().kind {
		s.Cases = append(s.Cases, p.caseBlock())
	}
	p.got(DEDENT)
	s.Span = p.span(t.pos)
	return s
}

// missingBlock fails with CPython's IndentationError for a compound
// statement whose indented body is missing after the NEWLINE nl.
func (p *parser) missingBlock(nl tok, what string, line int32) {
	// At the end of the file CPython reports column 0: no caret.
	pos, end := Pos{nl.pos.Line, 0}, Pos{nl.pos.Line, -1}
	for n := 0; ; n++ {
		t := p.peek(n)
		if t.kind == DEDENT {
			continue
		}
		if t.kind != EOF {
			pos, end = t.pos, t.end
		}
		break
	}
	p.fail(KindIndentation, pos, end, "expected an indented block after %s on line %d", what, line)
}

// subjectExpr parses a match subject: a named expression, or a tuple of
// star_named_expressions written with a comma.
func (p *parser) subjectExpr() Expr {
	start := p.cur().pos
	first := p.starNamedExpression()
	if p.cur().kind != COMMA {
		if _, ok := first.(*Starred); ok {
			p.unexpected()
		}
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if k := p.cur().kind; !startsExpr(k) && k != STAR {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Span: p.span(start), Elts: elts}
}

// starNamedExpression parses '*' bitwise_or or a named expression.
func (p *parser) starNamedExpression() Expr {
	if p.cur().kind == STAR {
		return p.starExpression()
	}
	return p.namedExpression()
}

// caseBlock parses `case patterns [if guard]: block`.
func (p *parser) caseBlock() *MatchCase {
	t := p.cur()
	if t.kind != NAME || t.raw != "case" {
		p.unexpected()
	}
	p.next()
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(IF) {
		c.Guard = p.namedExpression()
	}
	p.expectColon(false)
	c.Body = p.block("'case' statement", t.pos.Line)
	c.Span = p.span(t.pos)
	return c
}

// startsPattern reports whether a token can begin a pattern.
func startsPattern(k Token) bool {
	switch k {
	case NAME, INT, FLOAT, STRING, FSTRING, MINUS, NONE, TRUE, FALSE, LPAREN, LBRACK, LBRACE, STAR:
		return true
	}
	return false
}

// patterns parses the pattern of a case: an open sequence (p, q) written
// without brackets, or one pattern.
func (p *parser) patterns() Pattern {
	start := p.cur().pos
	first := p.maybeStarPattern()
	if p.cur().kind != COMMA {
		if _, ok := first.(*MatchStar); ok {
			p.unexpected()
		}
		return first
	}
	pats := []Pattern{first}
	for p.got(COMMA) {
		if !startsPattern(p.cur().kind) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Span: p.span(start), Patterns: pats}
}

// maybeStarPattern parses a sequence element: *name, *_ or a pattern.
func (p *parser) maybeStarPattern() Pattern {
	if p.cur().kind != STAR {
		return p.pattern()
	}
	start := p.next().pos
	t := p.cur()
	if t.kind != NAME {
		p.unexpected()
	}
	p.next()
	if t.raw == "_" {
		return &MatchStar{Span: p.span(start)}
	}
	p.captureEnd()
	return &MatchStar{Span: p.span(start), Name: t.raw}
}

// captureEnd checks the lookahead of pattern_capture_target: a capture
// name is not followed by '.', '(' or '='.
func (p *parser) captureEnd() {
	if k := p.cur().kind; k == DOT || k == LPAREN || k == EQ {
		p.unexpected()
	}
}

// pattern parses an or_pattern with an optional `as name`.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.cur().pos
	or := p.orPattern()
	if p.cur().kind != AS {
		return or
	}
	p.next()
	t := p.cur()
	if t.kind == NAME {
		if t.raw == "_" {
			p.failTok(t, "cannot use '_' as a target")
		}
		p.next()
		p.captureEnd()
		return &MatchAs{Span: p.span(start), Pattern: or, Name: t.raw}
	}
	if startsExpr(t.kind) {
		e := p.expression()
		p.failNode(e, "invalid pattern target")
	}
	p.unexpected()
	return nil
}

// orPattern parses closed patterns separated by '|'.
func (p *parser) orPattern() Pattern {
	start := p.cur().pos
	first := p.closedPattern()
	if p.cur().kind != PIPE {
		return first
	}
	pats := []Pattern{first}
	for p.got(PIPE) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Span: p.span(start), Patterns: pats}
}

// closedPattern parses a literal, capture, wildcard, value, group,
// sequence, mapping or class pattern.
func (p *parser) closedPattern() Pattern {
	t := p.cur()
	switch t.kind {
	case INT, FLOAT, MINUS:
		e := p.signedNumber()
		return &MatchValue{Span: Span{e.Start(), e.End()}, Value: e}
	case STRING, FSTRING:
		e := p.strings()
		return &MatchValue{Span: Span{e.Start(), e.End()}, Value: e}
	case NONE, TRUE, FALSE:
		p.next()
		var v any
		if t.kind != NONE {
			v = t.kind == TRUE
		}
		return &MatchSingleton{Span: Span{t.pos, t.end}, Value: v}
	case LPAREN:
		return p.groupPattern()
	case LBRACK:
		start := p.next().pos
		var pats []Pattern
		for p.cur().kind != RBRACK {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RBRACK)
		return &MatchSequence{Span: p.span(start), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		return p.namePattern()
	}
	p.unexpected()
	return nil
}

// signedNumber parses ['-'] NUMBER, refusing the complex literals
// real ± imaginary as CPython does when the right operand is not
// imaginary (rcvm's scanner refuses imaginary literals themselves).
func (p *parser) signedNumber() Expr {
	start := p.cur().pos
	neg := p.got(MINUS)
	t := p.cur()
	if t.kind != INT && t.kind != FLOAT {
		p.unexpected()
	}
	p.next()
	var e Expr = &Constant{Span: Span{t.pos, t.end}, Value: t.value}
	if neg {
		e = &UnaryOp{Span: p.span(start), Op: MINUS, X: e}
	}
	if k := p.cur().kind; k == PLUS || k == MINUS {
		p.next()
		if n := p.cur(); n.kind == INT || n.kind == FLOAT {
			p.failTok(n, "imaginary number required in complex literal")
		}
		p.unexpected()
	}
	return e
}

// groupPattern parses '(' pattern ')' or a parenthesized sequence.
func (p *parser) groupPattern() Pattern {
	start := p.next().pos
	if p.got(RPAREN) {
		return &MatchSequence{Span: p.span(start)}
	}
	first := p.maybeStarPattern()
	if p.cur().kind == COMMA {
		pats := []Pattern{first}
		for p.got(COMMA) {
			if p.cur().kind == RPAREN {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAREN)
		return &MatchSequence{Span: p.span(start), Patterns: pats}
	}
	if _, ok := first.(*MatchStar); ok {
		p.unexpected()
	}
	p.expect(RPAREN)
	return first
}

// namePattern parses a wildcard, a capture, a value pattern (a dotted
// name) or a class pattern.
func (p *parser) namePattern() Pattern {
	t := p.next()
	if t.raw == "_" {
		return &MatchAs{Span: Span{t.pos, t.end}}
	}
	var e Expr = &Name{Span: Span{t.pos, t.end}, ID: t.raw}
	dotted := false
	for p.cur().kind == DOT {
		p.next()
		n := p.expect(NAME)
		e = &Attribute{Span: p.span(t.pos), X: e, Name: n.raw, NamePos: n.pos}
		dotted = true
	}
	if p.cur().kind == LPAREN {
		return p.classPattern(t.pos, e)
	}
	p.captureEnd()
	if dotted {
		return &MatchValue{Span: p.span(t.pos), Value: e}
	}
	return &MatchAs{Span: Span{t.pos, t.end}, Name: t.raw}
}

// mappingPattern parses {key: pattern, ..., **rest}.
func (p *parser) mappingPattern() Pattern {
	start := p.next().pos
	m := &MatchMapping{}
	for p.cur().kind != RBRACE {
		if p.got(STARSTAR) {
			t := p.cur()
			if t.kind != NAME || t.raw == "_" {
				p.unexpected()
			}
			p.next()
			p.captureEnd()
			m.Rest = t.raw
			p.got(COMMA)
			if p.cur().kind != RBRACE {
				p.unexpected()
			}
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Span = p.span(start)
	return m
}

// mappingKey parses a key of a mapping pattern: a literal or a dotted
// name (literal_expr | attr).
func (p *parser) mappingKey() Expr {
	t := p.cur()
	switch t.kind {
	case INT, FLOAT, MINUS:
		return p.signedNumber()
	case STRING, FSTRING:
		return p.strings()
	case NONE, TRUE, FALSE:
		p.next()
		var v any
		if t.kind != NONE {
			v = t.kind == TRUE
		}
		return &Constant{Span: Span{t.pos, t.end}, Value: v}
	case NAME:
		p.next()
		var e Expr = &Name{Span: Span{t.pos, t.end}, ID: t.raw}
		if p.cur().kind != DOT {
			p.unexpected()
		}
		for p.got(DOT) {
			n := p.expect(NAME)
			e = &Attribute{Span: p.span(t.pos), X: e, Name: n.raw, NamePos: n.pos}
		}
		return e
	}
	p.unexpected()
	return nil
}

// classPattern parses Cls(positional..., name=pattern...); the current
// token is '('.
func (p *parser) classPattern(start Pos, cls Expr) Pattern {
	p.next()
	c := &MatchClass{Cls: cls}
	var late []Pattern // positional patterns after keyword ones
	for p.cur().kind != RPAREN {
		if t := p.cur(); t.kind == NAME && p.peek(1).kind == EQ {
			p.next()
			p.next()
			c.KwdAttrs = append(c.KwdAttrs, t.raw)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else if pat := p.pattern(); len(c.KwdAttrs) > 0 {
			late = append(late, pat)
		} else {
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if len(late) > 0 {
		p.fail(KindSyntax, late[0].Start(), late[len(late)-1].End(), "positional patterns follow keyword patterns")
	}
	p.expect(RPAREN)
	c.Span = p.span(start)
	return c
}
