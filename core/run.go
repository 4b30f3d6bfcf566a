package core

import (
	"os"
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core/syntax"
)

// Result is what running a program produced.
type Result struct {
	// ExitCode is the process exit status CPython would return.
	ExitCode int
	// Stats are the VM's counters (the per-operation ones only with
	// Config.Stats).
	Stats Stats
}

// Stats are the counters a run reports (rcvm run -stats).
type Stats struct {
	Strategy         string           `json:"strategy"`
	ObjectsAllocated int64            `json:"objects_allocated"`
	ObjectsFreed     int64            `json:"objects_freed"`
	Leaked           int64            `json:"leaked"`
	UseAfterFree     int64            `json:"use_after_free"`
	NegativeRefcount int64            `json:"negative_refcount"`
	Incref           int64            `json:"incref"`
	Decref           int64            `json:"decref"`
	Bytecodes        int64            `json:"bytecodes"`
	ContainerLocks   int64            `json:"container_locks"`
	ContainerWaits   int64            `json:"container_lock_contended"`
	RCLockContended  int64            `json:"refcount_lock_contended"`
	Strategy2        map[string]int64 `json:"-"` // the strategy's own (Plan.Counters)

	// OwnerOps and SharedOps split the count operations of a primitive
	// with an owner's path (biased counting, custom counting with
	// Plan.InlineOwner) between the owner's plain path and the other one
	// (the shared count's, or the Counter's). The strategy names them in
	// its Counters (brc: brc_owner_ops, brc_shared_ops).
	OwnerOps, SharedOps int64 `json:"-"`
}

// InternalError is a fault inside the VM (a Go panic), reported to the user
// without a Go stack trace.
type InternalError struct {
	Msg   string
	Stack string
}

func (e *InternalError) Error() string { return "rcvm internal error: " + e.Msg }

// uintptrOf returns an object's address (for id() and default hashes).
func uintptrOf(o *Object) uintptr { return uintptr(unsafe.Pointer(o)) }

// handleUncaught prints the uncaught exception (or applies SystemExit) and
// returns the exit status.
func (t *Thread) handleUncaught() int {
	exc := t.TakeExc()
	defer t.Decref(exc)
	if exc.typ.IsSubtype(&SystemExitType) {
		return t.systemExitCode(exc)
	}
	t.printUncaught(exc)
	if e := t.TakeExc(); e != nil {
		// sys.excepthook raised SystemExit.
		defer t.Decref(e)
		return t.systemExitCode(e)
	}
	t.vm.out.Flush()
	t.vm.errw.Flush()
	return 1
}

// systemExitCode turns a SystemExit into an exit status (printing a
// non-integer code to stderr, as CPython does).
func (t *Thread) systemExitCode(exc *Object) int {
	args := asTuple(asException(exc).Args).Items
	if len(args) == 0 || args[0] == None {
		return 0
	}
	if args[0].kind == KindInt {
		if v, ok := IntValue(args[0]); ok {
			return int(v & 0xff)
		}
	}
	s, _ := t.StrString(args[0])
	t.vm.out.Flush()
	t.vm.errw.WriteString(s + "\n")
	t.vm.errw.Flush()
	return 1
}

// shutdown waits for the program's threads, clears the module globals (so
// that everything still alive afterwards is a leak) and flushes output.
func (vm *VM) shutdown(main *Thread, exit int) int {
	main.waitForThreads()
	vm.stopOtherThreads(main)
	vm.runShutdownHooks(main)
	exit = vm.flushStdoutAtExit(main, exit)
	vm.finalizing.Store(true)
	vm.clearModules(main)
	// What clearing the modules deferred (QSBR) is released while the
	// builtins still exist: finalizers (a suspended generator's finally
	// clauses) may run Python code.
	vm.flushDeferred(main)
	vm.clearClasses(main)
	if vm.builtinsMod != nil {
		vm.builtinsMod.Dict.Clear(main)
		main.Decref(&vm.builtinsMod.Object)
		vm.builtinsMod = nil
	}
	main.runExitHooks()
	vm.flushDeferred(main)
	main.ClearExc()
	if main.handled != nil {
		main.Decref(main.handled)
		main.handled = nil
	}
	vm.out.Flush()
	vm.errw.Flush()
	return exit
}

