package core

// Dict operations with a hash the caller computed once (CPython's
// _PyDict_GetItem_KnownHash, _PyDict_Pop_KnownHash): functools' lru_cache
// and collections' _count_elements hash a key once and look it up several
// times, so that a key's __hash__ runs once per call as in CPython.

// GetHashed returns a new reference to d[key], or nil when key is absent
// (ok true) or comparing keys raised (ok false). hash is key's hash.
func (d *Dict) GetHashed(t *Thread, key *Object, hash int64) (v *Object, ok bool) {
	d.lk.lock(t)
	pos, _, ok := d.lookup(t, key, hash)
	if ok && pos >= 0 {
		v = d.entries[pos].value
		t.Incref(v)
	}
	d.lk.unlock(t)
	return v, ok
}

// PopHashed removes key (whose hash is hash) and returns a new reference
// to its value; v is nil when key was absent (ok true) or comparing keys
// raised (ok false).
func (d *Dict) PopHashed(t *Thread, key *Object, hash int64) (v *Object, ok bool) {
	d.lk.lock(t)
	pos, slot, ok := d.lookup(t, key, hash)
	if !ok || pos < 0 {
		d.lk.unlock(t)
		return nil, ok
	}
	e := &d.entries[pos]
	k := e.key
	v = e.value
	e.key, e.value = nil, nil
	d.index[slot] = dictDummy
	d.used--
	d.changed()
	d.lk.unlock(t)
	t.Decref(k)
	// The dict's reference becomes the caller's; a watched namespace defers
	// its drop (dropValue), so take a fresh one for the caller instead.
	t.Incref(v)
	d.dropValue(t, v)
	return v, true
}

// LockedLen returns the number of items, read under the dict's lock (Len
// reads it without: a dict other threads change needs this one).
func (d *Dict) LockedLen(t *Thread) int {
	d.lk.lock(t)
	n := d.used
	d.lk.unlock(t)
	return n
}
