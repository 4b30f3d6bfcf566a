package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// decorators pushes each decorator followed by NULL; applyDecorators then
// calls them innermost first on the function or class on top of the stack.
func (c *compiler) decorators(ds []syntax.Expr) {
	for _, d := range ds {
		c.expr(d)
		c.emit(bytecode.PUSH_NULL, 0)
	}
}

func (c *compiler) applyDecorators(ds []syntax.Expr) {
	for i := len(ds) - 1; i >= 0; i-- {
		line, col := c.at(ds[i])
		c.emit(bytecode.CALL, 1)
		c.restore(line, col)
	}
}

// defaults pushes a function's default values and returns the
// MAKE_FUNCTION flags that describe them.
func (c *compiler) defaults(ps *syntax.Params) int32 {
	var flags int32
	if len(ps.Defaults) > 0 {
		if v, ok := constValue(&syntax.Tuple{Elts: ps.Defaults}); ok {
			c.loadConst(v)
		} else {
			c.sequence(ps.Defaults, bytecode.BUILD_TUPLE, bytecode.LIST_EXTEND, bytecode.LIST_APPEND, true)
		}
		flags |= bytecode.MakeDefaults
	}
	n := 0
	for i, d := range ps.KwDefaults {
		if d != nil {
			c.loadConst(c.mangle(ps.KwOnly[i].Name))
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(bytecode.BUILD_MAP, int32(n))
		flags |= bytecode.MakeKwDefaults
	}
	return flags
}

// setParams fills the argument counts and flags of the current code.
func (c *compiler) setParams(ps *syntax.Params) {
	code := c.u.code
	code.ArgCount = len(ps.Args)
	code.PosOnlyArgCount = ps.PosOnly
	code.KwOnlyArgCount = len(ps.KwOnly)
	if ps.VarArg != nil {
		code.Flags |= bytecode.FlagVarArgs
	}
	if ps.KwArg != nil {
		code.Flags |= bytecode.FlagVarKeywords
	}
}

// makeFunction emits the closure tuple (if code has free variables), the
// code constant and MAKE_FUNCTION; defaults must already be on the stack.
func (c *compiler) makeFunction(code *bytecode.Code, flags int32) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			i, ok := c.u.cellIdx[name]
			if !ok {
				panic(compileError{internalError(c.u, "free variable "+name+" not found in enclosing scope")})
			}
			c.emit(bytecode.LOAD_CLOSURE, i)
		}
		c.emit(bytecode.BUILD_TUPLE, int32(len(code.FreeVars)))
		flags |= bytecode.MakeClosure
	}
	c.loadConst(code)
	c.emit(bytecode.MAKE_FUNCTION, flags)
}

func (c *compiler) funcDef(s *syntax.FunctionDef) {
	c.decorators(s.Decorators)
	c.atPos(s.DefPos)
	flags := c.defaults(s.Params)
	if c.annotations(s.Params, s.Returns) {
		flags |= bytecode.MakeAnnotations
	}
	c.enterUnit(c.st.scopes[s], s.Name, s.Start().Line)
	c.setParams(s.Params)
	if doc, ok := docstring(s.Body); ok && c.opts.Optimize < 2 {
		c.u.code.Doc, c.u.code.HasDoc = doc, true
	}
	c.stmts(s.Body)
	c.returnNone()
	code := c.leaveUnit()
	c.makeFunction(code, flags)
	c.applyDecorators(s.Decorators)
	c.nameOp(s.Name, ctxStore)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Params)
	c.enterUnit(c.st.scopes[e], "<lambda>", e.Start().Line)
	c.setParams(e.Params)
	c.expr(e.Body)
	c.emit(bytecode.RETURN_VALUE, 0)
	code := c.leaveUnit()
	c.makeFunction(code, flags)
}

