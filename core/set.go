package core

import (
	"sync/atomic"

	"github.com/rcvm/rcvm/core/pynum"
)

// Set is a Python set or frozenset. Its table is CPython's
// (Objects/setobject.c, 3.11): open addressing indexed by hash & mask,
// probing LINEAR_PROBES consecutive slots before jumping by CPython's
// perturbation recurrence, deleted slots left as dummies, and the same
// fill/used accounting and resize rules. Iteration walks the table in slot
// order, so a set prints its items in exactly CPython's order whenever the
// items hash alike (ints, floats, tuples of them; str hashes are randomised
// per process in both).
type Set struct {
	Object
	lk    containerLock
	table []setEntry
	// small is the table of sets of up to five items, kept inline as
	// CPython's smalltable is.
	small [setMinSize]setEntry
	// fill counts active and dummy slots, used active ones.
	fill, used int
	// finger is where set.pop resumes its scan.
	finger int
	// hash caches a frozenset's hash; -1 until computed.
	hash int64
}

// setEntry is a table slot: empty (key nil, hash 0), a dummy left by a
// deletion (setDummy, hash -1), or an active key with its hash.
type setEntry struct {
	key  *Object
	hash int64
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setDummy marks a deleted slot.
var setDummy = &Object{rc: 1, flags: flagImmortal, tid: immortalTid, kind: KindOther, typ: &ObjectType}

func asSet(o *Object) *Set { return (*Set)(ptrOf(o)) }

// isAnySet reports whether o is a set or a frozenset.
func isAnySet(o *Object) bool { return o.kind == KindSet || o.kind == KindFrozenSet }

// NewSet returns a new empty set (BUILD_SET).
func (t *Thread) NewSet() *Set { return t.newSetOf(&SetType) }

// NewFrozenSet returns a new empty frozenset, to be filled before it is
// shared.
func (t *Thread) NewFrozenSet() *Set { return t.newSetOf(&FrozenSetType) }

func (t *Thread) newSetOf(tp *Type) *Set {
	s := &Set{hash: -1}
	s.table = s.small[:]
	kind := KindSet
	if tp.IsSubtype(&FrozenSetType) {
		kind = KindFrozenSet
	}
	t.initObject(&s.Object, kind, tp)
	return s
}

// newSetLike returns an empty set of the base type of o's (set operations
// on a frozenset give frozensets).
func (t *Thread) newSetLike(o *Object) *Set {
	if o.kind == KindFrozenSet {
		return t.newSetOf(&FrozenSetType)
	}
	return t.newSetOf(&SetType)
}

// SetOf returns a set of the given items.
func (t *Thread) SetOf(items ...*Object) (*Set, bool) {
	s := t.NewSet()
	for _, x := range items {
		if !s.Add(t, x) {
			t.Decref(&s.Object)
			return nil, false
		}
	}
	return s, true
}

func deallocSet(t *Thread, o *Object) {
	s := asSet(o)
	table := s.table
	s.table, s.fill, s.used = nil, 0, 0
	for i := range table {
		if k := table[i].key; k != nil && k != setDummy {
			table[i].key = nil
			t.Decref(k)
		}
	}
	clear(s.small[:])
	t.recycle(o)
}

// hashOf returns hash(o), computing the hashes of strs and machine ints
// without a slot call.
func (t *Thread) hashOf(o *Object) (int64, bool) {
	if o.typ.Heap {
		// A subclass of str or int may define __hash__.
		return t.Hash(o)
	}
	switch o.kind {
	case KindStr:
		return asStr(o).Hash(), true
	case KindInt, KindBool:
		if n := asInt(o); n.Big == nil {
			return pynum.HashInt64(n.V), true
		}
	}
	return t.Hash(o)
}

// keysMatch compares a table key with a probe key of the same hash
// without leaving Go for strs and machine ints. decided is false when
// Python's == must be asked.
func keysMatch(a, b *Object) (eq, decided bool) {
	if a == b {
		return true, true
	}
	if a.kind == b.kind && !a.typ.Heap && !b.typ.Heap {
		switch a.kind {
		case KindStr:
			return asStr(a).S == asStr(b).S, true
		case KindInt:
			x, y := asInt(a), asInt(b)
			if x.Big == nil && y.Big == nil {
				return x.V == y.V, true
			}
		}
	}
	return false, false
}

// sameTable reports whether the set still uses table (a comparison run
// by == may have resized or cleared it).
func (s *Set) sameTable(table []setEntry) bool {
	return len(s.table) == len(table) && &s.table[0] == &table[0]
}

// ---- the table algorithms; callers hold s.lk (or own s privately) ----

// lookkey returns the slot holding key, or -1 (set_lookkey).
func (s *Set) lookkey(t *Thread, key *Object, hash int64) (int, bool) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.hash == 0 && e.key == nil {
				return -1, true
			}
			if e.hash == hash {
				start := e.key
				eq, decided := keysMatch(start, key)
				if !decided {
					var ok bool
					t.Incref(start)
					eq, ok = t.RichEq(start, key)
					t.Decref(start)
					if !ok {
						return -1, false
					}
					if !s.sameTable(table) || table[j].key != start {
						goto restart
					}
				}
				if eq {
					return int(j), true
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key (taking a new reference) unless an equal key is
// present (set_add_entry). A new key reuses the last dummy slot seen along
// its probe sequence, as CPython does.
func (s *Set) addEntry(t *Thread, key *Object, hash int64) bool {
	t.Incref(key)
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeslot := -1
	var slot uint64
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.hash == 0 && e.key == nil {
				slot = j
				goto unused
			}
			if e.hash == hash {
				start := e.key
				eq, decided := keysMatch(start, key)
				if !decided {
					var ok bool
					t.Incref(start)
					eq, ok = t.RichEq(start, key)
					t.Decref(start)
					if !ok {
						t.Decref(key)
						return false
					}
					if !eq && (!s.sameTable(table) || table[j].key != start) {
						goto restart
					}
				}
				if eq {
					t.Decref(key)
					return true
				}
			} else if e.hash == -1 {
				freeslot = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
unused:
	if freeslot >= 0 {
		s.used++
		table[freeslot] = setEntry{key, hash}
		return true
	}
	s.fill++
	s.used++
	table[slot] = setEntry{key, hash}
	if uint64(s.fill)*5 < mask*3 {
		return true
	}
	s.resize(s.growSize())
	return true
}

// growSize is the minimum size CPython asks for when a set grows.
func (s *Set) growSize() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean puts a key known to be absent into a table without dummies
// (set_insert_clean).
func insertClean(table []setEntry, key *Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// isSmall reports whether s uses its inline table.
func (s *Set) isSmall() bool { return len(s.table) == setMinSize && &s.table[0] == &s.small[0] }

// resize rebuilds the table with the smallest power-of-two size above
// minused, dropping the dummies (set_table_resize).
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	wasSmall := s.isSmall()
	var copyBuf [setMinSize]setEntry
	var table []setEntry
	if size == setMinSize {
		if wasSmall {
			if s.fill == s.used {
				return
			}
			copyBuf = s.small
			old = copyBuf[:]
		}
		table = s.small[:]
		clear(table)
	} else {
		table = make([]setEntry, size)
	}
	s.table = table
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(table, e.key, e.hash)
		}
	}
	if wasSmall && size != setMinSize {
		clear(s.small[:])
	}
}

// discardEntry turns key's slot into a dummy. It returns the removed key
// (whose reference the caller must drop after unlocking), or nil.
func (s *Set) discardEntry(t *Thread, key *Object, hash int64) (*Object, bool) {
	j, ok := s.lookkey(t, key, hash)
	if !ok || j < 0 {
		return nil, ok
	}
	old := s.table[j].key
	s.table[j] = setEntry{setDummy, -1}
	s.used--
	return old, true
}

// clearTable empties s back to its inline table and returns the keys it
// held, for the caller to drop after unlocking.
func (s *Set) clearTable() []*Object {
	var keys []*Object
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			keys = append(keys, e.key)
		}
	}
	clear(s.small[:])
	s.table = s.small[:]
	s.fill, s.used = 0, 0
	// A frozenset's cached hash is read without the lock (set_ops.go).
	atomic.StoreInt64(&s.hash, -1)
	return keys
}

