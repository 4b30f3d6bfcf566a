package bytecode

import (
	"fmt"
	"math/big"
	"strings"
)

// Instr is one instruction: an opcode and its argument.
type Instr struct {
	Op  Op
	Arg int32
}

// Code flags.
const (
	// FlagVarArgs: the function takes *args (a tuple in the local slot after
	// the positional and keyword-only parameters).
	FlagVarArgs = 1 << iota
	// FlagVarKeywords: the function takes **kwargs (a dict in the slot after
	// *args, or after the named parameters when there is no *args).
	FlagVarKeywords
	// FlagClassBody: the code is a class body (locals live in a dict).
	FlagClassBody
	// FlagGenerator: the code is a generator expression's body; calling the
	// function creates a generator instead of running the frame.
	FlagGenerator
	// FlagModule: the code is a module's top level.
	FlagModule
)

// Code is a compiled function body, class body or module.
//
// Locals are numbered: positional parameters (ArgCount of them), keyword-only
// parameters (KwOnlyArgCount), then *args, then **kwargs (as Flags say), then
// the other local variables. A parameter that is also captured by an inner
// function stays a local slot for argument passing and is additionally a cell:
// Cell2Arg[i] >= 0 names the local slot whose value the eval loop moves into
// cell i when the frame starts.
type Code struct {
	Name      string // function name, "<module>", "<lambda>", "<listcomp>", "<genexpr>"
	QualName  string // e.g. "Point.__init__", "f.<locals>.g"
	Filename  string
	FirstLine int

	Instrs []Instr
	Lines  []int32 // Lines[i] is the source line of Instrs[i]
	Cols   []int32 // Cols[i] is the 1-based source column of Instrs[i] (0 if unknown)

	// Consts holds constants: nil (None), bool, int64, *big.Int, float64,
	// string, Bytes, Ellipsis, Tuple (a constant tuple, e.g. KW_NAMES or defaults),
	// and *Code (nested functions).
	Consts []any
	// Names holds global, attribute and module names.
	Names []string

	VarNames       []string // local slots, parameters first
	CellVars       []string
	FreeVars       []string
	Cell2Arg       []int // per CellVars entry: the parameter slot it starts from, or -1
	ArgCount       int   // positional parameters (including those with defaults)
	KwOnlyArgCount int
	// PosOnlyArgCount is how many of the positional parameters are
	// positional-only (co_posonlyargcount).
	PosOnlyArgCount int
	Flags           int
	StackSize       int // maximum value stack depth

	// CoFlags are CPython's co_flags for this code: CO_OPTIMIZED,
	// CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR and
	// the CO_FUTURE_* flags in effect.
	CoFlags int
	// Doc is the function's docstring when HasDoc (CPython keeps it as
	// co_consts[0]; __doc__ of the function made from this code).
	Doc    string
	HasDoc bool
	// Dynamic marks code compiled by compile(), exec() or eval(): its
	// top-level names use LOAD_NAME/STORE_NAME/DELETE_NAME, so that it
	// runs with locals other than its globals.
	Dynamic bool
}

// CPython's code flags (co_flags).
const (
	CoOptimized   = 0x0001
	CoNewLocals   = 0x0002
	CoVarArgs     = 0x0004
	CoVarKeywords = 0x0008
	CoNested      = 0x0010
	CoGenerator   = 0x0020
	CoCoroutine   = 0x0080
	// CoIterableCoroutine marks a generator that types.coroutine made
	// awaitable.
	CoIterableCoroutine = 0x0100
	CoAsyncGen          = 0x0200
	CoFutureMask        = 0x1fe0000 // the CO_FUTURE_* flags
	CoFutureAnnots      = 0x1000000 // from __future__ import annotations
)

// Bytes is a constant bytes object in Code.Consts.
type Bytes string

// Tuple is a constant tuple in Code.Consts.
type Tuple []any

// EllipsisType is the type of the Ellipsis constant.
type EllipsisType struct{}

// Ellipsis is the `...` constant.
var Ellipsis = EllipsisType{}

// NumLocals is the number of local slots.
func (c *Code) NumLocals() int { return len(c.VarNames) }

// NumCells is the number of cell slots (own cells, then free variables).
func (c *Code) NumCells() int { return len(c.CellVars) + len(c.FreeVars) }

