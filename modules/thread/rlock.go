package thread

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// The re-entrant lock (_thread.RLock, threading.RLock): a channel lock, the
// owning thread's ident and the recursion count. Only the owner changes the
// count; other threads read the owner to see that they are not it.

type rlock struct {
	core.Object
	ch    chan struct{}
	owner atomic.Uint64
	count atomic.Uint64
}

var rlockType *core.Type

func asRLock(o *core.Object) *rlock { return (*rlock)(unsafe.Pointer(o)) }

func rlockNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	r := core.Alloc[rlock](t, cls)
	r.ch = make(chan struct{}, 1)
	return &r.Object
}

// ident is the thread's get_ident().
func ident(t *core.Thread) uint64 { return uint64(t.ID()) }

func rlockAcquire(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	ns, ok := parseAcquire(t, args[1:], kwnames)
	if !ok {
		return nil
	}
	r := asRLock(args[0])
	me := ident(t)
	if r.count.Load() > 0 && r.owner.Load() == me {
		if r.count.Load() == ^uint64(0) {
			return t.RaiseMsg(&core.OverflowErrorType, "Internal lock count overflowed")
		}
		r.count.Add(1)
		return core.True
	}
	if !acquireChan(t, r.ch, ns) {
		return core.False
	}
	r.owner.Store(me)
	r.count.Store(1)
	return core.True
}

// rlockReleaseOnce drops one level of ownership.
func rlockReleaseOnce(t *core.Thread, o *core.Object) *core.Object {
	r := asRLock(o)
	if r.count.Load() == 0 || r.owner.Load() != ident(t) {
		return t.RaiseMsg(&core.RuntimeErrorType, "cannot release un-acquired lock")
	}
	if r.count.Add(^uint64(0)) == 0 {
		r.owner.Store(0)
		<-r.ch
	}
	return core.None
}

func rlockRelease(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("RLock.release", args[1:], kwnames, 0, 0) {
		return nil
	}
	return rlockReleaseOnce(t, args[0])
}

func rlockExit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return rlockReleaseOnce(t, args[0])
}

// rlockReleaseSave is _release_save(): release the lock whatever its
// count, returning (count, owner) for _acquire_restore (Condition.wait).
func rlockReleaseSave(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("RLock._release_save", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := asRLock(args[0])
	if r.count.Load() == 0 {
		return t.RaiseMsg(&core.RuntimeErrorType, "cannot release un-acquired lock")
	}
	count, owner := r.count.Load(), r.owner.Load()
	r.count.Store(0)
	r.owner.Store(0)
	<-r.ch
	return t.TupleOwned(t.NewUint64(count), t.NewUint64(owner))
}

// rlockAcquireRestore is _acquire_restore((count, owner)).
func rlockAcquireRestore(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_acquire_restore", args[1:], kwnames, 1, 1) {
		return nil
	}
	// PyArg_ParseTuple's "(kk)": a sequence of two integers.
	state, ok := t.SeqItems(args[1])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "_acquire_restore() argument 1 must be 2-item sequence, not %s", args[1].Type().TpName())
	}
	defer t.DecrefAll(state)
	if len(state) != 2 {
		return t.RaiseMsg(&core.TypeErrorType, "_acquire_restore() argument 1 must be sequence of length 2, not %d", len(state))
	}
	count, ok := t.AsCLong(state[0])
	if !ok {
		return nil
	}
	owner, ok := t.AsCLong(state[1])
	if !ok {
		return nil
	}
	r := asRLock(args[0])
	acquireChan(t, r.ch, -1)
	r.owner.Store(uint64(owner))
	r.count.Store(uint64(count))
	return core.None
}

func rlockIsOwned(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("RLock._is_owned", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := asRLock(args[0])
	return core.Bool(r.count.Load() > 0 && r.owner.Load() == ident(t))
}

func rlockRecursionCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("RLock._recursion_count", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := asRLock(args[0])
	if r.owner.Load() != ident(t) {
		return t.NewInt(0)
	}
	return t.NewUint64(r.count.Load())
}

func rlockAtForkReinit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("RLock._at_fork_reinit", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := asRLock(args[0])
	select {
	case <-r.ch:
	default:
	}
	r.owner.Store(0)
	r.count.Store(0)
	return core.None
}

func rlockRepr(t *core.Thread, o *core.Object) *core.Object {
	r := asRLock(o)
	count := r.count.Load()
	state, owner := "unlocked", uint64(0)
	if count > 0 {
		state, owner = "locked", r.owner.Load()
	}
	return t.NewStr(fmt.Sprintf("<%s %s object owner=%d count=%d at %p>", state, o.Type().TpName(), owner, count, o))
}

func init() {
	rlockType = core.NewType[rlock](core.TypeSpec{
		Name:         "_thread.RLock",
		Subclassable: true,
		Slots: core.Slots{
			New:  rlockNew,
			Repr: rlockRepr,
		},
		Methods: []core.MethodDef{
			{Name: "acquire", Fn: rlockAcquire},
			{Name: "__enter__", Fn: rlockAcquire},
			{Name: "release", Fn: rlockRelease},
			{Name: "__exit__", Fn: rlockExit},
			{Name: "_is_owned", Fn: rlockIsOwned},
			{Name: "_recursion_count", Fn: rlockRecursionCount},
			{Name: "_release_save", Fn: rlockReleaseSave},
			{Name: "_acquire_restore", Fn: rlockAcquireRestore},
			{Name: "_at_fork_reinit", Fn: rlockAtForkReinit},
		},
	})
}
