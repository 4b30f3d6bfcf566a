package core

import (
	"github.com/rcvm/rcvm/core/bytecode"
)

// The abstract object protocol (CPython's Objects/abstract.c): generic
// operations that dispatch through the type slots. The eval loop inlines
// fast paths for common kinds before falling back to these.

// Repr returns repr(o) as a str object.
func (t *Thread) Repr(o *Object) *Object {
	if o.typ.Repr == nil {
		return t.NewStr("<" + o.typ.Name + " object>")
	}
	if !t.enterRecursiveCall(" while getting the repr of an object") {
		return nil
	}
	r := o.typ.Repr(t, o)
	t.leaveRecursive()
	return r
}

// StrOf returns str(o) as a str object.
func (t *Thread) StrOf(o *Object) *Object {
	if o.typ == &StrType {
		return t.NewRef(o)
	}
	if o.typ.Str == nil {
		return t.Repr(o)
	}
	return o.typ.Str(t, o)
}

// ReprString returns repr(o) as a Go string.
func (t *Thread) ReprString(o *Object) (string, bool) {
	r := t.Repr(o)
	if r == nil {
		return "", false
	}
	s := asStr(r).S
	t.Decref(r)
	return s, true
}

// StrString returns str(o) as a Go string.
func (t *Thread) StrString(o *Object) (string, bool) {
	if o.typ == &StrType {
		return asStr(o).S, true
	}
	r := t.StrOf(o)
	if r == nil {
		return "", false
	}
	s := asStr(r).S
	t.Decref(r)
	return s, true
}

// Hash returns hash(o).
func (t *Thread) Hash(o *Object) (int64, bool) {
	if o.typ == &StrType {
		return asStr(o).Hash(), true
	}
	if o.typ.Hash == nil {
		t.RaiseMsg(&TypeErrorType, "unhashable type: '%s'", o.typ.Name)
		return 0, false
	}
	return o.typ.Hash(t, o)
}

// RichCompare returns the result of a <op> b, trying the reflected
// operation and falling back to identity for == and != as CPython does.
//
// Every comparison counts against the recursion limit, as CPython's
// PyObject_RichCompare does: containers compare their items through it,
// so comparing (or sorting, or searching) structures nested deeper than
// the limit raises RecursionError instead of overflowing the Go stack.
func (t *Thread) RichCompare(a, b *Object, op bytecode.CompareOp) *Object {
	if !t.enterRecursiveCall(" in comparison") {
		return nil
	}
	r := t.richCompare(a, b, op)
	t.leaveRecursive()
	return r
}

// richCompare is RichCompare without the recursion count.
func (t *Thread) richCompare(a, b *Object, op bytecode.CompareOp) *Object {
	// The reflected operand goes first when it is a subclass of the left one.
	if a.typ != b.typ && b.typ.IsSubtype(a.typ) && b.typ.Compare != nil {
		if r := b.typ.Compare(t, b, a, reflectCompare[op]); r != NotImplemented {
			return r
		}
	}
	if a.typ.Compare != nil {
		r := a.typ.Compare(t, a, b, op)
		if r != NotImplemented {
			return r
		}
	}
	if b.typ.Compare != nil {
		r := b.typ.Compare(t, b, a, reflectCompare[op])
		if r != NotImplemented {
			return r
		}
	}
	switch op {
	case bytecode.Eq:
		return Bool(a == b)
	case bytecode.Ne:
		return Bool(a != b)
	}
	return t.RaiseMsg(&TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), a.typ.Name, b.typ.Name)
}

var reflectCompare = [...]bytecode.CompareOp{
	bytecode.Lt: bytecode.Gt, bytecode.Le: bytecode.Ge, bytecode.Eq: bytecode.Eq,
	bytecode.Ne: bytecode.Ne, bytecode.Gt: bytecode.Lt, bytecode.Ge: bytecode.Le,
}

// RichBool returns the truth of a <op> b.
func (t *Thread) RichBool(a, b *Object, op bytecode.CompareOp) (bool, bool) {
	r := t.RichCompare(a, b, op)
	if r == nil {
		return false, false
	}
	if r == True {
		return true, true
	}
	if r == False {
		return false, true
	}
	v, ok := t.Truth(r)
	t.Decref(r)
	return v, ok
}

// RichEq returns a == b, with the identity shortcut CPython's containers use.
func (t *Thread) RichEq(a, b *Object) (bool, bool) {
	if a == b {
		return true, true
	}
	return t.RichBool(a, b, bytecode.Eq)
}

