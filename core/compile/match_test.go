package compile

import (
	"testing"

	"github.com/rcvm/rcvm/core/syntax"
	"github.com/stretchr/testify/require"
)

// matchErrors are match statements that parse but do not compile, with
// CPython 3.11's message and location for each (generated with python3).
var matchErrors = []struct {
	src, msg                   string
	line, col, endLine, endCol int
}{
	{"match x:\n case y:\n  pass\n case 1:\n  pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 7, 2, 8},
	{"match x:\n case _:\n  pass\n case 1:\n  pass\n", "wildcard makes remaining patterns unreachable", 2, 7, 2, 8},
	{"match x:\n case (y):\n  pass\n case 1:\n  pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 8, 2, 9},
	{"match x:\n case 1 | y:\n  pass\n case 2: pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 11, 2, 12},
	{"match x:\n case [a, a]:\n  pass\n", "multiple assignments to name 'a' in pattern", 2, 11, 2, 12},
	{"match x:\n case [a] | b:\n  pass\n", "alternative patterns bind different names", 2, 13, 2, 14},
	{"match x:\n case {1: a, 1: b}:\n  pass\n", "mapping pattern checks duplicate key (1)", 2, 7, 2, 19},
	{"match x:\n case {1: a, True: b}:\n  pass\n", "mapping pattern checks duplicate key (True)", 2, 7, 2, 22},
	{"match x:\n case {1.0: a, 1: b}:\n  pass\n", "mapping pattern checks duplicate key (1)", 2, 7, 2, 21},
	{"match x:\n case {'a': a, 'a': b}:\n  pass\n", "mapping pattern checks duplicate key ('a')", 2, 7, 2, 23},
	{"match x:\n case C(a=1, a=2):\n  pass\n", "attribute name repeated in class pattern: a", 2, 16, 2, 17},
	{"match x:\n case [*a, *b]:\n  pass\n", "multiple starred names in sequence pattern", 2, 7, 2, 15},
	{"match x:\n case [1, *_, 2, *_]:\n  pass\n", "multiple starred names in sequence pattern", 2, 7, 2, 21},
	{"match x:\n case __debug__:\n  pass\n", "cannot assign to __debug__", 2, 7, 2, 16},
	{"match x:\n case {f'': 1}:\n  pass\n", "mapping pattern keys may only match literals and attribute lookups", 2, 7, 2, 15},
	{"match x:\n case f'':\n  pass\n", "patterns may only match literals and attribute lookups", 2, 7, 2, 10},
	{"match x:\n case {1: a} | {2: a, 3: b}:\n  pass\n", "alternative patterns bind different names", 2, 26, 2, 27},
	{"match x:\n case (x as y) | 1:\n  pass\n", "name capture 'x' makes remaining patterns unreachable", 2, 8, 2, 9},
	{"match x:\n case a | b:\n  pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 7, 2, 8},
	{"match x:\n case [a] | (a):\n  pass\n case _: pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 14, 2, 15},
	{"match x:\n case a:\n  pass\n case _: pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 7, 2, 8},
	{"match x:\n case [a, (b | [b, a]) as a]:\n  pass\n", "name capture 'b' makes remaining patterns unreachable", 2, 12, 2, 13},
	{"match x:\n case {'k': a, **a}:\n  pass\n", "multiple assignments to name 'a' in pattern", 2, 13, 2, 14},
	{"match x:\n case [a, b] | [b, c]:\n  pass\n", "alternative patterns bind different names", 2, 20, 2, 21},
}

func TestMatchCompileErrors(t *testing.T) {
	for _, tt := range matchErrors {
		_, err := File("x.py", []byte(tt.src))
		require.Error(t, err, tt.src)
		e, ok := err.(*syntax.Error)
		require.True(t, ok, "error type %T", err)
		require.Equal(t, tt.msg, e.Msg, tt.src)
		require.Equal(t, []int{tt.line, tt.col, tt.endLine, tt.endCol},
			[]int{e.Line, e.Col, e.EndLine, e.EndCol}, tt.src)
	}
}
