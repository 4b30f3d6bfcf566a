package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

var binaryOps = map[syntax.Token]bytecode.BinaryOp{
	syntax.PLUS: bytecode.Add, syntax.MINUS: bytecode.Sub, syntax.STAR: bytecode.Mul,
	syntax.SLASH: bytecode.TrueDiv, syntax.SLASHSLASH: bytecode.FloorDiv,
	syntax.PERCENT: bytecode.Mod, syntax.STARSTAR: bytecode.Pow, syntax.LTLT: bytecode.LShift,
	syntax.GTGT: bytecode.RShift, syntax.AMP: bytecode.And, syntax.PIPE: bytecode.Or,
	syntax.CARET: bytecode.Xor, syntax.AT: bytecode.MatMul,
}

var unaryOps = map[syntax.Token]bytecode.Op{
	syntax.MINUS: bytecode.UNARY_NEGATIVE, syntax.PLUS: bytecode.UNARY_POSITIVE,
	syntax.TILDE: bytecode.UNARY_INVERT, syntax.NOT: bytecode.UNARY_NOT,
}

// expr compiles an expression that leaves its value on the stack.
func (c *compiler) expr(e syntax.Expr) {
	line, col := c.at(e)
	defer c.restore(line, col)
	if v, ok := constValue(e); ok {
		c.loadConst(v)
		return
	}
	switch e := e.(type) {
	case *syntax.Name:
		if e.ID == "__debug__" {
			// CPython's AST optimizer makes __debug__ a constant.
			c.loadConst(c.opts.Optimize == 0)
			return
		}
		c.nameOp(e.ID, ctxLoad)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(bytecode.COPY, 1)
		c.nameOp(e.Target.ID, ctxStore)
	case *syntax.BinOp:
		c.expr(e.X)
		c.expr(e.Y)
		c.emit(bytecode.BINARY_OP, int32(binaryOps[e.Op]))
	case *syntax.UnaryOp:
		c.expr(e.X)
		c.emit(unaryOps[e.Op], 0)
	case *syntax.BoolOp:
		op := bytecode.JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.OR {
			op = bytecode.JUMP_IF_TRUE_OR_POP
		}
		end := c.newLabel()
		for _, v := range e.Values[:len(e.Values)-1] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[len(e.Values)-1])
		c.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		c.emitJump(bytecode.JUMP, end)
		c.bind(orelse)
		c.expr(e.Else)
		c.bind(end)
	case *syntax.Call:
		c.call(e)
	case *syntax.Attribute:
		c.expr(e.X)
		c.attrLoc(e)
		c.emit(bytecode.LOAD_ATTR, c.nameIndex(e.Name))
	case *syntax.Subscript:
		c.expr(e.X)
		c.subscriptIndex(e.Index)
		c.emit(bytecode.BINARY_SUBSCR, 0)
	case *syntax.List:
		c.sequence(e.Elts, bytecode.BUILD_LIST, bytecode.LIST_EXTEND, bytecode.LIST_APPEND, false)
	case *syntax.Tuple:
		c.sequence(e.Elts, bytecode.BUILD_TUPLE, bytecode.LIST_EXTEND, bytecode.LIST_APPEND, true)
	case *syntax.Set:
		c.sequence(e.Elts, bytecode.BUILD_SET, bytecode.SET_UPDATE, bytecode.SET_ADD, false)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.Comp:
		c.comprehension(e)
	case *syntax.Yield, *syntax.YieldFrom, *syntax.Await:
		c.yieldExpr(e)
	case *syntax.Starred:
		fail(e, "can't use starred expression here")
	default:
		fail(e, "invalid syntax")
	}
}

// attrLoc gives the attribute instruction of a that spans several lines
// the position of the attribute's name (CPython 3.11's
// update_start_location_to_match_attr), so tracebacks point at it.
func (c *compiler) attrLoc(a *syntax.Attribute) {
	if a.StartPos.Line != a.EndPos.Line {
		c.u.line, c.u.col = a.NamePos.Line, a.NamePos.Col
	}
}

// subscriptIndex compiles a subscript's index; a slice becomes BUILD_SLICE.
func (c *compiler) subscriptIndex(idx syntax.Expr) {
	s, ok := idx.(*syntax.Slice)
	if !ok {
		c.expr(idx)
		return
	}
	line, col := c.at(s)
	defer c.restore(line, col)
	for _, x := range []syntax.Expr{s.Lo, s.Hi} {
		if x == nil {
			c.loadConst(nil)
		} else {
			c.expr(x)
		}
	}
	n := int32(2)
	if s.Step != nil {
		c.expr(s.Step)
		n = 3
	}
	c.emit(bytecode.BUILD_SLICE, n)
}

// sequence compiles a list, tuple or set display. Without starred items the
// elements are built in one go; with them, a list (or set) is built from the
// leading elements and extended item by item, and a tuple is converted at
// the end.
func (c *compiler) sequence(elts []syntax.Expr, build, extend, add bytecode.Op, tuple bool) {
	n := 0
	for n < len(elts) {
		if _, ok := elts[n].(*syntax.Starred); ok {
			break
		}
		n++
	}
	for _, x := range elts[:n] {
		c.expr(x)
	}
	if n == len(elts) {
		c.emit(build, int32(n))
		return
	}
	if tuple {
		build = bytecode.BUILD_LIST
	}
	c.emit(build, int32(n))
	for _, x := range elts[n:] {
		if s, ok := x.(*syntax.Starred); ok {
			c.expr(s.X)
			c.emit(extend, 1)
		} else {
			c.expr(x)
			c.emit(add, 1)
		}
	}
	if tuple {
		c.emit(bytecode.LIST_TO_TUPLE, 0)
	}
}

// dict compiles a dict display: runs of key: value pairs become BUILD_MAP,
// merged with DICT_UPDATE when **mappings are present.
func (c *compiler) dict(e *syntax.Dict) {
	have := false
	run := 0
	flush := func(upto int) {
		if run == 0 {
			return
		}
		for i := upto - run; i < upto; i++ {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
		}
		c.emit(bytecode.BUILD_MAP, int32(run))
		if have {
			c.emit(bytecode.DICT_UPDATE, 1)
		}
		have = true
		run = 0
	}
	for i, k := range e.Keys {
		if k != nil {
			run++
			continue
		}
		flush(i)
		if !have {
			c.emit(bytecode.BUILD_MAP, 0)
			have = true
		}
		c.expr(e.Values[i])
		c.emit(bytecode.DICT_UPDATE, 1)
	}
	flush(len(e.Keys))
	if !have {
		c.emit(bytecode.BUILD_MAP, 0)
	}
}
