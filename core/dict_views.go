package core

import (
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// Dict views: d.keys(), d.values(), d.items() — live windows on a dict.
// Keys and items views are set-like: they compare with sets and support
// &, |, -, ^ (returning sets), as CPython's do.

// DictView is a dict_keys, dict_values or dict_items object.
type DictView struct {
	Object
	d *Dict
}

// The view types.
var (
	DictKeysType   = Type{Name: "dict_keys", InstanceKind: KindOther}
	DictValuesType = Type{Name: "dict_values", InstanceKind: KindOther}
	DictItemsType  = Type{Name: "dict_items", InstanceKind: KindOther}
)

func asDictView(o *Object) *DictView { return (*DictView)(ptrOf(o)) }

func init() {
	for _, tp := range []*Type{&DictKeysType, &DictValuesType, &DictItemsType} {
		registerType(tp)
		tp.Dealloc = deallocDictView
		tp.Repr = dictViewRepr
		tp.Len = func(t *Thread, o *Object) (int, bool) { return asDictView(o).d.length(t), true }
		tp.Iter = dictViewIter
		tp.Contains = dictViewContains
		tp.SetAttr = readOnlySetAttr
	}
	DictValuesType.Hash = hashUnhashable
	for _, tp := range []*Type{&DictKeysType, &DictItemsType} {
		tp.Hash = hashUnhashable
		tp.Compare = dictViewCompare
		tp.Binary[bc.Or] = dictViewSetOp(func(t *Thread, s *Set, o *Object) bool { return s.update(t, o) })
		tp.Binary[bc.Sub] = dictViewSetOp((*Thread).setDifferenceUpdateArg)
		tp.Binary[bc.Xor] = dictViewSetOp((*Thread).setSymmetricDifferenceUpdate)
		tp.Binary[bc.And] = dictViewAnd
		tp.def("isdisjoint", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.oneArg(args[0].typ.Name+".isdisjoint", args, kwnames) {
				return nil
			}
			disjoint := true
			ok := t.Iterate(args[1], func(x *Object) bool {
				found, ok := dictViewContains(t, args[0], x)
				disjoint = !found
				return ok && !found
			})
			if !ok {
				return nil
			}
			return Bool(disjoint)
		})
	}
}

// dictViewMethod makes keys(), values() and items().
func dictViewMethod(name string, tp *Type) BuiltinFunc {
	qual := "dict." + name
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.noArgs(qual, args, kwnames) {
			return nil
		}
		v := &DictView{d: asDict(args[0])}
		t.Incref(args[0])
		t.initObject(&v.Object, KindOther, tp)
		return &v.Object
	}
}

func deallocDictView(t *Thread, o *Object) {
	v := asDictView(o)
	d := v.d
	v.d = nil
	t.Decref(&d.Object)
	t.recycle(o)
}

func dictViewIter(t *Thread, o *Object) *Object {
	tp := &DictKeyIterType
	switch o.typ {
	case &DictValuesType:
		tp = &DictValueIterType
	case &DictItemsType:
		tp = &DictItemIterType
	}
	return t.newDictIter(tp, asDictView(o).d)
}

func dictViewReversed(t *Thread, o *Object) *Object {
	tp := &DictRevKeyIterType
	switch o.typ {
	case &DictValuesType:
		tp = &DictRevValueIterType
	case &DictItemsType:
		tp = &DictRevItemIterType
	}
	return t.newDictIter(tp, asDictView(o).d)
}

// dictViewRepr is "dict_keys([...])": the view's name around the repr of
// a list of its items.
func dictViewRepr(t *Thread, o *Object) *Object {
	if !t.reprEnter(o) {
		return t.NewStr("...")
	}
	defer t.reprLeave(o)
	items, ok := t.Collect(o)
	if !ok {
		return nil
	}
	defer t.releaseAll(items)
	b := append([]byte(o.typ.Name), "(["...)
	if b, ok = t.reprItems(b, items); !ok {
		return nil
	}
	return t.NewStr(string(append(b, "])"...)))
}

