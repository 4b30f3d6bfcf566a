package compile

import (
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/syntax"
	"github.com/stretchr/testify/require"
)

// compileErrors pair programs that parse but do not compile with what
// CPython 3.11 prints for them as x.py (generated with python3).
var compileErrors = []struct {
	src, want string
}{
	{"return 1\n", "  File \"x.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
	{"break\n", "  File \"x.py\", line 1\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
	{"continue\n", "  File \"x.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"},
	{"class C:\n    return 1\n", "  File \"x.py\", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
	{"def f():\n    nonlocal x\n", "  File \"x.py\", line 2\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'x' found\n"},
	{"def f():\n    x = 1\n    global x\n", "  File \"x.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned to before global declaration\n"},
	{"def f():\n    print(x)\n    global x\n", "  File \"x.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is used prior to global declaration\n"},
	{"def f(a):\n  global a\n", "  File \"x.py\", line 2\n    global a\n    ^^^^^^^^\nSyntaxError: name 'a' is parameter and global\n"},
	{"nonlocal x\n", "  File \"x.py\", line 1\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: nonlocal declaration not allowed at module level\n"},
	{"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n", "  File \"x.py\", line 5\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: name 'x' is assigned to before nonlocal declaration\n"},
	{"def f():\n    global x\n    x: int = 1\n", "  File \"x.py\", line 3\n    x: int = 1\n    ^^^^^^^^^^\nSyntaxError: annotated name 'x' can't be global\n"},
	{"while x:\n    def f():\n        break\n", "  File \"x.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
	{"for x in y:\n    class C:\n        continue\n", "  File \"x.py\", line 3\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"},
	{"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "  File \"x.py\", line 4\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is nonlocal and global\n"},
	{"yield 1\n", "  File \"x.py\", line 1\n    yield 1\n    ^^^^^^^\nSyntaxError: 'yield' outside function\n"},
	{"class C:\n    yield\n", "  File \"x.py\", line 2\n    yield\n    ^^^^^\nSyntaxError: 'yield' outside function\n"},
	{"def f():\n    return [(yield x) for x in y]\n", "  File \"x.py\", line 2\n    return [(yield x) for x in y]\n             ^^^^^^^\nSyntaxError: 'yield' inside list comprehension\n"},
	{"def f():\n    return ((yield) for x in y)\n", "  File \"x.py\", line 2\n    return ((yield) for x in y)\n             ^^^^^\nSyntaxError: 'yield' inside generator expression\n"},
	{"def f():\n    return {(yield): 1 for x in y}\n", "  File \"x.py\", line 2\n    return {(yield): 1 for x in y}\n             ^^^^^\nSyntaxError: 'yield' inside dict comprehension\n"},
	{"def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n\nreturn 2\n", "  File \"x.py\", line 7\n    return 2\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
}

func TestCompileErrorsMatchCPython(t *testing.T) {
	for _, tt := range compileErrors {
		t.Run(tt.src, func(t *testing.T) {
			_, err := File("x.py", []byte(tt.src))
			require.Error(t, err)
			e, ok := err.(*syntax.Error)
			require.True(t, ok, "error type %T", err)
			require.Equal(t, tt.want, e.Format())
		})
	}
}

func TestTooManyBlocks(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 21; i++ {
		b.WriteString(strings.Repeat(" ", i) + "for x in y:\n")
	}
	b.WriteString(strings.Repeat(" ", 21) + "pass\n")
	_, err := File("x.py", []byte(b.String()))
	require.Error(t, err)
	require.Equal(t, "too many statically nested blocks", err.(*syntax.Error).Msg)
}

func TestDeepExpressionIsAnError(t *testing.T) {
	_, err := File("x.py", []byte("x = a"+strings.Repeat(".a", 5000)+"\n"))
	require.Error(t, err)
	require.Equal(t, "too many nested expressions", err.(*syntax.Error).Msg)
	_, err = File("x.py", []byte("x = a"+strings.Repeat(".a", 500)+"\n"))
	require.NoError(t, err)
}

func TestParseErrorsPassThrough(t *testing.T) {
	_, err := File("x.py", []byte("x = (1 +\n"))
	require.Error(t, err)
	e := err.(*syntax.Error)
	require.Equal(t, "'(' was never closed", e.Msg)
	require.Equal(t, "x = (1 +", e.Text)
}
