package core

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Weak references (CPython's Objects/weakrefobject.c and
// PyObject_ClearWeakRefs): the mechanism core owns; the _weakref module
// (modules/weakref) defines the Python types on top of it.
//
// Where the weak reference lists live: in a side table keyed by the
// referent's address, split into shards each guarded by its own mutex,
// rather than a field in every weakrefable layout (CPython's
// tp_weaklistoffset). A field would grow every instance, function and
// class by a pointer for a feature few objects use; the side table costs
// nothing to objects that never get a weak reference. What tells
// deallocation that an object has weak references is one byte of the
// header (Object.weakrefs) that sits in padding, so the header does not
// grow and the dealloc path pays a single test when there are none. The
// byte is set, under the shard lock, by the thread that creates the first
// weak reference (which holds a strong reference to the object, so the
// write happens before the object's deallocation), and cleared only by
// the deallocation itself: it may stay set after the last weak reference
// went away, which costs that object's deallocation one table look-up.
//
// Each list is CPython's: a doubly-linked list through the weak
// references, the callback-less ReferenceType first (the "basic" ref that
// ref(o) reuses), then the callback-less proxy, then every other weak
// reference, the most recent first. When the referent dies, its
// references are cleared under the shard lock, then the callbacks run in
// list order (most recent first), outside the lock, each with the
// exception state saved; an exception in a callback is printed as
// "Exception ignored in: <callback>" (PyErr_WriteUnraisable).
//
// Thread safety: a weak reference's referent may die on any thread (under
// biased counting the count reaches zero at a merge, on whichever thread
// merges). Calling a weak reference reads the referent under the shard
// lock and takes a reference with TryIncref, which fails once the count
// has reached zero (CPython 3.13t's _Py_TryIncref): the dying thread then
// waits for the lock to clear the reference, and the memory is not reused
// before it has. Under biased counting an object gets the "maybe weakref"
// shared state when its first weak reference is made, so that the owner's
// last decrement and another thread's TryIncref meet on one
// compare-and-swap (PEP 703's _Py_REF_MAYBE_WEAKREF).

// WeakrefRole says where a weak reference goes in its referent's list and
// whether it may be reused: CPython's "basic" ref and proxy (no callback,
// the exact type) are shared by every caller that asks for one.
type WeakrefRole uint8

// The roles.
const (
	// WeakrefOther is a weak reference with a callback or of a subclass.
	WeakrefOther WeakrefRole = iota
	// WeakrefBasicRef is the callback-less weakref.ReferenceType.
	WeakrefBasicRef
	// WeakrefBasicProxy is the callback-less proxy (ProxyType or
	// CallableProxyType).
	WeakrefBasicProxy
)

// Weakref is the layout every weak reference starts with (CPython's
// PyWeakReference). Its fields are guarded by the referent's shard lock
// and reached through the Thread methods below.
type Weakref struct {
	Object
	referent   *Object
	callback   *Object
	prev, next *Weakref
	role       WeakrefRole
	// hash caches the referent's hash (valid when hashed is set); the
	// module reads and writes it under the lock too.
	hash   int64
	hashed bool
}

const weakShards = 64

type weakShard struct {
	mu    sync.Mutex
	lists map[*Object]*Weakref
	_     [40]byte // keep shards on separate cache lines
}

var weakTable [weakShards]weakShard

func weakShardOf(o *Object) *weakShard {
	p := uintptr(unsafe.Pointer(o))
	return &weakTable[(p>>4^p>>10)%weakShards]
}

// Weakrefable reports whether instances of tp support weak references
// (CPython's tp_weaklistoffset != 0).
func (tp *Type) Weakrefable() bool { return tp.weakrefable }

// SetWeakrefable declares that instances of a native type support weak
// references; call it from the init function that creates the type.
func (tp *Type) SetWeakrefable() { tp.weakrefable = true }

// NewWeakref returns a weak reference to o: the existing basic one when
// role asks for one and o has it (a new reference to it), otherwise a new
// one made by alloc (which returns a fresh object with its fields zeroed,
// e.g. with Alloc) and linked into o's list with the callback (which may be
// nil; NewWeakref takes its own reference to it). The caller has checked
// that o's type is weakrefable. alloc runs under the shard lock: it must
// not run Python code.
func (t *Thread) NewWeakref(o, callback *Object, role WeakrefRole, alloc func() *Weakref) *Object {
	sh := weakShardOf(o)
	sh.mu.Lock()
	head := sh.lists[o]
	if role != WeakrefOther {
		if w := basicWeakref(head, role); w != nil && t.TryIncref(&w.Object) {
			sh.mu.Unlock()
			return &w.Object
		}
	}
	w := alloc()
	w.referent, w.role = o, role
	if callback != nil && callback != None {
		w.callback = t.NewRef(callback)
	}
	if o.weakrefs == 0 {
		o.weakrefs = 1
		if sh.lists == nil {
			sh.lists = make(map[*Object]*Weakref)
		}
		t.markMaybeWeakref(o)
	}
	// CPython's order: the basic ref at the head, the basic proxy after
	// it, every other reference after those, the newest first.
	var prev *Weakref
	if role != WeakrefBasicRef {
		if head != nil && head.role == WeakrefBasicRef {
			prev = head
		}
		if role == WeakrefOther {
			if n := firstAfter(head, prev); n != nil && n.role == WeakrefBasicProxy {
				prev = n
			}
		}
	}
	if prev == nil {
		w.next = head
		if head != nil {
			head.prev = w
		}
		sh.lists[o] = w
	} else {
		w.prev, w.next = prev, prev.next
		if prev.next != nil {
			prev.next.prev = w
		}
		prev.next = w
	}
	sh.mu.Unlock()
	return &w.Object
}

func firstAfter(head, prev *Weakref) *Weakref {
	if prev == nil {
		return head
	}
	return prev.next
}

// basicWeakref finds the list's basic ref or basic proxy.
func basicWeakref(head *Weakref, role WeakrefRole) *Weakref {
	for w := head; w != nil && w.role != WeakrefOther; w = w.next {
		if w.role == role {
			return w
		}
	}
	return nil
}

// WeakrefGet returns a new reference to w's referent, or nil once the
// referent is dead.
func (t *Thread) WeakrefGet(w *Weakref) *Object {
	for {
		o := w.loadReferent()
		if o == nil {
			return nil
		}
		sh := weakShardOf(o)
		sh.mu.Lock()
		if w.referent != o {
			// Cleared (or, never, changed) meanwhile: look again.
			sh.mu.Unlock()
			continue
		}
		ok := t.TryIncref(o)
		sh.mu.Unlock()
		if !ok {
			return nil
		}
		return o
	}
}

// loadReferent reads the referent pointer to find its shard. The value is
// only used under that shard's lock, where it is read again.
func (w *Weakref) loadReferent() *Object {
	return (*Object)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&w.referent))))
}

