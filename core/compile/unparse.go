package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/core/pyfmt"
	"github.com/rcvm/rcvm/core/syntax"
)

// Unparse renders an expression as CPython's compiler does for
// annotations under `from __future__ import annotations`
// (Python/ast_unparse.c): minimal parentheses by precedence, CPython's
// spacing, constants by their repr.
func Unparse(e syntax.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedences, lowest first (ast_unparse.c's enum).
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // |
	prBXor
	prBAnd
	prShift
	prArith // + -
	prTerm  // * @ / % //
	prFactor
	prPower
	prAwait
	prAtom
)

type unparser struct{ b strings.Builder }

func (u *unparser) s(str string) { u.b.WriteString(str) }

func (u *unparser) open(cond bool, str string) {
	if cond {
		u.s(str)
	}
}

var binopInfo = map[syntax.Token]struct {
	op   string
	prec int
}{
	syntax.PLUS: {" + ", prArith}, syntax.MINUS: {" - ", prArith},
	syntax.STAR: {" * ", prTerm}, syntax.AT: {" @ ", prTerm}, syntax.SLASH: {" / ", prTerm},
	syntax.PERCENT: {" % ", prTerm}, syntax.SLASHSLASH: {" // ", prTerm},
	syntax.LTLT: {" << ", prShift}, syntax.GTGT: {" >> ", prShift},
	syntax.PIPE: {" | ", prExpr}, syntax.CARET: {" ^ ", prBXor}, syntax.AMP: {" & ", prBAnd},
	syntax.STARSTAR: {" ** ", prPower},
}

func (u *unparser) expr(e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.Name:
		u.s(e.ID)
	case *syntax.Constant:
		u.constant(e.Value)
	case *syntax.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == syntax.OR {
			op, pr = " or ", prOr
		}
		u.open(level > pr, "(")
		for i, v := range e.Values {
			u.open(i > 0, op)
			u.expr(v, pr+1)
		}
		u.open(level > pr, ")")
	case *syntax.BinOp:
		info := binopInfo[e.Op]
		rassoc := 0
		if e.Op == syntax.STARSTAR {
			rassoc = 1
		}
		u.open(level > info.prec, "(")
		u.expr(e.X, info.prec+rassoc)
		u.s(info.op)
		u.expr(e.Y, info.prec+1-rassoc)
		u.open(level > info.prec, ")")
	case *syntax.UnaryOp:
		op, pr := "", prFactor
		switch e.Op {
		case syntax.NOT:
			op, pr = "not ", prNot
		case syntax.TILDE:
			op = "~"
		case syntax.PLUS:
			op = "+"
		case syntax.MINUS:
			op = "-"
		}
		u.open(level > pr, "(")
		u.s(op)
		u.expr(e.X, pr)
		u.open(level > pr, ")")
	case *syntax.Lambda:
		u.open(level > prTest, "(")
		if len(e.Params.Args) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		u.params(e.Params)
		u.s(": ")
		u.expr(e.Body, prTest)
		u.open(level > prTest, ")")
	case *syntax.IfExp:
		u.open(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Else, prTest)
		u.open(level > prTest, ")")
	case *syntax.Dict:
		u.s("{")
		for i, k := range e.Keys {
			u.open(i > 0, ", ")
			if k == nil {
				u.s("**")
				u.expr(e.Values[i], prExpr)
				continue
			}
			u.expr(k, prTest)
			u.s(": ")
			u.expr(e.Values[i], prTest)
		}
		u.s("}")
	case *syntax.Set:
		u.s("{")
		u.elts(e.Elts)
		u.s("}")
	case *syntax.List:
		u.s("[")
		u.elts(e.Elts)
		u.s("]")
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.open(level > prTuple, "(")
		u.elts(e.Elts)
		u.open(len(e.Elts) == 1, ",")
		u.open(level > prTuple, ")")
	case *syntax.Comp:
		open, closing := "[", "]"
		switch e.Kind {
		case syntax.SetComp, syntax.DictComp:
			open, closing = "{", "}"
		case syntax.GenExp:
			open, closing = "(", ")"
		}
		u.s(open)
		u.expr(e.Elt, prTest)
		if e.Kind == syntax.DictComp {
			u.s(": ")
			u.expr(e.Value, prTest)
		}
		for _, f := range e.Fors {
			u.s(" for ")
			u.expr(f.Target, prTuple)
			u.s(" in ")
			u.expr(f.Iter, prTest+1)
			for _, cond := range f.Ifs {
				u.s(" if ")
				u.expr(cond, prTest+1)
			}
		}
		u.s(closing)
	case *syntax.Compare:
		u.open(level > prCmp, "(")
		u.expr(e.X, prCmp+1)
		for i, op := range e.Ops {
			u.s(" " + op.String() + " ")
			u.expr(e.Ys[i], prCmp+1)
		}
		u.open(level > prCmp, ")")
	case *syntax.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.Comp); ok && g.Kind == syntax.GenExp {
				u.expr(g, prTest)
				return
			}
		}
		u.s("(")
		first := true
		for _, a := range e.Args {
			u.open(!first, ", ")
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			u.open(!first, ", ")
			first = false
			if k.Name == "" {
				u.s("**")
			} else {
				u.s(k.Name + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *syntax.Attribute:
		u.expr(e.X, prAtom)
		if k, ok := e.X.(*syntax.Constant); ok && isIntConstant(k.Value) {
			u.s(" .")
		} else {
			u.s(".")
		}
		u.s(e.Name)
	case *syntax.Subscript:
		u.expr(e.X, prAtom)
		u.s("[")
		u.expr(e.Index, prTuple)
		u.s("]")
	case *syntax.Slice:
		if e.Lo != nil {
			u.expr(e.Lo, prTest)
		}
		u.s(":")
		if e.Hi != nil {
			u.expr(e.Hi, prTest)
		}
		if e.Step != nil {
			u.s(":")
			u.expr(e.Step, prTest)
		}
	case *syntax.Starred:
		u.s("*")
		u.expr(e.X, prExpr)
	case *syntax.JoinedStr:
		u.s("f" + pyfmt.StrRepr(fstringBody(e.Values, false)))
	default:
		fail(e, "rcvm cannot make a string of this annotation (from __future__ import annotations)")
	}
}

func (u *unparser) elts(elts []syntax.Expr) {
	for i, x := range elts {
		u.open(i > 0, ", ")
		u.expr(x, prTest)
	}
}

// params renders a lambda's parameters.
func (u *unparser) params(ps *syntax.Params) {
	first := true
	ndef := len(ps.Defaults)
	for i, p := range ps.Args {
		u.open(!first, ", ")
		first = false
		u.s(p.Name)
		if d := i - len(ps.Args) + ndef; d >= 0 {
			u.s("=")
			u.expr(ps.Defaults[d], prTest)
		}
	}
	if ps.VarArg != nil || len(ps.KwOnly) > 0 {
		u.open(!first, ", ")
		first = false
		u.s("*")
		if ps.VarArg != nil {
			u.s(ps.VarArg.Name)
		}
	}
	for i, p := range ps.KwOnly {
		u.s(", " + p.Name)
		if d := ps.KwDefaults[i]; d != nil {
			u.s("=")
			u.expr(d, prTest)
		}
	}
	if ps.KwArg != nil {
		u.open(!first, ", ")
		u.s("**" + ps.KwArg.Name)
	}
}

func isIntConstant(v any) bool {
	switch v.(type) {
	case int64, *big.Int:
		return true
	}
	return false
}

// constant renders a constant by its repr; an infinite float is 1e309, as
// ast_unparse.c writes it so that it parses back.
func (u *unparser) constant(v any) {
	switch v := v.(type) {
	case nil:
		u.s("None")
	case bool:
		if v {
			u.s("True")
		} else {
			u.s("False")
		}
	case int64:
		u.s(strconv.FormatInt(v, 10))
	case *big.Int:
		u.s(v.String())
	case float64:
		if math.IsInf(v, 0) {
			u.s("1e309")
		} else {
			u.s(pyfmt.FloatRepr(v))
		}
	case string:
		u.s(pyfmt.StrRepr(v))
	case syntax.EllipsisValue:
		u.s("...")
	default:
		u.s("...")
	}
}

// fstringBody renders the inside of an f-string (or of a format spec):
// literal text with its braces doubled, replacement fields in braces.
func fstringBody(values []syntax.Expr, spec bool) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *syntax.Constant:
			s, _ := v.Value.(string)
			b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
		case *syntax.JoinedStr:
			b.WriteString(fstringBody(v.Values, spec))
		case *syntax.FormattedValue:
			var u unparser
			u.expr(v.Value, prTest+1)
			inner := u.b.String()
			if strings.HasPrefix(inner, "{") {
				b.WriteString("{ ")
			} else {
				b.WriteString("{")
			}
			b.WriteString(inner)
			if v.Conv != 0 {
				b.WriteString("!" + string(v.Conv))
			}
			if v.Spec != nil {
				b.WriteString(":" + fstringBody(v.Spec.Values, true))
			}
			b.WriteString("}")
		}
	}
	return b.String()
}
