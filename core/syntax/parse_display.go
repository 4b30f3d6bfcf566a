package syntax

// Displays: parenthesized expressions, tuples, lists, sets, dicts and
// comprehensions, with CPython's "Perhaps you forgot a comma?" check.

// parenAtom parses (), a parenthesized expression, a tuple or a generator
// expression.
func (p *parser) parenAtom() Expr {
	start := p.next().pos
	if p.got(RPAREN) {
		return &Tuple{Span: p.span(start), Parens: true}
	}
	if p.cur().kind == YIELD {
		y := p.yieldExpr()
		p.expect(RPAREN)
		return y
	}
	first := p.displayElement()
	if p.atCompFor() {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		fors := p.compFors()
		p.expect(RPAREN)
		return &Comp{Span: p.span(start), Kind: GenExp, Elt: first, Fors: fors}
	}
	if p.got(RPAREN) {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "cannot use starred expression here")
		}
		return first
	}
	elts := p.displayRest(first, RPAREN)
	return &Tuple{Span: p.span(start), Elts: elts, Parens: true}
}

func (p *parser) listAtom() Expr {
	start := p.next().pos
	if p.got(RBRACK) {
		return &List{Span: p.span(start)}
	}
	first := p.displayElement()
	if p.atCompFor() {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		fors := p.compFors()
		p.expect(RBRACK)
		return &Comp{Span: p.span(start), Kind: ListComp, Elt: first, Fors: fors}
	}
	if p.got(RBRACK) {
		return &List{Span: p.span(start), Elts: []Expr{first}}
	}
	elts := p.displayRest(first, RBRACK)
	return &List{Span: p.span(start), Elts: elts}
}

// displayElement parses one element of a list, tuple or set display.
func (p *parser) displayElement() Expr {
	if p.cur().kind == STAR {
		start := p.next().pos
		x := p.bitwiseOr()
		return &Starred{Span: p.span(start), X: x}
	}
	return p.namedExpression()
}

// displayRest parses the elements after the first of a display closed by
// the token close, and consumes close.
func (p *parser) displayRest(first Expr, close Token) []Expr {
	elts := []Expr{first}
	last := first
	for {
		if p.got(close) {
			return elts
		}
		if p.cur().kind != COMMA {
			if p.cur().kind == FOR && len(elts) > 1 {
				p.fail(KindSyntax, elts[0].Start(), last.End(),
					"did you forget parentheses around the comprehension target?")
			}
			p.missingComma(last)
		}
		p.next()
		if p.got(close) {
			return elts
		}
		last = p.displayElement()
		elts = append(elts, last)
	}
}

// missingComma reports "Perhaps you forgot a comma?" when the current
// token starts an expression that follows a, inside brackets, as
// CPython's invalid_expression rule does; otherwise "invalid syntax".
func (p *parser) missingComma(a Expr) {
	t := p.cur()
	if !startsExpr(t.kind) || t.kind == YIELD || t.kind == AWAIT {
		p.unexpected()
	}
	if _, isName := a.(*Name); isName && (t.kind == STRING || t.kind == FSTRING) {
		p.unexpected()
	}
	var b Expr
	save, saveEnd := p.i, p.prevEnd
	if !p.try(func() { b = p.expression() }) {
		p.i, p.prevEnd = save, saveEnd
		p.unexpected()
	}
	p.fail(KindSyntax, a.Start(), b.End(), "invalid syntax. Perhaps you forgot a comma?")
}

// braceAtom parses a dict or set display or comprehension.
func (p *parser) braceAtom() Expr {
	start := p.next().pos
	if p.got(RBRACE) {
		return &Dict{Span: p.span(start)}
	}
	if p.cur().kind == STARSTAR {
		return p.dictRest(start, nil, nil)
	}
	first := p.displayElement()
	if _, ok := first.(*Starred); !ok && p.cur().kind == COLON {
		v := p.dictValue()
		if p.atCompFor() {
			fors := p.compFors()
			p.expect(RBRACE)
			return &Comp{Span: p.span(start), Kind: DictComp, Elt: first, Value: v, Fors: fors}
		}
		return p.dictRest(start, first, v)
	}
	if p.atCompFor() {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		fors := p.compFors()
		p.expect(RBRACE)
		return &Comp{Span: p.span(start), Kind: SetComp, Elt: first, Fors: fors}
	}
	elts := p.displayRest(first, RBRACE)
	return &Set{Span: p.span(start), Elts: elts}
}

// dictRest parses the rest of a dict display whose first entry is k: v
// (or, with k == nil and v == nil, whose first entry is a **mapping yet
// to be parsed).
func (p *parser) dictRest(start Pos, k, v Expr) Expr {
	d := &Dict{}
	if k != nil {
		d.Keys, d.Values = append(d.Keys, k), append(d.Values, v)
	} else {
		p.dictEntry(d)
	}
	for {
		if p.got(RBRACE) {
			d.Span = p.span(start)
			return d
		}
		if p.cur().kind != COMMA {
			p.missingComma(d.Values[len(d.Values)-1])
		}
		p.next()
		if p.got(RBRACE) {
			d.Span = p.span(start)
			return d
		}
		p.dictEntry(d)
	}
}

func (p *parser) dictEntry(d *Dict) {
	if p.got(STARSTAR) {
		d.Keys = append(d.Keys, nil)
		d.Values = append(d.Values, p.bitwiseOr())
		return
	}
	k := p.expression()
	if p.cur().kind != COLON {
		t := p.cur()
		if t.kind == COMMA || t.kind == RBRACE {
			p.fail(KindSyntax, k.Start(), Pos{k.Start().Line, 0}, "':' expected after dictionary key")
		}
		p.unexpected()
	}
	d.Keys = append(d.Keys, k)
	d.Values = append(d.Values, p.dictValue())
}

// dictValue parses the ':' after a dict key and the value after it.
func (p *parser) dictValue() Expr {
	colon := p.next()
	if k := p.cur().kind; k == RBRACE || k == COMMA {
		p.failTok(&colon, "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// compFors parses the for/if clauses of a comprehension.
func (p *parser) compFors() []*CompFor {
	var fors []*CompFor
	for p.atCompFor() {
		start := p.cur().pos
		async := p.got(ASYNC)
		p.expect(FOR)
		target := p.targetList(IN)
		p.expect(IN)
		iter := p.disjunction()
		cf := &CompFor{Target: target, Iter: iter, Async: async}
		for p.got(IF) {
			cf.Ifs = append(cf.Ifs, p.disjunction())
		}
		cf.Span = p.span(start)
		fors = append(fors, cf)
	}
	return fors
}
