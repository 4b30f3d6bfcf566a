package syntax

// Generator and coroutine expressions.

// Yield is `yield` or `yield Value` (Value nil for a bare yield).
type Yield struct {
	Span
	Value Expr
}

// YieldFrom is `yield from X`.
type YieldFrom struct {
	Span
	X Expr
}

// Await is `await X`.
type Await struct {
	Span
	X Expr
}

func (*Yield) exprNode()     {}
func (*YieldFrom) exprNode() {}
func (*Await) exprNode()     {}
