// Package operator is CPython's _operator module (Modules/_operator.c):
// the operators as functions, itemgetter, attrgetter, methodcaller and
// _compare_digest. operator.py imports what is here over its pure-Python
// definitions.
package operator

import (
	"crypto/subtle"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

func init() { core.RegisterModule("_operator", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.")
	binary := map[string]bc.BinaryOp{
		"add": bc.Add, "sub": bc.Sub, "mul": bc.Mul, "truediv": bc.TrueDiv, "floordiv": bc.FloorDiv,
		"mod": bc.Mod, "pow": bc.Pow, "lshift": bc.LShift, "rshift": bc.RShift, "and_": bc.And,
		"or_": bc.Or, "xor": bc.Xor, "matmul": bc.MatMul,
	}
	for name, op := range binary {
		m.SetFunc(t, name, binaryFunc(name, op))
		in := "i" + name
		if in[len(in)-1] == '_' {
			in = in[:len(in)-1]
		}
		m.SetFunc(t, in, binaryFunc(in, op+bc.InplaceAdd))
	}
	compares := map[string]bc.CompareOp{"lt": bc.Lt, "le": bc.Le, "eq": bc.Eq, "ne": bc.Ne, "gt": bc.Gt, "ge": bc.Ge}
	for name, op := range compares {
		m.SetFunc(t, name, compareFunc(name, op))
	}
	unary := map[string]bc.Op{"neg": bc.UNARY_NEGATIVE, "pos": bc.UNARY_POSITIVE, "invert": bc.UNARY_INVERT, "inv": bc.UNARY_INVERT}
	for name, op := range unary {
		m.SetFunc(t, name, unaryFunc(name, op))
	}
	for _, f := range []struct {
		name string
		fn   core.BuiltinFunc
	}{
		{"abs", opAbs}, {"not_", opNot}, {"truth", opTruth}, {"is_", opIs(true)}, {"is_not", opIs(false)},
		{"index", opIndex}, {"getitem", opGetitem}, {"setitem", opSetitem}, {"delitem", opDelitem},
		{"contains", opContains}, {"concat", concat("concat", false)}, {"iconcat", concat("iconcat", true)},
		{"countOf", countOf}, {"indexOf", indexOf}, {"length_hint", lengthHint}, {"_compare_digest", compareDigest},
	} {
		m.SetFunc(t, f.name, f.fn)
	}
	m.AddType(t, itemgetterType)
	m.AddType(t, attrgetterType)
	m.AddType(t, methodcallerType)
	return true
}

func binaryFunc(name string, op bc.BinaryOp) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		return t.BinaryOp(args[0], args[1], op)
	}
}

func compareFunc(name string, op bc.CompareOp) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		return t.RichCompare(args[0], args[1], op)
	}
}

func unaryFunc(name string, op bc.Op) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("_operator."+name, args, kwnames, 1, 1) {
			return nil
		}
		return t.UnaryOp(op, args[0])
	}
}

func opAbs(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_operator.abs", args, kwnames, 1, 1) {
		return nil
	}
	b := t.ImportModule("builtins")
	if b == nil {
		return nil
	}
	fn := t.GetAttrString(b, "abs")
	t.Decref(b)
	if fn == nil {
		return nil
	}
	r := t.Call(fn, args, nil)
	t.Decref(fn)
	return r
}

func opNot(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_operator.not_", args, kwnames, 1, 1) {
		return nil
	}
	b, ok := t.Truth(args[0])
	if !ok {
		return nil
	}
	return core.Bool(!b)
}

func opTruth(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_operator.truth", args, kwnames, 1, 1) {
		return nil
	}
	b, ok := t.Truth(args[0])
	if !ok {
		return nil
	}
	return core.Bool(b)
}

func opIs(is bool) core.BuiltinFunc {
	name := "is_"
	if !is {
		name = "is_not"
	}
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		return core.Bool((args[0] == args[1]) == is)
	}
}

func opIndex(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_operator.index", args, kwnames, 1, 1) {
		return nil
	}
	return t.Index(args[0])
}

func opGetitem(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("getitem", args, kwnames, 2, 2) {
		return nil
	}
	return t.GetItem(args[0], args[1])
}

func opSetitem(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("setitem", args, kwnames, 3, 3) || !t.SetItem(args[0], args[1], args[2]) {
		return nil
	}
	return t.NewRef(core.None)
}

func opDelitem(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("delitem", args, kwnames, 2, 2) || !t.SetItem(args[0], args[1], nil) {
		return nil
	}
	return t.NewRef(core.None)
}

func opContains(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("contains", args, kwnames, 2, 2) {
		return nil
	}
	b, ok := t.Contains(args[0], args[1])
	if !ok {
		return nil
	}
	return core.Bool(b)
}

