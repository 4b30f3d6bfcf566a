package functools

import (
	"sync/atomic"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// _lru_cache_wrapper: functools.lru_cache's C implementation. The cache is
// a dict from call keys to links of a doubly linked list kept in order of
// use (oldest first), as in CPython: the dict holds one reference to each
// link and the list another; a full cache reuses its oldest link. Keys are
// hashed once per call and looked up with that hash, so a key's __hash__
// runs once as in CPython.
//
// Thread safety follows free-threaded CPython's: the lookup-and-reorder
// step and the insert-or-evict step each run under the wrapper's
// container lock (CPython's critical section on the wrapper; a no-op under
// a GIL), the user function runs outside it, and hits and misses are
// atomic counters. Objects the steps release are dropped after the lock
// is released, so that no destructor runs with it held.

// lruElem is a link (functools._lru_list_elem). prev and next are borrowed.
type lruElem struct {
	core.Object
	prev, next  *lruElem
	hash        int64
	key, result *core.Object
}

type lruCache struct {
	core.Object
	lk core.ContainerLock
	// root is the list's sentinel (never a Python object).
	root          lruElem
	kind          lruKind
	typed         bool
	maxsize       int64 // -1: unbounded
	hits, misses  atomic.Int64
	cache         *core.Dict
	fn            *core.Object
	kwdMark       *core.Object
	cacheInfoType *core.Object
}

type lruKind uint8

const (
	uncached lruKind = iota // maxsize 0: every call misses
	infinite                // maxsize None: a dict, no list
	bounded                 // maxsize n > 0
)

var (
	lruType, lruElemType *core.Type
	lruSig               = core.NewTupleSignature("lru_cache", "user_function", "maxsize", "typed", "cache_info_type")
)

// funcState is the module's per-VM state: the object that separates the
// positional arguments from the keywords in a cache key.
type funcState struct{ kwdMark *core.Object }

var stateKey core.StateKey[funcState]

func init() {
	lruElemType = core.NewType[lruElem](core.TypeSpec{
		Name: "functools._lru_list_elem",
		Clear: func(t *core.Thread, o *core.Object) {
			l := asElem(o)
			t.Replace(&l.key, nil)
			t.Replace(&l.result, nil)
		},
	})
	lruType = core.NewType[lruCache](core.TypeSpec{
		Name: "functools._lru_cache_wrapper",
		Doc: "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\n" +
			"maxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\n" +
			"typed:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\n" +
			"cache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
		Dict:  true,
		Slots: core.Slots{New: lruNew, Call: lruCall, DescrGet: lruDescrGet},
		Clear: lruClear,
		Methods: []core.MethodDef{
			{Name: "cache_info", Fn: lruCacheInfo},
			{Name: "cache_clear", Fn: lruCacheClear},
			{Name: "__reduce__", Fn: lruReduce},
			{Name: "__copy__", Fn: lruCopy("__copy__")},
			{Name: "__deepcopy__", Fn: lruCopy("__deepcopy__")},
		},
	})
}

func asElem(o *core.Object) *lruElem { return (*lruElem)(unsafe.Pointer(o)) }
func asLRU(o *core.Object) *lruCache { return (*lruCache)(unsafe.Pointer(o)) }

// kwdMark returns the VM's separator object (borrowed), creating it on
// first use; it is released when the VM shuts down.
func kwdMark(t *core.Thread) *core.Object {
	st := stateKey.Get(t.VM())
	if st.kwdMark == nil {
		st.kwdMark = t.Call(&core.ObjectType.Object, nil, nil)
		if st.kwdMark == nil {
			return nil
		}
		t.VM().AtShutdown(func(t *core.Thread) { t.Replace(&st.kwdMark, nil) })
	}
	return st.kwdMark
}

func lruNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var fn, maxsizeObj, typedObj, infoType *core.Object
	if !lruSig.Parse(t, args, kwnames, &fn, &maxsizeObj, &typedObj, &infoType) {
		return nil
	}
	typed, ok := t.Truth(typedObj)
	if !ok {
		return nil
	}
	if !core.IsCallable(fn) {
		return t.RaiseMsg(&core.TypeErrorType, "the first argument must be callable")
	}
	kind, maxsize := infinite, int64(-1)
	if maxsizeObj != core.None {
		if !core.IsInt(maxsizeObj) && maxsizeObj.Type().Lookup(t, core.Intern("__index__")) == nil {
			return t.RaiseMsg(&core.TypeErrorType, "maxsize should be integer or None")
		}
		n := t.Index(maxsizeObj)
		if n == nil {
			return nil
		}
		v, fits := core.IntValue(n)
		t.Decref(n)
		if !fits {
			return t.RaiseMsg(&core.OverflowErrorType, "cannot fit '%s' into an index-sized integer", core.TypeName(maxsizeObj))
		}
		maxsize = max(v, 0)
		kind = bounded
		if maxsize == 0 {
			kind = uncached
		}
	}
	mark := kwdMark(t)
	if mark == nil {
		return nil
	}
	c := core.Alloc[lruCache](t, cls)
	c.root.prev, c.root.next = &c.root, &c.root
	c.kind, c.typed, c.maxsize = kind, typed, maxsize
	c.cache = t.NewDict()
	c.fn = t.NewRef(fn)
	c.kwdMark = t.NewRef(mark)
	c.cacheInfoType = t.NewRef(infoType)
	return &c.Object
}

