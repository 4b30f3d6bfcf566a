package syntax

// Assignment, deletion and annotation targets, and CPython's messages for
// the invalid ones.

// targetList parses the targets of a for statement or comprehension up to
// (not including) the token stop. Elements are parsed at bitwise_or level,
// so that the `in` that follows is not taken for a comparison.
func (p *parser) targetList(stop Token) Expr {
	start := p.cur().pos
	e := p.targetElem()
	if p.cur().kind == COMMA {
		elts := []Expr{e}
		for p.got(COMMA) {
			if p.cur().kind == stop {
				break
			}
			elts = append(elts, p.targetElem())
		}
		e = &Tuple{Span: p.span(start), Elts: elts}
	}
	p.checkTarget(e)
	return e
}

func (p *parser) targetElem() Expr {
	if p.cur().kind == STAR {
		start := p.next().pos
		x := p.bitwiseOr()
		return &Starred{Span: p.span(start), X: x}
	}
	return p.bitwiseOr()
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to (deleted from, when del is set), or nil when e is a valid
// target (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e Expr, del bool) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, del); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, del); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if del {
			return e
		}
		return invalidTarget(e.X, del)
	}
	return e
}

// checkTarget fails unless e is a valid assignment target.
func (p *parser) checkTarget(e Expr) {
	if bad := invalidTarget(e, false); bad != nil {
		p.failNode(bad, "cannot assign to %s", exprName(bad))
	}
	p.checkStarred(e, true)
}

// checkStarred enforces the compiler's rules on starred targets: only
// inside a tuple or list, at most one per level.
func (p *parser) checkStarred(e Expr, top bool) {
	var elts []Expr
	switch e := e.(type) {
	case *Starred:
		if top {
			p.failNode(e, "starred assignment target must be in a list or tuple")
		}
		p.checkStarred(e.X, false)
		return
	case *Tuple:
		elts = e.Elts
	case *List:
		elts = e.Elts
	default:
		return
	}
	stars := 0
	for i, x := range elts {
		if s, ok := x.(*Starred); ok {
			stars++
			if stars > 1 {
				p.failNode(e, "multiple starred expressions in assignment")
			}
			if i >= 256 || len(elts)-i-1 >= 1<<24 {
				p.failNode(e, "too many expressions in star-unpacking assignment")
			}
			p.checkStarred(s.X, false)
			continue
		}
		p.checkStarred(x, false)
	}
}

// checkAssignment validates the targets of `t1 = t2 = ... = value`.
func (p *parser) checkAssignment(targets []Expr, value Expr) {
	if len(targets) == 1 {
		// CPython's invalid_named_expression sees `last = value` first.
		last := targets[0]
		if t, ok := last.(*Tuple); ok && !t.Parens && len(t.Elts) > 0 {
			last = t.Elts[len(t.Elts)-1]
		}
		if invalidTarget(last, false) != nil && hereCandidate(last) && startsBitwiseOr(value) {
			p.failNode(last, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(last))
		}
	}
	for _, t := range targets {
		if bad := invalidTarget(t, false); bad != nil {
			p.failNode(bad, "cannot assign to %s", exprName(bad))
		}
	}
	for _, t := range targets {
		p.checkStarred(t, true)
	}
}

// hereCandidate reports whether CPython would suggest '==' for `e = ...`:
// e is an operand-level expression but not a display or a keyword constant.
func hereCandidate(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *List, *Tuple:
		return false
	case *UnaryOp:
		return e.Op != NOT
	case *Comp:
		return e.Kind != GenExp
	case *Constant:
		switch e.Value.(type) {
		case nil, bool:
			return false
		}
	}
	return true
}

// startsBitwiseOr reports whether e begins with an operand (not with
// `not`, `lambda` or a star).
func startsBitwiseOr(e Expr) bool {
	for {
		switch x := e.(type) {
		case *Tuple:
			if x.Parens || len(x.Elts) == 0 {
				return true
			}
			e = x.Elts[0]
		case *BinOp:
			e = x.X
		case *Compare:
			e = x.X
		case *BoolOp:
			e = x.Values[0]
		case *IfExp:
			e = x.Body
		case *UnaryOp:
			return x.Op != NOT
		case *Lambda, *Starred:
			return false
		default:
			return true
		}
	}
}

// exprName names an expression as CPython's error messages do
// (_PyPegen_get_expr_name).
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *Comp:
		switch e.Kind {
		case ListComp:
			return "list comprehension"
		case SetComp:
			return "set comprehension"
		case DictComp:
			return "dict comprehension"
		}
		return "generator expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	}
	return "expression"
}
