package syntax

// Trailers that take arguments: call argument lists and subscripts.

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
			x := p.assignmentExpression()
			if x == nil {
				x = p.expression()
			}
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
