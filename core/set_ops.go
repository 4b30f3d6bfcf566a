package core

import "sync/atomic"

// The set algebra, following CPython 3.11's setobject.c step by step
// (which operand is iterated, when a table is resized, which copy path is
// taken), because those choices decide the order in which a result set
// holds, and prints, its items.
//
// Locking: a set being read is walked through a snapshot of its table, and
// every lookup or insertion takes the lock of the set it touches, so no two
// container locks are ever held at once.

// merge adds the active entries of a snapshot of another set
// (set_merge): into an empty set of the same size the slots are copied
// as they are.
func (s *Set) merge(t *Thread, other *setSnap) bool {
	if other.used == 0 {
		return true
	}
	s.lk.lock(t)
	defer s.lk.unlock(t)
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		for i, e := range other.table {
			if e.key != nil {
				t.Incref(e.key)
				s.table[i] = e
			}
		}
		s.fill, s.used = other.fill, other.used
		return true
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				t.Incref(e.key)
				insertClean(s.table, e.key, e.hash)
			}
		}
		return true
	}
	return other.each(func(key *Object, hash int64) bool { return s.addEntry(t, key, hash) })
}

// dictKeySnapshot returns new references to a dict's keys with their
// stored hashes, in insertion order.
func (t *Thread) dictKeySnapshot(d *Dict) []setEntry {
	d.lk.lock(t)
	out := make([]setEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			t.Incref(e.key)
			out = append(out, setEntry{e.key, e.hash})
		}
	}
	d.lk.unlock(t)
	return out
}

func (t *Thread) releaseEntries(es []setEntry) {
	for _, e := range es {
		t.Decref(e.key)
	}
}

// updateFromDict adds a dict's keys, reusing their stored hashes
// (set_update_dict).
func (s *Set) updateFromDict(t *Thread, d *Dict) bool {
	keys := t.dictKeySnapshot(d)
	defer t.releaseEntries(keys)
	s.lk.lock(t)
	defer s.lk.unlock(t)
	if (s.fill+len(keys))*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + len(keys)) * 2)
	}
	for _, e := range keys {
		if !s.addEntry(t, e.key, e.hash) {
			return false
		}
	}
	return true
}

// update adds the items of any iterable (set_update_internal).
func (s *Set) update(t *Thread, other *Object) bool {
	switch {
	case isAnySet(other):
		if other == &s.Object {
			return true
		}
		sn := asSet(other).snapshot(t)
		ok := s.merge(t, &sn)
		sn.release(t)
		return ok
	case other.typ == &DictType:
		return s.updateFromDict(t, asDict(other))
	}
	return t.Iterate(other, func(x *Object) bool { return s.Add(t, x) })
}

// newSetFrom returns a set of type tp holding the items of iterable.
func (t *Thread) newSetFrom(tp *Type, iterable *Object) *Set {
	s := t.newSetOf(tp)
	if !s.update(t, iterable) {
		t.Decref(&s.Object)
		return nil
	}
	return s
}

