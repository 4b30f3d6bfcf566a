package syntax

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func parseDump(t *testing.T, src string) string {
	t.Helper()
	f, err := Parse("t.py", []byte(src))
	require.NoError(t, err)
	return Dump(f)
}

func TestParseExpressions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2 * 3", "(BinOp + 1 (BinOp * 2 3))"},
		{"(1 + 2) * 3", "(BinOp * (BinOp + 1 2) 3)"},
		{"a - b - c", "(BinOp - (BinOp - a b) c)"},
		{"-2 ** 2", "(Unary - (BinOp ** 2 2))"},
		{"2 ** -1", "(BinOp ** 2 (Unary - 1))"},
		{"a ** b ** c", "(BinOp ** a (BinOp ** b c))"},
		{"~a @ b", "(BinOp @ (Unary ~ a) b)"},
		{"a | b ^ c & d << e", "(BinOp | a (BinOp ^ b (BinOp & c (BinOp << d e))))"},
		{"not a and b or c", "(BoolOp or (BoolOp and (Unary not a) b) c)"},
		{"a < b <= c", "(Compare a < b <= c)"},
		{"a not in b is not c in d", "(Compare a not in b is not c in d)"},
		{"a if b else c if d else e", "(IfExp b a (IfExp d c e))"},
		{"lambda: 0", "(Lambda [] 0)"},
		{"lambda a, b=1, *c, d, e=2, **f: a", "(Lambda [a b=1 *c d e=2 **f] a)"},
		{"lambda *, k: k", "(Lambda [* k] k)"},
		{"f(a, *b, c=1, **d)", "(Call f a (Star b) c= 1 ** d)"},
		{"f(x for x in y)", "(Call f (GenExp x for x in y))"},
		{"obj.a.b(c)[d]", "(Sub (Call (Attr (Attr obj a) b) c) d)"},
		{"a[1:2], a[::2], a[:], a[i, j], a[1:2, ::3]",
			"(Tuple (Sub a (Slice 1 2 -)) (Sub a (Slice - - 2)) (Sub a (Slice - - -)) (Sub a (Tuple i j)) (Sub a (Tuple (Slice 1 2 -) (Slice - - 3))))"},
		{"[], [1], [1, 2,], [*a, *b]", "(Tuple (List) (List 1) (List 1 2) (List (Star a) (Star b)))"},
		{"(), (1,), (1, 2)", "(Tuple (Tuple) (Tuple 1) (Tuple 1 2))"},
		{"{}, {1}, {1: 2}, {**a, 'b': 1}", `(Tuple (Dict) (Set 1) (Dict 1 2) (Dict ** a "b" 1))`},
		{"[x*y for x in a if x for y in b]", "(ListComp (BinOp * x y) for x in a if x for y in b)"},
		{"{k: v for k, v in d}", "(DictComp k v for (Tuple k v) in d)"},
		{"{x for x in a if p if q}", "(SetComp x for x in a if p if q)"},
		{"(x for x in a)", "(GenExp x for x in a)"},
		{"'a' 'b' \"c\"", `"abc"`},
		{"True, False, None, ...", "(Tuple True False None ...)"},
		{"0xff + 1_000 + 1.5e3", "(BinOp + (BinOp + 255 1000) 1500)"},
		{"f'x{y}z'", `(JoinedStr "x" (Fmt y - -) "z")`},
		{"f'{a!r:>{w}.{p}f}'", `(JoinedStr (Fmt a !r (JoinedStr ">" (Fmt w - -) "." (Fmt p - -) "f")))`},
		{"f'{{}}{x=}'", `(JoinedStr "{}x=" (Fmt x !r -))`},
		{"f'{x = :5}'", `(JoinedStr "x = " (Fmt x - (JoinedStr "5")))`},
		{"'a' f'{b}' 'c'", `(JoinedStr "a" (Fmt b - -) "c")`},
		{"f'{\"q\"}' f\"{'q'}\"", `(JoinedStr (Fmt "q" - -) (Fmt "q" - -))`},
		{"f'{x:{y}}' rf'\\n{z}'", `(JoinedStr (Fmt x - (JoinedStr (Fmt y - -))) "\\n" (Fmt z - -))`},
		{"f'{a, b}'", "(JoinedStr (Fmt (Tuple a b) - -))"},
		{"f'''{\nx\n}'''", "(JoinedStr (Fmt x - -))"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			e, err := ParseExpr("t.py", []byte(tt.src))
			require.NoError(t, err)
			require.Equal(t, tt.want, Dump(e))
		})
	}
}

func TestParseStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1", "((Assign x 1))"},
		{"a = b = c", "((Assign a b c))"},
		{"a, *b = c", "((Assign (Tuple a (Star b)) c))"},
		{"(a, b), [c] = d", "((Assign (Tuple (Tuple a b) (List c)) d))"},
		{"x.y[0] += 1", "((AugAssign (Sub (Attr x y) 0) += 1))"},
		{"x: int = 3", "((AnnAssign x int 3))"},
		{"x: int", "((AnnAssign x int -))"},
		{"x = 1; y = 2;", "((Assign x 1) (Assign y 2))"},
		{"if a:\n  b\nelif c:\n  d\nelse:\n  e", "((If a ((Expr b)) ((If c ((Expr d)) ((Expr e))))))"},
		{"if a: b; c", "((If a ((Expr b) (Expr c)) ()))"},
		{"while a:\n  break\nelse:\n  continue", "((While a ((Break)) ((Continue))))"},
		{"for a, b in c, d:\n  pass", "((For (Tuple a b) (Tuple c d) ((Pass)) ()))"},
		{"def f(a, b=1, *args, c, d=2, **kw) -> int:\n  return a",
			"((Def f [a b=1 *args c d=2 **kw] ((Return a)) ()))"},
		{"def f(a: int, *, b: str = 'x'): pass", `((Def f [a * b="x"] ((Pass)) ()))`},
		{"@d1\n@d2.x(3)\ndef f(): pass", "((Def f [] ((Pass)) (d1 (Call (Attr d2 x) 3))))"},
		{"class C(A, B):\n  x = 1\n  def m(self): pass",
			"((Class C (A B) ((Assign x 1) (Def m [self] ((Pass)) ())) ()))"},
		{"try:\n  a\nexcept (E, F) as e:\n  b\nexcept G:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f",
			"((Try ((Expr a)) except (Tuple E F) e ((Expr b)) except G - ((Expr c)) except - - ((Expr d)) ((Expr e)) ((Expr f))))"},
		{"try:\n  a\nfinally:\n  b", "((Try ((Expr a)) () ((Expr b))))"},
		{"raise\nraise E\nraise E from c", "((Raise - -) (Raise E -) (Raise E c))"},
		{"assert a, 'm'", `((Assert a "m"))`},
		{"del a, b.c, d[0], (e, f)", "((Del a (Attr b c) (Sub d 0) (Tuple e f)))"},
		{"global a, b\nnonlocal c", "((Global a b) (Nonlocal c))"},
		{"with a as b, c:\n  pass", "((With a b c - ((Pass))))"},
		{"with (a as b, c as d):\n  pass", "((With a b c d ((Pass))))"},
		{"with (a, b) as c:\n  pass", "((With (Tuple a b) c ((Pass))))"},
		{"with (a):\n  pass", "((With a - ((Pass))))"},
		{"import a, b.c as d", "((Import a b.c as d))"},
		{"from a.b import (c, d as e,)", "((From a.b c d as e))"},
		{"from . import x", "((From . x))"},
		{"from .. import *", "((From .. *))"},
		{"from .a.b import c as d", "((From .a.b c as d))"},
		{"from ... import x", "((From ... x))"},
		{"from ....p import y", "((From ....p y))"},
		{"from m import *", "((From m *))"},
		{"return", "((Return -))"},
		{"x = *a, *b", "((Assign x (Tuple (Star a) (Star b))))"},
		{"if __name__ == '__main__':\n    main()", `((If (Compare __name__ == "__main__") ((Expr (Call main))) ()))`},
		{"print(x, end='')", `((Expr (Call print x end= "")))`},
		{"x = yield_ = 1", "((Assign x yield_ 1))"},
		{"def g():\n    yield\n", "((Def g [] ((Expr (Yield -))) ()))"},
		{"def g():\n    x = yield 1, 2\n", "((Def g [] ((Assign x (Yield (Tuple 1 2)))) ()))"},
		{"def g():\n    yield from h()\n", "((Def g [] ((Expr (YieldFrom (Call h)))) ()))"},
		{"def g():\n    f((yield))\n", "((Def g [] ((Expr (Call f (Yield -)))) ()))"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			require.Equal(t, tt.want, parseDump(t, tt.src))
		})
	}
}

func TestParsePositions(t *testing.T) {
	f, err := Parse("t.py", []byte("x = (a\n     .b)\n@d\ndef f(): pass\n"))
	require.NoError(t, err)
	as := f.Body[0].(*Assign)
	attr := as.Value.(*Attribute)
	require.Equal(t, Pos{1, 6}, attr.Start())
	require.Equal(t, Pos{2, 8}, attr.End())
	require.Equal(t, Pos{2, 7}, attr.NamePos)
	def := f.Body[1].(*FunctionDef)
	require.Equal(t, Pos{3, 1}, def.Start())
	require.Equal(t, Pos{4, 1}, def.DefPos)
}

func TestDeepNestingIsAnError(t *testing.T) {
	for _, src := range []string{
		repeat("not ", 5000) + "x",
		repeat("lambda: ", 5000) + "x",
		repeat("1 if x else ", 5000) + "1",
		repeat("a**", 5000) + "a",
		repeat("[", 300) + repeat("]", 300),
	} {
		_, err := Parse("t.py", []byte(src))
		require.Error(t, err)
		require.IsType(t, &Error{}, err)
	}
}
