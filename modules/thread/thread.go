// Package thread is the _thread module, in Go as CPython writes it in C
// (Modules/_threadmodule.c): locks, re-entrant locks, threads, thread-local
// data and the default thread exception hook. Every blocking call detaches
// from the strategy (under the GIL it releases the GIL, as CPython does).
// CPython's threading module runs over it.
package thread

import (
	"github.com/rcvm/rcvm/core"
)

func init() {
	core.RegisterModule("_thread", buildThread)
}

// stackSizeKey is the per-VM stack_size() setting.
var stackSizeKey core.StateKey[struct{ size int64 }]

func buildThread(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.")
	funcs := []struct {
		name string
		fn   core.BuiltinFunc
	}{
		{"allocate_lock", allocateLock},
		{"allocate", allocateLock},
		{"start_new_thread", startNewThread},
		{"start_new", startNewThread},
		{"exit", threadExit},
		{"exit_thread", threadExit},
		{"get_ident", getIdent},
		{"get_native_id", getNativeID},
		{"_count", threadCount},
		{"stack_size", stackSize},
		{"_set_sentinel", setSentinel},
		{"_excepthook", excepthook},
	}
	for _, f := range funcs {
		m.SetFunc(t, f.name, f.fn)
	}
	m.SetAttrString(t, "LockType", &lockType.Object)
	m.AddType(t, rlockType)
	m.AddType(t, localType)
	m.AddType(t, exceptHookArgsType)
	m.SetAttrString(t, "error", &core.RuntimeErrorType.Object)
	return m.SetOwned(t, "TIMEOUT_MAX", t.NewFloat(timeoutMax))
}

func allocateLock(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread.allocate_lock", args, kwnames, 0, 0) {
		return nil
	}
	return newLock(t)
}

// startNewThread is start_new_thread(function, args[, kwargs]).
func startNewThread(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("start_new_thread", kwnames) {
		return nil
	}
	switch {
	case len(args) < 2:
		return t.RaiseMsg(&core.TypeErrorType, "start_new_thread expected at least 2 arguments, got %d", len(args))
	case len(args) > 3:
		return t.RaiseMsg(&core.TypeErrorType, "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	fn, fargs := args[0], args[1]
	var kw *core.Object
	if !core.IsCallable(fn) {
		return t.RaiseMsg(&core.TypeErrorType, "first arg must be callable")
	}
	if !core.IsTuple(fargs) {
		return t.RaiseMsg(&core.TypeErrorType, "2nd arg must be a tuple")
	}
	if len(args) == 3 {
		kw = args[2]
		if !core.IsDict(kw) {
			return t.RaiseMsg(&core.TypeErrorType, "optional 3rd arg must be a dictionary")
		}
	}
	if t.VM().Finalizing() {
		return t.RaiseMsg(&core.RuntimeErrorType, "can't create new thread at interpreter shutdown")
	}
	t.Incref(fn)
	t.Incref(fargs)
	t.XIncref(kw)
	id := t.StartThread(func(nt *core.Thread) {
		r := nt.CallArgs(fn, fargs, kw)
		if r != nil {
			nt.Decref(r)
		} else if !nt.ExcMatches(&core.SystemExitType) {
			reportUnraisable(nt, fn)
		}
		nt.ClearExc()
		nt.Decref(fn)
		nt.Decref(fargs)
		nt.XDecref(kw)
	})
	return t.NewInt(int64(id))
}

// reportUnraisable prints the exception a thread started by
// start_new_thread ended with, as CPython's _PyErr_WriteUnraisableMsg("in
// thread started by", func) does through the default sys.unraisablehook.
func reportUnraisable(t *core.Thread, fn *core.Object) {
	exc := t.TakeExc()
	defer t.Decref(exc)
	desc, ok := t.ReprString(fn)
	if !ok {
		t.ClearExc()
		desc = "<object repr() failed>"
	}
	t.WriteStderr("Exception ignored in thread started by: " + desc + "\n" + t.FormatException(exc))
	t.ClearExc()
}

// threadExit is exit() and exit_thread(): SystemExit, which ends the
// thread silently.
func threadExit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread.exit", args, kwnames, 0, 0) {
		return nil
	}
	return t.RaiseWith(&core.SystemExitType)
}

func getIdent(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread.get_ident", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewUint64(ident(t))
}

func getNativeID(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread.get_native_id", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewInt(int64(t.NativeID()))
}

func threadCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread._count", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewInt(t.VM().ThreadsStarted())
}

// minStackSize is CPython's THREAD_STACK_MIN on Linux.
const minStackSize = 0x8000

// stackSize is stack_size([size]). VM threads run on goroutines, whose
// stacks grow as they need, so the setting is only recorded, with
// CPython's checks and return value.
func stackSize(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("stack_size", args, kwnames, 0, 1) {
		return nil
	}
	st := stackSizeKey.Get(t.VM())
	old := st.size
	if len(args) == 1 {
		n, ok := t.AsInt64(args[0])
		if !ok {
			return nil
		}
		if n < 0 {
			return t.RaiseMsg(&core.ValueErrorType, "size must be 0 or a positive value")
		}
		if n != 0 && n < minStackSize {
			return t.RaiseMsg(&core.ValueErrorType, "size not valid: %d bytes", n)
		}
		st.size = n
	}
	return t.NewInt(old)
}

// setSentinel is _set_sentinel(): a lock that is released when the calling
// thread ends, if it holds it then (threading's thread acquires it at once,
// and Thread.join waits on it).
func setSentinel(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread._set_sentinel", args, kwnames, 0, 0) {
		return nil
	}
	l := newLock(t)
	t.Incref(l)
	t.OnExit(func(t *core.Thread) {
		select {
		case <-asLock(l).ch:
		default:
		}
		t.Decref(l)
	})
	return l
}
