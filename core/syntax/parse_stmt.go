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
	case ASYNC, INDENT:
		p.unexpected()
	case NAME:
		if t.raw == "match" && p.isMatchStatement() {
			p.failTok(t, "'match' statements are not supported by rcvm")
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
	if k := p.cur().kind; k == DOT || k == ELLIPSIS {
		p.failTok(p.cur(), "relative imports are not supported by rcvm")
	}
	s := &ImportFrom{Module: p.dottedName()}
	p.expect(IMPORT)
	if p.cur().kind == STAR {
		p.failTok(p.cur(), "'from ... import *' is not supported by rcvm")
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
	first := p.starExpressions()
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
		p.unexpected()
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

// block parses the body of a compound statement after its ':'. what and
// line describe the statement for the IndentationError when the body is
// missing.
func (p *parser) block(what string, line int32) []Stmt {
	if p.cur().kind != NEWLINE {
		return p.simpleStmts()
	}
	nl := p.next()
	if p.cur().kind != INDENT {
		// At the end of the file CPython reports column 0: no caret.
		pos, end := Pos{nl.pos.Line, 0}, Pos{nl.pos.Line, -1}
		for n := 0; ; n++ {
			t := p.peek(n)
			if t.kind == DEDENT {
				continue
			}
			if t.kind != EOF {
				pos, end = t.pos, t.end
			}
			break
		}
		p.fail(KindIndentation, pos, end, "expected an indented block after %s on line %d", what, line)
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
		for _, a := range c.Args {
			if _, ok := a.(*Starred); ok {
				p.failNode(a, "starred class bases are not supported by rcvm")
			}
		}
		if len(c.Keywords) > 0 {
			p.failNode(c.Keywords[0], "class keyword arguments are not supported by rcvm")
		}
		s.Bases = c.Args
	}
	p.expectColon(false)
	s.Body = p.block("class definition", t.pos.Line)
	s.Span = p.span(start)
	return s
}

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
			p.failTok(t, "positional-only parameters ('/') are not supported by rcvm")
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