func lruClear(t *core.Thread, o *core.Object) {
	c := asLRU(o)
	links := c.unlinkAll(t)
	if c.cache != nil {
		d := c.cache
		c.cache = nil
		t.Decref(&d.Object)
	}
	t.Replace(&c.fn, nil)
	t.Replace(&c.kwdMark, nil)
	t.Replace(&c.cacheInfoType, nil)
	t.DecrefAll(links)
}

// unlinkAll empties the list and returns the list's references to its
// links.
func (c *lruCache) unlinkAll(t *core.Thread) []*core.Object {
	c.lk.Lock(t)
	var links []*core.Object
	for l := c.root.next; l != nil && l != &c.root; {
		next := l.next
		// A link out of the list has no neighbours: a lookup that finds
		// it (a reentrant call during cache_clear) leaves the list alone.
		l.prev, l.next = nil, nil
		links = append(links, &l.Object)
		l = next
	}
	c.root.prev, c.root.next = &c.root, &c.root
	c.lk.Unlock(t)
	return links
}

// ---- the list (the lock held) ----

func (l *lruElem) extract() {
	l.prev.next = l.next
	l.next.prev = l.prev
}

func (c *lruCache) appendLink(l *lruElem) {
	last := c.root.prev
	last.next, c.root.prev = l, l
	l.prev, l.next = last, &c.root
}

func (c *lruCache) prependLink(l *lruElem) {
	first := c.root.next
	first.prev, c.root.next = l, l
	l.prev, l.next = &c.root, first
}

// ---- calls ----

// makeKey builds the cache key of a call (CPython's lru_cache_make_key):
// the argument itself for one str or int argument, else a tuple of the
// positional arguments, then the separator and the keyword names and
// values, then (typed) the types of all the values.
func (c *lruCache) makeKey(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	pos, kwv := core.Positional(args, kwnames)
	if !c.typed && len(kwnames) == 0 {
		if len(pos) == 1 && (core.IsExactInt(pos[0]) || pos[0].Type() == &core.StrType) {
			return t.NewRef(pos[0])
		}
		return t.TupleOf(pos...)
	}
	items := make([]*core.Object, 0, 2*len(args)+1)
	items = append(items, pos...)
	if len(kwnames) > 0 {
		items = append(items, c.kwdMark)
		for i, k := range kwnames {
			items = append(items, &k.Object, kwv[i])
		}
	}
	if c.typed {
		for _, a := range pos {
			items = append(items, &a.Type().Object)
		}
		for _, v := range kwv {
			items = append(items, &v.Type().Object)
		}
	}
	return t.TupleOf(items...)
}

func lruCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	c := asLRU(o)
	switch c.kind {
	case uncached:
		c.misses.Add(1)
		return t.Call(c.fn, args, kwnames)
	case infinite:
		return c.callInfinite(t, args, kwnames)
	}
	return c.callBounded(t, args, kwnames)
}

func (c *lruCache) callInfinite(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	key := c.makeKey(t, args, kwnames)
	if key == nil {
		return nil
	}
	defer t.Decref(key)
	hash, ok := t.Hash(key)
	if !ok {
		return nil
	}
	r, ok := c.cache.GetHashed(t, key, hash)
	if !ok {
		return nil
	}
	if r != nil {
		c.hits.Add(1)
		return r
	}
	c.misses.Add(1)
	r = t.Call(c.fn, args, kwnames)
	if r == nil {
		return nil
	}
	if !c.cache.SetHashed(t, key, hash, r) {
		t.Decref(r)
		return nil
	}
	return r
}

func (c *lruCache) callBounded(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	key := c.makeKey(t, args, kwnames)
	if key == nil {
		return nil
	}
	hash, ok := t.Hash(key)
	if !ok {
		t.Decref(key)
		return nil
	}
	if r, ok := c.lookup(t, key, hash); r != nil || !ok {
		t.Decref(key)
		return r
	}
	r := t.Call(c.fn, args, kwnames)
	if r == nil {
		t.Decref(key)
		return nil
	}
	return c.update(t, r, key, hash)
}

