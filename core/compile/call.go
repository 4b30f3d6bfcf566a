package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// call compiles a call. A method call obj.m(...) without star arguments
// uses LOAD_METHOD, so that no bound method is created; other calls push
// NULL in the self slot. Star arguments go through CALL_FUNCTION_EX.
func (c *compiler) call(e *syntax.Call) {
	if c.superCall(e) {
		return
	}
	stars := false
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			stars = true
		}
	}
	for _, k := range e.Keywords {
		if k.Name == "" {
			stars = true
		}
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok && !stars {
		c.expr(attr.X)
		line, col := c.u.line, c.u.col
		c.attrLoc(attr)
		mline, mcol := c.u.line, c.u.col
		c.emit(bytecode.LOAD_METHOD, c.nameIndex(attr.Name))
		c.restore(line, col)
		c.callArgs(e, mline, mcol)
		return
	}
	c.expr(e.Func)
	c.emit(bytecode.PUSH_NULL, 0)
	if stars {
		c.callEx(e)
		return
	}
	c.callArgs(e, c.u.line, c.u.col)
}

// callArgs pushes plain positional and keyword arguments and emits
// [KW_NAMES] CALL at the given location.
func (c *compiler) callArgs(e *syntax.Call, line, col int32) {
	for _, a := range e.Args {
		c.expr(a)
	}
	var names bytecode.Tuple
	for _, k := range e.Keywords {
		c.expr(k.Value)
		names = append(names, k.Name)
	}
	saveLine, saveCol := c.u.line, c.u.col
	c.u.line, c.u.col = line, col
	if len(names) > 0 {
		c.emit(bytecode.KW_NAMES, c.constIndex(names))
	}
	c.emit(bytecode.CALL, int32(len(e.Args)+len(e.Keywords)))
	c.restore(saveLine, saveCol)
}

// callEx compiles the arguments of a call with *args or **kwargs into a
// tuple and (if there are keywords) a dict, then CALL_FUNCTION_EX.
func (c *compiler) callEx(e *syntax.Call) {
	if len(e.Args) == 0 {
		c.loadConst(bytecode.Tuple{})
	} else {
		c.sequence(e.Args, bytecode.BUILD_TUPLE, bytecode.LIST_EXTEND, bytecode.LIST_APPEND, true)
	}
	if len(e.Keywords) == 0 {
		c.emit(bytecode.CALL_FUNCTION_EX, 0)
		return
	}
	c.callExKeywords(e)
}

// callExKeywords builds the keyword dict of a call whose positional
// arguments are already a tuple on the stack, then CALL_FUNCTION_EX.
func (c *compiler) callExKeywords(e *syntax.Call) {
	have := false
	var run []*syntax.Keyword
	flush := func() {
		if len(run) == 0 {
			return
		}
		for _, k := range run {
			c.loadConst(k.Name)
			c.expr(k.Value)
		}
		c.emit(bytecode.BUILD_MAP, int32(len(run)))
		if have {
			c.emit(bytecode.DICT_MERGE, 1)
		}
		have = true
		run = nil
	}
	for _, k := range e.Keywords {
		if k.Name != "" {
			run = append(run, k)
			continue
		}
		flush()
		if !have {
			c.emit(bytecode.BUILD_MAP, 0)
			have = true
		}
		c.expr(k.Value)
		c.emit(bytecode.DICT_MERGE, 1)
	}
	flush()
	c.emit(bytecode.CALL_FUNCTION_EX, 1)
}

// superCall compiles a zero-argument super() inside a method as
// super(__class__, <first argument>), with __class__ the implicit free
// variable that the class body fills. It reports whether it applied.
func (c *compiler) superCall(e *syntax.Call) bool {
	n, ok := e.Func.(*syntax.Name)
	if !ok || n.ID != "super" || len(e.Args) != 0 || len(e.Keywords) != 0 {
		return false
	}
	s := c.u.scope
	fn, ok := s.node.(*syntax.FunctionDef)
	if !ok || len(fn.Params.Args) == 0 {
		return false
	}
	if s.resolved["super"] != bindGlobalImplicit || s.resolved["__class__"] != bindFree {
		return false
	}
	c.nameOp("super", ctxLoad)
	c.emit(bytecode.PUSH_NULL, 0)
	c.nameOp("__class__", ctxLoad)
	c.nameOp(fn.Params.Args[0].Name, ctxLoad)
	c.emit(bytecode.CALL, 2)
	return true
}
