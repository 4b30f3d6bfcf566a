package core

import (
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The dict type's slots and methods (CPython's Objects/dictobject.c). The
// table itself is in dict.go; views are in dict_views.go.

func init() {
	DictType.Dealloc = deallocDict
	DictType.Repr = dictRepr
	DictType.Len = func(t *Thread, o *Object) (int, bool) { return asDict(o).length(t), true }
	DictType.GetItem = dictGetItem
	DictType.SetItem = dictSetItem
	DictType.Contains = func(t *Thread, o, key *Object) (bool, bool) { return asDict(o).Contains(t, key) }
	DictType.Iter = func(t *Thread, o *Object) *Object { return t.newDictIter(&DictKeyIterType, asDict(o)) }
	DictType.Compare = dictCompare
	DictType.Binary[bc.Or] = dictOr
	DictType.Inplace[bc.Or] = dictInplaceOr
	DictType.New = dictNew
	DictType.Hash = hashUnhashable
	DictType.SetAttr = readOnlySetAttr

	DictType.def("keys", dictViewMethod("keys", &DictKeysType))
	DictType.def("values", dictViewMethod("values", &DictValuesType))
	DictType.def("items", dictViewMethod("items", &DictItemsType))
	DictType.def("get", dictGet)
	DictType.def("setdefault", dictSetDefault)
	DictType.def("pop", dictPop)
	DictType.def("popitem", dictPopItem)
	DictType.def("update", dictUpdateMethod)
	DictType.def("copy", dictCopyMethod)
	DictType.def("clear", dictClearMethod)
	DictType.defClass("fromkeys", dictFromKeys)
}

// length returns the number of items under the dict's lock (Len reads it
// without).
func (d *Dict) length(t *Thread) int {
	d.lk.lock(t)
	n := d.used
	d.lk.unlock(t)
	return n
}

// Contains reports whether key is in the dict.
func (d *Dict) Contains(t *Thread, key *Object) (bool, bool) {
	hash, ok := t.hashOf(key)
	if !ok {
		return false, false
	}
	return d.containsHashed(t, key, hash)
}

// raiseKeyError raises KeyError(key): the key itself is the exception's
// argument, so str(e) is repr(key).
func (t *Thread) raiseKeyError(key *Object) *Object {
	t.Raise(t.NewException(&KeyErrorType, key))
	return nil
}

func dictRepr(t *Thread, o *Object) *Object {
	keys, values := asDict(o).Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	if !scalarsOnly(values) || !scalarsOnly(keys) {
		if !t.reprEnter(o) {
			return t.NewStr("{...}")
		}
		defer t.reprLeave(o)
	}
	b := make([]byte, 0, 2+8*len(keys))
	b = append(b, '{')
	for i := range keys {
		if i > 0 {
			b = append(b, ", "...)
		}
		var ok bool
		if b, ok = t.reprItems(b, keys[i:i+1]); !ok {
			return nil
		}
		b = append(b, ": "...)
		if b, ok = t.reprItems(b, values[i:i+1]); !ok {
			return nil
		}
	}
	b = append(b, '}')
	return t.NewStr(string(b))
}

func dictGetItem(t *Thread, o, key *Object) *Object {
	v, ok := asDict(o).Get(t, key)
	if v != nil || !ok {
		return v
	}
	if o.typ != &DictType {
		if m := t.lookupType(o.typ, dunderMissing); m != nil {
			return t.Call(m, []*Object{o, key}, nil)
		}
	}
	return t.raiseKeyError(key)
}

func dictSetItem(t *Thread, o, key, value *Object) bool {
	d := asDict(o)
	if value != nil {
		return d.Set(t, key, value)
	}
	found, ok := d.Delete(t, key)
	if ok && !found {
		t.raiseKeyError(key)
		return false
	}
	return ok
}

// dictEqual reports whether two dicts hold equal keys with equal values.
func (t *Thread) dictEqual(a, b *Dict) (bool, bool) {
	if a.length(t) != b.length(t) {
		return false, true
	}
	keys, values := a.Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, k := range keys {
		w, ok := b.Get(t, k)
		if !ok {
			return false, false
		}
		if w == nil {
			return false, true
		}
		eq, ok := t.RichEq(values[i], w)
		t.Decref(w)
		if !ok || !eq {
			return false, ok
		}
	}
	return true, true
}

func dictCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if a.kind != KindDict || b.kind != KindDict || (op != bc.Eq && op != bc.Ne) {
		return NotImplemented
	}
	eq, ok := t.dictEqual(asDict(a), asDict(b))
	if !ok {
		return nil
	}
	return Bool(eq == (op == bc.Eq))
}

// mergeDict copies src's items into d in src's order (PyDict_Merge).
func (d *Dict) mergeDict(t *Thread, src *Dict) bool {
	d2 := src
	d2.lk.lock(t)
	entries := make([]dictEntry, 0, d2.used)
	for _, e := range d2.entries {
		if e.key != nil {
			t.Incref(e.key)
			t.Incref(e.value)
			entries = append(entries, e)
		}
	}
	d2.lk.unlock(t)
	ok := true
	for _, e := range entries {
		if ok && !d.SetHashed(t, e.key, e.hash, e.value) {
			ok = false
		}
		t.Decref(e.key)
		t.Decref(e.value)
	}
	return ok
}

// update adds the items of arg (a dict, a mapping with keys(), or an
// iterable of pairs) to d (dict_update_arg).
func (d *Dict) update(t *Thread, arg *Object) bool {
	if arg.kind == KindDict && (arg.typ == &DictType || !t.overrides(arg.typ, dunderIter)) {
		// dict_merge copies a dict (or an instance of a subclass that
		// keeps dict's __iter__) directly, ignoring an overridden keys()
		// or __getitem__, as CPython 3.11 does.
		return d.mergeDict(t, asDict(arg))
	}
	if t.lookupType(arg.typ, Intern("keys")) != nil {
		return d.mergeMapping(t, arg)
	}
	return d.mergePairs(t, arg)
}

// mergeMapping adds m[k] for each k in m.keys().
func (d *Dict) mergeMapping(t *Thread, m *Object) bool {
	keys := t.CallMethod(m, "keys")
	if keys == nil {
		return false
	}
	defer t.Decref(keys)
	return t.Iterate(keys, func(k *Object) bool {
		v := t.GetItem(m, k)
		if v == nil {
			return false
		}
		ok := d.Set(t, k, v)
		t.Decref(v)
		return ok
	})
}

// mergePairs adds the key/value pairs of an iterable
// (PyDict_MergeFromSeq2).
func (d *Dict) mergePairs(t *Thread, seq *Object) bool {
	i := 0
	return t.Iterate(seq, func(item *Object) bool {
		if item.typ.Iter == nil {
			t.RaiseMsg(&TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			return false
		}
		pair, ok := t.Collect(item)
		if !ok {
			return false
		}
		defer t.releaseAll(pair)
		if len(pair) != 2 {
			t.RaiseMsg(&ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
			return false
		}
		i++
		return d.Set(t, pair[0], pair[1])
	})
}

// updateKw adds keyword arguments (their values are the last len(kwnames)
// items of args).
func (d *Dict) updateKw(t *Thread, args []*Object, kwnames []*Str) {
	vals := args[len(args)-len(kwnames):]
	for i, k := range kwnames {
		d.SetStr(t, k, vals[i])
	}
}

func dictOr(t *Thread, a, b *Object) *Object {
	if a.kind != KindDict || b.kind != KindDict {
		return NotImplemented
	}
	r := t.NewDict()
	if !r.mergeDict(t, asDict(a)) || !r.mergeDict(t, asDict(b)) {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}

func dictInplaceOr(t *Thread, a, b *Object) *Object {
	if !asDict(a).update(t, b) {
		return nil
	}
	return t.NewRef(a)
}

// dictNew is dict(), dict(mapping), dict(iterable), dict(**kwargs).
func dictNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&DictType, cls, args, kwnames); ok {
		return o
	}
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return t.RaiseMsg(&TypeErrorType, "dict expected at most 1 argument, got %d", npos)
	}
	d := t.NewDict()
	if npos == 1 && !d.update(t, args[0]) {
		t.Decref(&d.Object)
		return nil
	}
	d.updateKw(t, args, kwnames)
	return &d.Object
}

func dictGet(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("get", args[1:], kwnames, 1, 2) {
		return nil
	}
	v, ok := asDict(args[0]).Get(t, args[1])
	if v != nil || !ok {
		return v
	}
	if len(args) > 2 {
		return t.NewRef(args[2])
	}
	return None
}