// Truth returns bool(o).
func (t *Thread) Truth(o *Object) (bool, bool) {
	switch o {
	case True:
		return true, true
	case False, None:
		return false, true
	}
	if o.typ.Heap {
		// An instance of a class derived from a built-in type takes its
		// class's slots, which may be overridden.
		return t.truthSlow(o)
	}
	switch o.kind {
	case KindInt:
		n := asInt(o)
		return n.V != 0 || n.Big != nil, true
	case KindStr:
		return asStr(o).S != "", true
	case KindList:
		// Another thread may be resizing the list or the dict: their
		// sizes are read under the container's lock, as len() reads them.
		return t.seqLen(o) != 0, true
	case KindTuple:
		return len(asTuple(o).Items) != 0, true
	case KindDict:
		return asDict(o).length(t) != 0, true
	}
	return t.truthSlow(o)
}

// truthSlow is bool(o) through o's type's slots.
func (t *Thread) truthSlow(o *Object) (bool, bool) {
	if o.typ.Truth != nil {
		return o.typ.Truth(t, o)
	}
	if o.typ.Len != nil {
		n, ok := o.typ.Len(t, o)
		return n != 0, ok
	}
	return true, true
}

// Len returns len(o).
func (t *Thread) Len(o *Object) (int, bool) {
	if o.typ.Len == nil {
		t.RaiseMsg(&TypeErrorType, "object of type '%s' has no len()", o.typ.Name)
		return 0, false
	}
	return o.typ.Len(t, o)
}

// GetItem returns o[key].
func (t *Thread) GetItem(o, key *Object) *Object {
	if o.typ.GetItem == nil {
		if o.kind == KindType {
			return t.RaiseMsg(&TypeErrorType, "type '%s' is not subscriptable", asType(o).Name)
		}
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not subscriptable", o.typ.Name)
	}
	return o.typ.GetItem(t, o, key)
}

// SetItem performs o[key] = value, or del o[key] when value is nil.
func (t *Thread) SetItem(o, key, value *Object) bool {
	if o.typ.SetItem == nil {
		if value == nil {
			t.RaiseMsg(&TypeErrorType, "'%s' object doesn't support item deletion", o.typ.Name)
		} else {
			t.RaiseMsg(&TypeErrorType, "'%s' object does not support item assignment", o.typ.Name)
		}
		return false
	}
	return o.typ.SetItem(t, o, key, value)
}

// Contains returns item in o.
func (t *Thread) Contains(o, item *Object) (bool, bool) {
	if o.typ.Contains != nil {
		return o.typ.Contains(t, o, item)
	}
	it := t.GetIter(o)
	if it == nil {
		t.ClearExc()
		t.RaiseMsg(&TypeErrorType, "argument of type '%s' is not iterable", o.typ.Name)
		return false, false
	}
	defer t.Decref(it)
	for {
		x := t.Next(it)
		if x == nil {
			return false, !t.Failed()
		}
		eq, ok := t.RichEq(x, item)
		t.Decref(x)
		if !ok || eq {
			return eq, ok
		}
	}
}

// GetIter returns iter(o).
func (t *Thread) GetIter(o *Object) *Object {
	if o.typ.Iter == nil {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not iterable", o.typ.Name)
	}
	return o.typ.Iter(t, o)
}

// Next returns the iterator's next item (a new reference), or nil: an
// exception when t.Failed(), exhaustion otherwise.
func (t *Thread) Next(it *Object) *Object {
	if it.typ.Next == nil {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not an iterator", it.typ.Name)
	}
	return it.typ.Next(t, it)
}

// Iterate calls fn with each item of iterable (borrowed for the call); fn
// returns false to stop early. It returns false on an exception.
func (t *Thread) Iterate(iterable *Object, fn func(item *Object) bool) bool {
	var items []*Object
	switch iterable.kind {
	case KindList, KindTuple:
		items = t.seqSnapshot(iterable)
	default:
		var ok bool
		if items, ok = t.bulkSnapshot(iterable); !ok {
			return t.iterateGeneric(iterable, fn)
		}
	}
	defer t.releaseAll(items)
	for _, x := range items {
		if !fn(x) {
			return !t.Failed()
		}
	}
	return true
}

