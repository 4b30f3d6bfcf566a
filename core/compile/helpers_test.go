package compile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/stretchr/testify/require"
)

// mustCompile compiles src or fails the test.
func mustCompile(t *testing.T, src string) *bytecode.Code {
	t.Helper()
	code, err := Source("t.py", src)
	require.NoError(t, err)
	return code
}

// findCode returns the code object with the given qualified name, searching
// nested code constants.
func findCode(c *bytecode.Code, qualname string) *bytecode.Code {
	if c.QualName == qualname {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			if found := findCode(sub, qualname); found != nil {
				return found
			}
		}
	}
	return nil
}

// allCodes lists c and every code object nested in it.
func allCodes(c *bytecode.Code) []*bytecode.Code {
	out := []*bytecode.Code{c}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			out = append(out, allCodes(sub)...)
		}
	}
	return out
}

// listing renders the instructions of c compactly: the opcode and a
// readable argument (the name, constant or operator; the target index for
// jumps; the number otherwise).
func listing(c *bytecode.Code) string {
	var lines []string
	cells := append(append([]string{}, c.CellVars...), c.FreeVars...)
	for _, in := range c.Instrs {
		s := in.Op.String()
		a := int(in.Arg)
		switch in.Op {
		case bytecode.LOAD_CONST, bytecode.KW_NAMES:
			s += " " + bytecode.ConstString(c.Consts[a])
		case bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST:
			s += " " + c.VarNames[a]
		case bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLOSURE:
			s += " " + cells[a]
		case bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL, bytecode.LOAD_NAME,
			bytecode.STORE_NAME, bytecode.DELETE_NAME, bytecode.LOAD_ATTR, bytecode.STORE_ATTR,
			bytecode.DELETE_ATTR, bytecode.LOAD_METHOD, bytecode.IMPORT_NAME, bytecode.IMPORT_FROM:
			s += " " + c.Names[a]
		case bytecode.BINARY_OP:
			s += " " + bytecode.BinaryOp(a).Symbol()
		case bytecode.COMPARE_OP:
			s += " " + bytecode.CompareOp(a).Symbol()
		case bytecode.POP_TOP, bytecode.RETURN_VALUE, bytecode.PUSH_NULL, bytecode.GET_ITER,
			bytecode.BINARY_SUBSCR, bytecode.STORE_SUBSCR, bytecode.DELETE_SUBSCR, bytecode.POP_BLOCK,
			bytecode.POP_EXCEPT, bytecode.RERAISE, bytecode.CHECK_EXC_MATCH, bytecode.BEFORE_WITH,
			bytecode.WITH_EXIT, bytecode.WITH_EXCEPT_START, bytecode.LOAD_BUILD_CLASS,
			bytecode.LOAD_ASSERTION_ERROR, bytecode.UNARY_NEGATIVE, bytecode.UNARY_NOT,
			bytecode.UNARY_INVERT, bytecode.UNARY_POSITIVE, bytecode.LIST_TO_TUPLE, bytecode.YIELD_VALUE,
			bytecode.IMPORT_STAR:
		default:
			s += fmt.Sprintf(" %d", a)
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}
