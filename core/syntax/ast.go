package syntax

// Node is any node of the syntax tree.
type Node interface {
	// Start is the position of the node's first character.
	Start() Pos
	// End is the position just past the node's last character.
	End() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Span is the extent of a node in the source; every node embeds one.
type Span struct {
	StartPos, EndPos Pos
}

// Start implements Node.
func (s *Span) Start() Pos { return s.StartPos }

// End implements Node.
func (s *Span) End() Pos { return s.EndPos }

// File is a parsed module.
type File struct {
	Filename string
	Body     []Stmt
}

// ---- expressions ----

// EllipsisValue is the value of the `...` literal in a Constant.
type EllipsisValue struct{}

// Name is an identifier.
type Name struct {
	Span
	ID string
}

// Constant is a literal: nil (None), bool, int64, *big.Int (ints that do not
// fit in int64), float64, string, BytesValue or EllipsisValue.
type Constant struct {
	Span
	Value any
}

// JoinedStr is an f-string: a sequence of string Constants and
// FormattedValues.
type JoinedStr struct {
	Span
	Values []Expr
}

// FormattedValue is one replacement field of an f-string.
type FormattedValue struct {
	Span
	Value Expr
	Conv  byte       // 0, 's', 'r' or 'a'
	Spec  *JoinedStr // the format spec, or nil
}

// BinOp is a binary arithmetic or bitwise operation; Op is the operator
// token (PLUS, MINUS, STAR, SLASH, SLASHSLASH, PERCENT, STARSTAR, LTLT, GTGT,
// AMP, PIPE, CARET or AT).
type BinOp struct {
	Span
	Op   Token
	X, Y Expr
}

// UnaryOp is -x, +x, ~x or not x (Op is MINUS, PLUS, TILDE or NOT).
type UnaryOp struct {
	Span
	Op Token
	X  Expr
}

// BoolOp is a chain of `and` or of `or` (Op is AND or OR).
type BoolOp struct {
	Span
	Op     Token
	Values []Expr
}

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators.
const (
	CmpLt CmpOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
	CmpIn
	CmpNotIn
	CmpIs
	CmpIsNot
)

var cmpNames = [...]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"}

// String returns the operator as written.
func (c CmpOp) String() string { return cmpNames[c] }

// Compare is a (possibly chained) comparison X Ops[0] Ys[0] Ops[1] Ys[1] ...
type Compare struct {
	Span
	X   Expr
	Ops []CmpOp
	Ys  []Expr
}

// IfExp is `Body if Test else Else`.
type IfExp struct {
	Span
	Test, Body, Else Expr
}

// Call is a call; Args may contain Starred entries, Keywords entries with an
// empty Name are **mappings.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Keyword is a keyword argument name=value, or **value when Name is "".
type Keyword struct {
	Span
	Name  string
	Value Expr
}

// Attribute is X.Name; NamePos is where Name is written.
type Attribute struct {
	Span
	X       Expr
	Name    string
	NamePos Pos
}

// Subscript is X[Index]; a slice index is a Slice, `a[i, j]` a Tuple.
type Subscript struct {
	Span
	X     Expr
	Index Expr
}

// Slice is lo:hi:step inside a subscript; absent parts are nil.
type Slice struct {
	Span
	Lo, Hi, Step Expr
}

// Starred is *X in a display, call or assignment target.
type Starred struct {
	Span
	X Expr
}

// List is a list display [a, b].
type List struct {
	Span
	Elts []Expr
}

// Tuple is a tuple display; Parens records whether it was parenthesized.
type Tuple struct {
	Span
	Elts   []Expr
	Parens bool
}

// Set is a set display {a, b}.
type Set struct {
	Span
	Elts []Expr
}

// Dict is a dict display; a nil key means the value is a **mapping.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// NamedExpr is an assignment expression, Target := Value (PEP 572).
type NamedExpr struct {
	Span
	Target *Name
	Value  Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Span
	Params *Params
	Body   Expr
}

// CompKind says which kind of comprehension a Comp is.
type CompKind uint8

// Comprehension kinds.
const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GenExp
)

