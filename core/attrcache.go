package core

import "sync/atomic"

// Instance attribute access with a position hint per name and code object,
// after CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE
// specialisations. CPython shares one key layout between the instances of a
// class; rcvm's instance dicts are ordinary insertion-ordered dicts, and
// instances built by the same __init__ put their attributes at the same
// entry positions, so remembering the position where a name was last found
// lets the next access check one entry instead of hashing and probing. The
// hint is only a guess: the entry's key is compared before it is used.

// attrHints holds, per name of a code object, the dict entry where that
// attribute was last found.
type attrHints []atomic.Uint32

// loadInstanceAttr is LOAD_ATTR on an instance of a program-defined class:
// a new reference, or nil with an exception raised.
func (t *Thread) loadInstanceAttr(o *Object, name *Str, hint *atomic.Uint32) *Object {
	cv := t.lookupType(o.typ, name)
	if (cv == nil || (cv.typ != &PropertyType && !cv.typ.Heap)) && name != dunderClass {
		if d := asInstance(o).Dict; d != nil {
			if v := d.getStrHinted(t, name, hint); v != nil {
				return v
			}
		}
		if cv != nil {
			return t.bindAttr(cv, o)
		}
	}
	return instanceGetAttr(t, o, name)
}

// storeInstanceAttr is STORE_ATTR on an instance of a program-defined class.
func (t *Thread) storeInstanceAttr(o *Object, name *Str, v *Object, hint *atomic.Uint32) bool {
	if d := asInstance(o).Dict; d != nil && !o.typ.IsException {
		if cv := t.lookupType(o.typ, name); cv == nil || (cv.typ != &PropertyType && !cv.typ.Heap) {
			if d.replaceStrHinted(t, name, v, hint) {
				return true
			}
		}
	}
	return instanceSetAttr(t, o, name, v)
}

// getStrHinted is GetStr that first tries the entry the hint names.
func (d *Dict) getStrHinted(t *Thread, name *Str, hint *atomic.Uint32) *Object {
	d.lk.lock(t)
	var v *Object
	if i := int(hint.Load()); i < len(d.entries) && d.entries[i].key == &name.Object {
		v = d.entries[i].value
	} else if pos := d.strPos(name); pos >= 0 {
		v = d.entries[pos].value
		hint.Store(uint32(pos))
	}
	if v != nil {
		t.Incref(v)
	}
	d.lk.unlock(t)
	return v
}

// replaceStrHinted replaces the value of an existing str key at the
// hinted entry, reporting false (and doing nothing) when the key is not
// there, so that the caller takes the general path.
func (d *Dict) replaceStrHinted(t *Thread, name *Str, v *Object, hint *atomic.Uint32) bool {
	d.lk.lock(t)
	i := int(hint.Load())
	if i >= len(d.entries) || d.entries[i].key != &name.Object {
		pos := d.strPos(name)
		if pos < 0 {
			d.lk.unlock(t)
			return false
		}
		i = pos
		hint.Store(uint32(pos))
	}
	t.Incref(v)
	old := d.entries[i].value
	d.entries[i].value = v
	d.changed()
	d.lk.unlock(t)
	d.dropValue(t, old)
	return true
}
