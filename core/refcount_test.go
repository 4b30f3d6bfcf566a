package core

import (
	"fmt"
	"io"
	"sync"
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
// BenchmarkIncrefDecref compares it with the built-in plain primitive to
// show what the interface dispatch costs.
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
	"test-biased":       {Counting: CountBiased, LockContainers: true},
	"test-locked":       {Counting: CountLocked, LockContainers: true},
	"test-custom-plain": {Counting: CountCustom, Counter: plainCounter{}},
}

var testPlansOnce sync.Once

// newTestVM returns a VM whose strategy is one of testPlans, with
// per-operation statistics when stats is set.
func newTestVM(tb testing.TB, strategy string, stats bool) *VM {
	tb.Helper()
	return newTestVMConfig(tb, Config{Strategy: strategy, Stats: stats, Stdout: io.Discard, Stderr: io.Discard})
}

// newTestVMConfig is newTestVM with a whole Config (cfg.Strategy one of
// testPlans).
func newTestVMConfig(tb testing.TB, cfg Config) *VM {
	tb.Helper()
	testPlansOnce.Do(func() {
		for name, plan := range testPlans {
			Register(StrategyInfo{Name: name, Description: "counting primitive " + plan.Counting.String() + " for core tests",
				Strategy: planStrategy{plan}})
		}
	})
	readyTypes()
	vm, err := NewVM(cfg)
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

// sharedField encodes a shared count and a state as biased counting keeps
// them in Object.shared.
func sharedField(count int64, state int64) int64 { return count<<brcShift | state }

// isQueued reports whether o is in owner's merge queue.
func isQueued(owner *Thread, o *Object) bool {
	owner.brcMu.Lock()
	defer owner.brcMu.Unlock()
	for _, q := range owner.brcQueued {
		if q == o {
			return true
		}
	}
	return false
}

// The thread ids newTestVM's first two threads get.
const (
	ownerID = 1
	otherID = 2
)

// brcOp is one step of a biased-counting scenario.
type brcOp int

const (
	opIncref    brcOp = iota // t.Incref(o)
	opDecref                 // t.Decref(o)
	opSafepoint              // the thread reaches a safepoint (eval breaker)
	opExit                   // the thread ends (exitThread)
)

var brcOpNames = [...]string{"incref", "decref", "safepoint", "exit"}

// brcStep is one operation by the owner (by == ownerID) or the other
// thread, and the state expected after it.
type brcStep struct {
	by   uint32
	op   brcOp
	want header
	// freed is the number of objects freed so far (by either thread).
	freed int64
	// queued: o is in the owner's merge queue and, while the owner lives,
	// the owner's eval breaker asks for a merge.
	queued bool
}

// TestBiasedCounting drives the biased primitive through its paths — the
// owner's local count, other threads' shared count, queueing to the owner
// when the shared count would go negative, the owner's merge at a
// safepoint, the merge when the local count reaches zero, the owner's exit
// and the ownerless merge of an exited owner's objects — and checks the
// header fields (local count, shared count with its state bits, owner), the
// owner's queue and eval breaker, and the number of objects freed after
// every step. Each scenario runs with the inlined fast path (statistics
// off) and with the instrumented dispatch (statistics on): both must follow
// the algorithm exactly.
func TestBiasedCounting(t *testing.T) {
	const (
		a = ownerID
		b = otherID
	)
	merged := func(count int64) int64 { return sharedField(count, brcMerged) }
	queued := func(count int64) int64 { return sharedField(count, brcQueued) }
	cases := []struct {
		name  string
		steps []brcStep
	}{
		{"owner increfs and decrefs stay on the local count", []brcStep{
			{a, opIncref, header{2, 0, a}, 0, false},
			{a, opIncref, header{3, 0, a}, 0, false},
			{a, opDecref, header{2, 0, a}, 0, false},
			{a, opDecref, header{1, 0, a}, 0, false},
			// Local count zero, shared zero: dead at once, no merge.
			{a, opDecref, header{0, 0, a}, 1, false},
		}},
		{"other thread's increfs and decrefs go to the shared count", []brcStep{
			{b, opIncref, header{1, sharedField(1, brcDefault), a}, 0, false},
			{b, opIncref, header{1, sharedField(2, brcDefault), a}, 0, false},
			{b, opDecref, header{1, sharedField(1, brcDefault), a}, 0, false},
			{b, opDecref, header{1, 0, a}, 0, false},
			{a, opDecref, header{0, 0, a}, 1, false},
		}},
		{"negative shared count queues; the owner's merge keeps it alive", []brcStep{
			// The owner takes a reference and hands it to the other thread,
			// which drops it: the shared count would be -1.
			{a, opIncref, header{2, 0, a}, 0, false},
			{b, opDecref, header{2, queued(0), a}, 0, true},
			// The merge applies the withheld decrement: 2 + 0 - 1 = 1.
			{a, opSafepoint, header{0, merged(1), 0}, 0, false},
			// Merged and ownerless: every thread, the former owner too, now
			// takes the shared path.
			{a, opIncref, header{0, merged(2), 0}, 0, false},
			{a, opDecref, header{0, merged(1), 0}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
		{"negative shared count queues; the owner's merge frees it", []brcStep{
			// The owner's only reference moves to the other thread.
			{b, opDecref, header{1, queued(0), a}, 0, true},
			{a, opSafepoint, header{0, merged(0), 0}, 1, false},
		}},
		{"queued object: later decrements take the shared count below zero", []brcStep{
			{a, opIncref, header{2, 0, a}, 0, false},
			{a, opIncref, header{3, 0, a}, 0, false},
			{b, opDecref, header{3, queued(0), a}, 0, true},
			// Already queued: the decrement is applied, the count is -1.
			{b, opDecref, header{3, queued(-1), a}, 0, true},
			// Merge: 3 + (-1) - 1 = 1.
			{a, opSafepoint, header{0, merged(1), 0}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
		{"local count zero with shared references merges instead of freeing", []brcStep{
			{b, opIncref, header{1, sharedField(1, brcDefault), a}, 0, false},
			{a, opDecref, header{0, merged(1), 0}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
		{"owner exit merges its queue and the object survives", []brcStep{
			{a, opIncref, header{2, 0, a}, 0, false},
			{b, opDecref, header{2, queued(0), a}, 0, true},
			{a, opExit, header{0, merged(1), 0}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
		{"owner exit merges its queue and frees the object", []brcStep{
			{b, opDecref, header{1, queued(0), a}, 0, true},
			{a, opExit, header{0, merged(0), 0}, 1, false},
		}},
		{"exited owner: the queuing thread merges and the object survives", []brcStep{
			{a, opIncref, header{2, 0, a}, 0, false},
			{a, opExit, header{2, 0, a}, 0, false},
			// No owner to queue to: brcQueue merges at once, 2 + 0 - 1 = 1.
			{b, opDecref, header{0, merged(1), 0}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
		{"exited owner: the queuing thread merges and frees the object", []brcStep{
			{a, opExit, header{1, 0, a}, 0, false},
			{b, opIncref, header{1, sharedField(1, brcDefault), a}, 0, false},
			{b, opDecref, header{1, 0, a}, 0, false},
			{b, opDecref, header{0, merged(0), 0}, 1, false},
		}},
	}
	for _, stats := range []bool{false, true} {
		dispatch := "inlined"
		if stats {
			dispatch = "instrumented"
		}
		for _, c := range cases {
			t.Run(dispatch+"/"+c.name, func(t *testing.T) {
				vm := newTestVM(t, "test-biased", stats)
				owner := startTestThread(vm, "owner")
				other := startTestThread(vm, "other")
				require.Equal(t, []uint32{ownerID, otherID}, []uint32{owner.id, other.id})
				if stats {
					require.Equal(t, countInstrumented, owner.counting)
				} else {
					require.Equal(t, CountBiased, owner.counting)
				}
				o := owner.NewFloat(0.5)
				require.Equal(t, header{1, 0, ownerID}, headerOf(o), "a new object is owned by its creator")
				threads := map[uint32]*Thread{ownerID: owner, otherID: other}
				for i, s := range c.steps {
					th := threads[s.by]
					switch s.op {
					case opIncref:
						th.Incref(o)
					case opDecref:
						th.Decref(o)
					case opSafepoint:
						th.safepoint()
					case opExit:
						endTestThread(vm, th)
					}
					where := fmt.Sprintf("step %d: thread %d %s", i, s.by, brcOpNames[s.op])
					assert.Equal(t, s.want, headerOf(o), "header after %s", where)
					assert.Equal(t, s.freed, owner.heap.acct.freed+other.heap.acct.freed, "objects freed after %s", where)
					assert.Equal(t, s.queued, isQueued(owner, o), "in the owner's queue after %s", where)
					if _, alive := vm.threads[ownerID]; alive {
						// A thread that has exited never reaches another
						// safepoint: its breaker bits no longer matter.
						assert.Equal(t, s.queued, owner.breaker.Load()&BreakMerge != 0, "owner's BreakMerge after %s", where)
					}
				}
			})
		}
	}
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
			th    *Thread
			op    brcOp
			want  header
			freed int64
		}{
			{a, opIncref, header{2, 0, 0}, 0},
			{b, opIncref, header{3, 0, 0}, 0},
			{a, opDecref, header{2, 0, 0}, 0},
			{b, opDecref, header{1, 0, 0}, 0},
			{b, opDecref, header{0, 0, 0}, 1},
		}
		require.Equal(t, header{1, 0, 0}, headerOf(o))
		for i, s := range steps {
			if s.op == opIncref {
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
				assert.Zero(t, s.BRCOwnerOps+s.BRCSharedOps+s.BRCQueued+s.BRCMerged, "%s under %s (stats %v)", name, strategy, stats)
			}
		}
	}
}

// smallIntObject returns the cached immortal int v.
func smallIntObject(v int64) *Object { return &smallInts[v-smallIntMin].Object }

// TestBiasedCounters checks that -stats counts biased counting exactly: one
// owner-path or shared-path operation per incref and decref, by which thread
// and on which path it ran, one incref and decref each, and brc_queued and
// brc_merged once per queued object (brc_merged counts the merges of queued
// objects, by the owner or by the queuing thread when the owner has exited,
// not the merge when the local count reaches zero).
func TestBiasedCounters(t *testing.T) {
	type counts struct {
		owner, shared, queued, merged, incref, decref, allocated, freed int64
	}
	pairs := func(th *Thread, o *Object, n int) {
		for range n {
			th.Incref(o)
			th.Decref(o)
		}
	}
	cases := []struct {
		name string
		run  func(vm *VM, a, b *Thread, o *Object)
		want counts
	}{
		{"owner only", func(vm *VM, a, b *Thread, o *Object) {
			pairs(a, o, 5)
			a.Decref(o)
		}, counts{owner: 11, incref: 5, decref: 6, allocated: 1, freed: 1}},
		{"other only", func(vm *VM, a, b *Thread, o *Object) {
			pairs(b, o, 3)
			a.Decref(o)
		}, counts{owner: 1, shared: 6, incref: 3, decref: 4, allocated: 1, freed: 1}},
		{"mixed", func(vm *VM, a, b *Thread, o *Object) {
			pairs(a, o, 100)
			pairs(b, o, 7)
			pairs(a, o, 1)
			a.Decref(o)
		}, counts{owner: 203, shared: 14, incref: 108, decref: 109, allocated: 1, freed: 1}},
		{"queued and merged by the owner", func(vm *VM, a, b *Thread, o *Object) {
			a.Incref(o)
			b.Decref(o)
			a.safepoint()
			a.Decref(o) // merged: the former owner's decrement is a shared one
		}, counts{owner: 1, shared: 2, queued: 1, merged: 1, incref: 1, decref: 2, allocated: 1, freed: 1}},
		{"queued to an exited owner, merged by the queuing thread", func(vm *VM, a, b *Thread, o *Object) {
			a.Incref(o)
			endTestThread(vm, a)
			b.Decref(o)
			b.Decref(o)
		}, counts{owner: 1, shared: 2, queued: 1, merged: 1, incref: 1, decref: 2, allocated: 1, freed: 1}},
		{"merged when the local count reaches zero", func(vm *VM, a, b *Thread, o *Object) {
			b.Incref(o)
			a.Decref(o)
			b.Decref(o)
		}, counts{owner: 1, shared: 2, incref: 1, decref: 2, allocated: 1, freed: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vm := newTestVM(t, "test-biased", true)
			a := startTestThread(vm, "a")
			b := startTestThread(vm, "b")
			o := a.NewFloat(2.5)
			c.run(vm, a, b, o)
			if _, alive := vm.threads[a.id]; alive {
				endTestThread(vm, a)
			}
			endTestThread(vm, b)
			s := vm.Stats()
			got := counts{s.BRCOwnerOps, s.BRCSharedOps, s.BRCQueued, s.BRCMerged, s.Incref, s.Decref, s.ObjectsAllocated, s.ObjectsFreed}
			assert.Equal(t, c.want, got)
			assert.Zero(t, s.Leaked)
		})
	}
}

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
