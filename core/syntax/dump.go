package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Dump renders a node (or a statement list) as a compact S-expression, for
// tests and debugging: (Assign (x) (BinOp + 1 2)).
func Dump(n any) string {
	var b strings.Builder
	dump(&b, n)
	return b.String()
}

func dump(b *strings.Builder, n any) {
	w := func(parts ...any) {
		b.WriteByte('(')
		for i, p := range parts {
			if i > 0 {
				b.WriteByte(' ')
			}
			switch p := p.(type) {
			case string:
				b.WriteString(p)
			default:
				dump(b, p)
			}
		}
		b.WriteByte(')')
	}
	switch n := n.(type) {
	case nil:
		b.WriteString("-")
	case *File:
		dump(b, n.Body)
	case []Stmt:
		w(anys(n)...)
	case []Expr:
		w(anys(n)...)
	case Expr:
		if isNilNode(n) {
			b.WriteString("-")
			return
		}
		dumpExpr(b, n, w)
	case Stmt:
		dumpStmt(b, n, w)
	case *Params:
		dumpParams(b, n)
	case Pattern:
		dumpPattern(n, w)
	default:
		fmt.Fprintf(b, "?%T", n)
	}
}

func isNilNode(e Expr) bool {
	switch e := e.(type) {
	case *JoinedStr:
		return e == nil
	}
	return false
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func dumpExpr(b *strings.Builder, e Expr, w func(...any)) {
	switch e := e.(type) {
	case *Name:
		b.WriteString(e.ID)
	case *Constant:
		b.WriteString(constString(e.Value))
	case *JoinedStr:
		w(append([]any{"JoinedStr"}, anys(e.Values)...)...)
	case *FormattedValue:
		conv := "-"
		if e.Conv != 0 {
			conv = "!" + string(e.Conv)
		}
		w("Fmt", e.Value, conv, e.Spec)
	case *BinOp:
		w("BinOp", e.Op.String(), e.X, e.Y)
	case *UnaryOp:
		w("Unary", e.Op.String(), e.X)
	case *BoolOp:
		w(append([]any{"BoolOp", e.Op.String()}, anys(e.Values)...)...)
	case *Compare:
		parts := []any{"Compare", e.X}
		for i, op := range e.Ops {
			parts = append(parts, op.String(), e.Ys[i])
		}
		w(parts...)
	case *IfExp:
		w("IfExp", e.Test, e.Body, e.Else)
	case *Call:
		parts := []any{"Call", e.Func}
		parts = append(parts, anys(e.Args)...)
		for _, k := range e.Keywords {
			if k.Name == "" {
				parts = append(parts, "**", k.Value)
			} else {
				parts = append(parts, k.Name+"=", k.Value)
			}
		}
		w(parts...)
	case *Attribute:
		w("Attr", e.X, e.Name)
	case *Subscript:
		w("Sub", e.X, e.Index)
	case *Slice:
		w("Slice", e.Lo, e.Hi, e.Step)
	case *Starred:
		w("Star", e.X)
	case *List:
		w(append([]any{"List"}, anys(e.Elts)...)...)
	case *Tuple:
		w(append([]any{"Tuple"}, anys(e.Elts)...)...)
	case *Set:
		w(append([]any{"Set"}, anys(e.Elts)...)...)
	case *Dict:
		parts := []any{"Dict"}
		for i, k := range e.Keys {
			if k == nil {
				parts = append(parts, "**", e.Values[i])
			} else {
				parts = append(parts, k, e.Values[i])
			}
		}
		w(parts...)
	case *Lambda:
		w("Lambda", e.Params, e.Body)
	case *Comp:
		kinds := [...]string{"ListComp", "SetComp", "DictComp", "GenExp"}
		parts := []any{kinds[e.Kind], e.Elt}
		if e.Value != nil {
			parts = append(parts, e.Value)
		}
		for _, f := range e.Fors {
			parts = append(parts, "for", f.Target, "in", f.Iter)
			for _, c := range f.Ifs {
				parts = append(parts, "if", c)
			}
		}
		w(parts...)
	case *Yield:
		w("Yield", e.Value)
	case *YieldFrom:
		w("YieldFrom", e.X)
	case *Await:
		w("Await", e.X)
	default:
		fmt.Fprintf(b, "?%T", e)
	}
}

func dumpStmt(b *strings.Builder, s Stmt, w func(...any)) {
	switch s := s.(type) {
	case *ExprStmt:
		w("Expr", s.X)
	case *Assign:
		w(append(append([]any{"Assign"}, anys(s.Targets)...), s.Value)...)
	case *AugAssign:
		w("AugAssign", s.Target, s.Op.String()+"=", s.Value)
	case *AnnAssign:
		w("AnnAssign", s.Target, s.Annotation, s.Value)
	case *If:
		w("If", s.Test, s.Body, s.Else)
	case *While:
		w("While", s.Test, s.Body, s.Else)
	case *For:
		w("For", s.Target, s.Iter, s.Body, s.Else)
	case *Break:
		w("Break")
	case *Continue:
		w("Continue")
	case *Pass:
		w("Pass")
	case *Return:
		w("Return", s.Value)
	case *FunctionDef:
		w("Def", s.Name, s.Params, s.Body, s.Decorators)
	case *ClassDef:
		if len(s.Keywords) > 0 {
			var kws []any
			for _, k := range s.Keywords {
				if k.Name == "" {
					kws = append(kws, "**", k.Value)
				} else {
					kws = append(kws, k.Name+"=", k.Value)
				}
			}
			w(append([]any{"Class", s.Name, s.Bases}, append(kws, s.Body, s.Decorators)...)...)
		} else {
			w("Class", s.Name, s.Bases, s.Body, s.Decorators)
		}
	case *Try:
		parts := []any{"Try", s.Body}
		for _, h := range s.Handlers {
			name := "-"
			if h.Name != "" {
				name = h.Name
			}
			parts = append(parts, "except", h.Type, name, h.Body)
		}
		w(append(parts, s.Else, s.Finally)...)
	case *Raise:
		w("Raise", s.Exc, s.Cause)
	case *Assert:
		w("Assert", s.Test, s.Msg)
	case *Delete:
		w(append([]any{"Del"}, anys(s.Targets)...)...)
	case *Global:
		w("Global", strings.Join(s.Names, " "))
	case *Nonlocal:
		w("Nonlocal", strings.Join(s.Names, " "))
	case *With:
		parts := []any{"With"}
		for _, it := range s.Items {
			parts = append(parts, it.Context, it.Target)
		}
		w(append(parts, s.Body)...)
	case *Import:
		w(append([]any{"Import"}, aliases(s.Names)...)...)
	case *Match:
		dumpMatch(s, w)
	case *ImportFrom:
		w(append([]any{"From", strings.Repeat(".", s.Level) + s.Module}, aliases(s.Names)...)...)
	default:
		fmt.Fprintf(b, "?%T", s)
	}
}

func aliases(as []*Alias) []any {
	out := make([]any, len(as))
	for i, a := range as {
		if a.AsName != "" {
			out[i] = a.Name + " as " + a.AsName
		} else {
			out[i] = a.Name
		}
	}
	return out
}

func dumpParams(b *strings.Builder, ps *Params) {
	var parts []string
	nd := len(ps.Args) - len(ps.Defaults)
	for i, a := range ps.Args {
		s := a.Name
		if i >= nd {
			s += "=" + Dump(ps.Defaults[i-nd])
		}
		parts = append(parts, s)
	}
	if ps.VarArg != nil {
		parts = append(parts, "*"+ps.VarArg.Name)
	} else if len(ps.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for i, a := range ps.KwOnly {
		s := a.Name
		if ps.KwDefaults[i] != nil {
			s += "=" + Dump(ps.KwDefaults[i])
		}
		parts = append(parts, s)
	}
	if ps.KwArg != nil {
		parts = append(parts, "**"+ps.KwArg.Name)
	}
	b.WriteString("[" + strings.Join(parts, " ") + "]")
}

func constString(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case string:
		return strconv.Quote(v)
	case BytesValue:
		return "b" + strconv.Quote(string(v))
	case EllipsisValue:
		return "..."
	}
	return fmt.Sprint(v)
}
