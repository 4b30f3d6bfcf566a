package core

import (
	"sync/atomic"
	"unsafe"
)

// The type attribute cache: CPython's method cache (Objects/typeobject.c,
// _PyType_Lookup), which remembers where along a type's MRO a name was
// found, or that it was not found, so that attribute access and method
// calls do not walk the MRO's dicts every time.
//
// CPython tags every type with a version that changes when the type or one
// of its bases is modified. rcvm keeps one global epoch instead, bumped by
// every change to any type's namespace (and by the death of a class): class
// attributes are rarely assigned once a program runs, and one counter can
// be checked with a single load. Each thread has its own table, so that
// filling it needs no synchronisation between threads running in parallel.

// typeEpoch changes whenever a type's namespace does.
var typeEpoch atomic.Uint64

// typeCacheBits sets the number of entries of a thread's cache.
const (
	typeCacheBits = 10
	typeCacheSize = 1 << typeCacheBits
)

type typeCacheEntry struct {
	tp    *Type
	name  *Str
	epoch uint64
	// value is a borrowed reference (the type's dict holds it), or nil for
	// a name the MRO does not have.
	value *Object
}

// typeCache is a thread's table of recent MRO lookups.
type typeCache [typeCacheSize]typeCacheEntry

// lookupType is tp.Lookup(name) through the thread's type cache: a borrowed
// reference, or nil.
//
// Entries are keyed by the addresses of the type and the name, so only
// immortal names (interned identifiers, code constants) are cached, as
// CPython's method cache takes only interned names: a temporary name built
// at run time ("m" + s) is freed after the lookup and its address reused by
// the next temporary, which would then hit the first one's entry.
func (t *Thread) lookupType(tp *Type, name *Str) *Object {
	if name.flags&flagImmortal == 0 {
		return tp.Lookup(t, name)
	}
	c := t.types
	if c == nil {
		c = new(typeCache)
		t.types = c
	}
	epoch := typeEpoch.Load()
	// Fibonacci hashing of both addresses: neighbouring names (interned
	// together when their code was loaded) must not share an entry.
	h := (uint64(uintptr(unsafe.Pointer(tp)))*0x9e3779b97f4a7c15 ^ uint64(uintptr(unsafe.Pointer(name)))*0xc2b2ae3d27d4eb4f) >> (64 - typeCacheBits)
	e := &c[h]
	if e.tp == tp && e.name == name && e.epoch == epoch {
		return e.value
	}
	// The epoch was read before the lookup: a change made meanwhile leaves
	// an entry that the next check finds stale.
	v := tp.Lookup(t, name)
	*e = typeCacheEntry{tp: tp, name: name, epoch: epoch, value: v}
	return v
}

// typeModified invalidates every thread's type cache.
func typeModified() { typeEpoch.Add(1) }
