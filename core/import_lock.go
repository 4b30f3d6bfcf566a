package core

import "sync"

// Import locks, as CPython's importlib._bootstrap keeps them: one
// re-entrant lock per module name being imported, so that two threads
// importing the same module get one module object, executed once, while
// imports of different modules proceed in parallel. A thread that would
// wait for a lock held by a thread that (transitively) waits for one of its
// own gets _DeadlockError instead, as _ModuleLock.acquire raises it.
// Waiting detaches from the strategy (the GIL is released), as CPython's
// lock acquisition does.

// moduleLock is the lock of one module name.
type moduleLock struct {
	name    string
	owner   *Thread
	count   int
	waiters int
	wake    *sync.Cond
}

// importLocks is a VM's table of module locks; mu guards every field of
// every lock in it.
type importLocks struct {
	mu         sync.Mutex
	locks      map[string]*moduleLock
	blockingOn map[*Thread]*moduleLock
	// global is _imp's global import lock (mod_imp.go).
	global     importLock
	globalWake *sync.Cond
}

func newCond(mu *sync.Mutex) *sync.Cond { return sync.NewCond(mu) }

// DeadlockErrorType is importlib's _DeadlockError.
var DeadlockErrorType = Type{Name: "_DeadlockError", Module: "_frozen_importlib", Base: &RuntimeErrorType,
	InstanceKind: KindInstance, IsException: true}

func init() {
	registerType(&DeadlockErrorType)
	DeadlockErrorType.Dealloc = deallocException
}

// acquireModuleLock takes the lock of module name for t. It returns false
// with _DeadlockError raised when waiting would deadlock.
func (t *Thread) acquireModuleLock(name string) bool {
	il := &t.vm.importLocks
	il.mu.Lock()
	if il.locks == nil {
		il.locks = map[string]*moduleLock{}
		il.blockingOn = map[*Thread]*moduleLock{}
	}
	l := il.locks[name]
	if l == nil {
		l = &moduleLock{name: name}
		l.wake = sync.NewCond(&il.mu)
		il.locks[name] = l
	}
	for {
		if l.count == 0 || l.owner == t {
			l.owner = t
			l.count++
			il.mu.Unlock()
			return true
		}
		if il.deadlocks(t, l) {
			il.mu.Unlock()
			t.RaiseMsg(&DeadlockErrorType, "deadlock detected by _ModuleLock('%s')", name)
			return false
		}
		il.blockingOn[t] = l
		l.waiters++
		t.Detach()
		l.wake.Wait()
		delete(il.blockingOn, t)
		il.mu.Unlock()
		// Attach without holding the table's mutex: attaching may wait for
		// the GIL, whose holder may be about to take the mutex. l stays
		// counted as waited for until t has looked at it again, so that a
		// release meanwhile cannot drop it from the table: t would then
		// take a lock nobody else sees, and never release it.
		t.Attach()
		il.mu.Lock()
		l.waiters--
	}
}

// deadlocks reports whether t waiting for l would close a cycle of threads
// each waiting for a lock the next one holds.
func (il *importLocks) deadlocks(t *Thread, l *moduleLock) bool {
	seen := map[*Thread]bool{}
	for owner := l.owner; owner != nil && !seen[owner]; {
		if owner == t {
			return true
		}
		seen[owner] = true
		next := il.blockingOn[owner]
		if next == nil {
			return false
		}
		owner = next.owner
	}
	return false
}

// releaseModuleLock releases t's hold on the lock of module name.
func (t *Thread) releaseModuleLock(name string) {
	il := &t.vm.importLocks
	il.mu.Lock()
	l := il.locks[name]
	if l != nil && l.owner == t {
		l.count--
		if l.count == 0 {
			l.owner = nil
			if l.waiters > 0 {
				l.wake.Broadcast()
			} else {
				delete(il.locks, name)
			}
		}
	}
	il.mu.Unlock()
}

// waitForModule waits until no other thread is importing name (CPython's
// _lock_unlock_module): a module that is in sys.modules but still
// initialising is returned only once it is complete, or at once when
// waiting would deadlock (a concurrent circular import, which accepts the
// partially initialised module).
func (t *Thread) waitForModule(name string) {
	if t.acquireModuleLock(name) {
		t.releaseModuleLock(name)
		return
	}
	t.ClearExc()
}
