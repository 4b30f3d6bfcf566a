package syntax

// Parameter lists of def and lambda.

// params parses a parameter list up to (not including) close; annotations
// are allowed in a def, not in a lambda.
func (p *parser) params(close Token, annotations bool) *Params {
	ps := &Params{}
	const (
		positional = iota
		keywordOnly
		afterKwArg
	)
	state := positional
	var bareStar *tok
	slash := false
	seen := map[string]bool{}
	addName := func(prm *Param) {
		if seen[prm.Name] {
			p.failNode(prm, "duplicate argument '%s' in function definition", prm.Name)
		}
		seen[prm.Name] = true
	}
	for p.cur().kind != close {
		t := p.cur()
		if state == afterKwArg {
			p.failTok(t, "arguments cannot follow var-keyword argument")
		}
		switch t.kind {
		case SLASH:
			switch {
			case state == keywordOnly:
				p.failTok(t, "/ must be ahead of *")
			case slash:
				p.failTok(t, "/ may appear only once")
			case len(ps.Args) == 0 && close == COLON:
				p.unexpected() // a lambda's message
			case len(ps.Args) == 0:
				p.failTok(t, "at least one argument must precede /")
			}
			slash = true
			ps.PosOnly = len(ps.Args)
			p.next()
		case STAR:
			if state == keywordOnly {
				p.failTok(t, "* argument may appear only once")
			}
			star := *t
			p.next()
			state = keywordOnly
			if p.cur().kind == NAME {
				ps.VarArg = p.param(annotations)
				addName(ps.VarArg)
				if p.cur().kind == EQ {
					p.failTok(p.cur(), "var-positional argument cannot have default value")
				}
			} else {
				bareStar = &star
				if k := p.cur().kind; k == close || k == COMMA && p.peek(1).kind == STARSTAR {
					p.failTok(bareStar, "named arguments must follow bare *")
				}
			}
		case STARSTAR:
			p.next()
			ps.KwArg = p.param(annotations)
			addName(ps.KwArg)
			if p.cur().kind == EQ {
				p.failTok(p.cur(), "var-keyword argument cannot have default value")
			}
			state = afterKwArg
		case NAME:
			prm := p.param(annotations)
			addName(prm)
			var def Expr
			if p.got(EQ) {
				def = p.expression()
			}
			if state == positional {
				if def != nil {
					ps.Defaults = append(ps.Defaults, def)
				} else if len(ps.Defaults) > 0 {
					p.failNode(prm, "non-default argument follows default argument")
				}
				ps.Args = append(ps.Args, prm)
			} else {
				ps.KwOnly = append(ps.KwOnly, prm)
				ps.KwDefaults = append(ps.KwDefaults, def)
			}
		default:
			p.unexpected()
		}
		if p.cur().kind == close {
			break
		}
		p.expect(COMMA)
	}
	if bareStar != nil && len(ps.KwOnly) == 0 {
		p.failTok(bareStar, "named arguments must follow bare *")
	}
	return ps
}

func (p *parser) param(annotations bool) *Param {
	t := p.expect(NAME)
	prm := &Param{Name: t.raw}
	if annotations && p.got(COLON) {
		prm.Annotation = p.expression()
	}
	prm.Span = p.span(t.pos)
	return prm
}
