package core

import (
	"testing"
)

// The expected values were produced by CPython 3.11.7.

func TestSlice(t *testing.T) {
	checkExprs(t, "", []exprCase{
		{"slice(1, 2)", "slice(1, 2, None)"},
		{"slice(3)", "slice(None, 3, None)"},
		{"slice(1, 2, None)", "slice(1, 2, None)"},
		{"slice('a', [1], 2.5)", "slice('a', [1], 2.5)"},
		{"slice(1, 2).start", "1"},
		{"slice(1, 'a').stop", "'a'"},
		{"slice(1, 2, 3).step", "3"},
		{"slice(1, 2) == slice(1, 2)", "True"},
		{"slice(1, 2) < slice(1, 3)", "True"},
		{"slice(1, 2) == (1, 2, None)", "False"},
		{"hash(slice(1))", "TypeError: unhashable type: 'slice'"},
		{"slice()", "TypeError: slice expected at least 1 argument, got 0"},
		{"slice(1, 2, 3, 4)", "TypeError: slice expected at most 3 arguments, got 4"},
		{"slice(None, None, -1).indices(10)", "(9, -1, -1)"},
		{"slice(-100, 100, 3).indices(10)", "(0, 10, 3)"},
		{"slice(0, 1, 0).indices(3)", "ValueError: slice step cannot be zero"},
		{"slice(1).indices(-1)", "ValueError: length should not be negative"},
		{"slice(None).indices(0)", "(0, 0, 1)"},
		{"slice(5, None, -2).indices(3)", "(2, -1, -2)"},
		{"slice(-2**100, 2**100, 2**100).indices(5)", "(0, 5, 1267650600228229401496703205376)"},
		{"slice(1.5).indices(3)", "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"[0, 1, 2, 3][slice(1, 3)]", "[1, 2]"},
		{"'abcdef'[slice(None, None, 2)]", "'ace'"},
		{"(1, 2, 3)[slice(-2, None)]", "(2, 3)"},
		{"'abc'['a':]", "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"[1][True:'a']", "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"[1, 2, 3][None:None:None]", "[1, 2, 3]"},
	})
}
