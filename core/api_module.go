package core

import (
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/rcvm/rcvm/core/compile"
)

// The extension API's module helpers: filling a native module's namespace,
// state a module keeps per VM, work to do when a VM shuts down, exception
// classes of modules, and the lock a native container takes.

// SetOwned stores v as the module attribute name, taking over the caller's
// reference. A nil v (a failed constructor) stores nothing and returns
// false, so that a builder can write
//
//	if !m.SetOwned(t, "maxsize", t.NewInt(n)) { return false }
func (m *Module) SetOwned(t *Thread, name string, v *Object) bool {
	if v == nil {
		return false
	}
	m.SetAttrString(t, name, v)
	t.Decref(v)
	return true
}

// AddType stores a type in the module under its __name__.
func (m *Module) AddType(t *Thread, tp *Type) { m.SetAttrString(t, tp.Name, &tp.Object) }

// SetDoc sets the module's __doc__.
func (m *Module) SetDoc(t *Thread, doc string) { m.SetOwned(t, "__doc__", t.NewStr(doc)) }

// StateKey names a module's per-VM state of type T. Declare one per module
// (a package-level variable) and reach the state with Get: the first call
// in a VM creates a zero T. Several VMs in one process (subinterpreters)
// each get their own, as with CPython's per-module state (PEP 489).
//
//	var stateKey core.StateKey[state]
//	st := stateKey.Get(t.VM())
//
// A state that holds references to objects releases them in a shutdown
// hook (VM.AtShutdown), registered when the module is built.
type StateKey[T any] struct{ _ byte }

// Get returns the VM's state for the key, creating it on first use.
func (k *StateKey[T]) Get(vm *VM) *T {
	if v, ok := vm.states.Load(k); ok {
		return v.(*T)
	}
	v, _ := vm.states.LoadOrStore(k, new(T))
	return v.(*T)
}

// AtShutdown registers fn to run when the VM shuts down: after the program's
// threads have finished and before the modules' namespaces are cleared (so
// that what fn releases is not counted as leaked). Hooks run on the main
// thread, most recently registered first, as atexit's do.
func (vm *VM) AtShutdown(fn func(t *Thread)) {
	vm.hooksMu.Lock()
	vm.shutdownHooks = append(vm.shutdownHooks, fn)
	vm.hooksMu.Unlock()
}

// runShutdownHooks runs the AtShutdown hooks, including any a hook adds.
func (vm *VM) runShutdownHooks(t *Thread) {
	for {
		vm.hooksMu.Lock()
		n := len(vm.shutdownHooks)
		if n == 0 {
			vm.hooksMu.Unlock()
			return
		}
		fn := vm.shutdownHooks[n-1]
		vm.shutdownHooks = vm.shutdownHooks[:n-1]
		vm.hooksMu.Unlock()
		fn(t)
		t.ClearExc()
	}
}

// vmHooks is the VM's part of the module API (embedded in VM).
type vmHooks struct {
	states        sync.Map
	hooksMu       sync.Mutex
	shutdownHooks []func(t *Thread)
	// auditHooks are sys.addaudithook's hooks (under hooksMu).
	auditHooks []*Object
	// finalizing is sys.is_finalizing(): set once shutdown starts.
	finalizing atomic.Bool
}

// NewExceptionType creates an exception class of a native module
// (PyErr_NewException("module.name", base)): __module__ is module,
// __name__ name. base nil is Exception. Call it from an init function.
func NewExceptionType(module, name string, base *Type) *Type {
	if base == nil {
		base = &ExceptionType
	}
	tp := &Type{Name: name, Module: module, Base: base, InstanceKind: KindInstance, IsException: true}
	tp.Dealloc = deallocException
	registerType(tp)
	return tp
}

// RaiseErrno raises OSError(errno, strerror) — with filename when it is not
// nil — as CPython's PyErr_SetFromErrnoWithFilenameObject does, and returns
// nil: the subclass CPython picks for the errno, strerror the C library's
// message (see RaiseErrnoFilenames and RaiseOSError in exc_oserror.go).
func (t *Thread) RaiseErrno(errno syscall.Errno, filename *Object) *Object {
	return t.RaiseErrnoFilenames(int(errno), filename, nil)
}

// RaiseWith raises an exception of type tp with the given arguments (new
// references are taken): KeyError(key), StopIteration(value). It returns nil.
func (t *Thread) RaiseWith(tp *Type, args ...*Object) *Object {
	t.Raise(t.NewException(tp, args...))
	return nil
}

// ContainerLock protects a native container's contents when threads run in
// parallel, as core's list and dict are protected (PEP 703's per-object
// critical sections): a no-op under a GIL, a one-word lock under the
// free-threaded strategies. It is re-entrant, so that code holding it may
// call Python code that comes back to the same container; it must not be
// held across a blocking call (Thread.Blocking). Embed it in the layout.
type ContainerLock struct{ l containerLock }

// Lock takes the lock (if the strategy locks containers).
func (c *ContainerLock) Lock(t *Thread) { c.l.lock(t) }

// Unlock releases it.
func (c *ContainerLock) Unlock(t *Thread) { c.l.unlock(t) }

// RegisterSourceModule registers a module of rcvm's own written in Python
// (for example modules/pyperf, the benchmark harness pyperformance's
// scripts import): its source, embedded in the binary, runs in the new
// module's namespace on its first import, under filename in tracebacks.
// Like core's prelude modules it is found before sys.path and is not
// listed in sys.builtin_module_names. Call it from an init function.
func RegisterSourceModule(name, filename string, source []byte) {
	preludeModules[name] = true
	RegisterModule(name, func(t *Thread, m *Module) bool { return m.ExecSource(t, filename, source) })
}

// ExecSource compiles source and runs it in the module's namespace, as
// exec(compile(source, filename, "exec"), m.__dict__) does. It returns
// false with the exception set (a SyntaxError for source that does not
// compile).
func (m *Module) ExecSource(t *Thread, filename string, source []byte) bool {
	bcode, err := compile.File(filename, source)
	if err != nil {
		t.RaiseMsg(&SystemErrorType, "%s: %v", filename, err)
		return false
	}
	return t.execModuleCode(m, loadCode(bcode))
}
