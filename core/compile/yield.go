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
		c.emit(bytecode.YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if s.kind != functionScope {
			fail(e, "'yield' outside function")
		}
		if s.coroutine {
			fail(e, "'yield from' inside async function")
		}
		c.expr(e.X)
		c.emit(bytecode.GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(bytecode.YIELD_FROM, 0)
	case *syntax.Await:
		fail(e, "'await' is not supported by rcvm")
	}
}