// bulkSnapshot returns new references to the items of an exact dict, set
// or frozenset, or of a view of a dict, copied under the container's lock;
// ok is false for any other object. A built-in that consumes a whole
// container (list(d), sorted(s), sum(d.values()), l.extend(s)) thereby sees
// it at one instant while other threads change it, as PEP 703 makes these
// built-ins hold the container's critical section, instead of failing
// with "changed size during iteration" as an iterator would. Under a GIL
// no other thread runs while a built-in iterates, so the iterator protocol
// is kept there: it is CPython's, down to the error a callback that
// mutates the container gets.
func (t *Thread) bulkSnapshot(o *Object) (items []*Object, ok bool) {
	if !t.lockContainers {
		return nil, false
	}
	switch o.typ {
	case &DictType:
		keys, values := asDict(o).Items(t)
		t.releaseAll(values)
		return keys, true
	case &SetType, &FrozenSetType:
		sn := asSet(o).snapshot(t)
		items = make([]*Object, 0, sn.used)
		for _, e := range sn.table {
			if e.key != nil && e.key != setDummy {
				items = append(items, e.key)
			}
		}
		return items, true
	case &DictKeysType, &DictValuesType:
		keys, values := asDictView(o).d.Items(t)
		if o.typ == &DictKeysType {
			t.releaseAll(values)
			return keys, true
		}
		t.releaseAll(keys)
		return values, true
	case &DictItemsType:
		keys, values := asDictView(o).d.Items(t)
		items = make([]*Object, len(keys))
		for i := range keys {
			pair := t.NewTuple(2)
			pair.Items[0], pair.Items[1] = keys[i], values[i]
			items[i] = &pair.Object
		}
		return items, true
	}
	return nil, false
}

// iterateGeneric is Iterate through the iterator protocol.
func (t *Thread) iterateGeneric(iterable *Object, fn func(item *Object) bool) bool {
	it := t.GetIter(iterable)
	if it == nil {
		return false
	}
	defer t.Decref(it)
	for {
		x := t.Next(it)
		if x == nil {
			return !t.Failed()
		}
		cont := fn(x)
		t.Decref(x)
		if !cont {
			return !t.Failed()
		}
	}
}

// seqSnapshot returns new references to a list's or tuple's items.
func (t *Thread) seqSnapshot(o *Object) []*Object {
	if o.kind == KindTuple {
		items := asTuple(o).Items
		out := make([]*Object, len(items))
		for i, x := range items {
			t.Incref(x)
			out[i] = x
		}
		return out
	}
	l := asList(o)
	l.lk.lock(t)
	out := make([]*Object, len(l.Items))
	for i, x := range l.Items {
		t.Incref(x)
		out[i] = x
	}
	l.lk.unlock(t)
	return out
}

// releaseAll drops a reference to each object.
func (t *Thread) releaseAll(objs []*Object) {
	for _, o := range objs {
		t.XDecref(o)
	}
}

// Collect returns new references to every item of an iterable.
func (t *Thread) Collect(iterable *Object) ([]*Object, bool) {
	switch iterable.kind {
	case KindList, KindTuple:
		return t.seqSnapshot(iterable), true
	}
	if items, ok := t.bulkSnapshot(iterable); ok {
		return items, true
	}
	var out []*Object
	ok := t.Iterate(iterable, func(x *Object) bool {
		t.Incref(x)
		out = append(out, x)
		return true
	})
	if !ok {
		t.releaseAll(out)
		return nil, false
	}
	return out, true
}

// BinaryOp returns a <op> b through the operand types' slots, trying the
// reflected operand's slot as CPython's binary_op1 does. op may be an
// in-place form.
func (t *Thread) BinaryOp(a, b *Object, op bytecode.BinaryOp) *Object {
	base := op.Base()
	if op != base && a.typ.Inplace[base] != nil {
		if r := a.typ.Inplace[base](t, a, b); r != NotImplemented {
			return r
		}
	}
	sa, sb := a.typ.Binary[base], b.typ.Binary[base]
	if a.typ == b.typ {
		sb = nil
	}
	if sa != nil {
		if sb != nil && b.typ.IsSubtype(a.typ) {
			if r := sb(t, a, b); r != NotImplemented {
				return r
			}
			sb = nil
		}
		if r := sa(t, a, b); r != NotImplemented {
			return r
		}
	}
	if sb != nil {
		if r := sb(t, a, b); r != NotImplemented {
			return r
		}
	}
	if base == bytecode.Pow {
		return t.RaiseMsg(&TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
			a.typ.tpName(), b.typ.tpName())
	}
	if base == bytecode.Mod && a.kind == KindStr {
		return t.RaiseMsg(&TypeErrorType, "not all arguments converted during string formatting")
	}
	return t.RaiseMsg(&TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
		op.Symbol(), a.typ.tpName(), b.typ.tpName())
}

