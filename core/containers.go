package core

import (
	"runtime"
	"sync/atomic"
	"time"
)

// containerLock protects a container's contents when threads run in
// parallel (PEP 703's per-object "critical sections"). It is re-entrant for
// the thread that holds it, so that a comparison that runs Python code while
// a container is locked cannot deadlock on that same container. Under a GIL
// (Plan.LockContainers false) it is never taken.
//
// Like PEP 703's PyMutex it is one word: the holder's thread id, 0 when
// free. An uncontended acquisition and release cost one compare-and-swap and
// one store, half the atomic instructions of a sync.Mutex plus an owner
// field. A waiter spins, then yields its processor, then sleeps briefly:
// critical sections here are short (no blocking call runs while a container
// is locked), so parking queues would cost more than they save.
type containerLock struct {
	owner atomic.Uint32
	// depth counts the holder's re-entries; only the holder touches it.
	depth uint32
}

// lock takes the container lock if the plan asks for container locking.
func (l *containerLock) lock(t *Thread) {
	if !t.lockContainers {
		return
	}
	l.acquire(t)
}

func (l *containerLock) acquire(t *Thread) {
	if l.owner.CompareAndSwap(0, t.id) {
		if t.stats != nil {
			t.stats.containerLocks++
		}
		return
	}
	if l.owner.Load() == t.id {
		l.depth++
		return
	}
	if t.stats != nil {
		t.stats.containerLocks++
		t.stats.containerContended++
	}
	for spins := 0; ; spins++ {
		if l.owner.Load() == 0 && l.owner.CompareAndSwap(0, t.id) {
			return
		}
		switch {
		case spins < lockSpins:
		case spins < lockYields:
			runtime.Gosched()
		default:
			time.Sleep(lockSleep)
		}
	}
}

// Waiting for a container lock: busy spins, then yields, then short sleeps.
const (
	lockSpins  = 64
	lockYields = 1024
	lockSleep  = 20 * time.Microsecond
)

// unlock releases the container lock.
func (l *containerLock) unlock(t *Thread) {
	if !t.lockContainers {
		return
	}
	if l.depth > 0 {
		l.depth--
		return
	}
	l.owner.Store(0)
}

// Tuple is a Python tuple.
type Tuple struct {
	Object
	Items []*Object
}

// Tuples of up to tupleFreeSizes-1 items are recycled by size, as CPython's
// tuple free lists are.
const tupleFreeSizes = 16

func asTuple(o *Object) *Tuple { return (*Tuple)(ptrOf(o)) }

// NewTuple returns a tuple of n items, all nil: the caller fills them with
// new references (PyTuple_New).
func (t *Thread) NewTuple(n int) *Tuple {
	var p *Tuple
	if n < tupleFreeSizes {
		p = t.heap.tuples[n].pop()
	}
	if p == nil {
		p = &Tuple{Items: make([]*Object, n)}
	}
	t.initObject(&p.Object, KindTuple, &TupleType)
	return p
}

// TupleOf returns a tuple of the given items, taking a new reference to each.
func (t *Thread) TupleOf(items ...*Object) *Object {
	p := t.NewTuple(len(items))
	for i, it := range items {
		t.Incref(it)
		p.Items[i] = it
	}
	return &p.Object
}

func deallocTuple(t *Thread, o *Object) {
	p := asTuple(o)
	for i, it := range p.Items {
		if it != nil {
			p.Items[i] = nil
			t.Decref(it)
		}
	}
	if len(p.Items) < tupleFreeSizes && t.recycle(o) {
		t.heap.tuples[len(p.Items)].push(p)
	}
}

// List is a Python list.
type List struct {
	Object
	Items []*Object
	lk    containerLock
}

func asList(o *Object) *List { return (*List)(ptrOf(o)) }

// NewList returns an empty list with room for capacity items.
func (t *Thread) NewList(capacity int) *List {
	p := t.heap.lists.pop()
	if p == nil {
		p = &List{}
	}
	if cap(p.Items) < capacity {
		p.Items = make([]*Object, 0, capacity)
	}
	p.Items = p.Items[:0]
	t.initObject(&p.Object, KindList, &ListType)
	return p
}

// ListOf returns a list of the given items, taking a new reference to each.
func (t *Thread) ListOf(items ...*Object) *Object {
	p := t.NewList(len(items))
	for _, it := range items {
		t.Incref(it)
		p.Items = append(p.Items, it)
	}
	return &p.Object
}

// Append adds a new reference to v at the end of the list.
func (l *List) Append(t *Thread, v *Object) {
	t.Incref(v)
	l.lk.lock(t)
	l.Items = append(l.Items, v)
	l.lk.unlock(t)
}

func deallocList(t *Thread, o *Object) {
	p := asList(o)
	items := p.Items
	for i, it := range items {
		items[i] = nil
		t.Decref(it)
	}
	p.Items = items[:0]
	if cap(items) > 1024 {
		p.Items = nil
	}
	if t.recycle(o) {
		t.heap.lists.push(p)
	}
}

// Cell is a closure cell holding a variable shared by nested functions.
// Functions running in different threads may share a cell: under a
// free-threaded plan its variable is read and written under the cell's
// lock (PEP 703's PyCell_GetRef, written out in LOAD_DEREF, and
// PyCell_SetTakeRef), so that a reader never counts a value another
// thread's store has just dropped.
type Cell struct {
	Object
	V  *Object
	lk containerLock
}

// swap stores v (whose reference the cell takes; nil empties the cell) and
// returns the value it held, whose reference the caller now owns.
func (c *Cell) swap(t *Thread, v *Object) *Object {
	c.lk.lock(t)
	old := c.V
	c.V = v
	c.lk.unlock(t)
	return old
}

func asCell(o *Object) *Cell { return (*Cell)(ptrOf(o)) }

// NewCell returns a cell holding v (a new reference to v is taken; v may be nil).
func (t *Thread) NewCell(v *Object) *Object {
	c := &Cell{V: v}
	if v != nil {
		t.Incref(v)
	}
	t.initObject(&c.Object, KindCell, &CellType)
	return &c.Object
}

func deallocCell(t *Thread, o *Object) {
	c := asCell(o)
	if c.V != nil {
		v := c.V
		c.V = nil
		t.Decref(v)
	}
	t.recycle(o)
}
