package core

import (
	"fmt"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// Out-of-line parts of the eval loop's instructions.

// intBinaryFast computes a binary operator on two machine ints without
// leaving Go. It returns nil (with no exception) when the operands or the
// result need the general path: big ints, overflow, division by zero,
// true division, powers and shifts.
func (t *Thread) intBinaryFast(a, b *Object, op bc.BinaryOp) *Object {
	x, y := asInt(a), asInt(b)
	if x.Big != nil || y.Big != nil {
		return nil
	}
	u, v := x.V, y.V
	switch op.Base() {
	case bc.Add:
		r := u + v
		if (r > u) == (v > 0) {
			return t.NewInt(r)
		}
	case bc.Sub:
		r := u - v
		if (r < u) == (v > 0) {
			return t.NewInt(r)
		}
	case bc.Mul:
		if u > -1<<31 && u < 1<<31 && v > -1<<31 && v < 1<<31 {
			return t.NewInt(u * v)
		}
	case bc.FloorDiv:
		if v > 0 {
			q := u / v
			if (u%v != 0) && (u < 0) {
				q--
			}
			return t.NewInt(q)
		}
	case bc.Mod:
		if v > 0 {
			m := u % v
			if m < 0 {
				m += v
			}
			return t.NewInt(m)
		}
	case bc.And:
		return t.NewInt(u & v)
	case bc.Or:
		return t.NewInt(u | v)
	case bc.Xor:
		return t.NewInt(u ^ v)
	}
	return nil
}

// floatBinaryFast is BINARY_OP's fast path for float operands (an int
// operand already converted, as float's slots convert it): the four
// arithmetic operators that cannot raise, as CPython 3.11 specialises
// BINARY_OP_ADD_FLOAT and its siblings. It returns nil when the operation
// needs the general path (division by zero, the other operators).
func (t *Thread) floatBinaryFast(x, y float64, op bc.BinaryOp) *Object {
	switch op.Base() {
	case bc.Add:
		return t.NewFloat(x + y)
	case bc.Sub:
		return t.NewFloat(x - y)
	case bc.Mul:
		return t.NewFloat(x * y)
	case bc.TrueDiv:
		if y != 0 {
			return t.NewFloat(x / y)
		}
	}
	return nil
}

// unary applies -x, +x or ~x.
func (t *Thread) unary(op bc.Op, v *Object) *Object {
	if v.kind == KindInt && asInt(v).Big == nil {
		n := asInt(v).V
		switch op {
		case bc.UNARY_NEGATIVE:
			if n != -1<<63 {
				return t.NewInt(-n)
			}
		case bc.UNARY_POSITIVE:
			return t.NewInt(n)
		case bc.UNARY_INVERT:
			return t.NewInt(^n)
		}
	}
	var slot func(*Thread, *Object) *Object
	sym := "-"
	switch op {
	case bc.UNARY_NEGATIVE:
		slot = v.typ.Neg
	case bc.UNARY_POSITIVE:
		slot, sym = v.typ.Pos, "+"
	case bc.UNARY_INVERT:
		slot, sym = v.typ.Invert, "~"
	}
	if slot == nil {
		return t.RaiseMsg(&TypeErrorType, "bad operand type for unary %s: '%s'", sym, v.typ.Name)
	}
	return slot(t, v)
}

// listIndex returns l[i] with Python's negative indexing.
func (t *Thread) listIndex(l *List, i int64) *Object {
	l.lk.lock(t)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.lk.unlock(t)
		return t.RaiseMsg(&IndexErrorType, "list index out of range")
	}
	v := l.Items[i]
	t.Incref(v)
	l.lk.unlock(t)
	return v
}

// listStoreIndex performs l[i] = v.
func (t *Thread) listStoreIndex(l *List, i int64, v *Object) bool {
	t.Incref(v)
	l.lk.lock(t)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.lk.unlock(t)
		t.Decref(v)
		t.RaiseMsg(&IndexErrorType, "list assignment index out of range")
		return false
	}
	old := l.Items[i]
	l.Items[i] = v
	l.lk.unlock(t)
	t.Decref(old)
	return true
}

// extendInto implements LIST_EXTEND, SET_UPDATE, DICT_UPDATE and DICT_MERGE.
func (t *Thread) extendInto(op bc.Op, target, v *Object, stack []*Object, sp, arg int) bool {
	switch op {
	case bc.LIST_EXTEND:
		items, ok := t.Collect(v)
		if !ok {
			if t.ExcMatches(&TypeErrorType) && v.typ.Iter == nil {
				t.ClearExc()
				t.RaiseMsg(&TypeErrorType, "Value after * must be an iterable, not %s", v.typ.Name)
			}
			return false
		}
		l := asList(target)
		l.lk.lock(t)
		l.Items = append(l.Items, items...)
		l.lk.unlock(t)
		return true
	case bc.SET_UPDATE:
		s := asSet(target)
		return t.Iterate(v, func(x *Object) bool { return s.Add(t, x) })
	}
	d := asDict(target)
	if v.kind != KindDict {
		if op == bc.DICT_MERGE {
			t.RaiseMsg(&TypeErrorType, "%s argument after ** must be a mapping, not %s", callableName(mergeCallee(stack, sp, arg)), v.typ.Name)
		} else {
			t.RaiseMsg(&TypeErrorType, "'%s' object is not a mapping", v.typ.Name)
		}
		return false
	}
	keys, values := asDict(v).Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, k := range keys {
		if op == bc.DICT_MERGE {
			if old, _ := d.Get(t, k); old != nil {
				t.Decref(old)
				ks, _ := t.StrString(k)
				t.RaiseMsg(&TypeErrorType, "%s got multiple values for keyword argument '%s'", callableName(mergeCallee(stack, sp, arg)), ks)
				return false
			}
		}
		if !d.Set(t, k, values[i]) {
			return false
		}
	}
	return true
}

