package syntax

import "strings"

// statement parses one line's worth of statements: a compound statement, or
// simple statements separated by semicolons.
func (p *parser) statement() []Stmt {
	t := p.cur()
	switch t.kind {
	case IF:
		return []Stmt{p.ifStmt("'if' statement")}
	case WHILE:
		return []Stmt{p.whileStmt()}
	case FOR:
		return []Stmt{p.forStmt()}
	case TRY:
		return []Stmt{p.tryStmt()}
	case WITH:
		return []Stmt{p.withStmt()}
	case DEF:
		return []Stmt{p.funcDef(t.pos, nil)}
	case CLASS:
		return []Stmt{p.classDef(t.pos, nil)}
	case AT:
		return []Stmt{p.decorated()}
	case ASYNC:
		return []Stmt{p.asyncStmt(t.pos, nil)}
	case INDENT:
		p.unexpected()
	case NAME:
		if t.raw == "match" {
			if p.isMatchStatement() {
				return []Stmt{p.matchStmt()}
			}
			p.invalidMatchStmt()
		}
	}
	return p.simpleStmts()
}

// isMatchStatement reports whether the logical line starting at the
// current token (the soft keyword `match`) ends in ':', which no
// expression statement or assignment can.
func (p *parser) isMatchStatement() bool {
	if k := p.peek(1).kind; k == EQ || k == DOT || k == COLON || k == NEWLINE || k == COMMA {
		return false
	}
	for n := 1; ; n++ {
		switch p.peek(n).kind {
		case NEWLINE:
			return p.peek(n-1).kind == COLON
		case EOF:
			return false
		}
	}
}

// invalidMatchStmt reproduces CPython's invalid_match_stmt: a line that
// is no simple statement but a match header without its ':' gets
// "expected ':'". It fails or returns with the position unchanged.
func (p *parser) invalidMatchStmt() {
	save, saveEnd, depth := p.i, p.prevEnd, p.depth
	if p.try(func() { p.simpleStmts() }) {
		p.i, p.prevEnd, p.depth = save, saveEnd, depth
		return
	}
	p.i, p.prevEnd, p.depth = save, saveEnd, depth
	ok := p.try(func() {
		p.next()
		p.subjectExpr()
	})
	if ok && p.cur().kind == NEWLINE {
		p.failTok(p.cur(), "expected ':'")
	}
	p.i, p.prevEnd, p.depth = save, saveEnd, depth
}

func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.got(SEMI) || p.cur().kind == NEWLINE {
			break
		}
	}
	if p.cur().kind != NEWLINE {
		p.badStatementEnd(out[len(out)-1])
	}
	p.next()
	return out
}

// badStatementEnd fails at a token that cannot follow the statement s,
// recognizing Python 2's print statement as CPython does.
func (p *parser) badStatementEnd(s Stmt) {
	if es, ok := s.(*ExprStmt); ok {
		if n, ok := es.X.(*Name); ok && (n.ID == "print" || n.ID == "exec") && startsExpr(p.cur().kind) {
			var rest Expr
			if p.try(func() { rest = p.starExpressions() }) {
				p.fail(KindSyntax, n.Start(), rest.End(),
					"Missing parentheses in call to '%s'. Did you mean %s(...)?", n.ID, n.ID)
			}
		}
	}
	p.unexpected()
}

func (p *parser) simpleStmt() Stmt {
	t := p.cur()
	start := t.pos
	switch t.kind {
	case PASS:
		p.next()
		return &Pass{Span: p.span(start)}
	case BREAK:
		p.next()
		return &Break{Span: p.span(start)}
	case CONTINUE:
		p.next()
		return &Continue{Span: p.span(start)}
	case RETURN:
		p.next()
		s := &Return{}
		if k := p.cur().kind; startsExpr(k) || k == STAR {
			s.Value = p.starExpressions()
			p.noBareStar(s.Value)
		}
		s.Span = p.span(start)
		return s
	case RAISE:
		p.next()
		s := &Raise{}
		if startsExpr(p.cur().kind) {
			s.Exc = p.expression()
			if p.got(FROM) {
				s.Cause = p.expression()
			}
		}
		s.Span = p.span(start)
		return s
	case GLOBAL, NONLOCAL:
		p.next()
		var names []string
		for {
			names = append(names, p.expect(NAME).raw)
			if !p.got(COMMA) {
				break
			}
		}
		if t.kind == GLOBAL {
			return &Global{Span: p.span(start), Names: names}
		}
		return &Nonlocal{Span: p.span(start), Names: names}
	case DEL:
		p.next()
		return p.delStmt(start)
	case ASSERT:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(COMMA) {
			s.Msg = p.expression()
		}
		s.Span = p.span(start)
		return s
	case IMPORT:
		return p.importStmt()
	case FROM:
		return p.fromImport()
	}
	return p.exprStmt()
}

