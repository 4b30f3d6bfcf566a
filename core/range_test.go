package core

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values were produced by CPython 3.11.7.

func TestRange(t *testing.T) {
	checkExprs(t, "r = range(0, 100, 7)\ndef setr():\n    x = range(3)\n    x.start = 1\ndef total(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n", []exprCase{
		{"range(10)", "range(0, 10)"},
		{"range(1, 10, 2)", "range(1, 10, 2)"},
		{"range(5, -5, -2)", "range(5, -5, -2)"},
		{"list(range(5, -5, -2))", "[5, 3, 1, -1, -3]"},
		{"list(range(0))", "[]"},
		{"list(range(3, 1))", "[]"},
		{"range(1, 2, 0)", "ValueError: range() arg 3 must not be zero"},
		{"range(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
		{"range('a', 2)", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"range()", "TypeError: range expected at least 1 argument, got 0"},
		{"range(1, 2, 3, 4)", "TypeError: range expected at most 3 arguments, got 4"},
		{"range(x=1)", "TypeError: range() takes no keyword arguments"},
		{"range(True)", "range(0, 1)"},
		{"range(2)[True]", "1"},
		{"len(r)", "15"},
		{"r[3]", "21"},
		{"r[-1]", "98"},
		{"r[100]", "IndexError: range object index out of range"},
		{"r['a']", "TypeError: range indices must be integers or slices, not str"},
		{"r[2:5]", "range(14, 35, 7)"},
		{"r[::-1]", "range(98, -7, -7)"},
		{"r[::-2]", "range(98, -7, -14)"},
		{"r[1:100:3]", "range(7, 105, 21)"},
		{"r[-3:]", "range(84, 105, 7)"},
		{"r[::0]", "ValueError: slice step cannot be zero"},
		{"r[-100:2]", "range(0, 14, 7)"},
		{"14 in r", "True"},
		{"15 in r", "False"},
		{"14.0 in r", "True"},
		{"'a' in r", "False"},
		{"True in range(3)", "True"},
		{"-7 in r", "False"},
		{"98 in r", "True"},
		{"0 in range(0)", "False"},
		{"r.index(21)", "3"},
		{"r.index(22)", "ValueError: 22 is not in range"},
		{"r.index('a')", "ValueError: sequence.index(x): x not in sequence"},
		{"r.count(21)", "1"},
		{"r.count(21.0)", "1"},
		{"range(3).index()", "TypeError: range.index() takes exactly one argument (0 given)"},
		{"(r.start, r.stop, r.step)", "(0, 100, 7)"},
		{"range(3) == range(0, 3)", "True"},
		{"range(0) == range(5, 5)", "True"},
		{"range(0, 10, 2) == range(0, 9, 2)", "True"},
		{"range(1) == range(1, 2, 5)", "False"},
		{"range(3) < range(4)", "TypeError: '<' not supported between instances of 'range' and 'range'"},
		{"range(3) == [0, 1, 2]", "False"},
		{"hash(range(5)) == hash(range(0, 5, 1))", "True"},
		{"hash(range(1, 2, 5)) == hash(range(1, 2, 9))", "True"},
		{"hash(range(0, 10, 2)) == hash((5, 0, 2))", "True"},
		{"bool(range(0))", "False"},
		{"bool(range(2**80))", "True"},
		{"len(range(-2**63, 2**63 - 1))", "OverflowError: Python int too large to convert to C ssize_t"},
		{"len(range(2**64))", "OverflowError: Python int too large to convert to C ssize_t"},
		{"range(2**100)[2**99]", "633825300114114700748351602688"},
		{"list(range(2**63 - 2, 2**63 + 2))", "[9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]"},
		{"range(2**70)[5:2**71:2**3]", "range(5, 1180591620717411303424, 8)"},
		{"list(range(2**64, 2**64 + 10, 3))", "[18446744073709551616, 18446744073709551619, 18446744073709551622, 18446744073709551625]"},
		{"2**64 + 3 in range(2**64, 2**64 + 10, 3)", "True"},
		{"2**64 + 4 in range(2**64, 2**64 + 10, 3)", "False"},
		{"list(reversed(range(2**64, 2**64 + 10, 3)))", "[18446744073709551625, 18446744073709551622, 18446744073709551619, 18446744073709551616]"},
		{"range(2**64).index(2**63 + 5)", "9223372036854775813"},
		{"range(2**64)[-1]", "18446744073709551615"},
		{"list(reversed(range(5, -5, -2)))", "[-3, -1, 1, 3, 5]"},
		{"list(reversed(range(0)))", "[]"},
		{"type(iter(range(3))).__name__", "'range_iterator'"},
		{"type(iter(range(2**64))).__name__", "'longrange_iterator'"},
		{"type(reversed(range(3))).__name__", "'range_iterator'"},
		{"9223372036854775806 in range(-9223372036854775807, 9223372036854775807, 3)", "False"},
		{"9223372036854775805 in range(-9223372036854775807, 9223372036854775807, 3)", "True"},
		{"list(range(-9223372036854775807, 9223372036854775807, 2**62))", "[-9223372036854775807, -4611686018427387903, 1, 4611686018427387905]"},
		{"range(9223372036854775807)[-1]", "9223372036854775806"},
		{"list(range(-2**63, -2**63 + 3))", "[-9223372036854775808, -9223372036854775807, -9223372036854775806]"},
		{"list(range(2**63 - 1, 2**63 - 4, -1))", "[9223372036854775807, 9223372036854775806, 9223372036854775805]"},
		{"list(reversed(range(-2**63, -2**63 + 3)))", "[-9223372036854775806, -9223372036854775807, -9223372036854775808]"},
		{"setr()", "AttributeError: readonly attribute"},
		{"total(100000)", "4999950000"},
		{"repr(range(-3, 3, -1))", "'range(-3, 3, -1)'"},
		{"list(range(-3, 3, -1))", "[]"},
	})
}

// TestRangeIterNext drives the eval loop's fast path directly.
func TestRangeIterNext(t *testing.T) {
	cases := []struct {
		start, stop, step int64
		want              []int64
	}{
		{0, 5, 1, []int64{0, 1, 2, 3, 4}},
		{10, 0, -3, []int64{10, 7, 4, 1}},
		{5, 5, 1, nil},
		{math.MaxInt64 - 2, math.MaxInt64, 1, []int64{math.MaxInt64 - 2, math.MaxInt64 - 1}},
		{math.MinInt64 + 2, math.MinInt64, -1, []int64{math.MinInt64 + 2, math.MinInt64 + 1}},
	}
	for _, c := range cases {
		th := containersTestThread(t)
		a, b, s := th.NewInt(c.start), th.NewInt(c.stop), th.NewInt(c.step)
		r := th.newRange(a, b, s)
		th.releaseAll([]*Object{a, b, s})
		it := th.GetIter(r)
		require.Same(t, &RangeIterType, it.Type())
		var got []int64
		for v := rangeIterNext(th, it); v != nil; v = rangeIterNext(th, it) {
			n, _ := IntValue(v)
			got = append(got, n)
			th.Decref(v)
		}
		require.False(t, th.Failed())
		assert.Equal(t, c.want, got, "range(%d, %d, %d)", c.start, c.stop, c.step)
		th.Decref(it)
		th.Decref(r)
		assert.Zero(t, live(th))
	}
}

func BenchmarkRangeIter(b *testing.B) {
	th := containersTestThread(b)
	stop := th.NewInt(1000)
	r := th.newRange(th.NewInt(0), stop, th.NewInt(1))
	for b.Loop() {
		it := th.GetIter(r)
		for v := rangeIterNext(th, it); v != nil; v = rangeIterNext(th, it) {
			th.Decref(v)
		}
		th.Decref(it)
	}
	th.Decref(r)
	th.Decref(stop)
}
