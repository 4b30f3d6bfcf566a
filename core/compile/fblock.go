package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// fblockKind is the kind of a frame block: a construct that break,
// continue or return must leave in an orderly way (CPython's fblocks).
type fblockKind uint8

const (
	fbWhileLoop      fblockKind = iota
	fbForLoop                   // the iterator is on the stack
	fbTryExcept                 // a SETUP_FINALLY to the except clauses is active
	fbFinallyTry                // a SETUP_FINALLY to the finally handler is active
	fbFinallyEnd                // running the finally body for an exception: exc on the stack
	fbWith                      // the exit function is on the stack, SETUP_FINALLY active
	fbHandlerCleanup            // inside an except clause's body
	fbPopValue                  // a return value saved on the stack (inside a finally copy)
	fbAsyncWith                 // as fbWith, for async with: __aexit__'s result is awaited
)

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

type fblock struct {
	kind        fblockKind
	start, exit label         // loops: the continue and break targets
	final       []syntax.Stmt // fbFinallyTry: the finally body
	name        string        // fbHandlerCleanup: the `as` name, or ""
}

func (c *compiler) pushBlock(n syntax.Node, b fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		fail(n, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, b)
}

func (c *compiler) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindBlock emits the code that leaves block b early. With preserveTOS
// a return value is on top of the stack and must stay there.
func (c *compiler) unwindBlock(b fblock, preserveTOS bool) {
	swap := func() {
		if preserveTOS {
			c.emit(bytecode.SWAP, 2)
		}
	}
	switch b.kind {
	case fbWhileLoop:
	case fbForLoop, fbPopValue:
		swap()
		c.emit(bytecode.POP_TOP, 0)
	case fbTryExcept:
		c.emit(bytecode.POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(bytecode.POP_BLOCK, 0)
		if preserveTOS {
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbPopValue})
		}
		c.stmts(b.final)
		if preserveTOS {
			c.popBlock()
		}
	case fbFinallyEnd:
		swap()
		c.emit(bytecode.POP_TOP, 0)
		c.emit(bytecode.POP_EXCEPT, 0)
	case fbWith:
		c.emit(bytecode.POP_BLOCK, 0)
		swap()
		c.emit(bytecode.WITH_EXIT, 0)
	case fbAsyncWith:
		c.emit(bytecode.POP_BLOCK, 0)
		swap()
		c.asyncWithExit()
	case fbHandlerCleanup:
		if b.name != "" {
			c.emit(bytecode.POP_BLOCK, 0)
		}
		c.emit(bytecode.POP_EXCEPT, 0)
		if b.name != "" {
			c.clearName(b.name)
		}
	}
}

// unwindStack unwinds the blocks of the current unit from the innermost
// outwards. When toLoop is set it stops at the innermost loop, which it
// returns (unwinding it is the caller's business). The block stack is left
// as it was: each block is popped while its exit code is generated, so that
// a finally body compiled here sees only the blocks that enclose it.
func (c *compiler) unwindStack(preserveTOS, toLoop bool) (fblock, bool) {
	u := c.u
	n := len(u.fblocks)
	if n == 0 {
		return fblock{}, false
	}
	top := u.fblocks[n-1]
	if toLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return top, true
	}
	u.fblocks = u.fblocks[:n-1]
	c.unwindBlock(top, preserveTOS)
	loop, ok := c.unwindStack(preserveTOS, toLoop)
	u.fblocks = append(u.fblocks, top)
	return loop, ok
}

// clearName emits `name = None; del name`, the cleanup of an except
// clause's `as` target.
func (c *compiler) clearName(name string) {
	c.loadConst(nil)
	c.nameOp(name, ctxStore)
	c.nameOp(name, ctxDel)
}