// isSequence is PySequence_Check: a __getitem__ that is not a dict's.
func isSequence(o *core.Object) bool {
	if core.IsDict(o) {
		return false
	}
	return o.Type().GetItem != nil
}

func concat(name string, inplace bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		if !isSequence(args[0]) {
			return t.RaiseMsg(&core.TypeErrorType, "'%s' object can't be concatenated", core.TypeName(args[0]))
		}
		op := bc.Add
		if inplace {
			op = bc.InplaceAdd
		}
		return t.BinaryOp(args[0], args[1], op)
	}
}

func countOf(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("countOf", args, kwnames, 2, 2) {
		return nil
	}
	n := int64(0)
	ok := t.Iterate(args[0], func(item *core.Object) bool {
		eq, ok := identicalOrEqual(t, item, args[1])
		if !ok {
			return false
		}
		if eq {
			n++
		}
		return true
	})
	if !ok {
		return nil
	}
	return t.NewInt(n)
}

// identicalOrEqual is PyObject_RichCompareBool's identity shortcut.
func identicalOrEqual(t *core.Thread, a, b *core.Object) (bool, bool) {
	if a == b {
		return true, true
	}
	return t.RichEq(a, b)
}

func indexOf(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("indexOf", args, kwnames, 2, 2) {
		return nil
	}
	i, found := int64(0), false
	ok := t.Iterate(args[0], func(item *core.Object) bool {
		eq, ok := identicalOrEqual(t, item, args[1])
		if !ok {
			return false
		}
		if eq {
			found = true
			return false
		}
		i++
		return true
	})
	if !ok {
		return nil
	}
	if !found {
		return t.RaiseMsg(&core.ValueErrorType, "sequence.index(x): x not in sequence")
	}
	return t.NewInt(i)
}

func lengthHint(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("length_hint", args, kwnames, 1, 2) {
		return nil
	}
	def := int64(0)
	if len(args) == 2 {
		if !core.IsInt(args[1]) {
			return t.RaiseMsg(&core.TypeErrorType, "'%s' object cannot be interpreted as an integer", core.TypeName(args[1]))
		}
		var ok bool
		if def, ok = t.AsInt64(args[1]); !ok {
			return nil
		}
	}
	o := args[0]
	if o.Type().Len != nil {
		n, ok := t.Len(o)
		if ok {
			return t.NewInt(int64(n))
		}
		if !t.ExcMatches(&core.TypeErrorType) {
			return nil
		}
		t.ClearExc()
	}
	hint := o.Type().Lookup(t, core.Intern("__length_hint__"))
	if hint == nil {
		return t.NewInt(def)
	}
	r := t.CallMethod(o, "__length_hint__")
	if r == nil {
		if t.ExcMatches(&core.TypeErrorType) {
			t.ClearExc()
			return t.NewInt(def)
		}
		return nil
	}
	if r == core.NotImplemented {
		t.Decref(r)
		return t.NewInt(def)
	}
	if !core.IsInt(r) {
		defer t.Decref(r)
		return t.RaiseMsg(&core.TypeErrorType, "__length_hint__ must be an integer, not %s", core.TypeName(r))
	}
	v, ok := t.AsInt64(r)
	t.Decref(r)
	if !ok {
		return nil
	}
	if v < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "__length_hint__() should return >= 0")
	}
	return t.NewInt(v)
}

func compareDigest(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_compare_digest", args, kwnames, 2, 2) {
		return nil
	}
	a, b := args[0], args[1]
	if core.IsStr(a) && core.IsStr(b) {
		if !core.StrIsASCII(a) || !core.StrIsASCII(b) {
			return t.RaiseMsg(&core.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
		}
		x, _ := core.StrValue(a)
		y, _ := core.StrValue(b)
		return core.Bool(subtle.ConstantTimeCompare([]byte(x), []byte(y)) == 1)
	}
	if !core.HasBuffer(a) && !core.HasBuffer(b) {
		return t.RaiseMsg(&core.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", core.TypeName(a), core.TypeName(b))
	}
	x, ok := bytesLike(t, a)
	if !ok {
		return nil
	}
	y, ok := bytesLike(t, b)
	if !ok {
		return nil
	}
	return core.Bool(subtle.ConstantTimeCompare(x, y) == 1)
}

// bytesLike is PyObject_GetBuffer(o, PyBUF_SIMPLE) for _compare_digest.
func bytesLike(t *core.Thread, o *core.Object) ([]byte, bool) {
	b, ok := t.BytesLike(o)
	if !ok && !t.Failed() {
		t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", core.TypeName(o))
	}
	return b, ok
}
