package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// scopeKind is the kind of a block that has its own namespace.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
)

// symbol flags, as in CPython's symtable.h.
const (
	defLocal     = 1 << iota // assigned in the block
	defParam                 // a parameter
	defGlobal                // declared global
	defNonlocal              // declared nonlocal
	defUse                   // read in the block
	defAnnot                 // annotated (x: int)
	defFreeClass             // a class local that a method also needs as a free variable
	defCompIter              // a comprehension's iteration variable
	defBound     = defLocal | defParam
)

// binding is where a name lives, once resolved.
type binding uint8

const (
	bindNone           binding = iota
	bindLocal                  // a local of a function (or the module/class namespace)
	bindGlobalExplicit         // declared global
	bindGlobalImplicit         // not bound in any enclosing function: global or builtin
	bindFree                   // bound in an enclosing function
	bindCell                   // local, and captured by an inner function
)

// scope is the symbol table of one block.
type scope struct {
	kind     scopeKind
	name     string
	node     any // *syntax.File, *FunctionDef, *Lambda, *Comp or *ClassDef
	parent   *scope
	children []*scope

	symbols    map[string]int
	order      []string // names in order of first appearance
	params     []string
	directives map[string]syntax.Node // global/nonlocal statements, for errors

	resolved       map[string]binding
	cellVars       []string
	freeVars       []string
	needsClassCell bool // a class body whose methods use __class__ or super
	isLambda       bool
	isComp         bool
	// generator is set for a function whose body yields (ste_generator);
	// coroutine for an async def or a comprehension that awaits
	// (ste_coroutine).
	generator bool
	coroutine bool
	// isAsync is set for an async def.
	isAsync bool
	// private is the name of the innermost enclosing class (the class
	// itself for a class body), whose private names (__x) the block's
	// names are mangled with; "" outside classes (CPython's st_private).
	private string
}

func newScope(kind scopeKind, name string, node any, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent,
		symbols: map[string]int{}, directives: map[string]syntax.Node{}}
	if parent != nil {
		parent.children = append(parent.children, s)
		s.private = parent.private
	}
	if kind == classScope {
		s.private = name
	}
	return s
}

// mangle is the name as the block stores it: a private name is mangled
// with the enclosing class's name.
func (s *scope) mangle(name string) string { return mangle(s.private, name) }

// flags returns the symbol flags recorded so far for name.
func (s *scope) flags(name string) int { return s.symbols[s.mangle(name)] }

// add records a use or binding of name (mangled when private).
func (s *scope) add(name string, flag int) {
	name = s.mangle(name)
	old, ok := s.symbols[name]
	if !ok {
		s.order = append(s.order, name)
	}
	s.symbols[name] = old | flag
}

// symtable builds the scopes of a file.
type symtable struct {
	cur    *scope
	scopes map[any]*scope
	depth  int
	// compIter counts the comprehension iterables being visited (where an
	// assignment expression is not allowed).
	compIter int
	// futureAnnotations: annotations are kept as strings, not evaluated,
	// so their names are not uses (from __future__ import annotations).
	futureAnnotations bool
}

// maxNesting bounds the recursion of the tree walks; the parser bounds
// brackets and unary chains, but left-leaning chains (a.b.c..., x[0][0]...)
// can still be deep.
const maxNesting = 3000

// buildSymtable walks the file, creating a scope for each block and
// recording how each name is used, then resolves every name.
func buildSymtable(f *syntax.File, opts Options) (*symtable, *scope, *syntax.Error) {
	st := &symtable{scopes: map[any]*scope{}, futureAnnotations: opts.Future&bytecode.CoFutureAnnots != 0}
	top := newScope(moduleScope, "<module>", f, nil)
	st.scopes[f] = top
	st.cur = top
	if err := catch(func() { st.stmts(f.Body) }); err != nil {
		return nil, nil, err
	}
	if err := catch(func() { analyze(top, nil, set{}, set{}) }); err != nil {
		return nil, nil, err
	}
	return st, top, nil
}

func (st *symtable) enter(kind scopeKind, name string, node any) *scope {
	s := newScope(kind, name, node, st.cur)
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) leave() { st.cur = st.cur.parent }

func (st *symtable) stmts(body []syntax.Stmt) {
	for _, s := range body {
		st.stmt(s)
	}
}

