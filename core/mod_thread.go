package core

import (
	_ "embed"
	"runtime"
	"time"

	"github.com/rcvm/rcvm/core/compile"
)

// The _thread module (threads and locks, in Go) and the threading module
// (prelude/threading.py, Python over _thread, as in CPython).

//go:embed prelude/threading.py
var threadingSource []byte

// LockType is the type of _thread locks (threading.Lock()).
var LockType = Type{Name: "lock", Module: "_thread", InstanceKind: KindOther}

// Lock is a Python lock. A channel of capacity one makes acquire with a
// timeout and release from another thread straightforward, as Python's
// lock semantics require.
type Lock struct {
	Object
	ch chan struct{}
}

func asLock(o *Object) *Lock { return (*Lock)(ptrOf(o)) }

func (t *Thread) newLock() *Object {
	l := &Lock{ch: make(chan struct{}, 1)}
	t.initObject(&l.Object, KindOther, &LockType)
	return &l.Object
}

// acquire takes the lock, detaching from the strategy while it blocks (the
// GIL is released around Lock.acquire as in CPython).
func (l *Lock) acquire(t *Thread, blocking bool, timeout time.Duration) bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
	}
	if !blocking {
		return false
	}
	got := false
	t.Blocking(func() {
		if timeout < 0 {
			l.ch <- struct{}{}
			got = true
			return
		}
		timer := time.NewTimer(timeout)
		defer timer.Stop()
		select {
		case l.ch <- struct{}{}:
			got = true
		case <-timer.C:
		}
	})
	return got
}

func lockAcquire(t *Thread, args []*Object, kwnames []*Str) *Object {
	var self, blocking, timeout *Object
	if !t.ParseArgs("acquire", args, kwnames, []string{"self", "blocking", "timeout"}, 1, &self, &blocking, &timeout) {
		return nil
	}
	block := true
	if blocking != nil {
		b, ok := t.Truth(blocking)
		if !ok {
			return nil
		}
		block = b
	}
	d := time.Duration(-1)
	if timeout != nil {
		secs, ok := t.floatArg(timeout)
		if !ok {
			return nil
		}
		if secs >= 0 {
			if !block {
				return t.RaiseMsg(&ValueErrorType, "can't specify a timeout for a non-blocking call")
			}
			d = time.Duration(secs * float64(time.Second))
		} else if secs != -1 {
			return t.RaiseMsg(&ValueErrorType, "timeout value must be a non-negative number")
		}
	}
	return Bool(asLock(self).acquire(t, block, d))
}

func lockRelease(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("release", args, kwnames, 1, -1) {
		return nil
	}
	select {
	case <-asLock(args[0]).ch:
		return None
	default:
		return t.RaiseMsg(&RuntimeErrorType, "release unlocked lock")
	}
}

func lockLocked(t *Thread, args []*Object, kwnames []*Str) *Object {
	return Bool(len(asLock(args[0]).ch) == 1)
}

// floatArg converts an int or float argument to float64.
func (t *Thread) floatArg(o *Object) (float64, bool) {
	switch o.kind {
	case KindFloat:
		return asFloat(o).V, true
	case KindInt, KindBool:
		if v, ok := IntValue(o); ok {
			return float64(v), true
		}
	}
	t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as a float", o.typ.Name)
	return 0, false
}

// startThread runs fn(*args) in a new VM thread (whose place the caller
// has reserved with reserveOSThread): a goroutine locked to its
// own OS thread, attached to the strategy while it runs bytecode.
func (t *Thread) startThread(fn, args *Object) uint32 {
	vm := t.vm
	nt := vm.newThread("")
	vm.pyThreadsAlive.Add(1)
	vm.wg.Add(1)
	t.Incref(fn)
	t.Incref(args)
	go func() {
		runtime.LockOSThread()
		defer vm.wg.Done()
		defer releaseOSThread()
		defer func() {
			if r := recover(); r != nil {
				vm.internalFault(r)
			}
		}()
		nt.Attach()
		r := nt.Call(fn, asTuple(args).Items, nil)
		if r == nil {
			if !nt.ExcMatches(&SystemExitType) {
				exc := nt.exc
				vm.out.Flush()
				vm.errw.WriteString("Unhandled exception in thread started by " + callableName(fn) + "\n" + nt.FormatException(exc))
				vm.errw.Flush()
			}
			nt.ClearExc()
		} else {
			nt.Decref(r)
		}
		nt.Decref(fn)
		nt.Decref(args)
		if nt.pyThread != nil {
			p := nt.pyThread
			nt.pyThread = nil
			nt.Decref(p)
		}
		if nt.handled != nil {
			nt.Decref(nt.handled)
			nt.handled = nil
		}
		vm.pyThreadsAlive.Add(-1)
		nt.Detach()
		vm.exitThread(nt)
	}()
	return nt.id
}

func buildThreadModule(t *Thread, m *Module) bool {
	m.SetFunc(t, "allocate_lock", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.newLock()
	})
	m.SetFunc(t, "start_new_thread", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("start_new_thread", args, kwnames, 2, 2) {
			return nil
		}
		if args[1].kind != KindTuple {
			return t.RaiseMsg(&TypeErrorType, "2nd arg must be a tuple")
		}
		if !reserveOSThread() {
			return t.RaiseMsg(&RuntimeErrorType, "can't start new thread")
		}
		return t.NewInt(int64(t.startThread(args[0], args[1])))
	})
	m.SetFunc(t, "get_ident", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.NewInt(int64(t.id))
	})
	m.SetFunc(t, "_next_number", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.NewInt(t.vm.threadNum.Add(1))
	})
	m.SetFunc(t, "_set_current", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		old := t.pyThread
		t.pyThread = t.NewRef(args[0])
		t.XDecref(old)
		if t.id == 1 && t.vm.mainThreadObj == nil {
			t.vm.mainThreadObj = args[0]
		}
		return None
	})
	m.SetFunc(t, "_get_current", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if t.pyThread == nil {
			return None
		}
		return t.NewRef(t.pyThread)
	})
	m.SetFunc(t, "_main_thread", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if t.vm.mainThreadObj == nil {
			return None
		}
		return t.NewRef(t.vm.mainThreadObj)
	})
	m.SetFunc(t, "_count", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.NewInt(t.vm.pyThreadsAlive.Load() + 1)
	})
	m.SetFunc(t, "_report_exception", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("_report_exception", args, kwnames, 2, 2) {
			return nil
		}
		name, _ := t.StrString(args[0])
		t.vm.out.Flush()
		t.vm.errw.WriteString("Exception in thread " + name + ":\n" + t.FormatException(args[1]))
		t.vm.errw.Flush()
		return None
	})
	return true
}

func buildThreadingModule(t *Thread, m *Module) bool {
	bcode, err := compile.File("<frozen threading>", threadingSource)
	if err != nil {
		t.RaiseMsg(&SystemErrorType, "threading prelude: %v", err)
		return false
	}
	code := loadCode(bcode)
	fn := t.makeFunction(code, m.Dict)
	r := t.callFunction(fn, nil, nil)
	t.Decref(&fn.Object)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

func init() {
	registerType(&LockType)
	LockType.def("acquire", lockAcquire)
	LockType.def("release", lockRelease)
	LockType.def("locked", lockLocked)
	LockType.def("__enter__", lockAcquire)
	LockType.def("__exit__", lockRelease)
	LockType.Dealloc = func(t *Thread, o *Object) { t.recycle(o) }
	LockType.New = func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object { return t.newLock() }
	RegisterModule("_thread", buildThreadModule)
	RegisterModule("threading", buildThreadingModule)
}