// lookup is the first step of a bounded call: on a hit it moves the link
// to the most recent end and returns a new reference to the result; on a
// miss it counts it and returns nil (ok true).
func (c *lruCache) lookup(t *core.Thread, key *core.Object, hash int64) (r *core.Object, ok bool) {
	c.lk.Lock(t)
	link, ok := c.cache.GetHashed(t, key, hash)
	if !ok {
		c.lk.Unlock(t)
		return nil, false
	}
	if link == nil {
		c.misses.Add(1)
		c.lk.Unlock(t)
		return nil, true
	}
	l := asElem(link)
	if l.next != nil {
		l.extract()
		c.appendLink(l)
	}
	r = t.NewRef(l.result)
	c.hits.Add(1)
	c.lk.Unlock(t)
	t.Decref(link)
	return r, true
}

// update is the second step of a bounded call, after the user function
// returned r (taken over, as is key): it stores r unless the key arrived
// meanwhile, evicting the oldest link when the cache is full. It returns a
// new reference to r, or nil with an exception.
func (c *lruCache) update(t *core.Thread, r, key *core.Object, hash int64) *core.Object {
	var drop []*core.Object
	defer func() { t.DecrefAll(drop) }()
	c.lk.Lock(t)
	defer c.lk.Unlock(t)
	test, ok := c.cache.GetHashed(t, key, hash)
	if !ok || test != nil {
		// Not found before the call and there now: another call (this
		// thread's, reentrant, or another thread's) stored it.
		drop = append(drop, test, key)
		if !ok {
			drop = append(drop, r)
			return nil
		}
		return r
	}
	if int64(c.cache.LockedLen(t)) < c.maxsize || c.root.next == &c.root {
		l := core.Alloc[lruElem](t, lruElemType)
		l.hash, l.key, l.result = hash, key, r
		if !c.cache.SetHashed(t, key, hash, &l.Object) {
			drop = append(drop, &l.Object)
			return nil
		}
		c.appendLink(l)
		return t.NewRef(r)
	}
	// Full: reuse the oldest link for the new key and result.
	l := c.root.next
	l.extract()
	l.prev, l.next = nil, nil
	popped, ok := c.cache.PopHashed(t, l.key, l.hash)
	if !ok {
		c.prependLink(l)
		drop = append(drop, key, r)
		return nil
	}
	if popped == nil {
		// The oldest key left the dict during the call (an orphan link):
		// drop the list's reference to it and do not store.
		drop = append(drop, &l.Object, key)
		return r
	}
	drop = append(drop, popped, l.key, l.result)
	l.hash, l.key, l.result = hash, key, r
	if !c.cache.SetHashed(t, key, hash, &l.Object) {
		drop = append(drop, &l.Object)
		return nil
	}
	c.appendLink(l)
	return t.NewRef(r)
}

// lruDescrGet binds the wrapper to an instance, as a function is bound.
func lruDescrGet(t *core.Thread, descr, obj, owner *core.Object) *core.Object {
	if obj == nil || obj == core.None {
		return t.NewRef(descr)
	}
	return t.NewMethod(descr, obj)
}

// ---- methods ----

func lruCacheInfo(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_lru_cache_wrapper.cache_info", args[1:], kwnames, 0, 0) {
		return nil
	}
	c := asLRU(args[0])
	maxsize := t.NewRef(core.None)
	if c.maxsize >= 0 {
		t.Decref(maxsize)
		maxsize = t.NewInt(c.maxsize)
	}
	info := []*core.Object{t.NewInt(c.hits.Load()), t.NewInt(c.misses.Load()), maxsize, t.NewInt(int64(c.cache.LockedLen(t)))}
	r := t.Call(c.cacheInfoType, info, nil)
	t.DecrefAll(info)
	return r
}

func lruCacheClear(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_lru_cache_wrapper.cache_clear", args[1:], kwnames, 0, 0) {
		return nil
	}
	c := asLRU(args[0])
	c.lk.Lock(t)
	links := c.unlinkAll(t)
	c.hits.Store(0)
	c.misses.Store(0)
	c.cache.Clear(t)
	c.lk.Unlock(t)
	t.DecrefAll(links)
	return t.NewRef(core.None)
}

// lruReduce is __reduce__: the wrapper pickles by its qualified name.
func lruReduce(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_lru_cache_wrapper.__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.GetAttrString(args[0], "__qualname__")
}

// lruCopy is __copy__ and __deepcopy__ (METH_VARARGS): the wrapper itself.
func lruCopy(name string) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.NoKeywords("_lru_cache_wrapper."+name, kwnames) {
			return nil
		}
		return t.NewRef(args[0])
	}
}
