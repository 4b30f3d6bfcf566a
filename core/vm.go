package core

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Config configures a VM.
type Config struct {
	// Strategy names the refcount-safety strategy ("gil" when empty).
	Strategy string
	// Options are passed to the strategy.
	Options Options
	// Checked poisons and quarantines freed objects and counts uses after
	// free and decrements below zero.
	Checked bool
	// Stats collects per-operation counters (costs time: never combine with
	// a timing run).
	Stats bool
	// MaxMemory bounds the bytes of object payload the program may hold
	// (0: no limit); beyond it allocation raises MemoryError.
	MaxMemory int64
	// RecursionLimit is sys.getrecursionlimit() (1000 when 0).
	RecursionLimit int
	// Stdout and Stderr receive the program's output (os.Stdout/os.Stderr
	// when nil).
	Stdout, Stderr io.Writer
	// Stdlib is the directory of CPython 3.11's standard library (its
	// Lib/) that imports search after the program's own directories (see
	// FindStdlib); "" for none.
	Stdlib string
	// PythonPath are the directories of PYTHONPATH, searched after the
	// program's directory and before Stdlib.
	PythonPath []string
	// CacheDir is where compiled modules are cached (see DefaultCacheDir);
	// "" turns the cache off.
	CacheDir string
}

// VM is one interpreter: its strategy, modules, threads and heap accounting.
// Several VMs can run in one process (subinterpreters, PEP 684): they share
// only immortal objects.
type VM struct {
	cfg      Config
	strategy StrategyInfo
	plan     Plan
	checked  bool

	builtins *Dict
	// sysModules is sys.modules; sysMod the sys module.
	sysModules *Dict
	sysMod     *Module
	// importLocks are the per-module import locks (import_lock.go).
	importLocks importLocks
	argv        []string
	// path0 is sys.path[0]: the script's directory, "" for -c and stdin.
	path0 string
	// builtinsMod is the builtins module wrapping the builtins dict.
	builtinsMod *Module
	// classes lists the classes the program created (not counted as
	// references), so that shutdown can break the cycles every class is in
	// (class -> dict -> method -> __class__ cell -> class), as CPython's
	// final garbage collection does.
	classMu sync.Mutex
	classes []*Type
	// sources holds each run file's lines, for tracebacks.
	sources sync.Map

	threadsMu sync.Mutex
	threads   map[uint32]*Thread
	nextID    uint32
	// pyThreadsAlive is _thread._count(): the threads StartThread started
	// that are still running.
	pyThreadsAlive atomic.Int64
	// busy counts the worker threads that are attached or ending, and
	// stopping is set when the program has ended and those threads must
	// stop (api_thread.go); parked is where stopped threads wait forever.
	busy     atomic.Int64
	stopping atomic.Bool
	parked   chan struct{}

	switchInterval atomic.Int64 // nanoseconds

	// qsbr defers the drop of namespace values that threads may be reading
	// without a lock (qsbr.go).
	qsbr qsbr

	// codecs holds the codec search functions and error handlers
	// (codec_registry.go).
	codecs codecRegistry

	out  *lockedWriter
	errw *lockedWriter

	// vmHooks holds native modules' per-VM state and shutdown hooks
	// (api_module.go).
	vmHooks

	// Accounting, summed over threads when they exit.
	acctMu       sync.Mutex
	acct         threadStats
	useAfterFree atomic.Int64
	negative     atomic.Int64
	started      time.Time
}

// NewVM creates an interpreter with the configured strategy.
func NewVM(cfg Config) (*VM, error) {
	if cfg.Strategy == "" {
		cfg.Strategy = "gil"
	}
	info, ok := LookupStrategy(cfg.Strategy)
	if !ok {
		return nil, fmt.Errorf("unknown strategy %q (see 'rcvm strategies')", cfg.Strategy)
	}
	return newVM(cfg, info)
}