// WeakrefAlive reports whether w's referent is alive, without taking a
// reference (the answer may be stale as soon as it is returned).
func (t *Thread) WeakrefAlive(w *Weakref) bool {
	o := t.WeakrefGet(w)
	if o == nil {
		return false
	}
	t.Decref(o)
	return true
}

// WeakrefCallback returns a new reference to w's callback, or nil: it
// has none, or its referent has died (the callback is dropped then).
func (t *Thread) WeakrefCallback(w *Weakref) *Object {
	o := w.loadReferent()
	if o == nil {
		return nil
	}
	sh := weakShardOf(o)
	sh.mu.Lock()
	cb := w.callback
	if cb != nil {
		t.Incref(cb)
	}
	sh.mu.Unlock()
	return cb
}

// CachedHash returns w's cached hash, if it has one.
func (w *Weakref) CachedHash() (int64, bool) {
	o := w.loadReferent()
	if o == nil {
		return w.hash, w.hashed
	}
	sh := weakShardOf(o)
	sh.mu.Lock()
	h, ok := w.hash, w.hashed
	sh.mu.Unlock()
	return h, ok
}

// SetCachedHash caches the referent's hash in w (it is computed while the
// referent is alive, and kept after it dies, as CPython's wr_hash is).
func (w *Weakref) SetCachedHash(h int64) {
	o := w.loadReferent()
	if o == nil {
		return
	}
	sh := weakShardOf(o)
	sh.mu.Lock()
	w.hash, w.hashed = h, true
	sh.mu.Unlock()
}

// UnlinkWeakref removes a dying weak reference from its referent's list
// and drops its callback: the Clear of every weak reference type.
func (t *Thread) UnlinkWeakref(w *Weakref) {
	var cb *Object
	if o := w.loadReferent(); o != nil {
		sh := weakShardOf(o)
		sh.mu.Lock()
		if w.referent == o {
			if w.prev != nil {
				w.prev.next = w.next
			} else if w.next != nil {
				sh.lists[o] = w.next
			} else {
				delete(sh.lists, o)
			}
			if w.next != nil {
				w.next.prev = w.prev
			}
			w.prev, w.next = nil, nil
			storeReferent(w, nil)
		}
		cb, w.callback = w.callback, nil
		sh.mu.Unlock()
	} else {
		cb, w.callback = w.callback, nil
	}
	t.XDecref(cb)
}