func (st *symtable) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		st.expr(s.X)
	case *syntax.Assign:
		st.expr(s.Value)
		for _, t := range s.Targets {
			st.target(t)
		}
	case *syntax.AugAssign:
		st.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			st.cur.add(n.ID, defLocal)
		} else {
			st.expr(s.Target)
		}
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			if fl := st.cur.flags(n.ID); fl&(defGlobal|defNonlocal) != 0 && s.Simple {
				kind := "global"
				if fl&defNonlocal != 0 {
					kind = "nonlocal"
				}
				fail(s, "annotated name '%s' can't be %s", n.ID, kind)
			}
			if s.Simple {
				st.cur.add(n.ID, defLocal|defAnnot)
			} else if s.Value != nil {
				st.cur.add(n.ID, defLocal)
			}
		} else {
			st.expr(s.Target)
		}
		st.annotation(s.Annotation)
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Else)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Else)
	case *syntax.For:
		st.expr(s.Iter)
		st.target(s.Target)
		st.stmts(s.Body)
		st.stmts(s.Else)
	case *syntax.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.FunctionDef:
		st.cur.add(s.Name, defLocal)
		st.params(s.Params)
		st.paramAnnotations(s.Params, s.Returns)
		for _, d := range s.Decorators {
			st.expr(d)
		}
		fs := st.enter(functionScope, s.Name, s)
		fs.isAsync, fs.coroutine = s.Async, s.Async
		st.declareParams(fs, s.Params)
		st.stmts(s.Body)
		st.leave()
	case *syntax.ClassDef:
		st.cur.add(s.Name, defLocal)
		for _, b := range s.Bases {
			st.expr(b)
		}
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		for _, d := range s.Decorators {
			st.expr(d)
		}
		st.enter(classScope, s.Name, s)
		st.stmts(s.Body)
		st.leave()
	case *syntax.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.cur.add(h.Name, defLocal)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Else)
		st.stmts(s.Finally)
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			st.target(t)
		}
	case *syntax.Global:
		st.declare(s, s.Names, defGlobal, "global")
	case *syntax.Nonlocal:
		if st.cur.kind == moduleScope {
			fail(s, "nonlocal declaration not allowed at module level")
		}
		st.declare(s, s.Names, defNonlocal, "nonlocal")
	case *syntax.With:
		for _, it := range s.Items {
			st.expr(it.Context)
			if it.Target != nil {
				st.target(it.Target)
			}
		}
		st.stmts(s.Body)
	case *syntax.Import:
		for _, a := range s.Names {
			st.cur.add(importedName(a), defLocal)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			st.cur.add(importedName(a), defLocal)
		}
	case *syntax.Match:
		st.expr(s.Subject)
		for _, m := range s.Cases {
			st.pattern(m.Pattern)
			if m.Guard != nil {
				st.expr(m.Guard)
			}
			st.stmts(m.Body)
		}
	}
}

// declare records a global or nonlocal statement, with CPython's checks
// that the names were not used before it.
func (st *symtable) declare(s syntax.Stmt, names []string, flag int, kind string) {
	for _, name := range names {
		cur := st.cur.flags(name)
		switch {
		case cur&defParam != 0:
			fail(s, "name '%s' is parameter and %s", name, kind)
		case cur&defUse != 0:
			fail(s, "name '%s' is used prior to %s declaration", name, kind)
		case cur&defAnnot != 0:
			fail(s, "annotated name '%s' can't be %s", name, kind)
		case cur&defLocal != 0:
			fail(s, "name '%s' is assigned to before %s declaration", name, kind)
		}
		st.cur.add(name, flag)
		if _, seen := st.cur.directives[st.cur.mangle(name)]; !seen {
			st.cur.directives[st.cur.mangle(name)] = s
		}
	}
}

// importedName is the name an import binds: the alias, or the first
// component of a dotted module name.
func importedName(a *syntax.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// params visits what a def or lambda evaluates in the enclosing scope: the
// defaults (annotations are not evaluated).
func (st *symtable) params(ps *syntax.Params) {
	for _, d := range ps.Defaults {
		st.expr(d)
	}
	for _, d := range ps.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

// paramAnnotations visits a def's annotations, which are evaluated in the
// scope that defines the function.
func (st *symtable) paramAnnotations(ps *syntax.Params, returns syntax.Expr) {
	for _, p := range ps.Args {
		st.annotation(p.Annotation)
	}
	for _, p := range []*syntax.Param{ps.VarArg, ps.KwArg} {
		if p != nil {
			st.annotation(p.Annotation)
		}
	}
	for _, p := range ps.KwOnly {
		st.annotation(p.Annotation)
	}
	st.annotation(returns)
}

// annotation visits an annotation expression (nil for none), unless
// annotations are strings.
func (st *symtable) annotation(e syntax.Expr) {
	if e != nil && !st.futureAnnotations {
		st.expr(e)
	}
}

func (st *symtable) declareParams(s *scope, ps *syntax.Params) {
	add := func(p *syntax.Param) {
		s.add(p.Name, defParam)
		s.params = append(s.params, s.mangle(p.Name))
	}
	for _, p := range ps.Args {
		add(p)
	}
	for _, p := range ps.KwOnly {
		add(p)
	}
	if ps.VarArg != nil {
		add(ps.VarArg)
	}
	if ps.KwArg != nil {
		add(ps.KwArg)
	}
}

// target visits an assignment or deletion target.
func (st *symtable) target(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		st.cur.add(e.ID, defLocal)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *syntax.Starred:
		st.target(e.X)
	default:
		st.expr(e)
	}
}

func (st *symtable) expr(e syntax.Expr) {
	st.depth++
	defer func() { st.depth-- }()
	if st.depth > maxNesting {
		fail(e, "too many nested expressions")
	}
	switch e := e.(type) {
	case *syntax.Name:
		st.cur.add(e.ID, defUse)
		if e.ID == "super" && st.cur.kind == functionScope {
			st.cur.add("__class__", defUse)
		}
	case *syntax.Constant:
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.Spec != nil {
			st.expr(e.Spec)
		}
	case *syntax.BinOp:
		st.expr(e.X)
		st.expr(e.Y)
	case *syntax.UnaryOp:
		st.expr(e.X)
	case *syntax.BoolOp:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *syntax.Compare:
		st.expr(e.X)
		for _, y := range e.Ys {
			st.expr(y)
		}
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Else)
	case *syntax.Call:
		st.expr(e.Func)
		for _, a := range e.Args {
			st.expr(a)
		}
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *syntax.Attribute:
		st.expr(e.X)
	case *syntax.Subscript:
		st.expr(e.X)
		st.expr(e.Index)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lo, e.Hi, e.Step} {
			if x != nil {
				st.expr(x)
			}
		}
	case *syntax.Starred:
		st.expr(e.X)
	case *syntax.List:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.Set:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.expr(k)
			}
			st.expr(e.Values[i])
		}
	case *syntax.NamedExpr:
		st.namedExpr(e)
	case *syntax.Lambda:
		st.params(e.Params)
		ls := st.enter(functionScope, "<lambda>", e)
		ls.isLambda = true
		st.declareParams(ls, e.Params)
		st.expr(e.Body)
		st.leave()
	case *syntax.Comp:
		st.comp(e)
	case *syntax.Yield:
		st.yield(e)
		if e.Value != nil {
			st.expr(e.Value)
		}
	case *syntax.YieldFrom:
		st.yield(e)
		st.expr(e.X)
	case *syntax.Await:
		st.await(e)
		st.expr(e.X)
	}
}

