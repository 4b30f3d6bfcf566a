package core

// LOAD_GLOBAL's inline cache, after CPython 3.11's LOAD_GLOBAL_MODULE and
// LOAD_GLOBAL_BUILTIN specialisations: the first execution looks the name
// up and remembers the value with the versions of the globals and the
// builtins; later executions check that neither namespace has changed since
// (two loads) and take a reference to the remembered value, without hashing,
// probing or locking.
//
// When threads run in parallel this read is lock-free, as dict reads are in
// PEP 703: a namespace that replaces or deletes a value defers dropping its
// reference until every thread has passed a quiescent state (qsbr.go), so a
// value a reader found behind a current version is still alive when the
// reader counts it.

// globalCache is one cached LOAD_GLOBAL resolution. Entries are immutable
// and replaced whole, so that threads may read them while another thread
// installs a new one.
type globalCache struct {
	globals, builtins *Dict
	// gversion and bversion are the namespaces' versions when the entry
	// was made; inBuiltins says which one holds the name.
	gversion, bversion uint64
	inBuiltins         bool
	// value is borrowed: the namespace holds it while its version stands.
	value *Object
}

// loadGlobalCached is LOAD_GLOBAL of c's i-th name: a new reference, or nil
// with NameError raised.
func (t *Thread) loadGlobalCached(c *Code, globals *Dict, i int32) *Object {
	slot := &c.globalCaches[i]
	if e := slot.Load(); e != nil && e.globals == globals && e.current() {
		t.Incref(e.value)
		return e.value
	}
	name := c.names[i]
	if e := t.resolveGlobal(globals, name); e != nil {
		slot.Store(e)
		if e.current() {
			t.Incref(e.value)
			return e.value
		}
	}
	return t.loadGlobal(globals, name)
}

// current reports whether the namespaces are as they were when the entry
// was made (the builtins matter only for a name found there: a global of
// the same name would have changed the globals' version).
func (e *globalCache) current() bool {
	return e.globals.version.Load() == e.gversion &&
		(!e.inBuiltins || e.builtins.version.Load() == e.bversion)
}

// resolveGlobal looks name up for a new cache entry, or returns nil when it
// is in neither namespace or the namespaces are not versioned.
func (t *Thread) resolveGlobal(globals *Dict, name *Str) *globalCache {
	builtins := t.builtinsFor(globals)
	if globals.watch == watchNone || builtins.watch == watchNone {
		return nil
	}
	e := &globalCache{globals: globals, builtins: builtins}
	if e.gversion, e.value = versionedGet(t, globals, name); e.value != nil {
		return e
	}
	if e.bversion, e.value = versionedGet(t, builtins, name); e.value == nil {
		return nil
	}
	e.inBuiltins = true
	return e
}

// versionedGet looks name up under the dict's lock, with the version read
// before the lookup: a change made after it leaves an entry that current()
// finds stale. The value is borrowed.
func versionedGet(t *Thread, d *Dict, name *Str) (uint64, *Object) {
	d.lk.lock(t)
	defer d.lk.unlock(t)
	return d.version.Load(), d.getStr(name)
}
