package core

import (
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the counting primitives at the Go level, driven from one
// goroutine: the biased algorithm (Choi, Shull and Torrellas, PACT 2018;
// PEP 703) is deterministic when its threads' operations are interleaved
// by hand, so every header field can be checked after every step.

// planStrategy is a test-only strategy whose plan is fixed (core cannot
// import the strategies/ packages).
type planStrategy struct{ plan Plan }

func (s planStrategy) NewPlan(*VM, Options) (Plan, error) { return s.plan, nil }

// plainCounter is plain counting written as a strategy in another module
// would write it: through the Counter interface and Object.RC (CountCustom).
// (BenchmarkIncrefDecref measures such counters from package core_test,
// where they are outside core as another module's are.)
type plainCounter struct{}

func (plainCounter) Incref(_ *Thread, o *Object) {
	rc, _, _ := o.RC()
	*rc++
}

func (plainCounter) Decref(_ *Thread, o *Object) bool {
	rc, _, _ := o.RC()
	*rc--
	return *rc == 0
}

func (plainCounter) Count(o *Object) int64 {
	rc, _, _ := o.RC()
	return *rc
}

// testPlans are the test-only strategies, one per counting primitive.
var testPlans = map[string]Plan{
	"test-plain":        {Counting: CountPlain},
	"test-atomic":       {Counting: CountAtomic, LockContainers: true},
	"test-biased":       {Counting: CountBiased, LockContainers: true, BiasedQueue: noHandOver},
	"test-locked":       {Counting: CountLocked, LockContainers: true},
	"test-custom-plain": {Counting: CountCustom, Counter: plainCounter{}},
}

// noHandOver is test-biased's BiasedQueue. Core's tests never make a
// non-owner's decrement take a shared count below zero; the hand-over is
// the brc strategy's, tested in strategies/brc.
func noHandOver(*Thread, *Object) {
	panic("test-biased: an object was handed over to its owner (strategies/brc tests the hand-over)")
}

// newTestVM returns a VM whose strategy is one of testPlans, with
// per-operation statistics when stats is set.
func newTestVM(tb testing.TB, strategy string, stats bool) *VM {
	tb.Helper()
	return newTestVMConfig(tb, Config{Strategy: strategy, Stats: stats, Stdout: io.Discard, Stderr: io.Discard})
}

// newTestVMConfig is newTestVM with a whole Config: cfg.Strategy one of
// testPlans, which are not registered (tests that run every registered
// strategy, difftest's, must not meet them: test-biased has no hand-over),
// or a registered strategy.
func newTestVMConfig(tb testing.TB, cfg Config) *VM {
	tb.Helper()
	readyTypes()
	var vm *VM
	var err error
	if plan, ok := testPlans[cfg.Strategy]; ok {
		vm, err = newVM(cfg, StrategyInfo{Name: cfg.Strategy, Description: "counting primitive " + plan.Counting.String() + " for core tests",
			Strategy: planStrategy{plan}})
	} else {
		vm, err = NewVM(cfg)
	}
	require.NoError(tb, err)
	return vm
}

// startTestThread makes a VM thread and attaches it, as startThread does
// before running bytecode (there is no scheduler in the test plans).
func startTestThread(vm *VM, name string) *Thread {
	t := vm.newThread(name)
	t.Attach()
	return t
}

// endTestThread runs a thread's end of life as a VM thread's goroutine
// does: detach, then the exit protocol.
func endTestThread(vm *VM, t *Thread) {
	t.Detach()
	vm.exitThread(t)
}

// header is an object's raw count fields (Object.RefcntRaw).
type header struct {
	rc, shared int64
	tid        uint32
}

func headerOf(o *Object) header {
	rc, shared, tid := o.RefcntRaw()
	return header{rc, shared, tid}
}

// TestPlainCounting checks that plain counting ignores ownership: every
// thread updates the one count, the owner field stays 0 and the shared
// field untouched, and the object dies when the count reaches zero.
func TestPlainCounting(t *testing.T) {
	for _, stats := range []bool{false, true} {
		vm := newTestVM(t, "test-plain", stats)
		a := startTestThread(vm, "a")
		b := startTestThread(vm, "b")
		o := a.NewFloat(1.5)
		steps := []struct {
			th     *Thread
			incref bool // else a decref
			want   header
			freed  int64
		}{
			{a, true, header{2, 0, 0}, 0},
			{b, true, header{3, 0, 0}, 0},
			{a, false, header{2, 0, 0}, 0},
			{b, false, header{1, 0, 0}, 0},
			{b, false, header{0, 0, 0}, 1},
		}
		require.Equal(t, header{1, 0, 0}, headerOf(o))
		for i, s := range steps {
			if s.incref {
				s.th.Incref(o)
			} else {
				s.th.Decref(o)
			}
			assert.Equal(t, s.want, headerOf(o), "stats %v, step %d", stats, i)
			assert.Equal(t, s.freed, a.heap.acct.freed+b.heap.acct.freed, "stats %v, step %d", stats, i)
		}
	}
}

// TestImmortalNeverCounted checks PEP 683's immortality under plain and
// biased counting, on the inlined and the instrumented paths: increfs and
// decrefs (more decrefs than increfs) by two threads leave None's, True's and a small int's header as it was,
// free nothing, and take neither biased path.
func TestImmortalNeverCounted(t *testing.T) {
	readyTypes()
	objects := map[string]*Object{"None": None, "True": True, "7": smallIntObject(7), "type int": &IntType.Object}
	for _, strategy := range []string{"test-plain", "test-biased"} {
		for _, stats := range []bool{false, true} {
			for name, o := range objects {
				vm := newTestVM(t, strategy, stats)
				a := startTestThread(vm, "a")
				b := startTestThread(vm, "b")
				before := headerOf(o)
				require.Equal(t, header{1, 0, immortalTid}, before, "%s is immortal", name)
				for range 10 {
					a.Incref(o)
					b.Incref(o)
				}
				for range 13 {
					a.Decref(o)
					b.Decref(o)
				}
				assert.Equal(t, before, headerOf(o), "%s under %s (stats %v)", name, strategy, stats)
				endTestThread(vm, a)
				endTestThread(vm, b)
				s := vm.Stats()
				assert.Zero(t, s.ObjectsFreed, "%s under %s (stats %v)", name, strategy, stats)
				assert.Zero(t, s.OwnerOps+s.SharedOps, "%s under %s (stats %v)", name, strategy, stats)
			}
		}
	}
}

// smallIntObject returns the cached immortal int v.
func smallIntObject(v int64) *Object { return &smallInts[v-smallIntMin].Object }

// TestContainerLockCounters checks that container lock acquisitions are
// counted exactly: one per List.Append when the plan locks containers (none
// when it does not), one for a lock taken and re-entered by its holder
// (nested), and no contended acquisitions on one thread.
func TestContainerLockCounters(t *testing.T) {
	cases := []struct {
		strategy  string
		appends   int
		nested    int // lock calls held at once by one thread
		wantLocks int64
	}{
		{"test-biased", 1, 0, 1},
		{"test-biased", 10, 0, 10},
		{"test-biased", 0, 3, 1},
		{"test-biased", 7, 2, 8},
		{"test-plain", 10, 3, 0},
	}
	for _, c := range cases {
		vm := newTestVM(t, c.strategy, true)
		th := startTestThread(vm, "main")
		l := th.NewList(0)
		v := th.NewFloat(3.5)
		for range c.appends {
			l.Append(th, v)
		}
		for range c.nested {
			l.lk.lock(th)
		}
		for range c.nested {
			l.lk.unlock(th)
		}
		assert.Zero(t, l.lk.owner.Load(), "the lock is free again")
		require.Len(t, l.Items, c.appends)
		th.Decref(&l.Object)
		th.Decref(v)
		endTestThread(vm, th)
		s := vm.Stats()
		msg := []any{"%s, %d appends, %d nested", c.strategy, c.appends, c.nested}
		assert.Equal(t, c.wantLocks, s.ContainerLocks, msg...)
		assert.Zero(t, s.ContainerWaits, msg...)
		assert.Equal(t, int64(c.appends), s.Incref, msg...)
		assert.Equal(t, int64(c.appends)+2, s.Decref, msg...)
		assert.Equal(t, [2]int64{2, 2}, [2]int64{s.ObjectsAllocated, s.ObjectsFreed}, msg...)
	}
}

// TestMergeWritesNothingAfterPublishing checks that the biased primitive's
// merge has written the whole header before it publishes the merged state:
// from that moment another thread may drop the last reference, free the
// object and allocate its memory again, and a late write (it once cleared
// the local count and the owner after the compare-and-swap) would land on
// the new object.
func TestMergeWritesNothingAfterPublishing(t *testing.T) {
	var queued []*Object
	registerForTest(t, StrategyInfo{Name: "test-biased-queue", Strategy: planStrategy{Plan{
		Counting: CountBiased, LockContainers: true,
		BiasedQueue: func(_ *Thread, o *Object) { queued = append(queued, o) },
	}}})
	vm := newTestVM(t, "test-biased-queue", false)
	a := vm.NewThread("a")
	b := vm.NewThread("b")
	o := a.NewFloat(0.5)
	a.Incref(o) // both references are b's
	b.Decref(o) // would go below zero: handed over
	require.Equal(t, []*Object{o}, queued)
	var reused *Object
	mergePublished = func(m *Object) {
		mergePublished = nil
		b.Decref(m) // the last reference: b frees the object...
		reused = b.NewFloat(1.5)
		require.Same(t, m, reused, "...and its memory comes back from b's free list")
	}
	defer func() { mergePublished = nil }()
	a.BiasedMerge(o)
	require.NotNil(t, reused)
	assert.Equal(t, header{1, 0, b.ID()}, headerOf(reused), "the new object's header after the merge returned")
	b.Decref(reused)
	a.Exit()
	b.Exit()
	assert.Zero(t, vm.Stats().Leaked)
}
