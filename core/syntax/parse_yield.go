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
