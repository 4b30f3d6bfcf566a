package core

import (
	"testing"
)

// The expected values were produced by CPython 3.11.7.

func TestTuple(t *testing.T) {
	checkExprs(t, "tp = (1, 2, 3)\ndef tset():\n    tp[0] = 1\ndef tdel():\n    del tp[0]\n", []exprCase{
		{"tp[1:]", "(2, 3)"},
		{"tp[::-1]", "(3, 2, 1)"},
		{"tp[5]", "IndexError: tuple index out of range"},
		{"tp['a']", "TypeError: tuple indices must be integers or slices, not str"},
		{"tp[-4]", "IndexError: tuple index out of range"},
		{"tp[::2]", "(1, 3)"},
		{"tp[2:0:-1]", "(3, 2)"},
		{"tp + (4,)", "(1, 2, 3, 4)"},
		{"tp + [4]", "TypeError: can only concatenate tuple (not \"list\") to tuple"},
		{"tp * 2", "(1, 2, 3, 1, 2, 3)"},
		{"2 * tp", "(1, 2, 3, 1, 2, 3)"},
		{"(1,) * 0", "()"},
		{"tp * -1", "()"},
		{"tp * 'a'", "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"()", "()"},
		{"(1,)", "(1,)"},
		{"((1,),)", "((1,),)"},
		{"(1, 'a', [2], (3, (4,)))", "(1, 'a', [2], (3, (4,)))"},
		{"tp.index(2)", "1"},
		{"tp.index(5)", "ValueError: tuple.index(x): x not in tuple"},
		{"tp.index(3, 0, 2)", "ValueError: tuple.index(x): x not in tuple"},
		{"tp.count(1)", "1"},
		{"tuple('ab')", "('a', 'b')"},
		{"tuple()", "()"},
		{"tuple(1)", "TypeError: 'int' object is not iterable"},
		{"tuple(x=1)", "TypeError: tuple() takes no keyword arguments"},
		{"tuple([1], [2])", "TypeError: tuple expected at most 1 argument, got 2"},
		{"tuple(tp) is tp", "True"},
		{"tp[:] is tp", "True"},
		{"hash((1, 2)) == hash((1, 2))", "True"},
		{"hash((1, 2))", "-3550055125485641917"},
		{"hash(())", "5740354900026072187"},
		{"hash((1, (2, 3), -1))", "-4691468712706788113"},
		{"hash((1, [2]))", "TypeError: unhashable type: 'list'"},
		{"hash((True, 2.0)) == hash((1, 2))", "True"},
		{"hash((2**70, -5))", "-4572873811949771300"},
		{"hash(((),))", "-5486347211504344842"},
		{"tset()", "TypeError: 'tuple' object does not support item assignment"},
		{"tdel()", "TypeError: 'tuple' object doesn't support item deletion"},
		{"(1, 2) < (1, 3)", "True"},
		{"(1, 2) == (1, 2.0)", "True"},
		{"(1,) < (1, 0)", "True"},
		{"(1, 'a') < (1, 2)", "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"(1,) == [1]", "False"},
		{"1 in tp", "True"},
		{"[] in ([],)", "True"},
		{"list(reversed(tp))", "[3, 2, 1]"},
		{"type(iter(tp)).__name__", "'tuple_iterator'"},
		{"type(reversed(tp)).__name__", "'reversed'"},
		{"len(tp)", "3"},
	})
}