var compNames = [...]string{
	syntax.ListComp: "<listcomp>", syntax.SetComp: "<setcomp>",
	syntax.DictComp: "<dictcomp>", syntax.GenExp: "<genexpr>",
}

// comp visits a comprehension: its outermost iterable belongs to the
// enclosing scope, everything else to the comprehension's own function
// scope, whose only parameter is ".0".
func (st *symtable) comp(e *syntax.Comp) {
	st.compIterable(e.Fors[0].Iter)
	cs := st.enter(functionScope, compNames[e.Kind], e)
	cs.isComp = true
	cs.add(".0", defParam)
	cs.params = []string{".0"}
	for i, f := range e.Fors {
		if i > 0 {
			st.compIterable(f.Iter)
		}
		st.target(f.Target)
		st.markCompIter(f.Target)
		for _, c := range f.Ifs {
			st.expr(c)
		}
	}
	st.expr(e.Elt)
	if e.Value != nil {
		st.expr(e.Value)
	}
	for _, f := range e.Fors {
		if f.Async {
			cs.coroutine = true
		}
	}
	st.leave()
}

// compIterable visits a comprehension's iterable, where assignment
// expressions are not allowed.
func (st *symtable) compIterable(e syntax.Expr) {
	st.compIter++
	st.expr(e)
	st.compIter--
}

// markCompIter flags the names a comprehension's for clause binds.
func (st *symtable) markCompIter(target syntax.Expr) {
	switch t := target.(type) {
	case *syntax.Name:
		st.cur.symbols[st.cur.mangle(t.ID)] |= defCompIter
	case *syntax.Tuple:
		for _, x := range t.Elts {
			st.markCompIter(x)
		}
	case *syntax.List:
		for _, x := range t.Elts {
			st.markCompIter(x)
		}
	case *syntax.Starred:
		st.markCompIter(t.X)
	}
}

// namedExpr records an assignment expression's target, as CPython's
// symtable_extend_namedexpr_scope: inside comprehensions the name is bound
// in the nearest enclosing function (nonlocal to the comprehensions) or
// module (global to them); a class body cannot be that scope.
func (st *symtable) namedExpr(e *syntax.NamedExpr) {
	if st.compIter > 0 {
		fail(e, "assignment expression cannot be used in a comprehension iterable expression")
	}
	st.expr(e.Value)
	name := e.Target.ID
	if !st.cur.isComp {
		st.cur.add(name, defLocal)
		return
	}
	for s := st.cur; s != nil; s = s.parent {
		if s.isComp {
			if s.flags(name)&defCompIter != 0 {
				fail(e, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.kind {
		case functionScope:
			flag := defNonlocal
			if s.flags(name)&defGlobal != 0 {
				flag = defGlobal
			}
			for c := st.cur; c != s; c = c.parent {
				c.add(name, flag)
				c.directives[c.mangle(name)] = e
			}
			s.add(name, defLocal)
		case moduleScope:
			for c := st.cur; c != s; c = c.parent {
				c.add(name, defGlobal)
				c.directives[c.mangle(name)] = e
			}
			s.add(name, defLocal)
		case classScope:
			fail(e, "assignment expression within a comprehension cannot be used in a class body")
		}
		return
	}
}