// WeakrefCount returns the number of weak references to o
// (_PyWeakref_GetWeakrefCount).
func (t *Thread) WeakrefCount(o *Object) int {
	sh := weakShardOf(o)
	sh.mu.Lock()
	n := 0
	for w := sh.lists[o]; w != nil; w = w.next {
		n++
	}
	sh.mu.Unlock()
	return n
}

// Weakrefs returns new references to o's weak references, in list order
// (weakref.getweakrefs). References that are themselves dying are left
// out.
func (t *Thread) Weakrefs(o *Object) []*Object {
	sh := weakShardOf(o)
	sh.mu.Lock()
	var out []*Object
	for w := sh.lists[o]; w != nil; w = w.next {
		if t.TryIncref(&w.Object) {
			out = append(out, &w.Object)
		}
	}
	sh.mu.Unlock()
	return out
}

// FirstWeakref returns a new reference to o's first weak reference, or
// nil (an instance's __weakref__).
func (t *Thread) FirstWeakref(o *Object) *Object {
	sh := weakShardOf(o)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	for w := sh.lists[o]; w != nil; w = w.next {
		if t.TryIncref(&w.Object) {
			return &w.Object
		}
	}
	return nil
}

// clearWeakrefsAtDealloc runs on the way to an object's Dealloc when its
// header says it may have weak references. An instance whose class has a
// __del__ still to run clears them in deallocInstance instead, after the
// finalizer (CPython's subtype_dealloc: a resurrecting __del__ keeps the
// weak references).
func (t *Thread) clearWeakrefsAtDealloc(o *Object) {
	if o.kind == KindInstance && o.flags&flagFinalized == 0 && t.lookupType(o.typ, dunderDel) != nil {
		return
	}
	clearWeakrefsHook(t, o)
}

// clearWeakrefsHook is clearWeakrefs, reached through a variable set in
// init so that the deallocation path does not form an initialization
// cycle with the eval loop that the callbacks run in.
var clearWeakrefsHook func(t *Thread, o *Object)

func init() {
	clearWeakrefsHook = (*Thread).clearWeakrefs
	// The built-in types whose CPython layouts have a weak reference
	// list (tp_weaklistoffset).
	for _, tp := range []*Type{&TypeType, &FunctionType, &BuiltinType, &MethodType, &ModuleType,
		&SetType, &FrozenSetType, &GeneratorType, &CoroutineType, &CodeType, &MemoryViewType} {
		tp.weakrefable = true
	}
}

// clearWeakrefs is PyObject_ClearWeakRefs: o is being deallocated; its
// weak references are cleared and their callbacks called.
func (t *Thread) clearWeakrefs(o *Object) {
	sh := weakShardOf(o)
	sh.mu.Lock()
	head := sh.lists[o]
	delete(sh.lists, o)
	o.weakrefs = 0
	type pending struct{ w, cb *Object }
	var calls []pending
	for w := head; w != nil; {
		next := w.next
		w.prev, w.next = nil, nil
		storeReferent(w, nil)
		// A weak reference that is dying itself (its count reached zero
		// and it waits for this lock in UnlinkWeakref) drops its own
		// callback; the others are called.
		if w.callback != nil && t.TryIncref(&w.Object) {
			calls = append(calls, pending{&w.Object, w.callback})
			w.callback = nil
		}
		w = next
	}
	sh.mu.Unlock()
	if len(calls) == 0 {
		return
	}
	saved := t.TakeExc()
	for _, c := range calls {
		r := t.Call(c.cb, []*Object{c.w}, nil)
		if r == nil {
			t.writeUnraisable(c.cb)
		} else {
			t.Decref(r)
		}
		t.Decref(c.cb)
		t.Decref(c.w)
	}
	t.restoreExc(saved)
}

// storeReferent writes w's referent so that loadReferent may read it
// without the lock.
func storeReferent(w *Weakref, o *Object) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&w.referent)), unsafe.Pointer(o))
}

// Cleared reports whether w's referent has died (its reference cleared).
func (w *Weakref) Cleared() bool { return w.loadReferent() == nil }
