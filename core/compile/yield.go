package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// yieldExpr compiles yield, yield from and await, with the checks CPython's
// compiler makes (compiler_visit_expr1).
func (c *compiler) yieldExpr(e syntax.Expr) {
	s := c.u.scope
	switch e := e.(type) {
	case *syntax.Yield:
		if s.kind != functionScope {
			fail(e, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		// An async generator's own yields are told apart from the awaits
		// that pass through it (CPython's ASYNC_GEN_WRAP).
		var agen int32
		if s.coroutine {
			agen = 1
		}
		c.emit(bytecode.YIELD_VALUE, agen)
	case *syntax.YieldFrom:
		if s.kind != functionScope {
			fail(e, "'yield' outside function")
		}
		if s.isAsync {
			fail(e, "'yield from' inside async function")
		}
		c.expr(e.X)
		c.emit(bytecode.GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(bytecode.YIELD_FROM, 0)
	case *syntax.Await:
		if s.kind != functionScope {
			fail(e, "'await' outside function")
		}
		if !s.isAsync && !s.isComp {
			fail(e, "'await' outside async function")
		}
		c.expr(e.X)
		c.await(0)
	}
}

// await emits the awaiting of the awaitable on the stack; where is
// GET_AWAITABLE's argument (which construct's error message to give).
func (c *compiler) await(where int32) {
	c.emit(bytecode.GET_AWAITABLE, where)
	c.loadConst(nil)
	c.emit(bytecode.YIELD_FROM, 0)
}

// checkAsync fails with CPython's message when an async for or async with
// is outside an async function.
func (c *compiler) checkAsync(n syntax.Node, what string) {
	if s := c.u.scope; s.kind != functionScope || !s.isAsync && !s.isComp {
		fail(n, "'%s' outside async function", what)
	}
}

// asyncForStmt compiles `async for`:
//
//	<iter> GET_AITER
//	L: SETUP_FINALLY end  GET_ANEXT <await> POP_BLOCK  <target> <body> JUMP L
//	end: END_ASYNC_FOR  <else>
func (c *compiler) asyncForStmt(s *syntax.For) {
	c.checkAsync(s, "async for")
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(bytecode.GET_AITER, 0)
	c.bind(start)
	c.emitJump(bytecode.SETUP_FINALLY, cleanup)
	c.emit(bytecode.GET_ANEXT, 0)
	c.loadConst(nil)
	c.emit(bytecode.YIELD_FROM, 0)
	c.emit(bytecode.POP_BLOCK, 0)
	c.assignTarget(s.Target)
	c.pushBlock(s, fblock{kind: fbForLoop, start: start, exit: end})
	c.stmts(s.Body)
	c.popBlock()
	c.at(s)
	c.emitJump(bytecode.JUMP, start)
	c.bind(cleanup)
	c.emit(bytecode.END_ASYNC_FOR, 0)
	c.stmts(s.Else)
	c.bind(end)
}

// asyncWithStmt compiles item i of `async with` and, nested in it, the
// rest: as withStmt, with __aenter__'s and __aexit__'s results awaited.
func (c *compiler) asyncWithStmt(s *syntax.With, i int) {
	if i == 0 {
		c.checkAsync(s, "async with")
	}
	c.withItems(s, i, true)
}

// asyncWithExit calls the __aexit__ on the stack with three Nones and
// awaits the result: exit -> .
func (c *compiler) asyncWithExit() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(bytecode.CALL_EXIT, 0)
	c.await(2)
	c.emit(bytecode.POP_TOP, 0)
}