func (p *parser) noBareStar(e Expr) {
	if s, ok := e.(*Starred); ok {
		p.failNode(s, "can't use starred expression here")
	}
}

func (p *parser) delStmt(start Pos) Stmt {
	s := &Delete{}
	for {
		var e Expr
		if p.cur().kind == STAR {
			st := p.next().pos
			x := p.bitwiseOr()
			e = &Starred{Span: p.span(st), X: x}
		} else {
			e = p.expression()
		}
		if bad := invalidTarget(e, true); bad != nil {
			p.failNode(bad, "cannot delete %s", exprName(bad))
		}
		s.Targets = append(s.Targets, e)
		if !p.got(COMMA) {
			break
		}
		if k := p.cur().kind; !startsExpr(k) && k != STAR {
			break
		}
	}
	s.Span = p.span(start)
	return s
}

func (p *parser) dottedName() string {
	var b strings.Builder
	b.WriteString(p.expect(NAME).raw)
	for p.got(DOT) {
		b.WriteByte('.')
		b.WriteString(p.expect(NAME).raw)
	}
	return b.String()
}

func (p *parser) importStmt() Stmt {
	start := p.next().pos
	s := &Import{}
	for {
		as := p.cur().pos
		a := &Alias{Name: p.dottedName()}
		if p.got(AS) {
			a.AsName = p.expect(NAME).raw
		}
		a.Span = p.span(as)
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	s.Span = p.span(start)
	return s
}

func (p *parser) fromImport() Stmt {
	start := p.next().pos
	s := &ImportFrom{}
	for {
		if p.got(DOT) {
			s.Level++
		} else if p.got(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || p.cur().kind != IMPORT {
		s.Module = p.dottedName()
	}
	p.expect(IMPORT)
	if star := p.cur(); star.kind == STAR {
		p.next()
		s.Names = []*Alias{{Span: p.span(star.pos), Name: "*"}}
		s.Span = p.span(start)
		return s
	}
	parens := p.got(LPAREN)
	for {
		as := p.cur().pos
		a := &Alias{Name: p.expect(NAME).raw}
		if p.got(AS) {
			a.AsName = p.expect(NAME).raw
		}
		a.Span = p.span(as)
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
		if parens && p.cur().kind == RPAREN {
			break
		}
		if !parens && p.cur().kind == NEWLINE {
			p.fail(KindSyntax, start, p.prevEnd, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if parens {
		p.expect(RPAREN)
	}
	s.Span = p.span(start)
	return s
}

// augOps maps augmented assignment tokens to their operators.
var augOps = map[Token]Token{
	PLUSEQ: PLUS, MINUSEQ: MINUS, STAREQ: STAR, SLASHEQ: SLASH, SLASHSLASHEQ: SLASHSLASH,
	PERCENTEQ: PERCENT, STARSTAREQ: STARSTAR, LTLTEQ: LTLT, GTGTEQ: GTGT, AMPEQ: AMP,
	PIPEEQ: PIPE, CARETEQ: CARET, ATEQ: AT,
}

// exprStmt parses an expression statement, an assignment, an augmented
// assignment or an annotated assignment.
func (p *parser) exprStmt() Stmt {
	start := p.cur().pos
	var first Expr
	if p.cur().kind == YIELD {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	k := p.cur().kind
	switch {
	case k == COLON:
		return p.annAssign(start, first)
	case augOps[k] != 0:
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.failNode(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
		}
		p.next()
		v := p.rhs()
		return &AugAssign{Span: p.span(start), Target: first, Op: augOps[k], Value: v}
	case k == EQ:
		exprs := []Expr{first}
		for p.got(EQ) {
			exprs = append(exprs, p.rhs())
		}
		n := len(exprs) - 1
		p.checkAssignment(exprs[:n], exprs[n])
		p.noBareStar(exprs[n])
		return &Assign{Span: p.span(start), Targets: exprs[:n], Value: exprs[n]}
	}
	p.noBareStar(first)
	return &ExprStmt{Span: p.span(start), X: first}
}

// rhs parses the right-hand side of an assignment.
func (p *parser) rhs() Expr {
	if p.cur().kind == YIELD {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) annAssign(start Pos, target Expr) Stmt {
	p.next()
	ann := p.expression()
	switch t := target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Tuple:
		if !t.Parens && len(t.Elts) > 0 {
			p.failNode(t.Elts[0], "only single target (not tuple) can be annotated")
		}
		p.failNode(t, "only single target (not tuple) can be annotated")
	case *List:
		p.failNode(t, "only single target (not list) can be annotated")
	default:
		p.failNode(t, "illegal target for annotation")
	}
	s := &AnnAssign{Target: target, Annotation: ann}
	_, isName := target.(*Name)
	s.Simple = isName && target.Start() == start
	if p.got(EQ) {
		s.Value = p.rhs()
		p.noBareStar(s.Value)
	}
	s.Span = p.span(start)
	return s
}
