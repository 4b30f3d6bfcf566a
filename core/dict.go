package core

import "sync/atomic"

// Dict is a Python dict: CPython's compact, insertion-ordered layout — a
// dense array of entries in insertion order and a sparse open-addressing
// index into it, probed with CPython's perturbation scheme.
type Dict struct {
	Object
	lk containerLock
	// watch marks a namespace whose changes the lookup caches must see: a
	// module's globals or the builtins (watchNamespace), a type's
	// attributes (watchType).
	watch dictWatch
	// version changes whenever a watched dict does (LOAD_GLOBAL's cache,
	// globalcache.go, checks it).
	version atomic.Uint64
	entries []dictEntry
	// index maps hash slots to entry positions: dictEmpty, dictDummy, or an
	// index into entries.
	index []int32
	used  int // live entries
}

type dictEntry struct {
	hash  int64
	key   *Object // nil: deleted
	value *Object
}

// dictWatch says which caches depend on a dict.
type dictWatch uint8

const (
	watchNone dictWatch = iota
	watchNamespace
	watchType
)

// changed records a change to a watched dict: its version moves on, and a
// type's namespace invalidates the type attribute caches.
func (d *Dict) changed() {
	if d.watch != watchNone {
		d.version.Add(1)
		if d.watch == watchType {
			typeModified()
		}
	}
}

// handOver gives the caller the dict's reference to a value just removed.
// A watched namespace's readers may still hold it borrowed, so the caller
// gets a reference of its own and the namespace's is dropped later.
func (d *Dict) handOver(t *Thread, v *Object) {
	if d.watch != watchNone {
		t.Incref(v)
		t.deferDecref(v)
	}
}

// dropValue drops the dict's reference to a value it no longer holds.
// Watched namespaces are read without their lock, so their values' drops
// wait for the threads to be quiescent (qsbr.go).
func (d *Dict) dropValue(t *Thread, v *Object) {
	if d.watch != watchNone {
		t.deferDecref(v)
	} else {
		t.Decref(v)
	}
}

const (
	dictEmpty   = -1
	dictDummy   = -2
	dictMinSize = 8
)

func asDict(o *Object) *Dict { return (*Dict)(ptrOf(o)) }

// NewDict returns an empty dict (a new reference, as a *Dict).
func (t *Thread) NewDict() *Dict {
	d := t.heap.dicts.pop()
	if d == nil {
		d = &Dict{}
	}
	t.initObject(&d.Object, KindDict, &DictType)
	return d
}

// newStaticDict returns an immortal dict for type and module namespaces
// built at start-up.
func newStaticDict() *Dict {
	d := &Dict{}
	d.rc, d.kind, d.flags, d.typ = 1, KindDict, flagImmortal, &DictType
	d.tid = immortalTid
	return d
}

