package compile

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/stretchr/testify/require"
)

// codegenCases pair small programs with the expected instructions of one
// of their code objects (named by qualified name).
var codegenCases = []struct {
	src, qualname, want string
}{
	{"x = 1\n", "<module>", `
LOAD_CONST 1
STORE_GLOBAL x
LOAD_CONST None
RETURN_VALUE`},
	{"x = -1, (2, -3.5), 'a'\n", "<module>", `
LOAD_CONST (-1, (2, -3.5), "a")
STORE_GLOBAL x
LOAD_CONST None
RETURN_VALUE`},
	{"a = 1; b = 1.0; c = True; d = 1; e = 1.0\n", "<module>", `
LOAD_CONST 1
STORE_GLOBAL a
LOAD_CONST 1
STORE_GLOBAL b
LOAD_CONST True
STORE_GLOBAL c
LOAD_CONST 1
STORE_GLOBAL d
LOAD_CONST 1
STORE_GLOBAL e
LOAD_CONST None
RETURN_VALUE`},
	{"def f(a, b):\n    c = a < b < 3\n    return c\n", "f", `
LOAD_FAST a
LOAD_FAST b
SWAP 2
COPY 2
COMPARE_OP <
JUMP_IF_FALSE_OR_POP 9
LOAD_CONST 3
COMPARE_OP <
JUMP 11
SWAP 2
POP_TOP
STORE_FAST c
LOAD_FAST c
RETURN_VALUE`},
	{"def f(a, b):\n    if a < b < 3:\n        return 1\n", "f", `
LOAD_FAST a
LOAD_FAST b
SWAP 2
COPY 2
COMPARE_OP <
POP_JUMP_IF_FALSE 10
LOAD_CONST 3
COMPARE_OP <
POP_JUMP_IF_FALSE 14
JUMP 12
POP_TOP
JUMP 14
LOAD_CONST 1
RETURN_VALUE
LOAD_CONST None
RETURN_VALUE`},
	{"def f(a, i):\n    a[i] += 1\n    a.x *= 2\n", "f", `
LOAD_FAST a
LOAD_FAST i
COPY 2
COPY 2
BINARY_SUBSCR
LOAD_CONST 1
BINARY_OP +=
SWAP 3
SWAP 2
STORE_SUBSCR
LOAD_FAST a
COPY 1
LOAD_ATTR x
LOAD_CONST 2
BINARY_OP *=
SWAP 2
STORE_ATTR x
LOAD_CONST None
RETURN_VALUE`},
	{"def f(n):\n    while n > 0:\n        n -= 1\n    else:\n        n = 5\n", "f", `
LOAD_FAST n
LOAD_CONST 0
COMPARE_OP >
POP_JUMP_IF_FALSE 9
LOAD_FAST n
LOAD_CONST 1
BINARY_OP -=
STORE_FAST n
JUMP_BACKWARD 0
LOAD_CONST 5
STORE_FAST n
LOAD_CONST None
RETURN_VALUE`},
	{"def f(xs):\n    for x in xs:\n        if x:\n            break\n    else:\n        return 0\n    return x\n", "f", `
LOAD_FAST xs
GET_ITER
FOR_ITER 9
STORE_FAST x
LOAD_FAST x
POP_JUMP_IF_FALSE 8
POP_TOP
JUMP 11
JUMP_BACKWARD 2
LOAD_CONST 0
RETURN_VALUE
LOAD_FAST x
RETURN_VALUE`},
	{"def f(o, a, k):\n    o.m(a, k=1)\n    g(*a, **k)\n    g(1, *a, 2, x=3, **k, y=4)\n", "f", `
LOAD_FAST o
LOAD_METHOD m
LOAD_FAST a
LOAD_CONST 1
KW_NAMES ("k")
CALL 2
POP_TOP
LOAD_GLOBAL g
PUSH_NULL
BUILD_LIST 0
LOAD_FAST a
LIST_EXTEND 1
LIST_TO_TUPLE
BUILD_MAP 0
LOAD_FAST k
DICT_MERGE 1
CALL_FUNCTION_EX 1
POP_TOP
LOAD_GLOBAL g
PUSH_NULL
LOAD_CONST 1
BUILD_LIST 1
LOAD_FAST a
LIST_EXTEND 1
LOAD_CONST 2
LIST_APPEND 1
LIST_TO_TUPLE
LOAD_CONST "x"
LOAD_CONST 3
BUILD_MAP 1
LOAD_FAST k
DICT_MERGE 1
LOAD_CONST "y"
LOAD_CONST 4
BUILD_MAP 1
DICT_MERGE 1
CALL_FUNCTION_EX 1
POP_TOP
LOAD_CONST None
RETURN_VALUE`},
	{"def f(x, w):\n    return f'a{x!r:>{w}}b{x}'\n", "f", `
LOAD_CONST "a"
LOAD_FAST x
LOAD_CONST ">"
LOAD_FAST w
FORMAT_VALUE 0
BUILD_STRING 2
FORMAT_VALUE 6
LOAD_CONST "b"
LOAD_FAST x
FORMAT_VALUE 0
BUILD_STRING 4
RETURN_VALUE`},
	{"def f(a, b):\n    return a and b or not a\n", "f", `
LOAD_FAST a
JUMP_IF_FALSE_OR_POP 3
LOAD_FAST b
JUMP_IF_TRUE_OR_POP 6
LOAD_FAST a
UNARY_NOT
RETURN_VALUE`},
	{"def f(a, b):\n    if not (a or b) and a:\n        pass\n", "f", `
LOAD_FAST a
POP_JUMP_IF_TRUE 6
LOAD_FAST b
POP_JUMP_IF_TRUE 6
LOAD_FAST a
POP_JUMP_IF_FALSE 6
LOAD_CONST None
RETURN_VALUE`},
	{"x = [*a, 1, *b]\ny = (*a, 1)\nz = {*a, 1}\nd = {'a': 1, **b, 'c': 2}\n", "<module>", `
BUILD_LIST 0
LOAD_GLOBAL a
LIST_EXTEND 1
LOAD_CONST 1
LIST_APPEND 1
LOAD_GLOBAL b
LIST_EXTEND 1
STORE_GLOBAL x
BUILD_LIST 0
LOAD_GLOBAL a
LIST_EXTEND 1
LOAD_CONST 1
LIST_APPEND 1
LIST_TO_TUPLE
STORE_GLOBAL y
BUILD_SET 0
LOAD_GLOBAL a
SET_UPDATE 1
LOAD_CONST 1
SET_ADD 1
STORE_GLOBAL z
LOAD_CONST "a"
LOAD_CONST 1
BUILD_MAP 1
LOAD_GLOBAL b
DICT_UPDATE 1
LOAD_CONST "c"
LOAD_CONST 2
BUILD_MAP 1
DICT_UPDATE 1
STORE_GLOBAL d
LOAD_CONST None
RETURN_VALUE`},
	{"def f(a):\n    a, b = b, a\n    a, *b, c = a\n    (x, y), z = a\n", "f", `
LOAD_FAST b
LOAD_FAST a
SWAP 2
STORE_FAST a
STORE_FAST b
LOAD_FAST a
UNPACK_EX 257
STORE_FAST a
STORE_FAST b
STORE_FAST c
LOAD_FAST a
UNPACK_SEQUENCE 2
UNPACK_SEQUENCE 2
STORE_FAST x
STORE_FAST y
STORE_FAST z
LOAD_CONST None
RETURN_VALUE`},
	{"def f(d):\n    del d[0], d.x, d\n", "f", `
LOAD_FAST d
LOAD_CONST 0
DELETE_SUBSCR
LOAD_FAST d
DELETE_ATTR x
DELETE_FAST d
LOAD_CONST None
RETURN_VALUE`},
	{"import a.b.c\nimport a.b as ab\nfrom m.n import x, y as z\n", "<module>", `
LOAD_CONST 0
LOAD_CONST None
IMPORT_NAME a.b.c
STORE_GLOBAL a
LOAD_CONST 0
LOAD_CONST None
IMPORT_NAME a.b
IMPORT_FROM b
SWAP 2
POP_TOP
STORE_GLOBAL ab
LOAD_CONST 0
LOAD_CONST ("x", "y")
IMPORT_NAME m.n
IMPORT_FROM x
STORE_GLOBAL x
IMPORT_FROM y
STORE_GLOBAL z
POP_TOP
LOAD_CONST None
RETURN_VALUE`},
	{"from .. import x\nfrom .p import *\n", "<module>", `
LOAD_CONST 2
LOAD_CONST ("x")
IMPORT_NAME 
IMPORT_FROM x
STORE_GLOBAL x
POP_TOP
LOAD_CONST 1
LOAD_CONST ("*")
IMPORT_NAME p
IMPORT_STAR
LOAD_CONST None
RETURN_VALUE`},
	{"'Doc.'\nx = 1\n", "<module>", `
LOAD_CONST "Doc."
STORE_GLOBAL __doc__
LOAD_CONST 1
STORE_GLOBAL x
LOAD_CONST None
RETURN_VALUE`},
	{"assert x\nassert x, 'msg'\n", "<module>", `
LOAD_GLOBAL x
POP_JUMP_IF_TRUE 4
LOAD_ASSERTION_ERROR
RAISE_VARARGS 1
LOAD_GLOBAL x
POP_JUMP_IF_TRUE 11
LOAD_ASSERTION_ERROR
PUSH_NULL
LOAD_CONST "msg"
CALL 1
RAISE_VARARGS 1
LOAD_CONST None
RETURN_VALUE`},
	{"def f(x):\n    return x if x else -x\n", "f", `
LOAD_FAST x
POP_JUMP_IF_FALSE 4
LOAD_FAST x
JUMP 6
LOAD_FAST x
UNARY_NEGATIVE
RETURN_VALUE`},
	{"def f(s):\n    return s[1:2], s[::2], s[a:b:c]\n", "f", `
LOAD_FAST s
LOAD_CONST 1
LOAD_CONST 2
BUILD_SLICE 2
BINARY_SUBSCR
LOAD_FAST s
LOAD_CONST None
LOAD_CONST None
LOAD_CONST 2
BUILD_SLICE 3
BINARY_SUBSCR
LOAD_FAST s
LOAD_GLOBAL a
LOAD_GLOBAL b
LOAD_GLOBAL c
BUILD_SLICE 3
BINARY_SUBSCR
BUILD_TUPLE 3
RETURN_VALUE`},
	{"@dec\n@dec2(1)\ndef f(a=1, *, b=2): pass\n", "<module>", `
LOAD_GLOBAL dec
PUSH_NULL
LOAD_GLOBAL dec2
PUSH_NULL
LOAD_CONST 1
CALL 1
PUSH_NULL
LOAD_CONST (1)
LOAD_CONST "b"
LOAD_CONST 2
BUILD_MAP 1
LOAD_CONST <code f>
MAKE_FUNCTION 3
CALL 1
CALL 1
STORE_GLOBAL f
LOAD_CONST None
RETURN_VALUE`},
	{"def f(y):\n    return lambda x=y: x + y\n", "f", `
LOAD_DEREF y
BUILD_TUPLE 1
LOAD_CLOSURE y
BUILD_TUPLE 1
LOAD_CONST <code f.<locals>.<lambda>>
MAKE_FUNCTION 9
RETURN_VALUE`},
	{"def f(y):\n    return lambda x=y: x + y\n", "f.<locals>.<lambda>", `
LOAD_FAST x
LOAD_DEREF y
BINARY_OP +
RETURN_VALUE`},
	{"while True:\n    pass\n", "<module>", `
JUMP_BACKWARD 0`},
	{"def f():\n    try:\n        return g()\n    finally:\n        h()\n", "f", `
SETUP_FINALLY 10
LOAD_GLOBAL g
PUSH_NULL
CALL 0
POP_BLOCK
LOAD_GLOBAL h
PUSH_NULL
CALL 0
POP_TOP
RETURN_VALUE
LOAD_GLOBAL h
PUSH_NULL
CALL 0
POP_TOP
RERAISE`},
	{"def f():\n    for x in y:\n        with a as b:\n            continue\n", "f", `
LOAD_GLOBAL y
GET_ITER
FOR_ITER 18
STORE_FAST x
LOAD_GLOBAL a
BEFORE_WITH
STORE_FAST b
SETUP_FINALLY 11
POP_BLOCK
WITH_EXIT
JUMP_BACKWARD 2
WITH_EXCEPT_START
POP_JUMP_IF_TRUE 14
RERAISE
POP_TOP
POP_EXCEPT
POP_TOP
JUMP_BACKWARD 2
LOAD_CONST None
RETURN_VALUE`},
	{"def f():\n    try:\n        g()\n    except E:\n        pass\n    except:\n        raise\n", "f", `
SETUP_FINALLY 7
LOAD_GLOBAL g
PUSH_NULL
CALL 0
POP_TOP
POP_BLOCK
JUMP 15
LOAD_GLOBAL E
CHECK_EXC_MATCH
POP_JUMP_IF_FALSE 13
POP_TOP
POP_EXCEPT
JUMP 15
POP_TOP
RAISE_VARARGS 0
LOAD_CONST None
RETURN_VALUE`},
	{"class C(B):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m()\n", "C", `
LOAD_NAME __name__
STORE_NAME __module__
LOAD_CONST "C"
STORE_NAME __qualname__
LOAD_CONST "doc"
STORE_NAME __doc__
LOAD_CONST 1
STORE_NAME x
LOAD_CLOSURE __class__
BUILD_TUPLE 1
LOAD_CONST <code C.m>
MAKE_FUNCTION 8
STORE_NAME m
LOAD_CLOSURE __class__
STORE_NAME __classcell__
LOAD_CONST None
RETURN_VALUE`},
	{"class C(B):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m()\n", "C.m", `
LOAD_GLOBAL super
PUSH_NULL
LOAD_DEREF __class__
LOAD_FAST self
CALL 2
LOAD_METHOD m
CALL 0
RETURN_VALUE`},
	{"class C(B):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m()\n", "<module>", `
LOAD_BUILD_CLASS
PUSH_NULL
LOAD_CONST <code C>
MAKE_FUNCTION 0
LOAD_CONST "C"
LOAD_GLOBAL B
CALL 3
STORE_GLOBAL C
LOAD_CONST None
RETURN_VALUE`},
	{"def f(xs):\n    return [x * y for x in xs if x for y in x]\n", "f", `
LOAD_CONST <code f.<locals>.<listcomp>>
MAKE_FUNCTION 0
PUSH_NULL
LOAD_FAST xs
GET_ITER
CALL 1
RETURN_VALUE`},
	{"def f(xs):\n    return [x * y for x in xs if x for y in x]\n", "f.<locals>.<listcomp>", `
BUILD_LIST 0
LOAD_FAST .0
FOR_ITER 16
STORE_FAST x
LOAD_FAST x
POP_JUMP_IF_FALSE 15
LOAD_FAST x
GET_ITER
FOR_ITER 15
STORE_FAST y
LOAD_FAST x
LOAD_FAST y
BINARY_OP *
LIST_APPEND 3
JUMP_BACKWARD 8
JUMP_BACKWARD 2
RETURN_VALUE`},
	{"def f(xs):\n    return sum(x for x in xs)\n", "f.<locals>.<genexpr>", `
LOAD_FAST .0
FOR_ITER 7
STORE_FAST x
LOAD_FAST x
YIELD_VALUE
POP_TOP
JUMP_BACKWARD 1
LOAD_CONST None
RETURN_VALUE`},
	{"def f(xs):\n    return {k: v for k, v in xs}, {x for x in xs}\n", "f.<locals>.<dictcomp>", `
BUILD_MAP 0
LOAD_FAST .0
FOR_ITER 10
UNPACK_SEQUENCE 2
STORE_FAST k
STORE_FAST v
LOAD_FAST k
LOAD_FAST v
MAP_ADD 2
JUMP_BACKWARD 2
RETURN_VALUE`},
	{"try:\n    g()\nexcept (A, B) as e:\n    h(e)\nelse:\n    k()\n", "<module>", `
SETUP_FINALLY 11
LOAD_GLOBAL g
PUSH_NULL
CALL 0
POP_TOP
POP_BLOCK
LOAD_GLOBAL k
PUSH_NULL
CALL 0
POP_TOP
JUMP 34
LOAD_GLOBAL A
LOAD_GLOBAL B
BUILD_TUPLE 2
CHECK_EXC_MATCH
POP_JUMP_IF_FALSE 33
STORE_GLOBAL e
SETUP_FINALLY 29
LOAD_GLOBAL h
PUSH_NULL
LOAD_GLOBAL e
CALL 1
POP_TOP
POP_BLOCK
POP_EXCEPT
LOAD_CONST None
STORE_GLOBAL e
DELETE_GLOBAL e
JUMP 34
LOAD_CONST None
STORE_GLOBAL e
DELETE_GLOBAL e
RERAISE
RERAISE
LOAD_CONST None
RETURN_VALUE`},
	{"def f():\n    try:\n        pass\n    except E as e:\n        return e\n", "f", `
SETUP_FINALLY 3
POP_BLOCK
JUMP 20
LOAD_GLOBAL E
CHECK_EXC_MATCH
POP_JUMP_IF_FALSE 19
STORE_FAST e
SETUP_FINALLY 15
LOAD_FAST e
POP_BLOCK
POP_EXCEPT
LOAD_CONST None
STORE_FAST e
DELETE_FAST e
RETURN_VALUE
LOAD_CONST None
STORE_FAST e
DELETE_FAST e
RERAISE
RERAISE
LOAD_CONST None
RETURN_VALUE`},
	{"def f():\n    while x:\n        try:\n            break\n        finally:\n            continue\n", "f", `
LOAD_GLOBAL x
POP_JUMP_IF_FALSE 8
SETUP_FINALLY 5
POP_BLOCK
JUMP_BACKWARD 0
POP_TOP
POP_EXCEPT
JUMP_BACKWARD 0
LOAD_CONST None
RETURN_VALUE`},
}

