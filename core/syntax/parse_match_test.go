package syntax

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseMatch(t *testing.T) {
	tests := []struct{ src, want string }{
		{"match x:\n case 1: pass\n", "((Match x case (Value 1) - ((Pass))))"},
		{"match x:\n case -1 | 'a' 'b' | None | True: pass\n",
			`((Match x case (Or (Value (Unary - 1)) (Value "ab") (Singleton None) (Singleton True)) - ((Pass))))`},
		{"match x:\n case a.b.c | _ | y: pass\n",
			"((Match x case (Or (Value (Attr (Attr a b) c)) (As _) (As y)) - ((Pass))))"},
		{"match x:\n case [a, *b, (c)] | (d, *_) | e, f | (): pass\n",
			"((Match x case (Seq (Or (Seq (As a) (Star *b) (As c)) (Seq (As d) (Star *)) (As e)) (Or (As f) (Seq))) - ((Pass))))"},
		{"match x:\n case {1: a, 'k': _, a.b: c, **rest}: pass\n",
			`((Match x case (Map 1 (As a) "k" (As _) (Attr a b) (As c) **rest) - ((Pass))))`},
		{"match x:\n case C(1, y=2) | D() as z if z: pass\n",
			"((Match x case (As (Or (Class C (Value 1) y= (Value 2)) (Class D)) z) z ((Pass))))"},
		{"match x, *y:\n case _:\n  pass\n", "((Match (Tuple x (Star y)) case (As _) - ((Pass))))"},
		{"match = 1\nmatch.x = case = _ = 2\nmatch(x)\nmatch[1]\n",
			"((Assign match 1) (Assign (Attr match x) case _ 2) (Expr (Call match x)) (Expr (Sub match 1)))"},
	}
	for _, tt := range tests {
		f, err := Parse("t.py", []byte(tt.src))
		require.NoError(t, err, tt.src)
		require.Equal(t, tt.want, Dump(f), tt.src)
	}
}

func TestParseMatchErrors(t *testing.T) {
	tests := []struct {
		src, msg  string
		line, col int32
	}{
		{"match x:\n case 1 as _:\n  pass\n", "cannot use '_' as a target", 2, 12},
		{"match x:\n case 1 as 2:\n  pass\n", "invalid pattern target", 2, 12},
		{"match x:\n case 1 as a.b:\n  pass\n", "invalid syntax", 2, 13},
		{"match x:\n case -x:\n  pass\n", "invalid syntax", 2, 8},
		{"match x:\n case 1+1:\n  pass\n", "imaginary number required in complex literal", 2, 9},
		{"match x:\n case {**_}:\n  pass\n", "invalid syntax", 2, 10},
		{"match x:\n case {**r, 1: a}:\n  pass\n", "invalid syntax", 2, 13},
		{"match x:\n case C(a=1, b=2, 3, 4):\n  pass\n", "positional patterns follow keyword patterns", 2, 19},
		{"match x:\n case 1\n  pass\n", "expected ':'", 2, 8},
		{"match x:\ncase 1:\n  pass\n", "expected an indented block after 'match' statement on line 1", 2, 1},
		{"match x:\n case 1:\n pass\n", "expected an indented block after 'case' statement on line 2", 3, 2},
		{"match x:\n case *a:\n  pass\n", "invalid syntax", 2, 9},
		{"match *x:\n case 1:\n  pass\n", "invalid syntax", 1, 9},
		{"match x:\n case _.x:\n  pass\n", "invalid syntax", 2, 8},
		{"match x:\n case (1 | 2) as a | 3:\n  pass\n", "invalid syntax", 2, 20},
		{"match x:\n  case 1: pass\n  y = 2\n", "invalid syntax", 3, 3},
	}
	for _, tt := range tests {
		_, err := Parse("t.py", []byte(tt.src))
		require.Error(t, err, tt.src)
		e := err.(*Error)
		require.Equal(t, tt.msg, e.Msg, tt.src)
		require.Equal(t, []int32{tt.line, tt.col}, []int32{int32(e.Line), int32(e.Col)}, tt.src)
	}
}
