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
	e := p.expression()
	if p.cur().kind == EQ {
		p.invalidNamedExpression(e)
	}
	return e
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

// parenAtom parses (), a parenthesized expression, a tuple or a generator
// expression.
func (p *parser) parenAtom() Expr {
	start := p.next().pos
	if p.got(RPAREN) {
		return &Tuple{Span: p.span(start), Parens: true}
	}
	first := p.displayElement()
	if p.cur().kind == FOR {
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
	if p.cur().kind == FOR {
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
		p.next()
		v := p.expression()
		if p.cur().kind == FOR {
			fors := p.compFors()
			p.expect(RBRACE)
			return &Comp{Span: p.span(start), Kind: DictComp, Elt: first, Value: v, Fors: fors}
		}
		return p.dictRest(start, first, v)
	}
	if p.cur().kind == FOR {
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
	p.next()
	d.Keys = append(d.Keys, k)
	d.Values = append(d.Values, p.expression())
}

// compFors parses the for/if clauses of a comprehension.
func (p *parser) compFors() []*CompFor {
	var fors []*CompFor
	for p.cur().kind == FOR || p.cur().kind == ASYNC {
		if p.cur().kind == ASYNC {
			p.unexpected()
		}
		start := p.next().pos
		target := p.targetList(IN)
		p.expect(IN)
		iter := p.disjunction()
		cf := &CompFor{Target: target, Iter: iter}
		for p.got(IF) {
			cf.Ifs = append(cf.Ifs, p.disjunction())
		}
		cf.Span = p.span(start)
		fors = append(fors, cf)
	}
	return fors
}

// slices parses a subscript: one index or slice, or several forming a
// tuple key.
func (p *parser) slices() Expr {
	start := p.cur().pos
	first := p.slice()
	if p.cur().kind != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.cur().kind == RBRACK {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Span: p.span(start), Elts: elts}
}

func (p *parser) slice() Expr {
	start := p.cur().pos
	if p.cur().kind == STAR {
		p.failTok(p.cur(), "star-expressions in subscripts are not supported by rcvm")
	}
	var lo Expr
	if p.cur().kind != COLON {
		lo = p.namedExpression()
		if p.cur().kind != COLON {
			if k := p.cur().kind; k != COMMA && k != RBRACK {
				p.missingComma(lo)
			}
			return lo
		}
	}
	p.expect(COLON)
	s := &Slice{Lo: lo}
	if k := p.cur().kind; k != COLON && k != COMMA && k != RBRACK {
		s.Hi = p.expression()
	}
	if p.got(COLON) {
		if k := p.cur().kind; k != COMMA && k != RBRACK {
			s.Step = p.expression()
		}
	}
	s.Span = p.span(start)
	return s
}

// call parses the argument list of a call of fn, which starts at start.
func (p *parser) call(start Pos, fn Expr) Expr {
	p.expect(LPAREN)
	c := &Call{Func: fn}
	seenKw, seenKwUnpack := false, false
	names := map[string]bool{}
	var last Expr        // the last argument's value, for missingComma
	var misplaced string // reported at the end of the arguments, as CPython does
	for p.cur().kind != RPAREN {
		t := p.cur()
		switch {
		case t.kind == STAR:
			s := p.next().pos
			x := p.expression()
			arg := &Starred{Span: p.span(s), X: x}
			if seenKwUnpack {
				p.fail(KindSyntax, s, Pos{s.Line, s.Col + 1}, "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, arg)
			last = x
		case t.kind == STARSTAR:
			s := p.next().pos
			x := p.expression()
			c.Keywords = append(c.Keywords, &Keyword{Span: p.span(s), Value: x})
			seenKwUnpack = true
			last = x
		case t.kind == NAME && p.peek(1).kind == EQ:
			p.next()
			p.next()
			x := p.expression()
			kw := &Keyword{Span: p.span(t.pos), Name: t.raw, Value: x}
			if names[t.raw] {
				p.failNode(kw, "keyword argument repeated: %s", t.raw)
			}
			names[t.raw] = true
			c.Keywords = append(c.Keywords, kw)
			seenKw = true
			last = x
		case (t.kind == TRUE || t.kind == FALSE || t.kind == NONE) && p.peek(1).kind == EQ:
			eq := p.peek(1)
			p.fail(KindSyntax, t.pos, eq.end, "cannot assign to %s", t.kind)
		default:
			x := p.expression()
			if p.cur().kind == EQ {
				p.fail(KindSyntax, x.Start(), p.cur().end, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if p.cur().kind == FOR {
				fors := p.compFors()
				g := &Comp{Span: Span{x.Start(), p.prevEnd}, Kind: GenExp, Elt: x, Fors: fors}
				if len(c.Args) > 0 || len(c.Keywords) > 0 || p.cur().kind != RPAREN {
					if p.cur().kind == COMMA && p.peek(1).kind == RPAREN && len(c.Args)+len(c.Keywords) == 0 {
						p.next()
					} else {
						p.failNode(g, "Generator expression must be parenthesized")
					}
				}
				x = g
			}
			if seenKwUnpack && misplaced == "" {
				misplaced = "positional argument follows keyword argument unpacking"
			} else if seenKw && misplaced == "" {
				misplaced = "positional argument follows keyword argument"
			}
			c.Args = append(c.Args, x)
			last = x
		}
		if p.cur().kind == RPAREN {
			break
		}
		if p.cur().kind != COMMA {
			p.missingComma(last)
		}
		p.next()
	}
	if misplaced != "" {
		p.failTok(p.cur(), "%s", misplaced)
	}
	p.expect(RPAREN)
	c.Span = p.span(start)
	return c
}

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
