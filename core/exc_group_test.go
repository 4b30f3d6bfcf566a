package core

import (
	"testing"

	"github.com/rcvm/rcvm/core/compile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exc builds an exception instance for the tests (a new reference).
func testExc(t *Thread, tp *Type, arg int64) *Object {
	n := t.NewInt(arg)
	defer t.Decref(n)
	return t.NewException(tp, n)
}

func testGroup(t *Thread, msg string, excs ...*Object) *Object {
	m := t.NewStr(msg)
	l := t.ListOf(excs...)
	defer t.Decref(m)
	defer t.Decref(l)
	return t.constructException(&ExceptionGroupType, []*Object{m, l}, nil)
}

// reprOf is repr(o) as a Go string.
func reprOf(tb testing.TB, t *Thread, o *Object) string {
	if o == nil {
		return "<nil>"
	}
	s, ok := t.ReprString(o)
	require.True(tb, ok)
	return s
}

// TestExceptStarMatch checks CHECK_EG_MATCH's runtime half: a naked
// exception is wrapped, a group is split, and invalid clause types are
// refused with CPython's messages.
func TestExceptStarMatch(t *testing.T) {
	vm := newTestVM(t, "test-plain", false)
	th := startTestThread(vm, "main")
	defer endTestThread(vm, th)

	v := testExc(th, &ValueErrorType, 1)
	te := testExc(th, &TypeErrorType, 2)
	eg := testGroup(th, "eg", v, te)
	cases := []struct {
		name        string
		exc, typ    *Object
		match, rest string
		err         string
	}{
		{"naked match", v, &ValueErrorType.Object, "ExceptionGroup('', (ValueError(1),))", "<nil>", ""},
		{"naked miss", v, &KeyErrorType.Object, "<nil>", "ValueError(1)", ""},
		{"group split", eg, &TypeErrorType.Object, "ExceptionGroup('eg', [TypeError(2)])", "ExceptionGroup('eg', [ValueError(1)])", ""},
		{"group whole", eg, &ExceptionType.Object, "ExceptionGroup('eg', [ValueError(1), TypeError(2)])", "<nil>", ""},
		{"tuple", eg, th.TupleOf(&TypeErrorType.Object, &ValueErrorType.Object), "ExceptionGroup('eg', [ValueError(1), TypeError(2)])", "<nil>", ""},
		{"group class", eg, &ExceptionGroupType.Object, "", "", "catching ExceptionGroup with except* is not allowed. Use except instead."},
		{"not a class", v, th.NewInt(3), "", "", "catching classes that do not inherit from BaseException is not allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, r, ok := th.exceptStarMatch(c.exc, c.typ)
			if c.err != "" {
				require.False(t, ok)
				exc := th.TakeExc()
				assert.Equal(t, "TypeError: "+c.err+"\n", th.excLine(exc))
				th.Decref(exc)
				return
			}
			require.True(t, ok)
			assert.Equal(t, c.match, reprOf(t, th, m))
			assert.Equal(t, c.rest, reprOf(t, th, r))
			th.XDecref(m)
			th.XDecref(r)
		})
	}
}

// TestPrepReraiseStar checks what a try-except* statement raises at its
// end: re-raised parts keep their place in the original group, new
// exceptions join them in a new group.
func TestPrepReraiseStar(t *testing.T) {
	vm := newTestVM(t, "test-plain", false)
	th := startTestThread(vm, "main")
	defer endTestThread(vm, th)

	v, te, k := testExc(th, &ValueErrorType, 1), testExc(th, &TypeErrorType, 2), testExc(th, &KeyErrorType, 3)
	orig := testGroup(th, "orig", v, te, testGroup(th, "inner", k))
	// A caught group has been raised: it has a traceback, which the parts
	// split from it share and new exceptions do not.
	code, err := compile.Source("f.py", "pass\n")
	require.NoError(t, err)
	f := th.newFrame(loadCode(code), nil, th.NewDict())
	asException(orig).Traceback = th.newTraceback(nil, th.frameObject(f), 0, 1)
	matchV, _, ok := th.exceptStarMatch(orig, &ValueErrorType.Object)
	require.True(t, ok)
	matchK, _, ok := th.exceptStarMatch(orig, &KeyErrorType.Object)
	require.True(t, ok)
	newExc := testExc(th, &RuntimeErrorType, 9)
	cases := []struct {
		name string
		orig *Object
		excs []*Object
		want string
	}{
		{"nothing raised", orig, []*Object{None, nil}, "None"},
		{"one re-raised", orig, []*Object{matchV}, "ExceptionGroup('orig', [ValueError(1)])"},
		{"two re-raised keep nesting", orig, []*Object{matchK, matchV},
			"ExceptionGroup('orig', [ValueError(1), ExceptionGroup('inner', [KeyError(3)])])"},
		{"raised joins re-raised", orig, []*Object{newExc, matchV},
			"ExceptionGroup('', [RuntimeError(9), ExceptionGroup('orig', [ValueError(1)])])"},
		{"only raised", orig, []*Object{newExc}, "RuntimeError(9)"},
		{"naked original", v, []*Object{newExc}, "RuntimeError(9)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := th.prepReraiseStar(c.orig, c.excs)
			require.NotNil(t, r)
			assert.Equal(t, c.want, reprOf(t, th, r))
			th.Decref(r)
		})
	}
}
