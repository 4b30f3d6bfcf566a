package syntax

// The match statement (PEP 634) and its patterns, shaped as CPython's
// Python.asdl: match_case and the pattern kinds MatchValue ... MatchOr.

// Match is a match statement.
type Match struct {
	Span
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is one `case Pattern [if Guard]:` block; Guard may be nil.
type MatchCase struct {
	Span
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// Pattern is a pattern node of a case clause.
type Pattern interface {
	Node
	patternNode()
}

// MatchValue matches a literal or a dotted name by equality.
type MatchValue struct {
	Span
	Value Expr
}

// MatchSingleton matches None, True or False by identity; Value is nil,
// true or false.
type MatchSingleton struct {
	Span
	Value any
}

// MatchSequence is [p, ...] or (p, ...) or an open sequence; at most one
// element is a MatchStar.
type MatchSequence struct {
	Span
	Patterns []Pattern
}

// MatchMapping is {k: p, ..., **Rest}; Rest is "" without a double star.
type MatchMapping struct {
	Span
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is Cls(p, ..., name=p, ...).
type MatchClass struct {
	Span
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is *name inside a sequence pattern; Name is "" for *_.
type MatchStar struct {
	Span
	Name string
}

// MatchAs is `Pattern as Name`, a capture (Pattern nil) or the wildcard
// `_` (Pattern nil and Name "").
type MatchAs struct {
	Span
	Pattern Pattern
	Name    string
}

// MatchOr is p1 | p2 | ...
type MatchOr struct {
	Span
	Patterns []Pattern
}

func (*Match) stmtNode() {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