func dictSetDefault(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("setdefault", args[1:], kwnames, 1, 2) {
		return nil
	}
	d, key := asDict(args[0]), args[1]
	dflt := None
	if len(args) > 2 {
		dflt = args[2]
	}
	hash, ok := t.hashOf(key)
	if !ok {
		return nil
	}
	t.Incref(dflt)
	d.lk.lock(t)
	pos, _, ok := d.lookup(t, key, hash)
	if ok && pos >= 0 {
		v := d.entries[pos].value
		t.Incref(v)
		d.lk.unlock(t)
		t.Decref(dflt)
		return v
	}
	d.lk.unlock(t)
	if !ok || !d.SetHashed(t, key, hash, dflt) {
		t.Decref(dflt)
		return nil
	}
	return dflt
}

// popKey removes key and returns its value (the dict's reference passes to
// the caller), or nil when absent.
func (d *Dict) popKey(t *Thread, key *Object) (*Object, bool) {
	hash, ok := t.hashOf(key)
	if !ok {
		return nil, false
	}
	d.lk.lock(t)
	pos, slot, ok := d.lookup(t, key, hash)
	if !ok || pos < 0 {
		d.lk.unlock(t)
		return nil, ok
	}
	e := &d.entries[pos]
	k, v := e.key, e.value
	e.key, e.value = nil, nil
	d.index[slot] = dictDummy
	d.used--
	d.changed()
	d.lk.unlock(t)
	t.Decref(k)
	d.handOver(t, v)
	return v, true
}

func dictPop(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("pop", args[1:], kwnames, 1, 2) {
		return nil
	}
	v, ok := asDict(args[0]).popKey(t, args[1])
	if v != nil || !ok {
		return v
	}
	if len(args) > 2 {
		return t.NewRef(args[2])
	}
	return t.raiseKeyError(args[1])
}

// dictPopItem removes and returns the last inserted item (LIFO).
func dictPopItem(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("dict.popitem", args, kwnames) {
		return nil
	}
	d := asDict(args[0])
	d.lk.lock(t)
	pos := len(d.entries) - 1
	for pos >= 0 && d.entries[pos].key == nil {
		pos--
	}
	if pos < 0 {
		d.lk.unlock(t)
		return t.RaiseMsg(&KeyErrorType, "popitem(): dictionary is empty")
	}
	e := d.entries[pos]
	mask := uint64(len(d.index) - 1)
	perturb := uint64(e.hash)
	i := uint64(e.hash) & mask
	for d.index[i] != int32(pos) {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = dictDummy
	clear(d.entries[pos:])
	// Later insertions reuse the freed positions, as CPython's popitem
	// shrinks dk_nentries.
	d.entries = d.entries[:pos]
	d.used--
	d.changed()
	d.lk.unlock(t)
	d.handOver(t, e.value)
	r := t.NewTuple(2)
	r.Items[0], r.Items[1] = e.key, e.value
	return &r.Object
}

func dictUpdateMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - 1 - len(kwnames)
	if npos > 1 {
		return t.RaiseMsg(&TypeErrorType, "update expected at most 1 argument, got %d", npos)
	}
	d := asDict(args[0])
	if npos == 1 && !d.update(t, args[1]) {
		return nil
	}
	d.updateKw(t, args, kwnames)
	return None
}

func dictCopyMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("dict.copy", args, kwnames) {
		return nil
	}
	r := t.NewDict()
	r.mergeDict(t, asDict(args[0]))
	return &r.Object
}

func dictClearMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("dict.clear", args, kwnames) {
		return nil
	}
	asDict(args[0]).Clear(t)
	return None
}

// dictFromKeys is the class method dict.fromkeys(iterable, value=None).
func dictFromKeys(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("fromkeys", args[1:], kwnames, 1, 2) {
		return nil
	}
	value := None
	if len(args) > 2 {
		value = args[2]
	}
	var d *Object
	if cls := args[0]; cls == &DictType.Object {
		d = &t.NewDict().Object
	} else if d = t.Call(cls, nil, nil); d == nil {
		return nil
	}
	if !t.Iterate(args[1], func(k *Object) bool { return t.SetItem(d, k, value) }) {
		t.Decref(d)
		return nil
	}
	return d
}
