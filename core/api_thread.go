package core

import (
	"runtime"
	"syscall"
	"time"
)

// The extension API's thread services, for the _thread module
// (modules/thread): starting a VM thread, work a thread does when it ends,
// and the shutdown protocol that stops the threads still running when the
// program ends (CPython's daemon threads).

// StartThread runs run on a new VM thread: a goroutine locked to its own
// OS thread, attached to the strategy while it runs (CPython's
// PyThread_start_new_thread with the thread state of thread_run). run
// receives the new thread; an exception it leaves set is cleared silently
// (run reports what it wants reported). When run returns, the thread's exit
// hooks run (most recently registered first), then it ends. StartThread
// returns the new thread's id (get_ident in that thread).
func (t *Thread) StartThread(run func(nt *Thread)) uint32 {
	vm := t.vm
	nt := vm.newThread("")
	nt.worker = true
	vm.pyThreadsAlive.Add(1)
	go func() {
		runtime.LockOSThread()
		defer func() {
			if r := recover(); r != nil {
				vm.internalFault(r)
			}
		}()
		nt.nativeID = syscall.Gettid()
		nt.Attach()
		run(nt)
		nt.ClearExc()
		nt.runExitHooks()
		if nt.handled != nil {
			nt.Decref(nt.handled)
			nt.handled = nil
		}
		nt.ClearExc()
		vm.pyThreadsAlive.Add(-1)
		// The thread stays counted as busy until its exit protocol is
		// over: that protocol hands its objects over (brc), which the
		// shutdown must not race with.
		nt.exiting = true
		nt.Detach()
		vm.exitThread(nt)
		vm.busy.Add(-1)
	}()
	return nt.id
}

// ThreadsStarted is the number of threads started with StartThread that
// are still running (_thread._count()).
func (vm *VM) ThreadsStarted() int64 { return vm.pyThreadsAlive.Load() }

// NativeID is the operating system's id of the thread (get_native_id):
// each VM thread runs on its own OS thread.
func (t *Thread) NativeID() int {
	if t.nativeID == 0 {
		return syscall.Gettid()
	}
	return t.nativeID
}

// OnExit registers fn to run when t ends, while t is still attached (for a
// thread started with StartThread: after run returns; for the main thread:
// at shutdown, after the modules are cleared). Hooks run most recently
// registered first, as CPython clears a thread state's locals before it
// releases the thread's sentinel lock. Call it on t's own goroutine.
func (t *Thread) OnExit(fn func(t *Thread)) { t.exitHooks = append(t.exitHooks, fn) }

// runExitHooks runs the OnExit hooks, including hooks they register.
func (t *Thread) runExitHooks() {
	for len(t.exitHooks) > 0 {
		n := len(t.exitHooks)
		fn := t.exitHooks[n-1]
		t.exitHooks = t.exitHooks[:n-1]
		fn(t)
		t.ClearExc()
	}
}

// IsMain reports whether t is the main thread of the program.
func (t *Thread) IsMain() bool { return !t.worker }

// WriteStderr writes text to sys.stderr (to the process's stderr when
// sys.stderr is missing or None), flushing stdout first, as CPython's
// error displays do.
func (t *Thread) WriteStderr(text string) bool { return t.writeStderr(text) }

// stopOtherThreads is the end of CPython's daemon threads: once the program
// is over (threading._shutdown has waited for the non-daemon threads and the
// exit functions have run), every other thread is stopped where it is
// before the interpreter is torn down. A thread that runs bytecode stops at
// its next safepoint, one blocked in a call (sleep, a lock) stops when the
// call returns, as CPython's threads hang when they take the GIL after
// finalization has started. The stopped threads never run again; what they
// hold stays allocated (the leak report counts it).
func (vm *VM) stopOtherThreads(main *Thread) {
	vm.stopping.Store(true)
	for _, th := range vm.Threads() {
		if th != main {
			th.SetBreaker(BreakStop)
		}
	}
	if vm.busy.Load() == 0 {
		return
	}
	main.Detach()
	for vm.busy.Load() != 0 {
		time.Sleep(200 * time.Microsecond)
	}
	main.Attach()
}

// park stops a worker thread for good once the shutdown has begun (see
// stopOtherThreads). The thread is detached and not counted as busy.
func (t *Thread) park() {
	<-t.vm.parked
}

// waitForThreads calls threading._shutdown() when the program imported
// threading, as CPython's wait_for_thread_shutdown does: it waits for the
// non-daemon threads. An exception it raises is reported as unraisable.
func (t *Thread) waitForThreads() {
	threading := t.vm.sysModules.GetStr(t, Intern("threading"))
	if threading == nil {
		t.ClearExc()
		return
	}
	defer t.Decref(threading)
	r := t.CallMethod(threading, "_shutdown")
	if r != nil {
		t.Decref(r)
		return
	}
	if t.ExcMatches(&AttributeErrorType) {
		// A module named threading that is not the standard one.
		t.ClearExc()
		return
	}
	exc := t.TakeExc()
	desc, _ := t.ReprString(threading)
	t.ClearExc()
	t.writeStderr("Exception ignored in: " + desc + "\n" + t.FormatException(exc))
	t.Decref(exc)
}

// Finalizing reports whether the interpreter is shutting down: the program
// has ended and the remaining threads are being stopped, or the modules
// are being torn down (no new thread may start).
func (vm *VM) Finalizing() bool { return vm.stopping.Load() || vm.finalizing.Load() }
