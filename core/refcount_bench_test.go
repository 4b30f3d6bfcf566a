package core_test

// The dispatch benchmark (DESIGN.md, "Dispatch"). It lives in package
// core_test, outside core, on purpose: its Counters are then what a
// strategy written in another module is to the compiler — a type core's
// code cannot see — so that what it measures for them (and what Go's
// profile-guided optimisation can or cannot do for them) is what an
// outside strategy gets.

import (
	"io"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rcvm/rcvm/core"
	_ "github.com/rcvm/rcvm/strategies/brc" // the built-in biased strategy
)

// benchObjects is how many objects each iteration of BenchmarkIncrefDecref
// touches: enough that the loop is not one object's count in a register,
// few enough that they stay in the L1 cache.
const benchObjects = 64

// fixedPlan is a strategy whose plan is fixed.
type fixedPlan struct{ plan core.Plan }

func (s fixedPlan) NewPlan(*core.VM, core.Options) (core.Plan, error) { return s.plan, nil }

// outsidePlain is plain counting written as a strategy in another module
// writes it, through the Counter interface and Object.RC.
type outsidePlain struct{}

func (outsidePlain) Incref(_ *core.Thread, o *core.Object) {
	rc, _, _ := o.RC()
	*rc++
}

func (outsidePlain) Decref(_ *core.Thread, o *core.Object) bool {
	rc, _, _ := o.RC()
	*rc--
	return *rc == 0
}

func (outsidePlain) Count(o *core.Object) int64 {
	rc, _, _ := o.RC()
	return *rc
}

// outsideOwnerPlain is outsidePlain as an OwnerCounter: with
// Plan.InlineOwner core runs the owner's plain updates inlined, and calls
// the Counter only for other threads' and when the owner's count runs out.
type outsideOwnerPlain struct{ outsidePlain }

func (outsideOwnerPlain) LocalZero(*core.Thread, *core.Object) bool { return true }

// outsideAtomic is atomic counting through the Counter interface.
type outsideAtomic struct{}

func (outsideAtomic) Incref(_ *core.Thread, o *core.Object) {
	rc, _, _ := o.RC()
	atomic.AddInt64(rc, 1)
}

func (outsideAtomic) Decref(_ *core.Thread, o *core.Object) bool {
	rc, _, _ := o.RC()
	return atomic.AddInt64(rc, -1) == 0
}

func (outsideAtomic) Count(o *core.Object) int64 {
	rc, _, _ := o.RC()
	return atomic.LoadInt64(rc)
}

// benchPlans are the benchmark's strategies; biased counting is the
// built-in brc strategy itself.
var benchPlans = map[string]core.Plan{
	"bench-plain":                {Counting: core.CountPlain},
	"bench-atomic":               {Counting: core.CountAtomic, LockContainers: true},
	"bench-locked":               {Counting: core.CountLocked, LockContainers: true},
	"bench-outside-plain":        {Counting: core.CountCustom, Counter: outsidePlain{}},
	"bench-outside-plain-inline": {Counting: core.CountCustom, Counter: outsideOwnerPlain{}, InlineOwner: true},
	"bench-outside-atomic":       {Counting: core.CountCustom, Counter: outsideAtomic{}, LockContainers: true},
}

var benchPlansOnce sync.Once

// pairBench is one counting path: a VM, two threads, and the objects the
// first thread created, with an extra reference each so that no decrement
// in the loop frees (or, under biased counting, merges) one.
type pairBench struct {
	vm           *core.VM
	owner, other *core.Thread
	objs         []*core.Object
	counting     *core.Thread // the thread that counts
}

