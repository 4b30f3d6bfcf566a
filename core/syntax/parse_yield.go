package syntax

// yieldExpr parses CPython's yield_expr at the current YIELD token:
// `yield from expression`, or `yield [star_expressions]`.
func (p *parser) yieldExpr() Expr {
	start := p.next().pos
	if p.got(FROM) {
		x := p.expression()
		return &YieldFrom{Span: p.span(start), X: x}
	}
	y := &Yield{}
	if k := p.cur().kind; startsExpr(k) || k == STAR {
		y.Value = p.starExpressions()
		p.noBareStar(y.Value)
	}
	y.Span = p.span(start)
	return y
}

// awaitPrimary parses CPython's await_primary at the current AWAIT token:
// `await primary`.
func (p *parser) awaitPrimary() Expr {
	start := p.next().pos
	p.enter()
	defer p.leave()
	x := p.primary()
	return &Await{Span: p.span(start), X: x}
}

// asyncStmt parses `async def`, `async for` and `async with` at the ASYNC
// token; decos are the decorators of an async def.
func (p *parser) asyncStmt(start Pos, decos []Expr) Stmt {
	p.next()
	switch p.cur().kind {
	case DEF:
		s := p.funcDef(start, decos).(*FunctionDef)
		s.Async = true
		return s
	case FOR:
		if decos == nil {
			s := p.forStmt().(*For)
			s.Async, s.StartPos = true, start
			return s
		}
	case WITH:
		if decos == nil {
			s := p.withStmt().(*With)
			s.Async, s.StartPos = true, start
			return s
		}
	}
	p.failTok(p.cur(), "invalid syntax")
	return nil
}

// atCompFor reports whether a comprehension's for clause starts here:
// `for` or `async for`.
func (p *parser) atCompFor() bool {
	k := p.cur().kind
	return k == FOR || k == ASYNC && p.peek(1).kind == FOR
}
