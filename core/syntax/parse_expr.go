package syntax

// Expression grammar, from the loosest binding to the tightest, as in
// CPython's Grammar/python.gram (expression, disjunction, ..., primary,
// atom).

// startsExpr reports whether a token can begin an expression.
func startsExpr(k Token) bool {
	switch k {
	case NAME, INT, FLOAT, STRING, FSTRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS, TILDE,
		NOT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS, AWAIT, YIELD:
		return true
	}
	return false
}

// starExpressions parses `star_expressions`: one or more expressions or
// *expressions separated by commas; more than one (or a trailing comma)
// makes an unparenthesized Tuple.
func (p *parser) starExpressions() Expr {
	start := p.cur().pos
	e := p.starExpression()
	if p.cur().kind != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.got(COMMA) {
		if k := p.cur().kind; !startsExpr(k) && k != STAR {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Span: p.span(start), Elts: elts}
}

// starExpression parses an expression or *bitwise_or.
func (p *parser) starExpression() Expr {
	if p.cur().kind == STAR {
		start := p.next().pos
		x := p.bitwiseOr()
		return &Starred{Span: p.span(start), X: x}
	}
	return p.expression()
}

// expression parses a conditional expression or a lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.cur().kind == LAMBDA {
		return p.lambdef()
	}
	start := p.cur().pos
	e := p.disjunction()
	if p.cur().kind != IF {
		return e
	}
	p.next()
	test := p.disjunction()
	if p.cur().kind != ELSE {
		p.fail(KindSyntax, start, p.prevEnd, "expected 'else' after 'if' expression")
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Span: p.span(start), Test: test, Body: e, Else: orelse}
}