func TestCodegen(t *testing.T) {
	for _, tt := range codegenCases {
		t.Run(tt.qualname+" "+strings.SplitN(tt.src, "\n", 2)[0], func(t *testing.T) {
			code := mustCompile(t, tt.src)
			c := findCode(code, tt.qualname)
			require.NotNil(t, c, "no code object %s", tt.qualname)
			require.Equal(t, strings.TrimPrefix(tt.want, "\n"), listing(c))
		})
	}
}

func TestConstantsAreKeyedByTypeAndValue(t *testing.T) {
	code := mustCompile(t, "a = 1; b = 1.0; c = True; d = 1; e = 1.0; f = -0.0; g = 0.0\n"+
		"h = 2**100; i = 123456789012345678901234567890; j = -9223372036854775808; k = ('a', 1)\n")
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	require.Equal(t, []any{int64(1), 1.0, true, math.Copysign(0, -1), 0.0, int64(2), int64(100), big1,
		int64(-9223372036854775808), bytecode.Tuple{"a", int64(1)}, nil}, code.Consts)
	require.True(t, math.Signbit(code.Consts[3].(float64)), "-0.0 and 0.0 are distinct constants")
	require.False(t, math.Signbit(code.Consts[4].(float64)))
}

func TestCodeFields(t *testing.T) {
	code := mustCompile(t, `
@deco
def f(a, b=1, *args, c, d=2, **kw):
    def g():
        return a + c + x
    x = 1
    return g
class K:
    def m(self):
        return __class__
`)
	f := findCode(code, "f")
	require.Equal(t, "f", f.Name)
	require.Equal(t, 2, f.FirstLine)
	require.Equal(t, 2, f.ArgCount)
	require.Equal(t, 2, f.KwOnlyArgCount)
	require.Equal(t, bytecode.FlagVarArgs|bytecode.FlagVarKeywords, f.Flags)
	require.Equal(t, []string{"a", "b", "c", "d", "args", "kw", "g"}, f.VarNames)
	require.Equal(t, []string{"a", "c", "x"}, f.CellVars)
	require.Equal(t, []int{0, 2, -1}, f.Cell2Arg)
	require.Empty(t, f.FreeVars)

	g := findCode(code, "f.<locals>.g")
	require.Equal(t, []string{"a", "c", "x"}, g.FreeVars)
	require.Empty(t, g.VarNames)

	k := findCode(code, "K")
	require.Equal(t, bytecode.FlagClassBody, k.Flags)
	require.Equal(t, []string{"__class__"}, k.CellVars)
	m := findCode(code, "K.m")
	require.Equal(t, []string{"__class__"}, m.FreeVars)

	require.Equal(t, bytecode.FlagModule, code.Flags)
	require.Equal(t, "<module>", code.Name)
	for _, c := range allCodes(code) {
		require.Len(t, c.Lines, len(c.Instrs), c.QualName)
		require.Len(t, c.Cols, len(c.Instrs), c.QualName)
		require.Equal(t, "t.py", c.Filename)
	}
}