// classDef compiles a class statement as documented at LOAD_BUILD_CLASS.
func (c *compiler) classDef(s *syntax.ClassDef) {
	c.decorators(s.Decorators)
	c.atPos(s.ClassPos)
	c.emit(bytecode.LOAD_BUILD_CLASS, 0)
	c.emit(bytecode.PUSH_NULL, 0)
	cs := c.st.scopes[s]
	c.enterUnit(cs, s.Name, s.Start().Line)
	c.emit(bytecode.LOAD_NAME, c.nameIndex("__name__"))
	c.emit(bytecode.STORE_NAME, c.nameIndex("__module__"))
	c.loadConst(c.u.code.QualName)
	c.emit(bytecode.STORE_NAME, c.nameIndex("__qualname__"))
	c.body(s.Body)
	if cs.needsClassCell {
		c.emit(bytecode.LOAD_CLOSURE, c.u.cellIdx["__class__"])
		c.emit(bytecode.STORE_NAME, c.nameIndex("__classcell__"))
	}
	c.returnNone()
	code := c.leaveUnit()
	c.makeFunction(code, 0)
	c.loadConst(s.Name)
	c.classArgs(s)
	c.applyDecorators(s.Decorators)
	c.nameOp(s.Name, ctxStore)
}

// classArgs pushes the bases and keywords of a class statement after the
// body function and the name, and calls __build_class__ with them: a
// plain CALL, or CALL_FUNCTION_EX when a base is starred or a keyword is
// **mapping (as CPython's compiler_call_helper does with two arguments
// already on the stack).
func (c *compiler) classArgs(s *syntax.ClassDef) {
	e := &syntax.Call{Args: s.Bases, Keywords: s.Keywords}
	stars := false
	for _, a := range s.Bases {
		if _, ok := a.(*syntax.Starred); ok {
			stars = true
		}
	}
	for _, k := range s.Keywords {
		if k.Name == "" {
			stars = true
		}
	}
	if !stars {
		for _, a := range e.Args {
			c.expr(a)
		}
		var names bytecode.Tuple
		for _, k := range e.Keywords {
			c.expr(k.Value)
			names = append(names, k.Name)
		}
		if len(names) > 0 {
			c.emit(bytecode.KW_NAMES, c.constIndex(names))
		}
		c.emit(bytecode.CALL, int32(2+len(e.Args)+len(e.Keywords)))
		return
	}
	c.emit(bytecode.BUILD_LIST, 2)
	for _, x := range e.Args {
		if st, ok := x.(*syntax.Starred); ok {
			c.expr(st.X)
			c.emit(bytecode.LIST_EXTEND, 1)
		} else {
			c.expr(x)
			c.emit(bytecode.LIST_APPEND, 1)
		}
	}
	c.emit(bytecode.LIST_TO_TUPLE, 0)
	if len(e.Keywords) == 0 {
		c.emit(bytecode.CALL_FUNCTION_EX, 0)
		return
	}
	c.callExKeywords(e)
}

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.X.(*syntax.Constant); ok {
			s, isStr := k.Value.(string)
			return s, isStr
		}
	}
	return "", false
}

// comprehension compiles a comprehension or generator expression as a
// nested function called with the iterator of its outermost iterable.
func (c *compiler) comprehension(e *syntax.Comp) {
	cs := c.st.scopes[e]
	if outer := c.u.scope; cs.coroutine && e.Kind != syntax.GenExp && !outer.isAsync && !outer.isComp {
		fail(e, "asynchronous comprehension outside of an asynchronous function")
	}
	c.enterUnit(cs, compNames[e.Kind], e.Start().Line)
	c.u.code.ArgCount = 1
	switch e.Kind {
	case syntax.ListComp:
		c.emit(bytecode.BUILD_LIST, 0)
	case syntax.SetComp:
		c.emit(bytecode.BUILD_SET, 0)
	case syntax.DictComp:
		c.emit(bytecode.BUILD_MAP, 0)
	case syntax.GenExp:
		c.u.code.Flags |= bytecode.FlagGenerator
	}
	c.compFor(e, 0)
	if e.Kind == syntax.GenExp {
		c.returnNone()
	} else {
		c.emit(bytecode.RETURN_VALUE, 0)
	}
	code := c.leaveUnit()
	c.makeFunction(code, 0)
	c.emit(bytecode.PUSH_NULL, 0)
	c.expr(e.Fors[0].Iter)
	if e.Fors[0].Async {
		c.emit(bytecode.GET_AITER, 0)
	} else {
		c.emit(bytecode.GET_ITER, 0)
	}
	c.emit(bytecode.CALL, 1)
	if cs.coroutine && e.Kind != syntax.GenExp {
		c.await(0)
	}
}

