package core

import (
	"math"
	"math/big"
)

// The extension API's object helpers: type tests, accessors and
// conversions for the built-in types, constructors that take over
// references, attribute helpers and reference helpers. Conventions are the
// package's: a *Object result is a new reference or nil with an exception
// set; a (value, ok) result reports an exception with ok false; arguments
// are borrowed.
//
// The Is* tests look at the layout (an instance of a subclass of list is a
// list), as CPython's PyList_Check does; IsExact* test the exact type.
// Built-in operations that a subclass may override (iteration, indexing)
// are reached through Thread's abstract operations (GetIter, GetItem, ...),
// never through the layout, when the object may be a subclass instance.

// IsInt reports whether o is an int (bool and int subclasses included).
func IsInt(o *Object) bool { return o.kind == KindInt || o.kind == KindBool }

// IsExactInt reports whether o's type is int itself.
func IsExactInt(o *Object) bool { return o.typ == &IntType }

// IsFloat reports whether o is a float.
func IsFloat(o *Object) bool { return o.kind == KindFloat }

// IsStr reports whether o is a str.
func IsStr(o *Object) bool { return o.kind == KindStr }

// IsTuple reports whether o is a tuple.
func IsTuple(o *Object) bool { return o.kind == KindTuple }

// IsList reports whether o is a list.
func IsList(o *Object) bool { return o.kind == KindList }

// IsDict reports whether o is a dict.
func IsDict(o *Object) bool { return o.kind == KindDict }

// IsAnySet reports whether o is a set or a frozenset.
func IsAnySet(o *Object) bool { return o.kind == KindSet || o.kind == KindFrozenSet }

// IsType reports whether o is a type.
func IsType(o *Object) bool { return o.kind == KindType }

// IsModule reports whether o is a module.
func IsModule(o *Object) bool { return o.kind == KindModule }

// IsCallable reports whether o can be called (callable(o)).
func IsCallable(o *Object) bool {
	switch o.kind {
	case KindFunction, KindBuiltin, KindMethod, KindType:
		return true
	}
	return o.typ.Call != nil
}

// Callable is callable(o): unlike IsCallable, it looks for __call__ on
// the class of an instance.
func (t *Thread) Callable(o *Object) bool { return isCallable(t, o) }

// IsInstance reports whether o's type is tp or a subtype of it (the
// type-only part of isinstance: no __instancecheck__).
func IsInstance(o *Object, tp *Type) bool { return o.typ == tp || o.typ.IsSubtype(tp) }

// BigValue returns an int's value as a big.Int the caller may mutate.
// o must be an int (IsInt).
func BigValue(o *Object) *big.Int { return bigOf(o) }

// FloatValue returns a float's value; ok is false when o is not a float.
func FloatValue(o *Object) (float64, bool) {
	if o.kind != KindFloat {
		return 0, false
	}
	return asFloat(o).V, true
}

// StrValue returns a str's text (UTF-8); ok is false when o is not a str.
func StrValue(o *Object) (string, bool) {
	if o.kind != KindStr {
		return "", false
	}
	return asStr(o).S, true
}

// AsTuple returns o as a tuple (its Items are borrowed; a tuple is
// immutable once built).
func AsTuple(o *Object) (*Tuple, bool) {
	if o.kind != KindTuple {
		return nil, false
	}
	return asTuple(o), true
}

// AsList returns o as a list. Its Items may change under other threads:
// read them with SeqItems, or with the list locked.
func AsList(o *Object) (*List, bool) {
	if o.kind != KindList {
		return nil, false
	}
	return asList(o), true
}

// AsDict returns o as a dict (use its methods: Get, Set, Items, ...).
func AsDict(o *Object) (*Dict, bool) {
	if o.kind != KindDict {
		return nil, false
	}
	return asDict(o), true
}

// AsSet returns o as a set or frozenset (use its methods).
func AsSet(o *Object) (*Set, bool) {
	if !IsAnySet(o) {
		return nil, false
	}
	return asSet(o), true
}

// AsType returns o as a type.
func AsType(o *Object) (*Type, bool) {
	if o.kind != KindType {
		return nil, false
	}
	return asType(o), true
}

// AsModule returns o as a module.
func AsModule(o *Object) (*Module, bool) {
	if o.kind != KindModule {
		return nil, false
	}
	return asModule(o), true
}

// Lock locks the list's contents against other threads (under strategies
// that lock containers; a no-op under a GIL). It is re-entrant.
func (l *List) Lock(t *Thread) { l.lk.lock(t) }

// Unlock releases Lock.
func (l *List) Unlock(t *Thread) { l.lk.unlock(t) }

// SeqItems returns new references to the items of a list or tuple, as a
// snapshot (release them with DecrefAll); ok is false for other objects.
func (t *Thread) SeqItems(o *Object) (items []*Object, ok bool) {
	if o.kind != KindList && o.kind != KindTuple {
		return nil, false
	}
	return t.seqSnapshot(o), true
}

// SetItems returns new references to the items of a set or frozenset, as a
// snapshot (release them with DecrefAll).
func (s *Set) SetItems(t *Thread) []*Object {
	snap := s.snapshot(t)
	out := make([]*Object, 0, snap.used)
	snap.each(func(key *Object, _ int64) bool {
		out = append(out, key) // the snapshot's reference becomes the caller's
		return true
	})
	return out
}

// ---- conversions (they raise CPython's errors) ----

// Index is operator.index(o): an int (a new reference), through __index__
// for other objects; TypeError "'x' object cannot be interpreted as an
// integer" otherwise.
func (t *Thread) Index(o *Object) *Object { return t.indexObject(o) }