// ---- locked entry points ----

// Add adds item to the set (taking a reference when it is new). It returns
// false with an exception set when item is unhashable or == fails.
func (s *Set) Add(t *Thread, item *Object) bool {
	hash, ok := t.hashOf(item)
	if !ok {
		return false
	}
	s.lk.lock(t)
	ok = s.addEntry(t, item, hash)
	s.lk.unlock(t)
	return ok
}

// addHashed adds an item whose hash is known.
func (s *Set) addHashed(t *Thread, item *Object, hash int64) bool {
	s.lk.lock(t)
	ok := s.addEntry(t, item, hash)
	s.lk.unlock(t)
	return ok
}

// Len returns the number of items, read without the set's lock (for a set
// no other thread can be changing).
func (s *Set) Len() int { return s.used }

// length returns the number of items under the set's lock.
func (s *Set) length(t *Thread) int {
	s.lk.lock(t)
	n := s.used
	s.lk.unlock(t)
	return n
}

// containsHashed reports whether an item with a known hash is present.
func (s *Set) containsHashed(t *Thread, item *Object, hash int64) (bool, bool) {
	s.lk.lock(t)
	j, ok := s.lookkey(t, item, hash)
	s.lk.unlock(t)
	return j >= 0, ok
}

// Contains reports whether item is in the set.
func (s *Set) Contains(t *Thread, item *Object) (bool, bool) {
	hash, ok := t.hashOf(item)
	if !ok {
		return false, false
	}
	return s.containsHashed(t, item, hash)
}