func deallocDict(t *Thread, o *Object) {
	d := asDict(o)
	d.changed()
	d.watch = watchNone
	entries := d.entries
	d.entries, d.used = entries[:0], 0
	for i := range d.index {
		d.index[i] = dictEmpty
	}
	for i := range entries {
		e := &entries[i]
		if e.key != nil {
			k, v := e.key, e.value
			e.key, e.value = nil, nil
			t.Decref(k)
			t.Decref(v)
		}
	}
	if cap(entries) > 256 {
		d.entries, d.index = nil, nil
	}
	if t.recycle(o) {
		t.heap.dicts.push(d)
	}
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// lookup finds key's slot. It returns the entry position (or -1) and the
// index slot where the key is or would be inserted. ok is false if an
// exception was raised while comparing keys.
func (d *Dict) lookup(t *Thread, key *Object, hash int64) (pos int, slot int, ok bool) {
	if len(d.index) == 0 {
		return -1, -1, true
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeSlot := -1
	for {
		ix := d.index[i]
		if ix == dictEmpty {
			if freeSlot >= 0 {
				return -1, freeSlot, true
			}
			return -1, int(i), true
		}
		if ix == dictDummy {
			if freeSlot < 0 {
				freeSlot = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.key == key {
				return int(ix), int(i), true
			}
			if e.hash == hash {
				eq, ok := keysEqual(t, e.key, key)
				if !ok {
					return -1, -1, false
				}
				if eq {
					return int(ix), int(i), true
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keysEqual compares two keys with equal hashes: str and int without
// leaving Go, anything else through ==.
func keysEqual(t *Thread, a, b *Object) (bool, bool) {
	if a.typ == &StrType && b.typ == &StrType {
		return asStr(a).S == asStr(b).S, true
	}
	if a.typ == &IntType && b.typ == &IntType {
		x, y := asInt(a), asInt(b)
		if x.Big == nil && y.Big == nil {
			return x.V == y.V, true
		}
	}
	return t.RichEq(a, b)
}

// typeGet is the one read of a type's namespace (Type.Lookup, on a miss of
// the thread's type cache): a borrowed reference to d[name], or nil.
//
// Type dicts get the discipline of module globals. Writers (setattr and
// delattr on a class, C.__dict__ item assignment) take the dict's lock;
// this read takes it too, so that it never sees a half-made insertion, a
// resize or a deletion (PEP 703's critical section; under a GIL the lock
// is free). The value stays alive after the lock is released although it
// is borrowed: a type dict drops the values it replaces or deletes only
// when every thread has passed a quiescent state (dropValue, qsbr.go), and
// the type cache, which keeps the value beyond that, revalidates it against
// typeEpoch, which every change moves. The lock also orders the read after
// the write that published the value, so the reader sees the new object
// (a function just made by another thread) whole.
func (d *Dict) typeGet(t *Thread, name *Str) *Object {
	d.lk.lock(t)
	v := d.getStr(name)
	d.lk.unlock(t)
	return v
}

// getStr looks up a str key without raising (names: globals, attributes).
// It returns a borrowed reference or nil. Called with the lock held, or on
// dicts no other thread can reach yet.
func (d *Dict) getStr(name *Str) *Object {
	if pos := d.strPos(name); pos >= 0 {
		return d.entries[pos].value
	}
	return nil
}

// strPos returns the entry position of a str key, or -1.
func (d *Dict) strPos(name *Str) int {
	if len(d.index) == 0 {
		return -1
	}
	hash := name.Hash()
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.index[i]
		if ix == dictEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == &name.Object || (e.hash == hash && e.key != nil && e.key.kind == KindStr && asStr(e.key).S == name.S) {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetStr returns a new reference to d[name], or nil if absent (no exception).
func (d *Dict) GetStr(t *Thread, name *Str) *Object {
	d.lk.lock(t)
	v := d.getStr(name)
	if v != nil {
		t.Incref(v)
	}
	d.lk.unlock(t)
	return v
}

// Get returns a new reference to d[key], or nil. found is false when the key
// is absent; ok is false when an exception was raised (unhashable key, or a
// failing __eq__).
func (d *Dict) Get(t *Thread, key *Object) (v *Object, ok bool) {
	hash, ok := t.Hash(key)
	if !ok {
		return nil, false
	}
	d.lk.lock(t)
	pos, _, ok := d.lookup(t, key, hash)
	if ok && pos >= 0 {
		v = d.entries[pos].value
		t.Incref(v)
	}
	d.lk.unlock(t)
	return v, ok
}

// Set stores d[key] = value, taking new references to both.
func (d *Dict) Set(t *Thread, key, value *Object) bool {
	hash, ok := t.Hash(key)
	if !ok {
		return false
	}
	return d.SetHashed(t, key, hash, value)
}

// SetStr stores d[name] = value.
func (d *Dict) SetStr(t *Thread, name *Str, value *Object) {
	d.SetHashed(t, &name.Object, name.Hash(), value)
}

// SetHashed stores d[key] = value for a key whose hash is known.
func (d *Dict) SetHashed(t *Thread, key *Object, hash int64, value *Object) bool {
	t.Incref(value)
	d.lk.lock(t)
	pos, slot, ok := d.lookup(t, key, hash)
	if !ok {
		d.lk.unlock(t)
		t.Decref(value)
		return false
	}
	if pos >= 0 {
		old := d.entries[pos].value
		d.entries[pos].value = value
		d.changed()
		d.lk.unlock(t)
		d.dropValue(t, old)
		return true
	}
	t.Incref(key)
	if slot < 0 || d.needsGrowth() {
		d.resize(len(d.entries) + 1)
		_, slot, _ = d.lookupSlotForInsert(hash)
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: hash, key: key, value: value})
	d.used++
	d.changed()
	d.lk.unlock(t)
	return true
}

// needsGrowth applies CPython's load factor: the index is at most 2/3 full
// (live and deleted entries both take slots).
func (d *Dict) needsGrowth() bool {
	return (len(d.entries)+1)*3 > len(d.index)*2
}

// lookupSlotForInsert finds an empty index slot for a key known to be absent.
func (d *Dict) lookupSlotForInsert(hash int64) (int, int, bool) {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return -1, int(i), true
}

// resize rebuilds the index for at least n live entries, compacting out
// deleted ones.
func (d *Dict) resize(n int) {
	if d.used < len(d.entries) {
		live := d.entries[:0]
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		for i := len(live); i < len(d.entries); i++ {
			d.entries[i] = dictEntry{}
		}
		d.entries = live
	}
	size := dictMinSize
	for size*2 < n*3 {
		size <<= 1
	}
	if size < len(d.index) && d.used*3 > len(d.index) {
		size = len(d.index)
	}
	if cap(d.index) >= size {
		d.index = d.index[:size]
	} else {
		d.index = make([]int32, size)
	}
	for i := range d.index {
		d.index[i] = dictEmpty
	}
	for pos := range d.entries {
		_, slot, _ := d.lookupSlotForInsert(d.entries[pos].hash)
		d.index[slot] = int32(pos)
	}
}

// Delete removes key. found is false if it was absent; ok false on error.
func (d *Dict) Delete(t *Thread, key *Object) (found, ok bool) {
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

// Clear removes every item.
func (d *Dict) Clear(t *Thread) {
	d.lk.lock(t)
	entries := d.entries
	d.entries, d.index, d.used = nil, nil, 0
	d.changed()
	d.lk.unlock(t)
	for _, e := range entries {
		if e.key != nil {
			t.Decref(e.key)
			d.dropValue(t, e.value)
		}
	}
}

// Items returns new references to the live keys and values, in order, as a
// snapshot taken under the lock (for iteration and copying).
func (d *Dict) Items(t *Thread) (keys, values []*Object) {
	d.lk.lock(t)
	keys = make([]*Object, 0, d.used)
	values = make([]*Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			t.Incref(e.key)
			t.Incref(e.value)
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	d.lk.unlock(t)
	return keys, values
}