func newPairBench(b *testing.B, strategy string, byOther bool) *pairBench {
	b.Helper()
	benchPlansOnce.Do(func() {
		for name, plan := range benchPlans {
			core.Register(core.StrategyInfo{Name: name, Description: "dispatch benchmark: " + plan.Counting.String(),
				Strategy: fixedPlan{plan}})
		}
	})
	vm, err := core.NewVM(core.Config{Strategy: strategy, Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	p := &pairBench{vm: vm, owner: vm.NewThread("owner"), other: vm.NewThread("other")}
	for i := range benchObjects {
		o := p.owner.NewFloat(float64(i) + 0.5)
		p.owner.Incref(o)
		p.objs = append(p.objs, o)
	}
	p.counting = p.owner
	if byOther {
		p.counting = p.other
	}
	return p
}

// loop runs n iterations of one incref+decref pair per object.
func (p *pairBench) loop(n int) {
	th := p.counting
	for range n {
		for _, o := range p.objs {
			th.Incref(o)
			th.Decref(o)
		}
	}
}

// close checks the counts, drops the objects and ends the threads: nothing
// may leak.
func (p *pairBench) close(b *testing.B) {
	b.Helper()
	for _, o := range p.objs {
		if rc := p.counting.RefCount(o); rc != 2 {
			b.Fatalf("count %d after the loop, want 2", rc)
		}
		p.owner.Decref(o)
		p.owner.Decref(o)
	}
	p.other.Exit()
	p.owner.Exit()
	if s := p.vm.Stats(); s.Leaked != 0 {
		b.Fatalf("%d objects leaked", s.Leaked)
	}
}

// dispatchCase is one counting path of BenchmarkIncrefDecref.
type dispatchCase struct {
	name, strategy string
	byOther        bool // count from a thread that does not own the objects
}

// dispatchCases are the paths, built-in and outside.
var dispatchCases = []dispatchCase{
	{"plain", "bench-plain", false},
	{"atomic", "bench-atomic", false},
	{"biased-owner", "brc", false},
	{"biased-other", "brc", true},
	{"locked", "bench-locked", false},
	{"outside-plain", "bench-outside-plain", false},
	{"outside-plain-inline", "bench-outside-plain-inline", false},
	{"outside-plain-inline-other", "bench-outside-plain-inline", true},
	{"outside-atomic", "bench-outside-atomic", false},
}

// dispatchPairs are the side-by-side comparisons: a strategy from outside
// against the built-in primitive it is equivalent to.
var dispatchPairs = []struct{ name, builtin, outside string }{
	{"plain/interface", "plain", "outside-plain"},
	{"plain/inline-owner", "plain", "outside-plain-inline"},
	{"plain/biased-owner", "biased-owner", "outside-plain-inline"},
	{"atomic/interface", "atomic", "outside-atomic"},
}

// BenchmarkIncrefDecref measures one Thread.Incref plus Thread.Decref pair
// on each of benchObjects live objects per iteration, for each counting
// path (ns/pair is the cost of one pair), statistics off as in the timing
// runs:
//
//   - plain, atomic, locked: the built-in primitives CountPlain,
//     CountAtomic and CountLocked;
//   - biased-owner, biased-other: the brc strategy (CountBiased) on objects
//     the counting thread owns (the local count), and on objects another
//     thread owns (the atomic shared count);
//   - outside-plain: plain counting through the Counter interface
//     (CountCustom), a strategy from another module that brings all of its
//     counting: the inlined test fails, then one out-of-line call and one
//     interface call per operation;
//   - outside-plain-inline: the same Counter as an OwnerCounter with
//     Plan.InlineOwner, on objects the thread owns: core runs the owner's
//     plain updates on the built-in inlined path;
//     outside-plain-inline-other: on objects another thread owns, which go
//     to the Counter;
//   - outside-atomic: atomic counting through the Counter interface.
//
// Then, side by side, each outside path against its built-in equivalent
// (vs/...): the two run in alternating slices of the same benchmark
// (A B A B …), on a shared machine the fair comparison; builtin-ns/pair
// and outside-ns/pair are their costs and outside/builtin their ratio,
// whose goal is at most 1.25.
func BenchmarkIncrefDecref(b *testing.B) {
	cases := map[string]dispatchCase{}
	for _, c := range dispatchCases {
		cases[c.name] = c
		b.Run(c.name, func(b *testing.B) {
			p := newPairBench(b, c.strategy, c.byOther)
			b.ReportAllocs()
			b.ResetTimer()
			p.loop(b.N)
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchObjects), "ns/pair")
			p.close(b)
		})
	}
	for _, pair := range dispatchPairs {
		b.Run("vs/"+pair.name, func(b *testing.B) {
			bi, out := cases[pair.builtin], cases[pair.outside]
			pb := newPairBench(b, bi.strategy, bi.byOther)
			po := newPairBench(b, out.strategy, out.byOther)
			// Slices of about a millisecond each, alternating.
			const slice = 4096
			var tb, to time.Duration
			b.ResetTimer()
			for done := 0; done < b.N; done += slice {
				n := min(slice, b.N-done)
				start := time.Now()
				pb.loop(n)
				mid := time.Now()
				po.loop(n)
				tb += mid.Sub(start)
				to += time.Since(mid)
			}
			b.StopTimer()
			pairs := float64(b.N * benchObjects)
			b.ReportMetric(float64(tb.Nanoseconds())/pairs, "builtin-ns/pair")
			b.ReportMetric(float64(to.Nanoseconds())/pairs, "outside-ns/pair")
			b.ReportMetric(float64(to)/float64(tb), "outside/builtin")
			pb.close(b)
			po.close(b)
		})
	}
}
