package core

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestSliceIndices checks Slice.Indices against slice.indices and
// len(range(...)) in CPython, including the clamping of extreme values.
func TestSliceIndices(t *testing.T) {
	th := containersTestThread(t)
	i := func(v int64) *int64 { return &v }
	obj := func(p *int64) *Object {
		if p == nil {
			return None
		}
		return th.NewInt(*p)
	}
	cases := []struct {
		start, stop, step                    *int64
		length                               int
		wantStart, wantStop, wantStep, wantN int
	}{
		{nil, nil, nil, 5, 0, 5, 1, 5},
		{nil, nil, i(2), 5, 0, 5, 2, 3},
		{nil, nil, i(-1), 5, 4, -1, -1, 5},
		{nil, nil, i(-2), 5, 4, -1, -2, 3},
		{nil, i(3), nil, 5, 0, 3, 1, 3},
		{nil, i(3), i(2), 5, 0, 3, 2, 2},
		{nil, i(3), i(-1), 5, 4, 3, -1, 1},
		{nil, i(3), i(-2), 5, 4, 3, -2, 1},
		{nil, i(-2), nil, 5, 0, 3, 1, 3},
		{nil, i(-2), i(2), 5, 0, 3, 2, 2},
		{nil, i(-2), i(-1), 5, 4, 3, -1, 1},
		{nil, i(-2), i(-2), 5, 4, 3, -2, 1},
		{nil, i(8), nil, 5, 0, 5, 1, 5},
		{nil, i(8), i(2), 5, 0, 5, 2, 3},
		{nil, i(8), i(-1), 5, 4, 4, -1, 0},
		{nil, i(8), i(-2), 5, 4, 4, -2, 0},
		{nil, i(-9), nil, 5, 0, 0, 1, 0},
		{nil, i(-9), i(2), 5, 0, 0, 2, 0},
		{nil, i(-9), i(-1), 5, 4, -1, -1, 5},
		{nil, i(-9), i(-2), 5, 4, -1, -2, 3},
		{i(2), nil, nil, 5, 2, 5, 1, 3},
		{i(2), nil, i(2), 5, 2, 5, 2, 2},
		{i(2), nil, i(-1), 5, 2, -1, -1, 3},
		{i(2), nil, i(-2), 5, 2, -1, -2, 2},
		{i(2), i(3), nil, 5, 2, 3, 1, 1},
		{i(2), i(3), i(2), 5, 2, 3, 2, 1},
		{i(2), i(3), i(-1), 5, 2, 3, -1, 0},
		{i(2), i(3), i(-2), 5, 2, 3, -2, 0},
		{i(2), i(-2), nil, 5, 2, 3, 1, 1},
		{i(2), i(-2), i(2), 5, 2, 3, 2, 1},
		{i(2), i(-2), i(-1), 5, 2, 3, -1, 0},
		{i(2), i(-2), i(-2), 5, 2, 3, -2, 0},
		{i(2), i(8), nil, 5, 2, 5, 1, 3},
		{i(2), i(8), i(2), 5, 2, 5, 2, 2},
		{i(2), i(8), i(-1), 5, 2, 4, -1, 0},
		{i(2), i(8), i(-2), 5, 2, 4, -2, 0},
		{i(2), i(-9), nil, 5, 2, 0, 1, 0},
		{i(2), i(-9), i(2), 5, 2, 0, 2, 0},
		{i(2), i(-9), i(-1), 5, 2, -1, -1, 3},
		{i(2), i(-9), i(-2), 5, 2, -1, -2, 2},
		{i(-1), nil, nil, 5, 4, 5, 1, 1},
		{i(-1), nil, i(2), 5, 4, 5, 2, 1},
		{i(-1), nil, i(-1), 5, 4, -1, -1, 5},
		{i(-1), nil, i(-2), 5, 4, -1, -2, 3},
		{i(-1), i(3), nil, 5, 4, 3, 1, 0},
		{i(-1), i(3), i(2), 5, 4, 3, 2, 0},
		{i(-1), i(3), i(-1), 5, 4, 3, -1, 1},
		{i(-1), i(3), i(-2), 5, 4, 3, -2, 1},
		{i(-1), i(-2), nil, 5, 4, 3, 1, 0},
		{i(-1), i(-2), i(2), 5, 4, 3, 2, 0},
		{i(-1), i(-2), i(-1), 5, 4, 3, -1, 1},
		{i(-1), i(-2), i(-2), 5, 4, 3, -2, 1},
		{i(-1), i(8), nil, 5, 4, 5, 1, 1},
		{i(-1), i(8), i(2), 5, 4, 5, 2, 1},
		{i(-1), i(8), i(-1), 5, 4, 4, -1, 0},
		{i(-1), i(8), i(-2), 5, 4, 4, -2, 0},
		{i(-1), i(-9), nil, 5, 4, 0, 1, 0},
		{i(-1), i(-9), i(2), 5, 4, 0, 2, 0},
		{i(-1), i(-9), i(-1), 5, 4, -1, -1, 5},
		{i(-1), i(-9), i(-2), 5, 4, -1, -2, 3},
		{i(-7), nil, nil, 5, 0, 5, 1, 5},
		{i(-7), nil, i(2), 5, 0, 5, 2, 3},
		{i(-7), nil, i(-1), 5, -1, -1, -1, 0},
		{i(-7), nil, i(-2), 5, -1, -1, -2, 0},
		{i(-7), i(3), nil, 5, 0, 3, 1, 3},
		{i(-7), i(3), i(2), 5, 0, 3, 2, 2},
		{i(-7), i(3), i(-1), 5, -1, 3, -1, 0},
		{i(-7), i(3), i(-2), 5, -1, 3, -2, 0},
		{i(-7), i(-2), nil, 5, 0, 3, 1, 3},
		{i(-7), i(-2), i(2), 5, 0, 3, 2, 2},
		{i(-7), i(-2), i(-1), 5, -1, 3, -1, 0},
		{i(-7), i(-2), i(-2), 5, -1, 3, -2, 0},
		{i(-7), i(8), nil, 5, 0, 5, 1, 5},
		{i(-7), i(8), i(2), 5, 0, 5, 2, 3},
		{i(-7), i(8), i(-1), 5, -1, 4, -1, 0},
		{i(-7), i(8), i(-2), 5, -1, 4, -2, 0},
		{i(-7), i(-9), nil, 5, 0, 0, 1, 0},
		{i(-7), i(-9), i(2), 5, 0, 0, 2, 0},
		{i(-7), i(-9), i(-1), 5, -1, -1, -1, 0},
		{i(-7), i(-9), i(-2), 5, -1, -1, -2, 0},
		{i(9), nil, nil, 5, 5, 5, 1, 0},
		{i(9), nil, i(2), 5, 5, 5, 2, 0},
		{i(9), nil, i(-1), 5, 4, -1, -1, 5},
		{i(9), nil, i(-2), 5, 4, -1, -2, 3},
		{i(9), i(3), nil, 5, 5, 3, 1, 0},
		{i(9), i(3), i(2), 5, 5, 3, 2, 0},
		{i(9), i(3), i(-1), 5, 4, 3, -1, 1},
		{i(9), i(3), i(-2), 5, 4, 3, -2, 1},
		{i(9), i(-2), nil, 5, 5, 3, 1, 0},
		{i(9), i(-2), i(2), 5, 5, 3, 2, 0},
		{i(9), i(-2), i(-1), 5, 4, 3, -1, 1},
		{i(9), i(-2), i(-2), 5, 4, 3, -2, 1},
		{i(9), i(8), nil, 5, 5, 5, 1, 0},
		{i(9), i(8), i(2), 5, 5, 5, 2, 0},
		{i(9), i(8), i(-1), 5, 4, 4, -1, 0},
		{i(9), i(8), i(-2), 5, 4, 4, -2, 0},
		{i(9), i(-9), nil, 5, 5, 0, 1, 0},
		{i(9), i(-9), i(2), 5, 5, 0, 2, 0},
		{i(9), i(-9), i(-1), 5, 4, -1, -1, 5},
		{i(9), i(-9), i(-2), 5, 4, -1, -2, 3},
		{nil, nil, nil, 0, 0, 0, 1, 0},
		{nil, nil, i(-1), 0, -1, -1, -1, 0},
		{i(3), i(-3), i(2), 0, 0, 0, 2, 0},
		{i(9223372036854775807), i(math.MinInt64), i(-1), 0, -1, -1, -1, 0},
		{i(9223372036854775807), i(math.MinInt64), i(-1), 7, 6, -1, -1, 7},
		{i(math.MinInt64), i(9223372036854775807), i(1), 0, 0, 0, 1, 0},
		{i(math.MinInt64), i(9223372036854775807), i(1), 7, 0, 7, 1, 7},
		{nil, nil, i(9223372036854775807), 0, 0, 0, 9223372036854775807, 0},
		{nil, nil, i(9223372036854775807), 7, 0, 7, 9223372036854775807, 1},
		{nil, nil, i(-9223372036854775807), 0, -1, -1, -9223372036854775807, 0},
		{nil, nil, i(-9223372036854775807), 7, 6, -1, -9223372036854775807, 1},
		{i(3), nil, i(-9223372036854775807), 0, -1, -1, -9223372036854775807, 0},
		{i(3), nil, i(-9223372036854775807), 7, 3, -1, -9223372036854775807, 1},
	}
	for _, c := range cases {
		a, b, s := obj(c.start), obj(c.stop), obj(c.step)
		sl := th.NewSlice(a, b, s)
		th.Decref(a)
		th.Decref(b)
		th.Decref(s)
		start, stop, step, n, ok := asSlice(sl).Indices(th, c.length)
		require.True(t, ok)
		assert.Equal(t, []int{c.wantStart, c.wantStop, c.wantStep, c.wantN}, []int{start, stop, step, n},
			"slice(%v, %v, %v) of length %d", fmtOpt(c.start), fmtOpt(c.stop), fmtOpt(c.step), c.length)
		th.Decref(sl)
	}
	assert.Zero(t, live(th))
}

func fmtOpt(p *int64) string {
	if p == nil {
		return "None"
	}
	return strconv.FormatInt(*p, 10)
}

// TestSliceIndicesErrors checks the errors of a zero step and of
// non-integer parts.
func TestSliceIndicesErrors(t *testing.T) {
	th := containersTestThread(t)
	cases := []struct {
		name  string
		parts func() (a, b, c *Object)
		exc   *Type
	}{
		{"zero step", func() (a, b, c *Object) { return None, None, th.NewInt(0) }, &ValueErrorType},
		{"str start", func() (a, b, c *Object) { return th.NewStr("x"), None, None }, &TypeErrorType},
		{"float step", func() (a, b, c *Object) { return None, None, th.NewFloat(1.5) }, &TypeErrorType},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b, s := c.parts()
			sl := th.NewSlice(a, b, s)
			th.Decref(a)
			th.Decref(b)
			th.Decref(s)
			_, _, _, _, ok := asSlice(sl).Indices(th, 10)
			require.False(t, ok)
			assert.True(t, th.ExcMatches(c.exc))
			th.ClearExc()
			th.Decref(sl)
		})
	}
	assert.Zero(t, live(th))
}
