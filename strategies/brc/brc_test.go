package brc

import (
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
)

// Tests of biased counting at the Go level, driven from one goroutine: the
// algorithm (Choi, Shull and Torrellas, PACT 2018; PEP 703) is
// deterministic when its threads' operations are interleaved by hand, so
// every header field, the owner's queue and its eval breaker can be checked
// after every step. Core's biased primitive does the counting; this
// package the hand-over, the merges and the counters.

// header is an object's raw count fields (Object.RefcntRaw).
type header struct {
	rc, shared int64
	tid        uint32
}

func headerOf(o *core.Object) header {
	rc, shared, tid := o.RefcntRaw()
	return header{rc, shared, tid}
}

// The shared field's states as PEP 703 keeps them in the low two bits of
// ob_ref_shared, written out here so that the test checks core's encoding
// rather than reusing it.
const (
	brcShift   = 2
	brcDefault = 0
	brcQueued  = 2
	brcMerged  = 3
)

// sharedField encodes a shared count and a state as biased counting keeps
// them in the shared field.
func sharedField(count int64, state int64) int64 { return count<<brcShift | state }

// isQueued reports whether o is in owner's merge queue. The test drives
// every thread from its own goroutine, so the queue is read without the
// lock that guards it between goroutines.
func isQueued(owner *core.Thread, o *core.Object) bool {
	for _, q := range owner.State.(*thread).queue {
		if q == o {
			return true
		}
	}
	return false
}

// newTestVM returns a VM running this strategy, with per-operation
// statistics when stats is set.
func newTestVM(t *testing.T, stats bool) *core.VM {
	t.Helper()
	vm, err := core.NewVM(core.Config{Strategy: "brc", Stats: stats, Stdout: io.Discard, Stderr: io.Discard})
	require.NoError(t, err)
	return vm
}

// The thread ids a new VM's first two threads get.
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
	opExit                   // the thread ends (Thread.Exit)
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
				vm := newTestVM(t, stats)
				owner := vm.NewThread("owner")
				other := vm.NewThread("other")
				require.Equal(t, []uint32{ownerID, otherID}, []uint32{owner.ID(), other.ID()})
				o := owner.NewFloat(0.5)
				require.Equal(t, header{1, 0, ownerID}, headerOf(o), "a new object is owned by its creator")
				threads := map[uint32]*core.Thread{ownerID: owner, otherID: other}
				exited := map[uint32]bool{}
				for i, s := range c.steps {
					th := threads[s.by]
					switch s.op {
					case opIncref:
						th.Incref(o)
					case opDecref:
						th.Decref(o)
					case opSafepoint:
						th.Safepoint()
					case opExit:
						th.Exit()
						exited[s.by] = true
					}
					where := fmt.Sprintf("step %d: thread %d %s", i, s.by, brcOpNames[s.op])
					assert.Equal(t, s.want, headerOf(o), "header after %s", where)
					assert.Equal(t, s.freed, owner.ObjectsFreed()+other.ObjectsFreed(), "objects freed after %s", where)
					assert.Equal(t, s.queued, isQueued(owner, o), "in the owner's queue after %s", where)
					if !exited[ownerID] {
						// A thread that has exited never reaches another
						// safepoint: its breaker bits no longer matter.
						assert.Equal(t, s.queued, owner.Breaker()&core.BreakStrategy != 0, "owner's BreakStrategy after %s", where)
					}
				}
				for id, th := range threads {
					if !exited[id] {
						th.Exit()
					}
				}
			})
		}
	}
}

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
	pairs := func(th *core.Thread, o *core.Object, n int) {
		for range n {
			th.Incref(o)
			th.Decref(o)
		}
	}
	cases := []struct {
		name string
		// run ends a (a.Exit) when it needs to, and then says so.
		run  func(a, b *core.Thread, o *core.Object) (aExited bool)
		want counts
	}{
		{"owner only", func(a, b *core.Thread, o *core.Object) bool {
			pairs(a, o, 5)
			a.Decref(o)
			return false
		}, counts{owner: 11, incref: 5, decref: 6, allocated: 1, freed: 1}},
		{"other only", func(a, b *core.Thread, o *core.Object) bool {
			pairs(b, o, 3)
			a.Decref(o)
			return false
		}, counts{owner: 1, shared: 6, incref: 3, decref: 4, allocated: 1, freed: 1}},
		{"mixed", func(a, b *core.Thread, o *core.Object) bool {
			pairs(a, o, 100)
			pairs(b, o, 7)
			pairs(a, o, 1)
			a.Decref(o)
			return false
		}, counts{owner: 203, shared: 14, incref: 108, decref: 109, allocated: 1, freed: 1}},
		{"queued and merged by the owner", func(a, b *core.Thread, o *core.Object) bool {
			a.Incref(o)
			b.Decref(o)
			a.Safepoint()
			a.Decref(o) // merged: the former owner's decrement is a shared one
			return false
		}, counts{owner: 1, shared: 2, queued: 1, merged: 1, incref: 1, decref: 2, allocated: 1, freed: 1}},
		{"queued to an exited owner, merged by the queuing thread", func(a, b *core.Thread, o *core.Object) bool {
			a.Incref(o)
			a.Exit()
			b.Decref(o)
			b.Decref(o)
			return true
		}, counts{owner: 1, shared: 2, queued: 1, merged: 1, incref: 1, decref: 2, allocated: 1, freed: 1}},
		{"merged when the local count reaches zero", func(a, b *core.Thread, o *core.Object) bool {
			b.Incref(o)
			a.Decref(o)
			b.Decref(o)
			return false
		}, counts{owner: 1, shared: 2, incref: 1, decref: 2, allocated: 1, freed: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vm := newTestVM(t, true)
			a := vm.NewThread("a")
			b := vm.NewThread("b")
			o := a.NewFloat(2.5)
			if !c.run(a, b, o) {
				a.Exit()
			}
			b.Exit()
			s := vm.Stats()
			got := counts{s.Strategy2["brc_owner_ops"], s.Strategy2["brc_shared_ops"], s.Strategy2["brc_queued"],
				s.Strategy2["brc_merged"], s.Incref, s.Decref, s.ObjectsAllocated, s.ObjectsFreed}
			assert.Equal(t, c.want, got)
			assert.Zero(t, s.Leaked)
		})
	}
}