// Comp is a list, set or dict comprehension or a generator expression.
// Elt is the element (the key for a dict comprehension, whose value is
// Value).
type Comp struct {
	Span
	Kind  CompKind
	Elt   Expr
	Value Expr
	Fors  []*CompFor
}

// CompFor is one `for Target in Iter if Ifs...` clause of a comprehension.
type CompFor struct {
	Span
	Async  bool // async for
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*Lambda) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*Comp) exprNode()           {}

// ---- function parameters ----

// Params is a def's or lambda's parameter list.
type Params struct {
	Args       []*Param // positional parameters
	PosOnly    int      // how many of Args come before '/' (positional-only)
	Defaults   []Expr   // defaults of the last len(Defaults) Args
	VarArg     *Param   // *args, or nil
	KwOnly     []*Param // keyword-only parameters
	KwDefaults []Expr   // per KwOnly entry: its default, or nil
	KwArg      *Param   // **kwargs, or nil
}

// Param is one parameter; Annotation may be nil.
type Param struct {
	Span
	Name       string
	Annotation Expr
}

// ---- statements ----

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	Span
	X Expr
}

// Assign is Targets[0] = Targets[1] = ... = Value.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// AugAssign is Target Op= Value; Op is the plain operator token (PLUS for +=).
type AugAssign struct {
	Span
	Target Expr
	Op     Token
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value]. Simple is set when the target is
// an unparenthesized name.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

// If is an if statement; an elif chain nests in Else.
type If struct {
	Span
	Test Expr
	Body []Stmt
	Else []Stmt
}

// While is a while loop.
type While struct {
	Span
	Test Expr
	Body []Stmt
	Else []Stmt
}

// For is a for loop.
type For struct {
	Span
	Async  bool // async for
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// Break is a break statement.
type Break struct{ Span }

// Continue is a continue statement.
type Continue struct{ Span }

// Pass is a pass statement.
type Pass struct{ Span }

// Return is a return statement; Value may be nil.
type Return struct {
	Span
	Value Expr
}

// FunctionDef is a def statement. Span starts at the first decorator;
// DefPos is where `def` is written.
type FunctionDef struct {
	Span
	Async      bool // async def
	DefPos     Pos
	Name       string
	Params     *Params
	Returns    Expr
	Body       []Stmt
	Decorators []Expr
}

// ClassDef is a class statement. Span starts at the first decorator;
// ClassPos is where `class` is written.
type ClassDef struct {
	Span
	ClassPos Pos
	Name     string
	Bases    []Expr
	// Keywords are the class keyword arguments (metaclass=M, **kw),
	// passed on to the metaclass.
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// Try is a try statement with any of its handlers, else and finally parts.
type Try struct {
	Span
	Body     []Stmt
	Handlers []*ExceptHandler
	Else     []Stmt
	Finally  []Stmt
}

// ExceptHandler is one except clause; Type is nil for a bare except and Name
// is "" without `as`.
type ExceptHandler struct {
	Span
	Type Expr
	Name string
	Body []Stmt
}

// Raise is a raise statement; Exc and Cause may be nil.
type Raise struct {
	Span
	Exc, Cause Expr
}

// Assert is an assert statement; Msg may be nil.
type Assert struct {
	Span
	Test, Msg Expr
}

// Delete is a del statement.
type Delete struct {
	Span
	Targets []Expr
}

// Global is a global declaration.
type Global struct {
	Span
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	Span
	Names []string
}

// With is a with statement with one or more items.
type With struct {
	Span
	Async bool // async with
	Items []*WithItem
	Body  []Stmt
}

// WithItem is one `Context [as Target]` of a with statement.
type WithItem struct {
	Context Expr
	Target  Expr
}

// Import is `import a.b as c, d`.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is `from Module import a as b, c`. Level counts the leading
// dots of a relative import (Module may then be empty: `from . import x`);
// `from m import *` has the single name "*".
type ImportFrom struct {
	Span
	Module string
	Level  int
	Names  []*Alias
}

// Alias is one imported name; AsName is "" without `as`.
type Alias struct {
	Span
	Name   string
	AsName string
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Return) stmtNode()      {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Try) stmtNode()         {}
func (*Raise) stmtNode()       {}
func (*Assert) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*With) stmtNode()        {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