// discardHashed removes an item with a known hash; found reports whether
// it was there.
func (s *Set) discardHashed(t *Thread, item *Object, hash int64) (found, ok bool) {
	s.lk.lock(t)
	old, ok := s.discardEntry(t, item, hash)
	s.lk.unlock(t)
	if old != nil {
		t.Decref(old)
	}
	return old != nil, ok
}

// Discard removes item if present.
func (s *Set) Discard(t *Thread, item *Object) (found, ok bool) {
	hash, ok := t.hashOf(item)
	if !ok {
		return false, false
	}
	return s.discardHashed(t, item, hash)
}

// Clear removes every item.
func (s *Set) Clear(t *Thread) {
	s.lk.lock(t)
	keys := s.clearTable()
	s.lk.unlock(t)
	t.releaseAll(keys)
}

// setSnap is a copy of a set's table taken under its lock, with a new
// reference to every key, so that it can be walked while Python code runs.
type setSnap struct {
	table      []setEntry
	fill, used int
}

func (s *Set) snapshot(t *Thread) setSnap {
	s.lk.lock(t)
	sn := setSnap{table: make([]setEntry, len(s.table)), fill: s.fill, used: s.used}
	copy(sn.table, s.table)
	for _, e := range sn.table {
		if e.key != nil && e.key != setDummy {
			t.Incref(e.key)
		}
	}
	s.lk.unlock(t)
	return sn
}

func (sn *setSnap) release(t *Thread) {
	for _, e := range sn.table {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
	sn.table = nil
}

// each calls fn for every active entry in table order; fn returns false to
// stop. It reports whether it ran to the end.
func (sn *setSnap) each(fn func(key *Object, hash int64) bool) bool {
	for _, e := range sn.table {
		if e.key != nil && e.key != setDummy {
			if !fn(e.key, e.hash) {
				return false
			}
		}
	}
	return true
}