// mergeCallee finds the callee of DICT_MERGE's call: below the dict
// being built lie the positional-arguments tuple and the callable, with the
// NULL or self slot of a method call on one side of it.
func mergeCallee(stack []*Object, sp, arg int) *Object {
	for i := sp - arg - 2; i >= 0 && i >= sp-arg-3; i-- {
		if stack[i] != nil {
			if stack[i].kind == KindTuple && i == sp-arg-1 {
				continue
			}
			return stack[i]
		}
	}
	return nil
}

// callableName names a callable in error messages as CPython's
// _PyObject_FunctionStr does ("__main__.f()", "print()").
func callableName(o *Object) string {
	if o == nil {
		return "function"
	}
	switch o.kind {
	case KindFunction:
		fn := asFunction(o)
		if fn.Module != nil {
			if m, ok := StrValue(fn.Module); ok && m != "builtins" && m != "" {
				return m + "." + fn.QualName + "()"
			}
		}
		return fn.QualName + "()"
	case KindBuiltin:
		return asBuiltin(o).Name + "()"
	case KindMethod:
		return callableName(asMethod(o).Func)
	case KindType:
		return asType(o).Name + "()"
	}
	return o.typ.Name + " object"
}

// formatValue implements FORMAT_VALUE.
func (t *Thread) formatValue(stack []*Object, sp *int, flags int) *Object {
	var spec *Object
	if flags&bc.FormatWithSpec != 0 {
		*sp--
		spec = stack[*sp]
		stack[*sp] = nil
	}
	*sp--
	v := stack[*sp]
	stack[*sp] = nil
	defer t.Decref(v)
	if spec != nil {
		defer t.Decref(spec)
	}
	conv := v
	switch flags & bc.FormatConvMask {
	case bc.FormatStr:
		conv = t.StrOf(v)
	case bc.FormatRepr:
		conv = t.Repr(v)
	case bc.FormatASCII:
		conv = t.asciiOf(v)
	default:
		t.Incref(conv)
	}
	if conv == nil {
		return nil
	}
	defer t.Decref(conv)
	if spec == nil && conv.typ == &StrType {
		return t.NewRef(conv)
	}
	s := ""
	if spec != nil {
		s = asStr(spec).S
	}
	return t.Format(conv, s)
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX. dst
// receives the items so that the first target ends on top of the stack.
func (t *Thread) unpack(seq *Object, before, after int, dst []*Object) bool {
	items, ok := t.Collect(seq)
	if !ok {
		if t.ExcMatches(&TypeErrorType) && seq.typ.Iter == nil {
			t.ClearExc()
			t.RaiseMsg(&TypeErrorType, "cannot unpack non-iterable %s object", seq.typ.Name)
		}
		return false
	}
	n := len(items)
	if after < 0 {
		if n != before {
			t.releaseAll(items)
			if n < before {
				t.RaiseMsg(&ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, n)
			} else {
				t.RaiseMsg(&ValueErrorType, "too many values to unpack (expected %d)", before)
			}
			return false
		}
		for i, x := range items {
			dst[n-1-i] = x
		}
		return true
	}
	if n < before+after {
		t.releaseAll(items)
		t.RaiseMsg(&ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
		return false
	}
	total := before + after + 1
	for i := 0; i < before; i++ {
		dst[total-1-i] = items[i]
	}
	mid := t.NewList(n - before - after)
	mid.Items = append(mid.Items, items[before:n-after]...)
	dst[total-1-before] = &mid.Object
	for i := 0; i < after; i++ {
		dst[after-1-i] = items[n-after+i]
	}
	return true
}

// callEx implements CALL_FUNCTION_EX: f(*args, **kwargs).
func (t *Thread) callEx(callable, self, argt, kw *Object) *Object {
	args := asTuple(argt).Items
	if self != nil {
		all := make([]*Object, 0, len(args)+1)
		all = append(all, self)
		args = append(all, args...)
	}
	if kw == nil || asDict(kw).used == 0 {
		return t.Call(callable, args, nil)
	}
	keys, values := asDict(kw).Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	full := make([]*Object, 0, len(args)+len(values))
	full = append(append(full, args...), values...)
	names := make([]*Str, len(keys))
	for i, k := range keys {
		if k.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "keywords must be strings")
		}
		names[i] = asStr(k)
	}
	return t.Call(callable, full, names)
}

