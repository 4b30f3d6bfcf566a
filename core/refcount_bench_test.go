package core

import "testing"

// benchObjects is how many objects each iteration of BenchmarkIncrefDecref
// touches: enough that the loop is not one object's count in a register,
// few enough that they stay in the L1 cache.
const benchObjects = 64

// BenchmarkIncrefDecref measures one Thread.Incref plus Thread.Decref pair
// on each of benchObjects live objects per iteration, for each counting
// primitive (DESIGN.md, "Dispatch"); ns/pair is the cost of one pair.
//
//   - plain: CountPlain, the inlined switch's fast path;
//   - atomic: CountAtomic, an atomic add each way;
//   - biased-owner: CountBiased on objects the thread owns (local count);
//   - biased-other: CountBiased on objects another thread owns (atomic
//     shared count);
//   - locked: CountLocked, the object's mutex each way;
//   - custom-plain: plain increments through the Counter interface
//     (CountCustom), what a strategy from another module pays; the gap to
//     plain is the cost of the interface dispatch.
//
// Statistics are off: this is the dispatch the timing runs use.
func BenchmarkIncrefDecref(b *testing.B) {
	cases := []struct {
		name, strategy string
		byOther        bool // operate from a thread that does not own the objects
	}{
		{"plain", "test-plain", false},
		{"atomic", "test-atomic", false},
		{"biased-owner", "test-biased", false},
		{"biased-other", "test-biased", true},
		{"locked", "test-locked", false},
		{"custom-plain", "test-custom-plain", false},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			vm := newTestVM(b, c.strategy, false)
			owner := startTestThread(vm, "owner")
			other := startTestThread(vm, "other")
			objs := make([]*Object, benchObjects)
			for i := range objs {
				objs[i] = owner.NewFloat(float64(i) + 0.5)
				// An extra reference, so that no decrement in the loop
				// frees (or, under biased counting, merges) an object.
				owner.Incref(objs[i])
			}
			th := owner
			if c.byOther {
				th = other
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, o := range objs {
					th.Incref(o)
					th.Decref(o)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(objs)), "ns/pair")
			for _, o := range objs {
				if rc := th.RefCount(o); rc != 2 {
					b.Fatalf("count %d after the loop, want 2", rc)
				}
				owner.Decref(o)
				owner.Decref(o)
			}
			endTestThread(vm, other)
			endTestThread(vm, owner)
			if s := vm.Stats(); s.Leaked != 0 {
				b.Fatalf("%d objects leaked", s.Leaked)
			}
		})
	}
}
