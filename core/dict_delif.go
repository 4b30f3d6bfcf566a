package core

// DeleteIf removes key when pred accepts its value, in one step under the
// dict's lock (CPython's _PyDict_DelItemIf, which _weakref's
// _remove_dead_weakref uses). pred runs under the lock: it must not run
// Python code; it reports (remove, ok), and ok false means it raised.
// found is false when key is absent or pred declined.
func (d *Dict) DeleteIf(t *Thread, key *Object, pred func(v *Object) (remove, ok bool)) (found, ok bool) {
	hash, ok := t.Hash(key)
	if !ok {
		return false, false
	}
	d.lk.lock(t)
	pos, slot, ok := d.lookup(t, key, hash)
	if !ok || pos < 0 {
		d.lk.unlock(t)
		return false, ok
	}
	e := &d.entries[pos]
	remove, ok := pred(e.value)
	if !ok || !remove {
		d.lk.unlock(t)
		return false, ok
	}
	k, v := e.key, e.value
	e.key, e.value = nil, nil
	d.index[slot] = dictDummy
	d.used--
	d.changed()
	d.lk.unlock(t)
	t.Decref(k)
	d.dropValue(t, v)
	return true, true
}