// finish ends the main thread and gathers the counters.
func (vm *VM) finish(main *Thread, exit int) Result {
	main.Detach()
	vm.exitThread(main)
	vm.out.Flush()
	vm.errw.Flush()
	return Result{ExitCode: exit, Stats: vm.Stats()}
}

// Stats returns the VM's counters (after the run).
func (vm *VM) Stats() Stats {
	vm.acctMu.Lock()
	a := vm.acct
	vm.acctMu.Unlock()
	s := Stats{
		Strategy:         vm.strategy.Name,
		ObjectsAllocated: a.allocated,
		ObjectsFreed:     a.freed,
		Leaked:           a.allocated - a.freed,
		UseAfterFree:     vm.useAfterFree.Load(),
		NegativeRefcount: vm.negative.Load(),
		Incref:           a.incref,
		Decref:           a.decref,
		Bytecodes:        a.bytecodes,
		ContainerLocks:   a.containerLocks,
		ContainerWaits:   a.containerContended,
		RCLockContended:  a.rcLockContended,
		OwnerOps:         a.ownerOps,
		SharedOps:        a.sharedOps,
	}
	if vm.plan.Counters != nil {
		s.Strategy2 = vm.plan.Counters(&s)
	}
	return s
}

// Map returns the stats as the flat JSON object -stats writes.
func (s Stats) Map() map[string]any {
	m := map[string]any{
		"strategy":                 s.Strategy,
		"objects_allocated":        s.ObjectsAllocated,
		"objects_freed":            s.ObjectsFreed,
		"leaked":                   s.Leaked,
		"use_after_free":           s.UseAfterFree,
		"negative_refcount":        s.NegativeRefcount,
		"incref":                   s.Incref,
		"decref":                   s.Decref,
		"bytecodes":                s.Bytecodes,
		"container_locks":          s.ContainerLocks,
		"container_lock_contended": s.ContainerWaits,
		"refcount_lock_contended":  s.RCLockContended,
	}
	for k, v := range s.Strategy2 {
		m[k] = v
	}
	return m
}

// sourceLine returns a line of a source file, stripped: of the program
// run as __main__, or of a file read now (as linecache reads imported
// modules' files when a traceback is printed).
func (vm *VM) sourceLine(filename string, line int) string {
	v, ok := vm.sources.Load(filename)
	if !ok {
		if strings.HasPrefix(filename, "<") {
			return ""
		}
		src, err := os.ReadFile(filename)
		if err != nil {
			return ""
		}
		if text, err := syntax.DecodeSource(filename, src); err == nil {
			src = text
		}
		v, _ = vm.sources.LoadOrStore(filename, strings.Split(string(src), "\n"))
	}
	lines := v.([]string)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// clearClasses empties the namespaces of the classes still alive at
// shutdown, breaking the reference cycles classes are part of. Without a
// cycle collector this is what lets a program that defines classes end with
// no leaks.
func (vm *VM) clearClasses(t *Thread) {
	vm.classMu.Lock()
	classes := vm.classes
	vm.classes = nil
	vm.classMu.Unlock()
	for _, cls := range classes {
		if cls.IsFreed() || cls.Dict == nil {
			continue
		}
		t.Incref(&cls.Object)
		cls.Dict.Clear(t)
		t.Decref(&cls.Object)
	}
}

// storeSource keeps the lines of a program's source for its tracebacks,
// decoded from the encoding its coding declaration names.
func (vm *VM) storeSource(file string, src []byte) {
	if text, err := syntax.DecodeSource(file, src); err == nil {
		src = text
	}
	vm.sources.Store(file, strings.Split(string(src), "\n"))
}
