package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values were produced by CPython 3.11.7.

func TestSet(t *testing.T) {
	checkExprs(t, "def mk(*a):\n    s = set()\n    for x in a:\n        s.add(x)\n    return s\ndef rm(s, *a):\n    for x in a:\n        s.discard(x)\n    return s\ndef do(s, name, *a):\n    getattr(s, name)(*a)\n    return s\ndef ior(a, b):\n    a |= b\n    return a\ndef iand(a, b):\n    a &= b\n    return a\ndef isub(a, b):\n    a -= b\n    return a\ndef ixor(a, b):\n    a ^= b\n    return a\ndef pops(s, n):\n    return [s.pop() for i in range(n)], s\ndef grow():\n    ss = mk(1, 2)\n    for v in ss:\n        ss.add(v + 10)\ndef thin():\n    s = set(range(200))\n    for i in range(150):\n        s.discard(i)\n    a = repr(s)\n    s.add(1000)\n    return a, s\ndef bigset():\n    b = set(range(100000))\n    for i in range(0, 100000, 2):\n        b.discard(i)\n    return len(b), 99999 in b, 2 in b, sorted(b)[:3]\n", []exprCase{
		{"set(range(100))", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}"},
		{"set(range(100, 0, -7))", "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}"},
		{"mk(10, 3, 100)", "{10, 3, 100}"},
		{"mk(-1, 2**40, 7)", "{1099511627776, -1, 7}"},
		{"mk(-5, -1, 0, 1, 8, 16, 24, 32)", "{0, 1, 32, 8, 16, 24, -5, -1}"},
		{"set(range(0, 1000, 37))", "{0, 259, 518, 777, 148, 407, 666, 925, 37, 296, 555, 814, 185, 444, 703, 962, 74, 333, 592, 851, 222, 481, 740, 999, 111, 370, 629, 888}"},
		{"mk(2**61 - 1, 2**61, 2**62, -2**61, 2**64 + 3)", "{2305843009213693951, 2305843009213693952, 4611686018427387904, 18446744073709551619, -2305843009213693952}"},
		{"mk(1.5, 2.25, -0.5, 1e100, 0.1)", "{-0.5, 1.5, 2.25, 0.1, 1e+100}"},
		{"mk((1, 2), (3, 4), (1,), ())", "{(1,), (1, 2), (3, 4), ()}"},
		{"mk(True, 1, 1.0)", "{True}"},
		{"mk(0, False, 0.0)", "{0}"},
		{"set([100, 5, 37])", "{37, 100, 5}"},
		{"frozenset([100, 5, 37])", "frozenset({37, 100, 5})"},
		{"set((5, 13, 21, 29, 1))", "{1, 5, 13, 21, 29}"},
		{"rm(mk(0, 8), 0) | mk(16)", "{8, 16}"},
		{"do(rm(mk(0, 8), 0), 'add', 16)", "{16, 8}"},
		{"rm(set(range(20)), *range(0, 20, 3))", "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19}"},
		{"do(rm(set(range(20)), *range(0, 20, 3)), 'update', [100, 3, 6])", "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 6, 16, 17, 3, 19, 100}"},
		{"isub(set(range(40)), mk(1, 2, 3))", "{0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}"},
		{"set(range(10)) | set(range(5, 15))", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}"},
		{"set(range(10)) & set(range(5, 15))", "{5, 6, 7, 8, 9}"},
		{"set(range(10)) - set(range(5, 15))", "{0, 1, 2, 3, 4}"},
		{"set(range(10)) ^ set(range(5, 15))", "{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}"},
		{"set(range(50)) & mk(49, 3, 100, 7)", "{49, 3, 7}"},
		{"mk(49, 3, 100, 7) & set(range(50))", "{49, 3, 7}"},
		{"set(range(50)) - mk(1)", "{0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49}"},
		{"set(range(5)) - set(range(100))", "set()"},
		{"mk(100, 5, 37) | mk(1000, 3)", "{3, 100, 37, 5, 1000}"},
		{"mk(1, 2) ^ mk(2, 3, 99, 50)", "{1, 99, 3, 50}"},
		{"set(range(0, 300, 7)) & set(range(0, 300, 3))", "{0, 294, 231, 168, 105, 42, 273, 210, 147, 84, 21, 252, 189, 126, 63}"},
		{"set(range(0, 300, 3)) & set(range(0, 300, 7))", "{0, 294, 231, 168, 105, 42, 273, 210, 147, 84, 21, 252, 189, 126, 63}"},
		{"set(range(0, 300, 7)) - set(range(0, 300, 3))", "{259, 133, 7, 266, 140, 14, 280, 154, 28, 287, 161, 35, 175, 49, 182, 56, 196, 70, 203, 77, 217, 91, 224, 98, 238, 112, 245, 119}"},
		{"set(range(0, 300, 7)) ^ set(range(0, 300, 3))", "{258, 3, 259, 261, 6, 7, 264, 9, 266, 267, 12, 270, 15, 14, 18, 276, 279, 24, 280, 282, 27, 28, 285, 30, 287, 288, 33, 291, 36, 35, 39, 297, 45, 48, 49, 51, 54, 56, 57, 60, 66, 69, 70, 72, 75, 77, 78, 81, 87, 90, 91, 93, 96, 98, 99, 102, 108, 111, 112, 114, 117, 119, 120, 123, 129, 132, 133, 135, 138, 140, 141, 144, 150, 153, 154, 156, 159, 161, 162, 165, 171, 174, 175, 177, 180, 182, 183, 186, 192, 195, 196, 198, 201, 203, 204, 207, 213, 216, 217, 219, 222, 224, 225, 228, 234, 237, 238, 240, 243, 245, 246, 249, 255}"},
		{"frozenset([3, 1]) | mk(2)", "frozenset({1, 2, 3})"},
		{"mk(2) | frozenset([3, 1])", "{1, 2, 3}"},
		{"frozenset() | [1]", "TypeError: unsupported operand type(s) for |: 'frozenset' and 'list'"},
		{"mk(1) - [1]", "TypeError: unsupported operand type(s) for -: 'set' and 'list'"},
		{"set(range(10)).union([50, 2], (77,))", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 77, 50}"},
		{"set(range(10)).intersection([5, 3, 99], range(4, 8))", "{5}"},
		{"set(range(10)).difference([5, 3], mk(1))", "{0, 2, 4, 6, 7, 8, 9}"},
		{"set(range(10)).symmetric_difference(range(5, 12))", "{0, 1, 2, 3, 4, 10, 11}"},
		{"set(range(0, 300, 7)).union(range(1000, 800, -9))", "{0, 259, 133, 901, 7, 892, 266, 140, 14, 910, 273, 147, 21, 919, 280, 154, 28, 287, 928, 161, 802, 35, 294, 168, 937, 42, 811, 175, 49, 946, 820, 182, 56, 955, 189, 829, 63, 196, 964, 70, 838, 203, 77, 973, 847, 210, 84, 982, 856, 217, 91, 991, 224, 865, 98, 231, 1000, 105, 874, 238, 112, 883, 245, 119, 252, 126}"},
		{"do(set(range(0, 300, 7)), 'difference_update', range(0, 300, 2))", "{259, 133, 7, 273, 147, 21, 287, 161, 35, 175, 49, 189, 63, 203, 77, 217, 91, 231, 105, 245, 119}"},
		{"do(set(range(64)), 'intersection_update', range(0, 300, 5))", "{0, 35, 5, 40, 10, 45, 15, 50, 20, 55, 25, 60, 30}"},
		{"do(set(range(30)), 'symmetric_difference_update', [13, 14, 99])", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 99}"},
		{"do(mk(1), 'clear')", "set()"},
		{"mk(1, 2).issubset([1, 2, 3])", "True"},
		{"mk(1, 2).issuperset([1])", "True"},
		{"mk(1, 2).isdisjoint([3])", "True"},
		{"mk(1, 2).isdisjoint(mk(2))", "False"},
		{"mk(1, 2) == mk(2, 1)", "True"},
		{"mk(1, 2) == frozenset([1, 2])", "True"},
		{"mk(1) < mk(1, 2)", "True"},
		{"mk(1, 2) <= mk(1, 2)", "True"},
		{"mk(1, 2) > mk(1)", "True"},
		{"mk(1) >= mk(2)", "False"},
		{"mk(1) <= [1]", "TypeError: '<=' not supported between instances of 'set' and 'list'"},
		{"mk(1) == [1]", "False"},
		{"mk(1) != mk(1)", "False"},
		{"pops(set(range(10)), 3)", "([0, 1, 2], {3, 4, 5, 6, 7, 8, 9})"},
		{"pops(mk(5, 6, 7), 2)", "([5, 6], {7})"},
		{"set().pop()", "KeyError: 'pop from an empty set'"},
		{"mk(5).remove(99)", "KeyError: 99"},
		{"mk(5).remove([])", "TypeError: unhashable type: 'list'"},
		{"mk(5).add([])", "TypeError: unhashable type: 'list'"},
		{"do(mk(frozenset([1])), 'discard', mk(1))", "set()"},
		{"mk(frozenset([1])).remove(mk(2))", "KeyError: {2}"},
		{"mk(1, 2).copy()", "{1, 2}"},
		{"frozenset([1]).copy()", "frozenset({1})"},
		{"hash(frozenset([1, 2, 3]))", "-272375401224217160"},
		{"hash(frozenset())", "133146708735736"},
		{"hash(frozenset(range(100)))", "4411996150312757951"},
		{"hash(frozenset(mk(-1, -2, 2**70)))", "2513652292486698125"},
		{"hash(set())", "TypeError: unhashable type: 'set'"},
		{"frozenset([1]) in {frozenset([1]): 2}", "True"},
		{"mk(1) in mk(frozenset([1]))", "True"},
		{"set()", "set()"},
		{"frozenset()", "frozenset()"},
		{"frozenset([1, 2])", "frozenset({1, 2})"},
		{"set(1, 2)", "TypeError: set expected at most 1 argument, got 2"},
		{"set(x=1)", "TypeError: set() takes no keyword arguments"},
		{"frozenset(x=1)", "TypeError: frozenset() takes no keyword arguments"},
		{"set(1)", "TypeError: 'int' object is not iterable"},
		{"sorted(set('hello'))", "['e', 'h', 'l', 'o']"},
		{"set({3: 1, 1: 2, 100: 3})", "{1, 3, 100}"},
		{"set({3: 1}.keys())", "{3}"},
		{"ior(set(range(10)), mk(50))", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50}"},
		{"iand(set(range(10)), mk(1, 2, 100))", "{1, 2}"},
		{"ixor(set(range(10)), mk(1, 17))", "{0, 2, 3, 4, 5, 6, 7, 8, 9, 17}"},
		{"isub(set(range(10)), mk(1))", "{0, 2, 3, 4, 5, 6, 7, 8, 9}"},
		{"ior(mk(1), [2])", "TypeError: unsupported operand type(s) for |=: 'set' and 'list'"},
		{"thin()", "('{150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199}', {150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 1000})"},
		{"bigset()", "(50000, True, False, [1, 3, 5])"},
		{"{i * 7 % 64 for i in range(64)}", "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63}"},
		{"[x for x in mk(5, 3, 9)]", "[9, 3, 5]"},
		{"grow()", "RuntimeError: Set changed size during iteration"},
		{"mk(1, 2).add()", "TypeError: set.add() takes exactly one argument (0 given)"},
		{"mk(1).union(x=1)", "TypeError: set.union() takes no keyword arguments"},
		{"type(iter(mk(1))).__name__", "'set_iterator'"},
		{"len(mk(1, 2, 2))", "2"},
	})
}

