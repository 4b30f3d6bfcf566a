package core

import "sync/atomic"

// LOAD_GLOBAL's inline cache, after CPython 3.11's LOAD_GLOBAL_MODULE and
// LOAD_GLOBAL_BUILTIN specialisations: the first execution finds which
// namespace holds the name and at which entry; later executions check that
// neither namespace's layout (keys and their positions) has changed since
// and read the entry's value directly, without hashing or probing.
//
// Under a GIL the cached read takes no lock, like CPython's. When threads
// run in parallel the read takes the namespace's container lock, as every
// dict read in rcvm does: PEP 703 reads dicts optimistically instead, so
// rcvm's free-threaded strategies pay somewhat more here than free-threaded
// CPython would (see the package comment of strategies/brc).

// globalCache is one cached LOAD_GLOBAL resolution. Entries are immutable
// and replaced whole, so that threads may read them while another thread
// installs a new one.
type globalCache struct {
	globals, builtins *Dict
	// glayout and blayout are the two namespaces' layouts when the entry
	// was made.
	glayout, blayout uint64
	// pos is the name's entry in globals, or -1 when the name lives in the
	// builtins at entry bpos.
	pos, bpos int32
}

// loadGlobalCached is LOAD_GLOBAL of c's i-th name: a new reference, or nil
// with NameError raised.
func (t *Thread) loadGlobalCached(c *Code, globals *Dict, i int32) *Object {
	slot := &c.globalCaches[i]
	if e := slot.Load(); e != nil && e.globals == globals {
		if v := t.readCachedGlobal(e); v != nil {
			return v
		}
	}
	name := c.names[i]
	if e := t.resolveGlobal(globals, name); e != nil {
		slot.Store(e)
		if v := t.readCachedGlobal(e); v != nil {
			return v
		}
	}
	return t.loadGlobal(globals, name)
}

// readCachedGlobal returns a new reference to the cached entry's value, or
// nil when the entry is stale.
func (t *Thread) readCachedGlobal(e *globalCache) *Object {
	d, pos := e.globals, e.pos
	if pos < 0 {
		if e.globals.layout.Load() != e.glayout {
			return nil
		}
		d, pos = e.builtins, e.bpos
	}
	layout := e.glayout
	if d == e.builtins {
		layout = e.blayout
	}
	d.lk.lock(t)
	var v *Object
	if d.layout.Load() == layout {
		v = d.entries[pos].value
		t.Incref(v)
	}
	d.lk.unlock(t)
	return v
}

// resolveGlobal finds where name lives, for a new cache entry, or returns
// nil when it is in neither namespace.
func (t *Thread) resolveGlobal(globals *Dict, name *Str) *globalCache {
	builtins := t.vm.builtins
	if globals.watch == watchNone || builtins.watch == watchNone {
		return nil
	}
	e := &globalCache{globals: globals, builtins: builtins, pos: -1, bpos: -1}
	globals.lk.lock(t)
	e.glayout = globals.layout.Load()
	e.pos = int32(globals.strPos(name))
	globals.lk.unlock(t)
	if e.pos >= 0 {
		return e
	}
	builtins.lk.lock(t)
	e.blayout = builtins.layout.Load()
	e.bpos = int32(builtins.strPos(name))
	builtins.lk.unlock(t)
	if e.bpos < 0 {
		return nil
	}
	return e
}

// newGlobalCaches makes a code object's LOAD_GLOBAL caches, one per name.
func newGlobalCaches(n int) []atomic.Pointer[globalCache] {
	return make([]atomic.Pointer[globalCache], n)
}
