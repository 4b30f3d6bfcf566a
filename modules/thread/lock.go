package thread

import (
	"fmt"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// The lock type (_thread.LockType, threading.Lock): a one-slot channel, so
// that an acquisition with a timeout and a release from another thread are
// what Go's channels already do.

type lock struct {
	core.Object
	ch chan struct{}
}

var lockType *core.Type

func asLock(o *core.Object) *lock { return (*lock)(unsafe.Pointer(o)) }

// newLock returns a new unlocked lock (allocate_lock).
func newLock(t *core.Thread) *core.Object {
	l := core.Alloc[lock](t, lockType)
	l.ch = make(chan struct{}, 1)
	return &l.Object
}

func lockAcquire(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	ns, ok := parseAcquire(t, args[1:], kwnames)
	if !ok {
		return nil
	}
	return core.Bool(acquireChan(t, asLock(args[0]).ch, ns))
}

func lockRelease(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("lock.release", args[1:], kwnames, 0, 0) {
		return nil
	}
	return releaseChan(t, asLock(args[0]).ch, "release unlocked lock")
}

// releaseChan releases a channel lock, raising RuntimeError(msg) when it
// is not locked.
func releaseChan(t *core.Thread, ch chan struct{}, msg string) *core.Object {
	select {
	case <-ch:
		return core.None
	default:
		return t.RaiseMsg(&core.RuntimeErrorType, "%s", msg)
	}
}

func lockExit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return releaseChan(t, asLock(args[0]).ch, "release unlocked lock")
}

func lockLocked(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("lock.locked", args[1:], kwnames, 0, 0) {
		return nil
	}
	return core.Bool(len(asLock(args[0]).ch) == 1)
}

// lockAtForkReinit is _at_fork_reinit(): the lock becomes unlocked (the
// child of a fork owns none of its parent's locks).
func lockAtForkReinit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("lock._at_fork_reinit", args[1:], kwnames, 0, 0) {
		return nil
	}
	select {
	case <-asLock(args[0]).ch:
	default:
	}
	return core.None
}

func lockRepr(t *core.Thread, o *core.Object) *core.Object {
	state := "unlocked"
	if len(asLock(o).ch) == 1 {
		state = "locked"
	}
	return t.NewStr(fmt.Sprintf("<%s %s object at %p>", state, o.Type().TpName(), o))
}

func init() {
	lockType = core.NewType[lock](core.TypeSpec{
		Name: "_thread.lock",
		Slots: core.Slots{
			Repr: lockRepr,
		},
		Methods: []core.MethodDef{
			{Name: "acquire", Fn: lockAcquire},
			{Name: "acquire_lock", Fn: lockAcquire},
			{Name: "__enter__", Fn: lockAcquire},
			{Name: "release", Fn: lockRelease},
			{Name: "release_lock", Fn: lockRelease},
			{Name: "__exit__", Fn: lockExit},
			{Name: "locked", Fn: lockLocked},
			{Name: "locked_lock", Fn: lockLocked},
			{Name: "_at_fork_reinit", Fn: lockAtForkReinit},
		},
	})
}
