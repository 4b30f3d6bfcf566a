package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

func (c *compiler) assign(s *syntax.Assign) {
	if len(s.Targets) == 1 && c.swapAssign(s.Targets[0], s.Value) {
		return
	}
	c.expr(s.Value)
	for i, t := range s.Targets {
		if i < len(s.Targets)-1 {
			c.emit(bytecode.COPY, 1)
		}
		c.assignTarget(t)
	}
}

// swapAssign compiles `a, b = x, y` (two or three items, no stars) without
// building and unpacking a tuple: the values are pushed and reordered with
// SWAP, as CPython 3.11's optimizer does. It reports whether it applied.
func (c *compiler) swapAssign(target, value syntax.Expr) bool {
	targets, ok := plainElts(target)
	if !ok {
		return false
	}
	values, ok := plainElts(value)
	if !ok || len(values) != len(targets) || len(values) < 2 || len(values) > 3 {
		return false
	}
	if _, isConst := constValue(value); isConst {
		return false
	}
	for _, v := range values {
		c.expr(v)
	}
	c.emit(bytecode.SWAP, int32(len(values)))
	for _, t := range targets {
		c.assignTarget(t)
	}
	return true
}

// plainElts returns the elements of a tuple or list display without
// starred items.
func plainElts(e syntax.Expr) ([]syntax.Expr, bool) {
	var elts []syntax.Expr
	switch e := e.(type) {
	case *syntax.Tuple:
		elts = e.Elts
	case *syntax.List:
		elts = e.Elts
	default:
		return nil, false
	}
	for _, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			return nil, false
		}
	}
	return elts, true
}

// assignTarget stores the value on top of the stack into target t.
func (c *compiler) assignTarget(t syntax.Expr) {
	line, col := c.at(t)
	defer c.restore(line, col)
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.ID, ctxStore)
	case *syntax.Attribute:
		c.expr(t.X)
		c.attrLoc(t)
		c.emit(bytecode.STORE_ATTR, c.nameIndex(t.Name))
	case *syntax.Subscript:
		c.expr(t.X)
		c.subscriptIndex(t.Index)
		c.at(t)
		c.emit(bytecode.STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(t.Elts)
	case *syntax.List:
		c.unpack(t.Elts)
	default:
		fail(t, "cannot assign to %T", t)
	}
}

// unpack unpacks the sequence on top of the stack into the targets elts,
// with UNPACK_EX when one of them is starred.
func (c *compiler) unpack(elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, int32(len(elts)))
	} else {
		after := len(elts) - star - 1
		c.emit(bytecode.UNPACK_EX, int32(star|after<<8))
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.X
		}
		c.assignTarget(e)
	}
}

// augAssign compiles `target op= value`, evaluating the target's object
// and index once.
func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binaryOps[s.Op] + bytecode.InplaceAdd
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameOp(t.ID, ctxLoad)
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int32(op))
		c.nameOp(t.ID, ctxStore)
	case *syntax.Attribute:
		c.expr(t.X)
		c.emit(bytecode.COPY, 1)
		c.attrLoc(t)
		c.emit(bytecode.LOAD_ATTR, c.nameIndex(t.Name))
		c.at(s)
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int32(op))
		c.emit(bytecode.SWAP, 2)
		c.attrLoc(t)
		c.emit(bytecode.STORE_ATTR, c.nameIndex(t.Name))
	case *syntax.Subscript:
		c.expr(t.X)
		c.subscriptIndex(t.Index)
		c.emit(bytecode.COPY, 2)
		c.emit(bytecode.COPY, 2)
		c.at(t)
		c.emit(bytecode.BINARY_SUBSCR, 0)
		c.at(s)
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int32(op))
		c.emit(bytecode.SWAP, 3)
		c.emit(bytecode.SWAP, 2)
		c.at(t)
		c.emit(bytecode.STORE_SUBSCR, 0)
	default:
		fail(s.Target, "'%T' is an illegal expression for augmented assignment", t)
	}
}

// annAssign compiles `target: annotation [= value]` as CPython's
// compiler_annassign: the assignment first; then, for a simple name in a
// module or class body, the annotation stored in __annotations__; without
// a value, an attribute's or subscript's object (and index) are still
// evaluated; a complex target's annotation is evaluated and dropped in a
// module or class body. Function bodies do not evaluate annotations.
func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assignTarget(s.Target)
	}
	kind := c.u.scope.kind
	evaluated := kind == moduleScope || kind == classScope
	switch t := s.Target.(type) {
	case *syntax.Name:
		if s.Simple && evaluated {
			c.annotationValue(s.Annotation)
			c.nameOp("__annotations__", ctxLoad)
			c.loadConst(c.mangle(t.ID))
			c.emit(bytecode.STORE_SUBSCR, 0)
		}
	case *syntax.Attribute:
		if s.Value == nil {
			c.expr(t.X)
			c.emit(bytecode.POP_TOP, 0)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.X)
			c.emit(bytecode.POP_TOP, 0)
			c.subscriptIndex(t.Index)
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	if !s.Simple && evaluated && c.opts.Future&bytecode.CoFutureAnnots == 0 {
		c.expr(s.Annotation)
		c.emit(bytecode.POP_TOP, 0)
	}
}

func (c *compiler) delTarget(t syntax.Expr) {
	line, col := c.at(t)
	defer c.restore(line, col)
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.ID, ctxDel)
	case *syntax.Attribute:
		c.expr(t.X)
		c.attrLoc(t)
		c.emit(bytecode.DELETE_ATTR, c.nameIndex(t.Name))
	case *syntax.Subscript:
		c.expr(t.X)
		c.subscriptIndex(t.Index)
		c.at(t)
		c.emit(bytecode.DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.delTarget(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.delTarget(e)
		}
	default:
		fail(t, "cannot delete %T", t)
	}
}
