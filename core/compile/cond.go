package compile

// Conditions: comparisons (including chains) and the jump-on-condition
// code of if, while, assert, and/or and conditional expressions.

import (
	"math/big"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// truthy is the truth value of a constant.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case string:
		return v != ""
	case bytecode.Bytes:
		return v != ""
	case bytecode.Tuple:
		return len(v) > 0
	}
	return true
}

// cmpInstr emits the instruction for one comparison operator.
func (c *compiler) cmpInstr(op syntax.CmpOp) {
	switch op {
	case syntax.CmpIn:
		c.emit(bytecode.CONTAINS_OP, 0)
	case syntax.CmpNotIn:
		c.emit(bytecode.CONTAINS_OP, 1)
	case syntax.CmpIs:
		c.emit(bytecode.IS_OP, 0)
	case syntax.CmpIsNot:
		c.emit(bytecode.IS_OP, 1)
	default:
		c.emit(bytecode.COMPARE_OP, int32(op)) // CmpLt..CmpGe match bytecode.Lt..Ge
	}
}

// compare compiles a comparison; a chain evaluates each middle operand once
// and stops at the first false link, as CPython 3.11 does.
func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.X)
	n := len(e.Ops)
	if n == 1 {
		c.expr(e.Ys[0])
		c.cmpInstr(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Ys[i])
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.COPY, 2)
		c.cmpInstr(e.Ops[i])
		c.emitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Ys[n-1])
	c.cmpInstr(e.Ops[n-1])
	c.emitJump(bytecode.JUMP, end)
	c.bind(cleanup)
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_TOP, 0)
	c.bind(end)
}

// jumpIf compiles a condition for control flow: it jumps to target when
// the truth of e equals cond, without materializing intermediate booleans
// for not, and/or, conditional expressions and comparison chains
// (CPython's compiler_jump_if).
func (c *compiler) jumpIf(e syntax.Expr, cond bool, target label) {
	line, col := c.at(e)
	defer c.restore(line, col)
	if v, ok := constValue(e); ok {
		if truthy(v) == cond {
			c.emitJump(bytecode.JUMP, target)
		}
		return
	}
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.NOT {
			c.jumpIf(e.X, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isOr := e.Op == syntax.OR
		next := target
		if cond != isOr {
			next = c.newLabel()
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.jumpIf(v, isOr, next)
		}
		c.jumpIf(e.Values[len(e.Values)-1], cond, target)
		if next != target {
			c.bind(next)
		}
		return
	case *syntax.IfExp:
		end, orelse := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.jumpIf(e.Body, cond, target)
		c.emitJump(bytecode.JUMP, end)
		c.bind(orelse)
		c.jumpIf(e.Else, cond, target)
		c.bind(end)
		return
	case *syntax.Compare:
		if n := len(e.Ops); n > 1 {
			cleanup, end := c.newLabel(), c.newLabel()
			c.expr(e.X)
			for i := 0; i < n-1; i++ {
				c.expr(e.Ys[i])
				c.emit(bytecode.SWAP, 2)
				c.emit(bytecode.COPY, 2)
				c.cmpInstr(e.Ops[i])
				c.emitJump(bytecode.POP_JUMP_IF_FALSE, cleanup)
			}
			c.expr(e.Ys[n-1])
			c.cmpInstr(e.Ops[n-1])
			c.emitJump(popJump(cond), target)
			c.emitJump(bytecode.JUMP, end)
			c.bind(cleanup)
			c.emit(bytecode.POP_TOP, 0)
			if !cond {
				c.emitJump(bytecode.JUMP, target)
			}
			c.bind(end)
			return
		}
	}
	c.expr(e)
	c.emitJump(popJump(cond), target)
}

func popJump(cond bool) bytecode.Op {
	if cond {
		return bytecode.POP_JUMP_IF_TRUE
	}
	return bytecode.POP_JUMP_IF_FALSE
}