// compFor compiles clause i of a comprehension and, nested in its loop, the
// following clauses and the element.
func (c *compiler) compFor(e *syntax.Comp, i int) {
	f := e.Fors[i]
	start, cont, end := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(bytecode.LOAD_FAST, 0) // .0, the iterator passed in
	} else {
		c.expr(f.Iter)
		if f.Async {
			c.emit(bytecode.GET_AITER, 0)
		} else {
			c.emit(bytecode.GET_ITER, 0)
		}
	}
	c.bind(start)
	var exhausted label
	if f.Async {
		exhausted = c.newLabel()
		c.emitJump(bytecode.SETUP_FINALLY, exhausted)
		c.emit(bytecode.GET_ANEXT, 0)
		c.loadConst(nil)
		c.emit(bytecode.YIELD_FROM, 0)
		c.emit(bytecode.POP_BLOCK, 0)
	} else {
		c.emitJump(bytecode.FOR_ITER, end)
	}
	c.assignTarget(f.Target)
	for _, cond := range f.Ifs {
		c.jumpIf(cond, false, cont)
	}
	if i+1 < len(e.Fors) {
		c.compFor(e, i+1)
	} else {
		depth := int32(len(e.Fors) + 1)
		c.expr(e.Elt)
		switch e.Kind {
		case syntax.ListComp:
			c.emit(bytecode.LIST_APPEND, depth)
		case syntax.SetComp:
			c.emit(bytecode.SET_ADD, depth)
		case syntax.DictComp:
			c.expr(e.Value)
			c.emit(bytecode.MAP_ADD, depth)
		case syntax.GenExp:
			var agen int32
			if c.u.scope.coroutine {
				agen = 1
			}
			c.emit(bytecode.YIELD_VALUE, agen)
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	c.bind(cont)
	c.emitJump(bytecode.JUMP, start)
	if f.Async {
		c.bind(exhausted)
		c.emit(bytecode.END_ASYNC_FOR, 0)
	}
	c.bind(end)
}

// annotations pushes a def's annotations as a tuple of names and values,
// alternating (MAKE_FUNCTION's annotations), and reports whether there
// were any. CPython's order: the positional parameters, *args, the
// keyword-only ones, **kwargs, then "return".
func (c *compiler) annotations(ps *syntax.Params, returns syntax.Expr) bool {
	n := 0
	add := func(name string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(c.mangle(name))
		c.annotationValue(ann)
		n++
	}
	for _, p := range ps.Args {
		add(p.Name, p.Annotation)
	}
	if ps.VarArg != nil {
		add(ps.VarArg.Name, ps.VarArg.Annotation)
	}
	for _, p := range ps.KwOnly {
		add(p.Name, p.Annotation)
	}
	if ps.KwArg != nil {
		add(ps.KwArg.Name, ps.KwArg.Annotation)
	}
	add("return", returns)
	if n == 0 {
		return false
	}
	c.emit(bytecode.BUILD_TUPLE, int32(2*n))
	return true
}

// annotationValue pushes an annotation's value: the expression's, or
// under from __future__ import annotations its source as a string.
func (c *compiler) annotationValue(e syntax.Expr) {
	if c.opts.Future&bytecode.CoFutureAnnots != 0 {
		c.loadConst(Unparse(e))
		return
	}
	c.expr(e)
}

// findAnnotations reports whether a module or class body annotates a name
// anywhere outside nested functions and classes (CPython's find_ann).
func findAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.While:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.For:
			if findAnnotations(s.Body) || findAnnotations(s.Else) {
				return true
			}
		case *syntax.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.Match:
			for _, m := range s.Cases {
				if findAnnotations(m.Body) {
					return true
				}
			}
		case *syntax.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Else) || findAnnotations(s.Finally) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}
