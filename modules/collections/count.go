package collections

import (
	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

var (
	nameGet     = core.Intern("get")
	nameSetitem = core.Intern("__setitem__")
)

// countElements is _count_elements(mapping, iterable, /), Counter's
// update loop: mapping[k] = mapping.get(k, 0) + 1 for each k. A dict whose
// type keeps dict's get and __setitem__ takes the fast path, which hashes
// each key once, as CPython's does.
func countElements(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("_collections._count_elements", kwnames) || !t.ArgsRange("_count_elements", args, nil, 2, 2) {
		return nil
	}
	mapping := args[0]
	it := t.GetIter(args[1])
	if it == nil {
		return nil
	}
	defer t.Decref(it)
	one := t.NewInt(1)
	defer t.Decref(one)
	tp := mapping.Type()
	d, isDict := core.AsDict(mapping)
	if isDict && tp.Lookup(t, nameGet) == core.DictType.Lookup(t, nameGet) &&
		tp.Lookup(t, nameSetitem) == core.DictType.Lookup(t, nameSetitem) {
		return countFast(t, d, it, one)
	}
	get := t.GetAttr(mapping, nameGet)
	if get == nil {
		return nil
	}
	defer t.Decref(get)
	zero := t.NewInt(0)
	defer t.Decref(zero)
	for {
		key := t.Next(it)
		if key == nil {
			break
		}
		old := t.Call(get, []*core.Object{key, zero}, nil)
		if old == nil {
			t.Decref(key)
			return nil
		}
		nv := t.BinaryOp(old, one, bc.Add)
		t.Decref(old)
		if nv == nil {
			t.Decref(key)
			return nil
		}
		ok := t.SetItem(mapping, key, nv)
		t.Decref(nv)
		t.Decref(key)
		if !ok {
			return nil
		}
	}
	if t.Failed() {
		return nil
	}
	return t.NewRef(core.None)
}

func countFast(t *core.Thread, d *core.Dict, it, one *core.Object) *core.Object {
	for {
		key := t.Next(it)
		if key == nil {
			break
		}
		ok := countOne(t, d, key, one)
		t.Decref(key)
		if !ok {
			return nil
		}
	}
	if t.Failed() {
		return nil
	}
	return t.NewRef(core.None)
}

// countOne adds one to d[key] (1 when absent), hashing key once.
func countOne(t *core.Thread, d *core.Dict, key, one *core.Object) bool {
	hash, ok := t.Hash(key)
	if !ok {
		return false
	}
	old, ok := d.GetHashed(t, key, hash)
	if !ok {
		return false
	}
	if old == nil {
		return d.SetHashed(t, key, hash, one)
	}
	nv := t.BinaryOp(old, one, bc.Add)
	t.Decref(old)
	if nv == nil {
		return false
	}
	ok = d.SetHashed(t, key, hash, nv)
	t.Decref(nv)
	return ok
}