// TestSetUpdateConstDisplay checks that replaying CPython's constant
// folding of set displays gives its printed order.
func TestSetUpdateConstDisplay(t *testing.T) {
	cases := []struct {
		items []int64
		want  string
	}{
		{[]int64{100, 5, 37}, "{5, 100, 37}"},
		{[]int64{2, 3, 99, 50}, "{3, 2, 99, 50}"},
		{[]int64{8, 16, 24, 0, 1}, "{0, 1, 16, 8, 24}"},
		{[]int64{-1, -9, 7, 15, 23, 31}, "{-9, 23, 7, 31, -1, 15}"},
		{[]int64{1, 9, 17, 25, 33, 41, 49, 57}, "{1, 33, 41, 9, 17, 49, 25, 57}"},
		{[]int64{5, 5, 13, 13, 21}, "{21, 5, 13}"},
		{[]int64{1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000},
			"{4000, 8000, 1000, 9000, 5000, 2000, 6000, 10000, 11000, 3000, 7000}"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			th := containersTestThread(t)
			items := make([]*Object, len(c.items))
			for i, v := range c.items {
				items[i] = th.NewInt(v)
			}
			s := th.NewSet()
			require.True(t, s.UpdateConstDisplay(th, items))
			got, ok := th.ReprString(&s.Object)
			require.True(t, ok)
			assert.Equal(t, c.want, got)
			th.Decref(&s.Object)
			th.releaseAll(items)
			assert.Zero(t, live(th))
		})
	}
}

// TestSetGoAPI exercises the entry points the eval loop uses.
func TestSetGoAPI(t *testing.T) {
	th := containersTestThread(t)
	s := th.NewSet()
	for i := int64(0); i < 1000; i++ {
		n := th.NewInt(i * 8)
		require.True(t, s.Add(th, n))
		require.True(t, s.Add(th, n), "adding again is a no-op")
		th.Decref(n)
	}
	require.Equal(t, 1000, s.Len())
	for i := int64(0); i < 1000; i += 2 {
		n := th.NewInt(i * 8)
		found, ok := s.Discard(th, n)
		require.True(t, ok)
		require.True(t, found)
		th.Decref(n)
	}
	probe := th.NewInt(8)
	found, ok := s.Contains(th, probe)
	require.True(t, ok)
	assert.True(t, found)
	th.Decref(probe)
	list := th.NewList(0)
	require.False(t, s.Add(th, &list.Object), "a list is unhashable")
	require.True(t, th.ExcMatches(&TypeErrorType))
	th.ClearExc()
	th.Decref(&list.Object)
	assert.Equal(t, 500, s.Len())
	s.Clear(th)
	assert.Zero(t, s.Len())
	th.Decref(&s.Object)
	assert.Zero(t, live(th))
}
