package syntax

// Compound statements: their headers, and the indented blocks that form
// their bodies.

// block parses the body of a compound statement after its ':'. what and
// line describe the statement for the IndentationError when the body is
// missing.
func (p *parser) block(what string, line int32) []Stmt {
	if p.cur().kind != NEWLINE {
		return p.simpleStmts()
	}
	nl := p.next()
	if p.cur().kind != INDENT {
		p.missingBlock(nl, what, line)
	}
	p.next()
	var body []Stmt
	for k := p.cur().kind; k != DEDENT && k != EOF; k = p.cur().kind {
		body = append(body, p.statement()...)
	}
	p.got(DEDENT)
	return body
}

func (p *parser) ifStmt(what string) Stmt {
	t := p.next()
	s := &If{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block(what, t.pos.Line)
	switch p.cur().kind {
	case ELIF:
		s.Else = []Stmt{p.ifStmt("'elif' statement")}
	case ELSE:
		s.Else = p.elseBlock()
	}
	s.Span = p.span(t.pos)
	return s
}

func (p *parser) elseBlock() []Stmt {
	t := p.next()
	p.expectColon(true)
	return p.block("'else' statement", t.pos.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	s := &While{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block("'while' statement", t.pos.Line)
	if p.cur().kind == ELSE {
		s.Else = p.elseBlock()
	}
	s.Span = p.span(t.pos)
	return s
}

func (p *parser) forStmt() Stmt {
	t := p.next()
	s := &For{Target: p.targetList(IN)}
	p.expect(IN)
	s.Iter = p.starExpressions()
	p.noBareStar(s.Iter)
	p.expectColon(false)
	s.Body = p.block("'for' statement", t.pos.Line)
	if p.cur().kind == ELSE {
		s.Else = p.elseBlock()
	}
	s.Span = p.span(t.pos)
	return s
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectColon(true)
	s := &Try{Body: p.block("'try' statement", t.pos.Line)}
	for p.cur().kind == EXCEPT {
		s.Handlers = append(s.Handlers, p.exceptClause())
	}
	for i, h := range s.Handlers {
		if h.Type == nil && i < len(s.Handlers)-1 {
			p.failNode(h, "default 'except:' must be last")
		}
	}
	if len(s.Handlers) > 0 && p.cur().kind == ELSE {
		s.Else = p.elseBlock()
	}
	if p.cur().kind == FINALLY {
		f := p.next()
		p.expectColon(true)
		s.Finally = p.block("'finally' statement", f.pos.Line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.failTok(p.cur(), "expected 'except' or 'finally' block")
	}
	s.Span = p.span(t.pos)
	return s
}

func (p *parser) exceptClause() *ExceptHandler {
	t := p.next()
	h := &ExceptHandler{}
	if p.cur().kind == STAR {
		p.failTok(p.cur(), "'except*' is not supported by rcvm")
	}
	if p.cur().kind != COLON && p.cur().kind != NEWLINE {
		h.Type = p.expression()
		if p.cur().kind == COMMA {
			start := h.Type.Start()
			p.next()
			p.expression()
			for p.got(COMMA) {
				p.expression()
			}
			p.fail(KindSyntax, start, p.prevEnd, "multiple exception types must be parenthesized")
		}
		if p.got(AS) {
			h.Name = p.expect(NAME).raw
		}
	}
	p.expectColon(false)
	h.Body = p.block("'except' statement", t.pos.Line)
	h.Span = p.span(t.pos)
	return h
}

func (p *parser) withStmt() Stmt {
	t := p.next()
	s := &With{}
	if p.cur().kind == LPAREN {
		save, saveEnd := p.i, p.prevEnd
		ok := p.try(func() {
			p.next()
			s.Items = p.withItems(RPAREN)
			p.expect(RPAREN)
			if p.cur().kind != COLON {
				p.unexpected()
			}
		})
		if !ok {
			p.i, p.prevEnd = save, saveEnd
			s.Items = nil
		}
	}
	if s.Items == nil {
		s.Items = p.withItems(COLON)
	}
	p.expectColon(false)
	s.Body = p.block("'with' statement", t.pos.Line)
	s.Span = p.span(t.pos)
	return s
}

func (p *parser) withItems(close Token) []*WithItem {
	var items []*WithItem
	for {
		it := &WithItem{Context: p.expression()}
		if p.got(AS) {
			it.Target = p.targetElem()
			p.checkTarget(it.Target)
		}
		items = append(items, it)
		if !p.got(COMMA) || p.cur().kind == close {
			return items
		}
	}
}

func (p *parser) decorated() Stmt {
	start := p.cur().pos
	var decos []Expr
	for p.got(AT) {
		decos = append(decos, p.namedExpression())
		p.expect(NEWLINE)
	}
	switch p.cur().kind {
	case DEF:
		return p.funcDef(start, decos)
	case ASYNC:
		return p.asyncStmt(start, decos)
	case CLASS:
		return p.classDef(start, decos)
	}
	p.unexpected()
	return nil
}

func (p *parser) funcDef(start Pos, decos []Expr) Stmt {
	t := p.next()
	name := p.expect(NAME)
	if p.cur().kind != LPAREN {
		p.failTok(p.cur(), "expected '('")
	}
	p.next()
	params := &Params{}
	if p.cur().kind != RPAREN {
		params = p.params(RPAREN, true)
	}
	p.expect(RPAREN)
	s := &FunctionDef{DefPos: t.pos, Name: name.raw, Params: params, Decorators: decos}
	if p.got(ARROW) {
		s.Returns = p.expression()
	}
	p.expectColon(true)
	s.Body = p.block("function definition", t.pos.Line)
	s.Span = p.span(start)
	return s
}

func (p *parser) classDef(start Pos, decos []Expr) Stmt {
	t := p.next()
	name := p.expect(NAME)
	s := &ClassDef{ClassPos: t.pos, Name: name.raw, Decorators: decos}
	if p.cur().kind == LPAREN {
		c := p.call(p.cur().pos, nil).(*Call)
		s.Bases, s.Keywords = c.Args, c.Keywords
	}
	p.expectColon(false)
	s.Body = p.block("class definition", t.pos.Line)
	s.Span = p.span(start)
	return s
}