// AsInt64 converts an integer (through __index__) to int64, with the
// errors of Argument Clinic's Py_ssize_t converter (OverflowError "Python
// int too large to convert to C ssize_t").
func (t *Thread) AsInt64(o *Object) (int64, bool) { return t.index64(o) }

// AsCLong is AsInt64 with PyLong_AsLong's overflow message.
func (t *Thread) AsCLong(o *Object) (int64, bool) {
	return t.indexRange(o, math.MinInt64, math.MaxInt64, "Python int too large to convert to C long")
}

// AsCInt converts an integer (through __index__) to a C int's range, as
// Argument Clinic's int converter does (OverflowError "Python int too large
// to convert to C int").
func (t *Thread) AsCInt(o *Object) (int, bool) {
	v, ok := t.indexRange(o, math.MinInt32, math.MaxInt32, "Python int too large to convert to C int")
	return int(v), ok
}

func (t *Thread) indexRange(o *Object, lo, hi int64, msg string) (int64, bool) {
	r := t.indexObject(o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	v, fits := IntValue(r)
	if !fits || v < lo || v > hi {
		t.RaiseMsg(&OverflowErrorType, "%s", msg)
		return 0, false
	}
	return v, true
}

// AsBigInt converts an integer (through __index__) to a big.Int the caller
// may mutate.
func (t *Thread) AsBigInt(o *Object) (*big.Int, bool) {
	r := t.indexObject(o)
	if r == nil {
		return nil, false
	}
	v := new(big.Int).Set(bigOf(r))
	t.Decref(r)
	return v, true
}

// AsFloat converts a real number to float64 as PyFloat_AsDouble does
// (floats, ints, __float__, __index__; "must be real number, not x").
func (t *Thread) AsFloat(o *Object) (float64, bool) { return t.floatOf(o) }

// ---- constructors that take over references ----

// NewUint64 returns an int for an unsigned value.
func (t *Thread) NewUint64(v uint64) *Object {
	if v <= math.MaxInt64 {
		return t.NewInt(int64(v))
	}
	return t.NewBigInt(new(big.Int).SetUint64(v))
}

// TupleOwned returns a tuple of items, taking over the caller's reference
// to each (PyTuple_Pack without the increments). If any item is nil (a
// failed constructor), the others are released and nil is returned, so
// that t.TupleOwned(t.NewInt(a), t.NewStr(b)) needs no checks in between.
func (t *Thread) TupleOwned(items ...*Object) *Object {
	for _, it := range items {
		if it == nil {
			t.releaseAll(items)
			return nil
		}
	}
	p := t.NewTuple(len(items))
	copy(p.Items, items)
	return &p.Object
}

// ListOwned returns a list of items, taking over the caller's references
// (nil items: as TupleOwned).
func (t *Thread) ListOwned(items ...*Object) *Object {
	for _, it := range items {
		if it == nil {
			t.releaseAll(items)
			return nil
		}
	}
	l := t.NewList(len(items))
	l.Items = append(l.Items, items...)
	return &l.Object
}

// ---- attributes ----

// GetAttrString returns o.name.
func (t *Thread) GetAttrString(o *Object, name string) *Object { return t.GetAttr(o, Intern(name)) }

// SetAttrString performs o.name = v (del o.name when v is nil).
func (t *Thread) SetAttrString(o *Object, name string, v *Object) bool {
	return t.SetAttr(o, Intern(name), v)
}

// LookupAttr returns o.name, or nil without an exception when o has no
// such attribute (CPython's _PyObject_LookupAttr); ok is false when
// another error was raised.
func (t *Thread) LookupAttr(o *Object, name string) (v *Object, ok bool) {
	v = t.GetAttr(o, Intern(name))
	if v == nil {
		if t.ExcMatches(&AttributeErrorType) {
			t.ClearExc()
			return nil, true
		}
		return nil, false
	}
	return v, true
}

// HasAttr is hasattr(o, name).
func (t *Thread) HasAttr(o *Object, name string) (has, ok bool) {
	v, ok := t.LookupAttr(o, name)
	t.XDecref(v)
	return v != nil, ok
}

// ---- references ----

// XIncref increments o's count unless o is nil.
func (t *Thread) XIncref(o *Object) {
	if o != nil {
		t.Incref(o)
	}
}

// XNewRef returns a new reference to o, or nil for nil.
func (t *Thread) XNewRef(o *Object) *Object {
	if o == nil {
		return nil
	}
	return t.NewRef(o)
}

// Replace stores v in *p (taking over the caller's reference to v, which
// may be nil) and drops the reference *p held: CPython's Py_XSETREF. The old
// value is released after the store, so that its destructor never sees the
// field pointing at a dead object.
func (t *Thread) Replace(p **Object, v *Object) {
	old := *p
	*p = v
	t.XDecref(old)
}

// DecrefAll drops one reference to each non-nil object.
func (t *Thread) DecrefAll(objs []*Object) { t.releaseAll(objs) }

// CallSpecial calls the special method name (__float__, __index__,
// __trunc__, ...) that o's class defines, as CPython's
// _PyObject_LookupSpecial and a call do; found is false when the class
// defines none.
func (t *Thread) CallSpecial(o *Object, name string) (r *Object, found bool) {
	return t.callNumberDunder(o, name)
}

// NewIntFromFloat returns int(f) for a finite f, truncating toward zero
// (the caller rejects infinities and NaN with CPython's errors).
func (t *Thread) NewIntFromFloat(f float64) *Object { return t.floatToIntObject(f) }