// GetAttr returns o.name.
func (t *Thread) GetAttr(o *Object, name *Str) *Object {
	if o.typ.GetAttr != nil {
		return o.typ.GetAttr(t, o, name)
	}
	return t.genericGetAttr(o, name)
}

// SetAttr performs o.name = value (del o.name when value is nil).
func (t *Thread) SetAttr(o *Object, name *Str, value *Object) bool {
	if o.typ.SetAttr != nil {
		return o.typ.SetAttr(t, o, name, value)
	}
	if t.lookupType(o.typ, name) != nil {
		t.RaiseMsg(&AttributeErrorType, "'%s' object attribute '%s' is read-only", o.typ.Name, name.S)
	} else {
		t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
	}
	return false
}

// genericGetAttr looks name up on the type (binding functions and method
// descriptors to o), as object.__getattribute__ does for objects without an
// instance dict.
func (t *Thread) genericGetAttr(o *Object, name *Str) *Object {
	if name.S == "__class__" {
		return t.NewRef(&o.typ.Object)
	}
	if v := t.lookupType(o.typ, name); v != nil {
		return t.bindAttr(v, o)
	}
	return t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
}

// bindAttr turns a class attribute found for instance o into the value
// o.name evaluates to: functions become bound methods, built-in method
// descriptors bound built-ins, properties are called; anything else is
// returned as is.
func (t *Thread) bindAttr(v, o *Object) *Object {
	switch v.kind {
	case KindFunction:
		return t.NewMethod(v, o)
	case KindBuiltin:
		b := asBuiltin(v)
		if b.self == nil && b.owner != nil {
			if b.mkind == classMethod {
				return t.bindBuiltin(b, &o.typ.Object)
			}
			return t.bindBuiltin(b, o)
		}
	case KindOther:
		if d := descriptorGet(t, v, o); d != nil || t.Failed() {
			return d
		}
	case KindInstance:
		if v.typ.Heap {
			return t.descrGet(v, o, o.typ)
		}
	}
	return t.NewRef(v)
}

// Call calls callable with positional arguments followed by keyword values
// named by kwnames.
func (t *Thread) Call(callable *Object, args []*Object, kwnames []*Str) *Object {
	switch callable.kind {
	case KindFunction:
		return t.callFunction(asFunction(callable), args, kwnames)
	case KindBuiltin:
		b := asBuiltin(callable)
		if b.self != nil {
			return t.callWithSelf(b.Fn, b.self, args, kwnames)
		}
		if b.owner != nil && !t.checkDescrSelf(b, args, kwnames) {
			return nil
		}
		return b.Fn(t, args, kwnames)
	case KindMethod:
		m := asMethod(callable)
		return t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object {
			return t.Call(m.Func, a, k)
		}, m.Self, args, kwnames)
	}
	if callable.typ.Call == nil {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not callable", callable.typ.Name)
	}
	if !t.enterRecursive() {
		return nil
	}
	r := callable.typ.Call(t, callable, args, kwnames)
	t.leaveRecursive()
	return r
}

// callWithSelf calls fn with self prepended to args.
func (t *Thread) callWithSelf(fn BuiltinFunc, self *Object, args []*Object, kwnames []*Str) *Object {
	var buf [8]*Object
	var all []*Object
	if len(args)+1 <= len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]*Object, len(args)+1)
	}
	all[0] = self
	copy(all[1:], args)
	return fn(t, all, kwnames)
}

// CallMethod calls o.name(args...) with positional arguments.
func (t *Thread) CallMethod(o *Object, name string, args ...*Object) *Object {
	m := t.GetAttr(o, Intern(name))
	if m == nil {
		return nil
	}
	r := t.Call(m, args, nil)
	t.Decref(m)
	return r
}

// enterRecursive counts a level of Go recursion on behalf of Python code
// (repr of nested containers, calls through slots) and raises
// RecursionError past the limit.
func (t *Thread) enterRecursive() bool { return t.enterRecursiveCall("") }

// enterRecursiveCall is enterRecursive whose RecursionError message ends
// with where (CPython's _Py_EnterRecursiveCall: " in comparison").
func (t *Thread) enterRecursiveCall(where string) bool {
	t.depth++
	if t.depth > t.vm.cfg.RecursionLimit+50 {
		t.depth--
		t.RaiseMsg(&RecursionErrorType, "maximum recursion depth exceeded%s", where)
		return false
	}
	return true
}

func (t *Thread) leaveRecursive() { t.depth-- }