// newVM creates an interpreter with the given strategy, registered or not
// (core's tests use strategies that no one else may see).
func newVM(cfg Config, info StrategyInfo) (*VM, error) {
	if cfg.Options.SwitchInterval == 0 {
		cfg.Options.SwitchInterval = 5 * time.Millisecond
	}
	if cfg.RecursionLimit == 0 {
		cfg.RecursionLimit = 1000
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	cfg.Options.Stats = cfg.Stats
	vm := &VM{
		cfg:      cfg,
		strategy: info,
		checked:  cfg.Checked,
		threads:  map[uint32]*Thread{},
		out:      newLockedWriter(cfg.Stdout, stdoutBufferSize),
		errw:     newLockedWriter(cfg.Stderr, 4096),
		started:  time.Now(),
		parked:   make(chan struct{}),
	}
	vm.switchInterval.Store(int64(cfg.Options.SwitchInterval))
	values, err := resolveOptions(info, cfg.Options.Set)
	if err != nil {
		return nil, fmt.Errorf("strategy %s: %w", info.Name, err)
	}
	cfg.Options.values = values
	plan, err := info.Strategy.NewPlan(vm, cfg.Options)
	if err != nil {
		return nil, fmt.Errorf("strategy %s: %w", info.Name, err)
	}
	if err := plan.check(); err != nil {
		return nil, fmt.Errorf("strategy %s: %w", info.Name, err)
	}
	vm.plan = plan
	return vm, nil
}

// Strategy returns the VM's strategy.
func (vm *VM) Strategy() StrategyInfo { return vm.strategy }

// Plan returns the strategy's plan for this VM.
func (vm *VM) Plan() Plan { return vm.plan }

// SwitchInterval returns the current switch interval (sys.getswitchinterval).
func (vm *VM) SwitchInterval() time.Duration { return time.Duration(vm.switchInterval.Load()) }

// SetSwitchInterval changes the switch interval (sys.setswitchinterval).
func (vm *VM) SetSwitchInterval(d time.Duration) { vm.switchInterval.Store(int64(d)) }

// Threads returns the VM's live threads (for schedulers that need to look
// at the others).
func (vm *VM) Threads() []*Thread {
	vm.threadsMu.Lock()
	defer vm.threadsMu.Unlock()
	out := make([]*Thread, 0, len(vm.threads))
	for _, t := range vm.threads {
		out = append(out, t)
	}
	return out
}

// newThread registers a new VM thread. It is not attached yet.
func (vm *VM) newThread(name string) *Thread {
	vm.threadsMu.Lock()
	vm.nextID++
	t := &Thread{id: vm.nextID, vm: vm, name: name, detached: 1}
	t.qsbrSeen.Store(detachedEpoch)
	vm.threads[t.id] = t
	vm.threadsMu.Unlock()
	t.base = vm.plan.Counting
	t.counting = t.base
	if t.base == CountBiased || t.base == CountCustom {
		t.ownerTid = t.id
	}
	t.counter = vm.plan.Counter
	if vm.plan.InlineOwner {
		t.inlineOwner = true
		t.ownerCounter = vm.plan.Counter.(OwnerCounter)
	}
	t.lockContainers = vm.plan.LockContainers
	t.sched = vm.plan.Scheduler
	if vm.cfg.Stats {
		t.stats = &threadStats{}
	}
	if vm.cfg.Stats || vm.cfg.Checked {
		t.counting = countInstrumented
	}
	switch {
	case t.counting == CountPlain:
		t.fastTid = 0
	case t.counting == CountBiased, t.counting == CountCustom && t.inlineOwner:
		t.fastTid = t.id
	default:
		t.fastTid = noFastPath
	}
	t.heap.checked = vm.checked
	if vm.plan.OnThreadStart != nil {
		vm.plan.OnThreadStart(t)
	}
	return t
}

// NewThread makes a VM thread for the calling goroutine, outside a running
// program, and attaches it (CPython's PyThreadState_New and
// PyEval_RestoreThread): for a strategy's tests, which drive threads by
// hand, and for Go code that embeds a VM. End it with Exit, on the same
// goroutine.
func (vm *VM) NewThread(name string) *Thread {
	readyTypes()
	t := vm.newThread(name)
	t.Attach()
	return t
}

// Exit ends a thread made by NewThread as a VM thread's goroutine ends:
// it detaches, then runs the exit protocol (the strategy's OnThreadExit,
// the accounting of what it allocated and freed).
func (t *Thread) Exit() {
	t.Detach()
	t.vm.exitThread(t)
}

// ObjectsFreed is how many objects t has freed so far (read it on t's
// goroutine or while t is stopped; Stats has the totals once threads end).
func (t *Thread) ObjectsFreed() int64 { return t.heap.acct.freed }

// noFastPath is a fastTid no object's owner field ever holds, and
// immortalTid the owner field of every immortal object, which no thread's
// fastTid equals (thread ids count up from 1 and are never reused).
const (
	noFastPath  = ^uint32(0)
	immortalTid = ^uint32(0) - 1
)

// exitThread runs a thread's end-of-life protocol: the strategy's exit hook,
// then the accounting.
func (vm *VM) exitThread(t *Thread) {
	if vm.plan.OnThreadExit != nil {
		vm.plan.OnThreadExit(t)
	}
	vm.threadsMu.Lock()
	delete(vm.threads, t.id)
	// A reclamation that waited for t waits no more: let the others finish it.
	if vm.qsbr.waiting() {
		for _, other := range vm.threads {
			other.SetBreaker(BreakQSBR)
		}
	}
	vm.threadsMu.Unlock()
	vm.acctMu.Lock()
	vm.acct.add(&t.heap.acct)
	if t.stats != nil {
		vm.acct.add(t.stats)
	}
	vm.acctMu.Unlock()
	t.heap.release()
}

func (vm *VM) noteUseAfterFree() { vm.useAfterFree.Add(1) }
func (vm *VM) noteNegative()     { vm.negative.Add(1) }

// GoMaxProcs is runtime.GOMAXPROCS(0), for reports.
func GoMaxProcs() int { return runtime.GOMAXPROCS(0) }

// internalFault reports a Go panic inside a VM thread as an internal error
// and ends the process: the VM's state can no longer be trusted.
func (vm *VM) internalFault(r any) {
	vm.out.Flush()
	vm.errw.WriteString(fmt.Sprintf("rcvm: internal error: %v\n", r))
	vm.errw.Flush()
	os.Exit(70)
}
