package compile

import (
	"strings"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	line, col := c.at(s)
	defer c.restore(line, col)
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if c.interactive && c.u.scope.kind == moduleScope {
			c.expr(s.X)
			c.emit(bytecode.PRINT_EXPR, 0)
			return
		}
		if _, ok := constValue(s.X); ok {
			return // docstrings and other constants: no code, as in CPython
		}
		c.expr(s.X)
		c.emit(bytecode.POP_TOP, 0)
	case *syntax.Assign:
		c.assign(s)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		if s.Async {
			c.asyncForStmt(s)
		} else {
			c.forStmt(s)
		}
	case *syntax.Break:
		loop, ok := c.unwindStack(false, true)
		if !ok {
			fail(s, "'break' outside loop")
		}
		c.unwindBlock(loop, false)
		c.emitJump(bytecode.JUMP, loop.exit)
	case *syntax.Continue:
		loop, ok := c.unwindStack(false, true)
		if !ok {
			fail(s, "'continue' not properly in loop")
		}
		c.emitJump(bytecode.JUMP, loop.start)
	case *syntax.Pass:
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.FunctionDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Try:
		if len(s.Finally) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *syntax.Raise:
		n := int32(0)
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(bytecode.RAISE_VARARGS, n)
	case *syntax.Assert:
		if c.opts.Optimize > 0 {
			return
		}
		end := c.newLabel()
		c.jumpIf(s.Test, true, end)
		c.emit(bytecode.LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.emit(bytecode.PUSH_NULL, 0)
			c.expr(s.Msg)
			c.emit(bytecode.CALL, 1)
		}
		c.emit(bytecode.RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.delTarget(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.With:
		if s.Async {
			c.asyncWithStmt(s, 0)
		} else {
			c.withStmt(s, 0)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(bytecode.IMPORT_NAME, c.nameIndex(a.Name))
			if a.AsName == "" {
				c.nameOp(importedName(a), ctxStore)
				continue
			}
			c.importSubmodules(a.Name)
			c.nameOp(a.AsName, ctxStore)
		}
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Match:
		c.matchStmt(s)
	default:
		fail(s, "unsupported statement")
	}
}

// importFrom compiles `from [.]m import a as b, ...` and `from m import *`
// as CPython does: IMPORT_NAME with the level and the tuple of names, then
// IMPORT_FROM for each name (or IMPORT_STAR).
func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" {
		c.futureImport(s)
	}
	names := make(bytecode.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(int64(s.Level))
	c.loadConst(names)
	c.emit(bytecode.IMPORT_NAME, c.nameIndex(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		if c.u.scope.kind != moduleScope {
			fail(s, "import * only allowed at module level")
		}
		c.emit(bytecode.IMPORT_STAR, 0)
		return
	}
	for _, a := range s.Names {
		c.emit(bytecode.IMPORT_FROM, c.nameIndex(a.Name))
		name := a.AsName
		if name == "" {
			name = a.Name
		}
		c.nameOp(name, ctxStore)
	}
	c.emit(bytecode.POP_TOP, 0)
}

// importSubmodules walks from the top package that IMPORT_NAME of a dotted
// name pushes down to the named submodule, as CPython does for
// `import a.b as c`.
func (c *compiler) importSubmodules(dotted string) {
	parts := strings.Split(dotted, ".")
	for _, p := range parts[1:] {
		c.emit(bytecode.IMPORT_FROM, c.nameIndex(p))
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.POP_TOP, 0)
	}
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if c.u.scope.kind != functionScope {
		fail(s, "'return' outside function")
	}
	if sc := c.u.scope; s.Value != nil && sc.coroutine && sc.generator {
		fail(s, "'return' with value in async generator")
	}
	_, isConst := constValue(s.Value)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	c.unwindStack(preserve, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.expr(s.Value)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
}

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newLabel()
	if len(s.Else) == 0 {
		c.jumpIf(s.Test, false, end)
		c.stmts(s.Body)
		c.bind(end)
		return
	}
	orelse := c.newLabel()
	c.jumpIf(s.Test, false, orelse)
	c.stmts(s.Body)
	c.emitJump(bytecode.JUMP, end)
	c.bind(orelse)
	c.stmts(s.Else)
	c.bind(end)
}