func dictViewContains(t *Thread, o, x *Object) (bool, bool) {
	d := asDictView(o).d
	switch o.typ {
	case &DictKeysType:
		return d.Contains(t, x)
	case &DictItemsType:
		if x.kind != KindTuple || len(asTuple(x).Items) != 2 {
			return false, true
		}
		pair := asTuple(x).Items
		v, ok := d.Get(t, pair[0])
		if v == nil {
			return false, ok
		}
		eq, ok := t.RichEq(v, pair[1])
		t.Decref(v)
		return eq, ok
	}
	keys, values := d.Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for _, v := range values {
		eq, ok := t.RichEq(v, x)
		if !ok || eq {
			return eq, ok
		}
	}
	return false, true
}

// isSetLike reports whether o takes part in view comparisons and algebra.
func isSetLike(o *Object) bool {
	return isAnySet(o) || o.typ == &DictKeysType || o.typ == &DictItemsType
}

// allContainedIn reports whether every item of a is in b.
func (t *Thread) allContainedIn(a, b *Object) (bool, bool) {
	all := true
	ok := t.Iterate(a, func(x *Object) bool {
		found, ok := t.Contains(b, x)
		all = found
		return ok && found
	})
	return all, ok
}

// dictViewCompare compares a keys or items view with a set-like object as
// sets compare (dictview_richcompare).
func dictViewCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if !isSetLike(a) || !isSetLike(b) {
		return NotImplemented
	}
	la, ok := t.Len(a)
	if !ok {
		return nil
	}
	lb, ok := t.Len(b)
	if !ok {
		return nil
	}
	var r bool
	switch op {
	case bc.Eq, bc.Ne:
		r = la == lb
		if r {
			if r, ok = t.allContainedIn(a, b); !ok {
				return nil
			}
		}
		if op == bc.Ne {
			r = !r
		}
		return Bool(r)
	case bc.Lt:
		r = la < lb
	case bc.Le:
		r = la <= lb
	case bc.Gt:
		r = la > lb
	case bc.Ge:
		r = la >= lb
	}
	if !r {
		return False
	}
	if op == bc.Lt || op == bc.Le {
		r, ok = t.allContainedIn(a, b)
	} else {
		r, ok = t.allContainedIn(b, a)
	}
	if !ok {
		return nil
	}
	return Bool(r)
}

// viewToSet returns a new set of a view's (or any iterable's) items
// (dictviews_to_set).
func (t *Thread) viewToSet(o *Object) *Set {
	if o.typ == &DictKeysType {
		return t.newSetFrom(&SetType, &asDictView(o).d.Object)
	}
	return t.newSetFrom(&SetType, o)
}

// dictViewSetOp makes |, - and ^ of views: set(left) updated in place by
// the right operand.
func dictViewSetOp(op func(t *Thread, s *Set, o *Object) bool) func(t *Thread, a, b *Object) *Object {
	return func(t *Thread, a, b *Object) *Object {
		if a.typ.Iter == nil || b.typ.Iter == nil {
			return NotImplemented
		}
		s := t.viewToSet(a)
		if s == nil {
			return nil
		}
		if !op(t, s, b) {
			t.Decref(&s.Object)
			return nil
		}
		return &s.Object
	}
}

// dictViewAnd is view & other (_PyDictView_Intersect): the other operand
// is walked and each of its items looked up in the view.
func dictViewAnd(t *Thread, a, b *Object) *Object {
	if a.typ.Iter == nil || b.typ.Iter == nil {
		return NotImplemented
	}
	self, other := a, b
	if self.typ != &DictKeysType && self.typ != &DictItemsType {
		self, other = other, self
	}
	n, ok := t.Len(self)
	if !ok {
		return nil
	}
	if other.typ == &SetType && n <= asSet(other).length(t) {
		return t.setIntersection(other, self)
	}
	if other.typ == &DictKeysType || other.typ == &DictItemsType {
		if m, _ := t.Len(other); m > n {
			self, other = other, self
		}
	}
	r := t.NewSet()
	if !t.Iterate(other, func(x *Object) bool {
		found, ok := dictViewContains(t, self, x)
		return ok && (!found || r.Add(t, x))
	}) {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}