// copySet returns a new set (of so's base type) with so's items.
func (t *Thread) copySet(so *Object) *Object {
	r := t.newSetLike(so)
	sn := asSet(so).snapshot(t)
	ok := r.merge(t, &sn)
	sn.release(t)
	if !ok {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}

// setUnion returns so | others... (set_union, set_or).
func (t *Thread) setUnion(so *Object, others []*Object) *Object {
	r := t.copySet(so)
	if r == nil {
		return nil
	}
	for _, o := range others {
		if o == so {
			continue
		}
		if !asSet(r).update(t, o) {
			t.Decref(r)
			return nil
		}
	}
	return r
}

// setIntersection returns so & other, other being any iterable
// (set_intersection): for two sets the smaller one is walked.
func (t *Thread) setIntersection(so, other *Object) *Object {
	if so == other {
		return t.copySet(so)
	}
	r := t.newSetLike(so)
	var ok bool
	if isAnySet(other) {
		big, small := asSet(so), asSet(other)
		if small.length(t) > big.length(t) {
			big, small = small, big
		}
		sn := small.snapshot(t)
		ok = sn.each(func(key *Object, hash int64) bool {
			found, ok := big.containsHashed(t, key, hash)
			return ok && (!found || r.addHashed(t, key, hash))
		})
		sn.release(t)
	} else {
		s := asSet(so)
		ok = t.Iterate(other, func(x *Object) bool {
			hash, ok := t.hashOf(x)
			if !ok {
				return false
			}
			found, ok := s.containsHashed(t, x, hash)
			if !ok || (found && !r.addHashed(t, x, hash)) {
				return false
			}
			// Stop early once every item of so was found.
			return r.length(t) < s.length(t)
		})
		ok = ok && !t.Failed()
	}
	if !ok {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}

// setIntersectionMulti returns so & others... (set.intersection).
func (t *Thread) setIntersectionMulti(so *Object, others []*Object) *Object {
	if len(others) == 0 {
		return t.copySet(so)
	}
	r := t.NewRef(so)
	for _, o := range others {
		next := t.setIntersection(r, o)
		t.Decref(r)
		if next == nil {
			return nil
		}
		r = next
	}
	return r
}

// swapBodies exchanges the contents of two sets (set_swap_bodies), for
// the in-place operations that build their result aside.
func (s *Set) swapBodies(t *Thread, o *Set) {
	s.lk.lock(t)
	sSmall, oSmall := s.isSmall(), o.isSmall()
	s.small, o.small = o.small, s.small
	s.table, o.table = o.table, s.table
	if oSmall {
		s.table = s.small[:]
	}
	if sSmall {
		o.table = o.small[:]
	}
	s.fill, o.fill = o.fill, s.fill
	s.used, o.used = o.used, s.used
	// The cached hash is read without the lock (frozensetHash).
	if s.kind == KindFrozenSet && o.kind == KindFrozenSet {
		sh, oh := atomic.LoadInt64(&s.hash), atomic.LoadInt64(&o.hash)
		atomic.StoreInt64(&s.hash, oh)
		atomic.StoreInt64(&o.hash, sh)
	} else {
		atomic.StoreInt64(&s.hash, -1)
		atomic.StoreInt64(&o.hash, -1)
	}
	s.lk.unlock(t)
}

// setIntersectionUpdate performs so &= others... in place.
func (t *Thread) setIntersectionUpdate(so *Object, others []*Object) bool {
	r := t.setIntersectionMulti(so, others)
	if r == nil {
		return false
	}
	asSet(so).swapBodies(t, asSet(r))
	t.Decref(r)
	return true
}

// setIsDisjoint reports whether so and other share no item.
func (t *Thread) setIsDisjoint(so, other *Object) (bool, bool) {
	if so == other {
		return asSet(so).length(t) == 0, true
	}
	disjoint := true
	if isAnySet(other) {
		big, small := asSet(so), asSet(other)
		if small.length(t) > big.length(t) {
			big, small = small, big
		}
		sn := small.snapshot(t)
		ok := sn.each(func(key *Object, hash int64) bool {
			found, ok := big.containsHashed(t, key, hash)
			disjoint = !found
			return ok && !found
		})
		sn.release(t)
		return disjoint, ok || !t.Failed()
	}
	ok := t.Iterate(other, func(x *Object) bool {
		found, ok := asSet(so).Contains(t, x)
		disjoint = !found
		return ok && !found
	})
	return disjoint, ok
}

// setDifferenceUpdate removes the items of other from s
// (set_difference_update_internal), then resizes away the dummies when
// they fill more than a quarter of the table.
func (t *Thread) setDifferenceUpdate(s *Set, other *Object) bool {
	if other == &s.Object {
		s.Clear(t)
		return true
	}
	if isAnySet(other) {
		o := other
		if asSet(other).length(t)>>3 > s.length(t) {
			// Much bigger than s: only the common items matter.
			if o = t.setIntersection(&s.Object, other); o == nil {
				return false
			}
		} else {
			t.Incref(o)
		}
		sn := asSet(o).snapshot(t)
		ok := sn.each(func(key *Object, hash int64) bool {
			_, ok := s.discardHashed(t, key, hash)
			return ok
		})
		sn.release(t)
		t.Decref(o)
		if !ok {
			return false
		}
	} else if !t.Iterate(other, func(x *Object) bool {
		_, ok := s.Discard(t, x)
		return ok
	}) {
		return false
	}
	s.lk.lock(t)
	if s.fill-s.used > (len(s.table)-1)/4 {
		s.resize(s.growSize())
	}
	s.lk.unlock(t)
	return true
}

// dictContainsHashed reports whether d has key, whose hash is known.
func (d *Dict) containsHashed(t *Thread, key *Object, hash int64) (bool, bool) {
	d.lk.lock(t)
	pos, _, ok := d.lookup(t, key, hash)
	d.lk.unlock(t)
	return pos >= 0, ok
}

// setDifference returns so - other (set_difference): so is walked unless
// it is much bigger than other, in which case a copy of so is thinned.
func (t *Thread) setDifference(so, other *Object) *Object {
	var otherSize int
	switch {
	case isAnySet(other):
		otherSize = asSet(other).length(t)
	case other.typ == &DictType:
		otherSize = asDict(other).length(t)
	default:
		return t.copyAndDifference(so, other)
	}
	if asSet(so).length(t)>>2 > otherSize {
		return t.copyAndDifference(so, other)
	}
	r := t.newSetLike(so)
	sn := asSet(so).snapshot(t)
	ok := sn.each(func(key *Object, hash int64) bool {
		var found, ok bool
		if other.kind == KindDict {
			found, ok = asDict(other).containsHashed(t, key, hash)
		} else {
			found, ok = asSet(other).containsHashed(t, key, hash)
		}
		return ok && (found || r.addHashed(t, key, hash))
	})
	sn.release(t)
	if !ok {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}

func (t *Thread) copyAndDifference(so, other *Object) *Object {
	r := t.copySet(so)
	if r == nil {
		return nil
	}
	if !t.setDifferenceUpdate(asSet(r), other) {
		t.Decref(r)
		return nil
	}
	return r
}

// setDifferenceMulti returns so - others... (set.difference).
func (t *Thread) setDifferenceMulti(so *Object, others []*Object) *Object {
	if len(others) == 0 {
		return t.copySet(so)
	}
	r := t.setDifference(so, others[0])
	if r == nil {
		return nil
	}
	for _, o := range others[1:] {
		if !t.setDifferenceUpdate(asSet(r), o) {
			t.Decref(r)
			return nil
		}
	}
	return r
}

// toggle removes each entry from s if present and adds it otherwise.
func (s *Set) toggle(t *Thread, entries func(fn func(key *Object, hash int64) bool) bool) bool {
	return entries(func(key *Object, hash int64) bool {
		found, ok := s.discardHashed(t, key, hash)
		return ok && (found || s.addHashed(t, key, hash))
	})
}

// setSymmetricDifferenceUpdate performs s ^= other in place.
func (t *Thread) setSymmetricDifferenceUpdate(s *Set, other *Object) bool {
	if other == &s.Object {
		s.Clear(t)
		return true
	}
	if other.typ == &DictType {
		keys := t.dictKeySnapshot(asDict(other))
		ok := s.toggle(t, func(fn func(*Object, int64) bool) bool {
			for _, e := range keys {
				if !fn(e.key, e.hash) {
					return false
				}
			}
			return true
		})
		t.releaseEntries(keys)
		return ok
	}
	o := other
	if !isAnySet(other) {
		tmp := t.newSetFrom(s.typ, other)
		if tmp == nil {
			return false
		}
		o = &tmp.Object
	} else {
		t.Incref(o)
	}
	sn := asSet(o).snapshot(t)
	ok := s.toggle(t, sn.each)
	sn.release(t)
	t.Decref(o)
	return ok
}

// setSymmetricDifference returns so ^ other: a set of other's items,
// toggled by so's.
func (t *Thread) setSymmetricDifference(so, other *Object) *Object {
	r := t.newSetLike(so)
	if !r.update(t, other) || !t.setSymmetricDifferenceUpdate(r, so) {
		t.Decref(&r.Object)
		return nil
	}
	return &r.Object
}

// setIsSubset reports whether every item of so is in other.
func (t *Thread) setIsSubset(so, other *Object) (bool, bool) {
	if !isAnySet(other) {
		tmp := t.newSetFrom(&SetType, other)
		if tmp == nil {
			return false, false
		}
		defer t.Decref(&tmp.Object)
		other = &tmp.Object
	}
	s, o := asSet(so), asSet(other)
	if s.length(t) > o.length(t) {
		return false, true
	}
	subset := true
	sn := s.snapshot(t)
	ok := sn.each(func(key *Object, hash int64) bool {
		found, ok := o.containsHashed(t, key, hash)
		subset = found
		return ok && found
	})
	sn.release(t)
	return subset, ok || !t.Failed()
}

// setIsSuperset reports whether every item of other is in so.
func (t *Thread) setIsSuperset(so, other *Object) (bool, bool) {
	if isAnySet(other) {
		return t.setIsSubset(other, so)
	}
	superset := true
	ok := t.Iterate(other, func(x *Object) bool {
		found, ok := asSet(so).Contains(t, x)
		superset = found
		return ok && found
	})
	return superset, ok
}

// frozensetHash is CPython's frozenset hash: an order-independent xor of
// shuffled entry hashes over the whole table, corrected for the empty and
// dummy slots, then dispersed.
func frozensetHash(t *Thread, o *Object) (int64, bool) {
	s := asSet(o)
	// Atomic: threads may hash a shared frozenset at the same time.
	if h := atomic.LoadInt64(&s.hash); h != -1 {
		return h, true
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	s.lk.lock(t)
	var h uint64
	for _, e := range s.table {
		h ^= shuffle(uint64(e.hash))
	}
	if (len(s.table)-s.fill)&1 != 0 {
		h ^= shuffle(0)
	}
	if (s.fill-s.used)&1 != 0 {
		h ^= shuffle(^uint64(0))
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	s.lk.unlock(t)
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	atomic.StoreInt64(&s.hash, int64(h))
	return int64(h), true
}

// UpdateConstDisplay adds the items of a set display whose items are all
// constants, reproducing the table CPython 3.11 ends up with. For such a
// display of three or more items CPython's compiler folds the items into a
// frozenset constant, which its constant de-duplication then rebuilds from
// the first one's iteration order; at run time SET_UPDATE merges that
// second frozenset into the empty set BUILD_SET 0 made. The order in which
// colliding ints print depends on all three steps, so they are replayed
// here: a compiler that emits BUILD_SET 0, LOAD_CONST (a tuple of the
// items), SET_UPDATE 1 for such displays can have SET_UPDATE call this.
func (s *Set) UpdateConstDisplay(t *Thread, items []*Object) bool {
	first := t.newSetOf(&FrozenSetType)
	defer t.Decref(&first.Object)
	for _, x := range items {
		if !first.Add(t, x) {
			return false
		}
	}
	second := t.newSetOf(&FrozenSetType)
	defer t.Decref(&second.Object)
	sn := first.snapshot(t)
	ok := sn.each(func(key *Object, hash int64) bool { return second.addHashed(t, key, hash) })
	sn.release(t)
	return ok && s.update(t, &second.Object)
}
