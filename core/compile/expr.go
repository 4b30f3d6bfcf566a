package compile

import (
	"math"
	"math/big"

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

// constValue returns the constant an expression folds to: a literal, a
// unary minus applied to a numeric constant, or a tuple of constants (the
// folding CPython's AST optimizer does for them).
func constValue(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if _, ok := e.Value.(syntax.EllipsisValue); ok {
			return bytecode.Ellipsis, true
		}
		return e.Value, true
	case *syntax.UnaryOp:
		if e.Op != syntax.MINUS {
			return nil, false
		}
		v, ok := constValue(e.X)
		if !ok {
			return nil, false
		}
		return negate(v)
	case *syntax.Tuple:
		t := make(bytecode.Tuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := constValue(x)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	}
	return nil, false
}

func negate(v any) (any, bool) {
	switch v := v.(type) {
	case int64:
		if v == math.MinInt64 {
			return new(big.Int).Neg(big.NewInt(v)), true
		}
		return -v, true
	case *big.Int:
		n := new(big.Int).Neg(v)
		if n.IsInt64() {
			return n.Int64(), true
		}
		return n, true
	case float64:
		return -v, true
	}
	return nil, false
}

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
	case bytecode.Tuple:
		return len(v) > 0
	}
	return true
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
		c.nameOp(e.ID, ctxLoad)
	case *syntax.JoinedStr:
		c.joinedStr(e)
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

// joinedStr compiles an f-string: each piece is pushed (formatted with
// FORMAT_VALUE) and BUILD_STRING concatenates them.
func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	switch {
	case len(e.Values) == 0:
		c.loadConst("")
		return
	case len(e.Values) == 1:
		if k, ok := e.Values[0].(*syntax.Constant); ok {
			c.loadConst(k.Value)
			return
		}
	}
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			c.loadConst(v.Value)
		case *syntax.FormattedValue:
			c.formattedValue(v)
		default:
			c.expr(v)
		}
	}
	if len(e.Values) > 1 {
		c.emit(bytecode.BUILD_STRING, int32(len(e.Values)))
	}
}

func (c *compiler) formattedValue(v *syntax.FormattedValue) {
	line, col := c.at(v)
	defer c.restore(line, col)
	c.expr(v.Value)
	var flags int32
	switch v.Conv {
	case 's':
		flags = bytecode.FormatStr
	case 'r':
		flags = bytecode.FormatRepr
	case 'a':
		flags = bytecode.FormatASCII
	}
	if v.Spec != nil && len(v.Spec.Values) > 0 {
		c.joinedStr(v.Spec)
		flags |= bytecode.FormatWithSpec
	}
	c.emit(bytecode.FORMAT_VALUE, flags)
}