// namedExpression parses the expression of an if/while test or a display
// element, where CPython suggests '==' for a stray '='.
func (p *parser) namedExpression() Expr {
	if e := p.assignmentExpression(); e != nil {
		return e
	}
	e := p.expression()
	switch p.cur().kind {
	case EQ:
		p.invalidNamedExpression(e)
	case COLONEQ:
		p.failNode(e, "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// assignmentExpression parses NAME := expression when the input starts
// with one, and returns nil otherwise.
func (p *parser) assignmentExpression() Expr {
	t := p.cur()
	if t.kind != NAME || p.peek(1).kind != COLONEQ {
		return nil
	}
	p.next()
	p.next()
	target := &Name{Span: Span{t.pos, t.end}, ID: t.raw}
	v := p.expression()
	return &NamedExpr{Span: p.span(t.pos), Target: target, Value: v}
}

// invalidNamedExpression reproduces CPython's invalid_named_expression
// messages for `if x = 1:` and `[a.b = 1]`; it fails or returns.
func (p *parser) invalidNamedExpression(e Expr) {
	save, saveEnd := p.i, p.prevEnd
	var b Expr
	ok := p.try(func() {
		p.next()
		b = p.bitwiseOr()
	})
	followed := ok && (p.cur().kind == EQ || p.cur().kind == COLONEQ)
	p.i, p.prevEnd = save, saveEnd
	if !ok || followed {
		return
	}
	if _, isName := e.(*Name); isName {
		p.fail(KindSyntax, e.Start(), b.End(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if hereCandidate(e) {
		p.failNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
	}
}

func (p *parser) lambdef() Expr {
	start := p.next().pos
	params := &Params{}
	if p.cur().kind != COLON {
		params = p.params(COLON, false)
	}
	p.expect(COLON)
	body := p.expression()
	return &Lambda{Span: p.span(start), Params: params, Body: body}
}

func (p *parser) disjunction() Expr {
	start := p.cur().pos
	e := p.conjunction()
	if p.cur().kind != OR {
		return e
	}
	values := []Expr{e}
	for p.got(OR) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Span: p.span(start), Op: OR, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.cur().pos
	e := p.inversion()
	if p.cur().kind != AND {
		return e
	}
	values := []Expr{e}
	for p.got(AND) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Span: p.span(start), Op: AND, Values: values}
}

func (p *parser) inversion() Expr {
	if p.cur().kind != NOT {
		return p.comparison()
	}
	p.enter()
	defer p.leave()
	start := p.next().pos
	x := p.inversion()
	return &UnaryOp{Span: p.span(start), Op: NOT, X: x}
}

func (p *parser) comparison() Expr {
	start := p.cur().pos
	e := p.bitwiseOr()
	var ops []CmpOp
	var ys []Expr
	for {
		var op CmpOp
		switch p.cur().kind {
		case LT:
			op = CmpLt
		case LE:
			op = CmpLe
		case EQEQ:
			op = CmpEq
		case NE:
			op = CmpNe
		case GT:
			op = CmpGt
		case GE:
			op = CmpGe
		case IN:
			op = CmpIn
		case IS:
			op = CmpIs
			if p.peek(1).kind == NOT {
				p.next()
				op = CmpIsNot
			}
		case NOT:
			if p.peek(1).kind != IN {
				goto done
			}
			p.next()
			op = CmpNotIn
		default:
			goto done
		}
		p.next()
		ops = append(ops, op)
		ys = append(ys, p.bitwiseOr())
	}
done:
	if ops == nil {
		return e
	}
	return &Compare{Span: p.span(start), X: e, Ops: ops, Ys: ys}
}

// binary parses a left-associative chain of the operators in ops, with
// operands parsed by sub.
func (p *parser) binary(sub func() Expr, ops ...Token) Expr {
	start := p.cur().pos
	e := sub()
	for {
		k := p.cur().kind
		match := false
		for _, op := range ops {
			if k == op {
				match = true
				break
			}
		}
		if !match {
			return e
		}
		p.next()
		y := sub()
		e = &BinOp{Span: p.span(start), Op: k, X: e, Y: y}
	}
}

func (p *parser) bitwiseOr() Expr  { return p.binary(p.bitwiseXor, PIPE) }
func (p *parser) bitwiseXor() Expr { return p.binary(p.bitwiseAnd, CARET) }
func (p *parser) bitwiseAnd() Expr { return p.binary(p.shiftExpr, AMP) }
func (p *parser) shiftExpr() Expr  { return p.binary(p.sum, LTLT, GTGT) }
func (p *parser) sum() Expr        { return p.binary(p.term, PLUS, MINUS) }
func (p *parser) term() Expr {
	return p.binary(p.factor, STAR, SLASH, SLASHSLASH, PERCENT, AT)
}

func (p *parser) factor() Expr {
	switch k := p.cur().kind; k {
	case PLUS, MINUS, TILDE:
		p.enter()
		defer p.leave()
		start := p.next().pos
		x := p.factor()
		return &UnaryOp{Span: p.span(start), Op: k, X: x}
	}
	return p.power()
}

// power parses primary ['**' factor]: ** binds tighter than a unary
// operator on its left and looser than one on its right (-2**-1).
func (p *parser) power() Expr {
	start := p.cur().pos
	e := p.primary()
	if p.cur().kind != STARSTAR {
		return e
	}
	p.next()
	p.enter()
	defer p.leave()
	y := p.factor()
	return &BinOp{Span: p.span(start), Op: STARSTAR, X: e, Y: y}
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary() Expr {
	if p.cur().kind == AWAIT {
		return p.awaitPrimary()
	}
	start := p.cur().pos
	e := p.atom()
	for {
		switch p.cur().kind {
		case DOT:
			p.next()
			name := p.cur()
			if name.kind != NAME {
				p.unexpected()
			}
			p.next()
			e = &Attribute{Span: p.span(start), X: e, Name: name.raw, NamePos: name.pos}
		case LPAREN:
			e = p.call(start, e)
		case LBRACK:
			p.next()
			idx := p.slices()
			p.expect(RBRACK)
			e = &Subscript{Span: p.span(start), X: e, Index: idx}
		default:
			return e
		}
	}
}

func (p *parser) atom() Expr {
	t := p.cur()
	switch t.kind {
	case NAME:
		p.next()
		return &Name{Span: Span{t.pos, t.end}, ID: t.raw}
	case TRUE, FALSE, NONE:
		p.next()
		var v any
		if t.kind != NONE {
			v = t.kind == TRUE
		}
		return &Constant{Span: Span{t.pos, t.end}, Value: v}
	case INT, FLOAT:
		p.next()
		return &Constant{Span: Span{t.pos, t.end}, Value: t.value}
	case ELLIPSIS:
		p.next()
		return &Constant{Span: Span{t.pos, t.end}, Value: EllipsisValue{}}
	case STRING, FSTRING:
		return p.strings()
	case LPAREN:
		return p.parenAtom()
	case LBRACK:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.unexpected()
	return nil
}