func TestQualNames(t *testing.T) {
	code := mustCompile(t, `
def f():
    def g():
        class C:
            def m(self):
                return [lambda: 0 for _ in ()]
        return C
    return (x for x in ()), {y for y in ()}
class D:
    def h(self): pass
    class E:
        def i(self): pass
def outer():
    global gl
    def gl(): pass
`)
	for _, q := range []string{"f", "f.<locals>.g", "f.<locals>.g.<locals>.C", "f.<locals>.g.<locals>.C.m",
		"f.<locals>.g.<locals>.C.m.<locals>.<listcomp>", "f.<locals>.g.<locals>.C.m.<locals>.<listcomp>.<lambda>",
		"f.<locals>.<genexpr>", "f.<locals>.<setcomp>", "D", "D.h", "D.E", "D.E.i", "outer", "gl"} {
		require.NotNil(t, findCode(code, q), q)
	}
	gen := findCode(code, "f.<locals>.<genexpr>")
	require.Equal(t, bytecode.FlagGenerator, gen.Flags)
	require.Equal(t, 1, gen.ArgCount)
	require.Equal(t, []string{".0", "x"}, gen.VarNames)
}

func TestLineNumbers(t *testing.T) {
	code := mustCompile(t, "x = (1 +\n     f(\n       2))\ny = (obj\n     .meth(3))\n")
	lineOf := func(op bytecode.Op, nth int) int32 {
		for i, in := range code.Instrs {
			if in.Op == op {
				if nth == 0 {
					return code.Lines[i]
				}
				nth--
			}
		}
		return -1
	}
	require.Equal(t, int32(2), lineOf(bytecode.CALL, 0), "a call carries its own line")
	require.Equal(t, int32(1), lineOf(bytecode.BINARY_OP, 0), "a multi-line operation its first line")
	require.Equal(t, int32(5), lineOf(bytecode.LOAD_METHOD, 0), "a method the line of its name")
	require.Equal(t, int32(5), lineOf(bytecode.CALL, 1))
	require.Equal(t, int32(4), lineOf(bytecode.STORE_GLOBAL, 1))
}