// excMatch implements CHECK_EXC_MATCH.
func (t *Thread) excMatch(exc, typ *Object) (bool, bool) {
	if typ.kind == KindTuple {
		for _, x := range asTuple(typ).Items {
			m, ok := t.excMatch(exc, x)
			if !ok || m {
				return m, ok
			}
		}
		return false, true
	}
	if typ.kind != KindType || !asType(typ).IsException {
		t.RaiseMsg(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		return false, false
	}
	return exc.typ.IsSubtype(asType(typ)), true
}

// raiseObject implements raise exc [from cause]; it steals both references.
func (t *Thread) raiseObject(exc, cause *Object) {
	if exc.kind == KindType && asType(exc).IsException {
		inst := t.Call(exc, nil, nil)
		t.Decref(exc)
		if inst == nil {
			t.XDecref(cause)
			return
		}
		exc = inst
	}
	if !(exc.kind == KindInstance && exc.typ.IsException) {
		t.Decref(exc)
		t.XDecref(cause)
		t.RaiseMsg(&TypeErrorType, "exceptions must derive from BaseException")
		return
	}
	if cause != nil {
		if cause.kind == KindType && asType(cause).IsException {
			c := t.Call(cause, nil, nil)
			t.Decref(cause)
			if c == nil {
				t.Decref(exc)
				return
			}
			cause = c
		}
		e := asException(exc)
		if cause == None {
			t.Decref(cause)
			cause = nil
		} else if !(cause.kind == KindInstance && cause.typ.IsException) {
			t.Decref(exc)
			t.Decref(cause)
			t.RaiseMsg(&TypeErrorType, "exception causes must derive from BaseException")
			return
		}
		t.XDecref(e.Cause)
		e.Cause = cause
		e.SuppressContext = true
	}
	t.Raise(exc)
}

// beforeWith implements BEFORE_WITH: it returns the bound __exit__ and the
// result of __enter__().
func (t *Thread) beforeWith(cm *Object) (exit, res *Object) {
	return t.enterContext(cm, dunderEnter, dunderExit, "the context manager protocol")
}

// enterContext looks up a context manager's enter and exit methods on its
// type (as CPython's BEFORE_WITH and BEFORE_ASYNC_WITH do), and returns the
// bound exit method and the result of calling the enter method.
func (t *Thread) enterContext(cm *Object, enterName, exitName *Str, protocol string) (exit, res *Object) {
	enterFn := t.lookupType(cm.typ, enterName)
	exitFn := t.lookupType(cm.typ, exitName)
	if enterFn == nil || exitFn == nil {
		t.RaiseMsg(&TypeErrorType, "'%s' object does not support %s", cm.typ.tpName(), protocol)
		return nil, nil
	}
	exit = t.bindAttr(exitFn, cm)
	if exit == nil {
		return nil, nil
	}
	enter := t.bindAttr(enterFn, cm)
	if enter == nil {
		t.Decref(exit)
		return nil, nil
	}
	res = t.Call(enter, nil, nil)
	t.Decref(enter)
	if res == nil {
		t.Decref(exit)
		return nil, nil
	}
	return exit, res
}

// loadMethod implements LOAD_METHOD: when name is a plain function or a
// built-in method on obj's type (and not shadowed by the instance), it
// returns it unbound with bound = true, so that no bound method is created.
func (t *Thread) loadMethod(obj *Object, name *Str) (meth *Object, bound bool) {
	if obj.kind != KindType && obj.kind != KindModule && obj.typ != &SuperType && !obj.typ.customGetattr {
		if v := t.lookupType(obj.typ, name); v != nil {
			isMeth := v.kind == KindFunction ||
				(v.kind == KindBuiltin && asBuiltin(v).owner != nil && asBuiltin(v).self == nil && (asBuiltin(v).mkind == plainMethod || asBuiltin(v).mkind == slotWrapper))
			if isMeth && !t.instanceHas(obj, name) {
				t.Incref(v)
				return v, true
			}
		}
	}
	return t.GetAttr(obj, name), false
}

// asciiOf returns ascii(o).
func (t *Thread) asciiOf(o *Object) *Object {
	r := t.Repr(o)
	if r == nil {
		return nil
	}
	s := asStr(r).S
	out := asciiEscape(s)
	if out == s {
		return r
	}
	t.Decref(r)
	return t.NewStr(out)
}

// asciiEscape escapes the non-ASCII characters of a repr as ascii() does.
func asciiEscape(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r <= 0xff:
			b = append(b, fmt.Sprintf(`\x%02x`, r)...)
		case r <= 0xffff:
			b = append(b, fmt.Sprintf(`\u%04x`, r)...)
		default:
			b = append(b, fmt.Sprintf(`\U%08x`, r)...)
		}
	}
	return string(b)
}