// whileStmt compiles `while test: body` as
// L: <test> POP_JUMP_IF_FALSE else; body; JUMP_BACKWARD L; else: ...
func (c *compiler) whileStmt(s *syntax.While) {
	start, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	c.jumpIf(s.Test, false, orelse)
	c.pushBlock(s, fblock{kind: fbWhileLoop, start: start, exit: end})
	c.stmts(s.Body)
	c.popBlock()
	c.at(s)
	c.emitJump(bytecode.JUMP, start)
	c.bind(orelse)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(bytecode.GET_ITER, 0)
	c.bind(start)
	c.emitJump(bytecode.FOR_ITER, cleanup)
	c.assignTarget(s.Target)
	c.pushBlock(s, fblock{kind: fbForLoop, start: start, exit: end})
	c.stmts(s.Body)
	c.popBlock()
	c.at(s)
	c.emitJump(bytecode.JUMP, start)
	c.bind(cleanup)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) tryFinally(s *syntax.Try) {
	final, end := c.newLabel(), c.newLabel()
	c.emitJump(bytecode.SETUP_FINALLY, final)
	c.pushBlock(s, fblock{kind: fbFinallyTry, final: s.Finally})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	c.emit(bytecode.POP_BLOCK, 0)
	c.stmts(s.Finally)
	c.emitJump(bytecode.JUMP, end)
	c.bind(final)
	c.pushBlock(s, fblock{kind: fbFinallyEnd})
	c.stmts(s.Finally)
	c.popBlock()
	c.emit(bytecode.RERAISE, 0)
	c.bind(end)
}

// tryExcept compiles try/except[/else]. On entry to the handlers the
// exception is on the stack and the eval loop has pushed an ExceptHandler
// block; each clause tests the type, binds or drops the exception, runs its
// body and leaves with POP_EXCEPT; an unmatched exception is re-raised.
func (c *compiler) tryExcept(s *syntax.Try) {
	handlers, end := c.newLabel(), c.newLabel()
	c.emitJump(bytecode.SETUP_FINALLY, handlers)
	c.pushBlock(s, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popBlock()
	c.emit(bytecode.POP_BLOCK, 0)
	c.stmts(s.Else)
	c.emitJump(bytecode.JUMP, end)
	c.bind(handlers)
	for _, h := range s.Handlers {
		c.at(h)
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(bytecode.CHECK_EXC_MATCH, 0)
			c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name == "" {
			c.emit(bytecode.POP_TOP, 0)
			c.pushBlock(h, fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popBlock()
			c.emit(bytecode.POP_EXCEPT, 0)
			c.emitJump(bytecode.JUMP, end)
		} else {
			// The name is deleted however the clause is left, as in
			// CPython: `name = None; del name` on both paths.
			c.nameOp(h.Name, ctxStore)
			cleanup := c.newLabel()
			c.emitJump(bytecode.SETUP_FINALLY, cleanup)
			c.pushBlock(h, fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popBlock()
			c.at(h)
			c.emit(bytecode.POP_BLOCK, 0)
			c.emit(bytecode.POP_EXCEPT, 0)
			c.clearName(h.Name)
			c.emitJump(bytecode.JUMP, end)
			c.bind(cleanup)
			c.clearName(h.Name)
			c.emit(bytecode.RERAISE, 0)
		}
		c.bind(next)
	}
	if s.Handlers[len(s.Handlers)-1].Type != nil {
		c.emit(bytecode.RERAISE, 0)
	}
	c.bind(end)
}

// withStmt compiles item i of a with statement and, nested inside it, the
// remaining items and the body, in the shape documented at BEFORE_WITH.
func (c *compiler) withStmt(s *syntax.With, i int) { c.withItems(s, i, false) }

// withItems compiles item i of a with or (async) an async with statement
// and, nested inside it, the rest; the async form awaits the results of
// __aenter__ and __aexit__.
func (c *compiler) withItems(s *syntax.With, i int, async bool) {
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	it := s.Items[i]
	exc, sup, end := c.newLabel(), c.newLabel(), c.newLabel()
	line, col := c.at(it.Context)
	c.expr(it.Context)
	block := fblock{kind: fbWith}
	if async {
		c.emit(bytecode.BEFORE_ASYNC_WITH, 0)
		c.await(1)
		block.kind = fbAsyncWith
	} else {
		c.emit(bytecode.BEFORE_WITH, 0)
	}
	c.restore(line, col)
	if it.Target != nil {
		c.assignTarget(it.Target)
	} else {
		c.emit(bytecode.POP_TOP, 0)
	}
	c.emitJump(bytecode.SETUP_FINALLY, exc)
	c.pushBlock(s, block)
	c.withItems(s, i+1, async)
	c.popBlock()
	c.at(s)
	c.emit(bytecode.POP_BLOCK, 0)
	if async {
		c.asyncWithExit()
	} else {
		c.emit(bytecode.WITH_EXIT, 0)
	}
	c.emitJump(bytecode.JUMP, end)
	c.bind(exc)
	c.emit(bytecode.WITH_EXCEPT_START, 0)
	if async {
		c.await(2)
	}
	c.emitJump(bytecode.POP_JUMP_IF_TRUE, sup)
	c.emit(bytecode.RERAISE, 0)
	c.bind(sup)
	c.emit(bytecode.POP_TOP, 0)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.bind(end)
}