var opNames = [...]string{
	NOP: "NOP", POP_TOP: "POP_TOP", COPY: "COPY", SWAP: "SWAP", PUSH_NULL: "PUSH_NULL",
	LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST",
	DELETE_FAST: "DELETE_FAST", LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF",
	DELETE_DEREF: "DELETE_DEREF", LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_GLOBAL: "LOAD_GLOBAL",
	STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL", LOAD_NAME: "LOAD_NAME",
	STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME", LOAD_ATTR: "LOAD_ATTR",
	STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR", LOAD_METHOD: "LOAD_METHOD",
	BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR",
	BUILD_SLICE: "BUILD_SLICE", BINARY_OP: "BINARY_OP", UNARY_NEGATIVE: "UNARY_NEGATIVE",
	UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_NOT: "UNARY_NOT", UNARY_INVERT: "UNARY_INVERT",
	COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP", JUMP: "JUMP",
	JUMP_BACKWARD: "JUMP_BACKWARD", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE", JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP", GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER",
	RETURN_VALUE: "RETURN_VALUE", YIELD_VALUE: "YIELD_VALUE",
	YIELD_FROM: "YIELD_FROM", GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER",
	GET_AWAITABLE: "GET_AWAITABLE", GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT",
	END_ASYNC_FOR: "END_ASYNC_FOR", BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH", CALL_EXIT: "CALL_EXIT", BUILD_TUPLE: "BUILD_TUPLE",
	BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP",
	LIST_APPEND: "LIST_APPEND", SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND",
	SET_UPDATE: "SET_UPDATE", DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE",
	LIST_TO_TUPLE: "LIST_TO_TUPLE", BUILD_STRING: "BUILD_STRING", FORMAT_VALUE: "FORMAT_VALUE",
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX", MAKE_FUNCTION: "MAKE_FUNCTION",
	KW_NAMES: "KW_NAMES", CALL: "CALL", CALL_FUNCTION_EX: "CALL_FUNCTION_EX",
	LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS", SETUP_FINALLY: "SETUP_FINALLY", POP_BLOCK: "POP_BLOCK",
	POP_EXCEPT: "POP_EXCEPT", CHECK_EXC_MATCH: "CHECK_EXC_MATCH", RERAISE: "RERAISE",
	RAISE_VARARGS: "RAISE_VARARGS", LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR",
	BEFORE_WITH: "BEFORE_WITH", WITH_EXIT: "WITH_EXIT", WITH_EXCEPT_START: "WITH_EXCEPT_START",
	IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR", PRINT_EXPR: "PRINT_EXPR",
	SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS",
	MATCH_MAPPING:     "MATCH_MAPPING", MATCH_SEQUENCE: "MATCH_SEQUENCE", GET_LEN: "GET_LEN",
	MATCH_KEYS: "MATCH_KEYS", MATCH_CLASS: "MATCH_CLASS",
	LOAD_FAST__LOAD_FAST: "LOAD_FAST__LOAD_FAST", LOAD_FAST__LOAD_CONST: "LOAD_FAST__LOAD_CONST",
	LOAD_CONST__LOAD_FAST: "LOAD_CONST__LOAD_FAST", STORE_FAST__LOAD_FAST: "STORE_FAST__LOAD_FAST",
	STORE_FAST__STORE_FAST: "STORE_FAST__STORE_FAST", COMPARE_OP__POP_JUMP: "COMPARE_OP__POP_JUMP",
}

// String returns the opcode's name.
func (op Op) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return fmt.Sprintf("Op(%d)", op)
}

var binarySymbols = [...]string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"}

// Symbol returns the operator as written in source ("+", "+=", ...).
func (b BinaryOp) Symbol() string {
	if b >= InplaceAdd {
		return binarySymbols[b-InplaceAdd] + "="
	}
	return binarySymbols[b]
}

// Base returns the non-in-place form of b.
func (b BinaryOp) Base() BinaryOp {
	if b >= InplaceAdd {
		return b - InplaceAdd
	}
	return b
}

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Symbol returns the comparison as written in source.
func (c CompareOp) Symbol() string { return compareSymbols[c] }

// Disassemble renders the code (and nested code objects) in a dis-like form,
// for debugging and for tests of the compiler.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%s:%d)\n", c.QualName, c.Filename, c.FirstLine)
	for i, in := range c.Instrs {
		line := int32(0)
		if i < len(c.Lines) {
			line = c.Lines[i]
		}
		fmt.Fprintf(b, "%4d %5d %-22s %d%s\n", line, i, in.Op, in.Arg, c.argNote(in))
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString("\n")
			sub.disassemble(b)
		}
	}
}

func (c *Code) argNote(in Instr) string {
	at := func(names []string) string {
		if int(in.Arg) < len(names) && in.Arg >= 0 {
			return " (" + names[in.Arg] + ")"
		}
		return ""
	}
	switch in.Op {
	case LOAD_CONST, KW_NAMES:
		if int(in.Arg) < len(c.Consts) {
			return fmt.Sprintf(" (%s)", ConstString(c.Consts[in.Arg]))
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return at(c.VarNames)
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return at(c.Names)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE:
		return at(append(append([]string{}, c.CellVars...), c.FreeVars...))
	case BINARY_OP:
		return " (" + BinaryOp(in.Arg).Symbol() + ")"
	case COMPARE_OP:
		return " (" + CompareOp(in.Arg).Symbol() + ")"
	}
	return ""
}

// ConstString renders a constant for disassembly.
func ConstString(k any) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case bool:
		if k {
			return "True"
		}
		return "False"
	case string:
		return fmt.Sprintf("%q", k)
	case Bytes:
		return fmt.Sprintf("b%q", string(k))
	case *big.Int:
		return k.String()
	case Tuple:
		parts := make([]string, len(k))
		for i, e := range k {
			parts[i] = ConstString(e)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return "<code " + k.QualName + ">"
	case EllipsisType:
		return "Ellipsis"
	}
	return fmt.Sprint(k)
}
