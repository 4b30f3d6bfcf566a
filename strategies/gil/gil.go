// Package gil is CPython's Global Interpreter Lock as a refcount-safety
// strategy: one lock per interpreter serialises bytecode, so reference counts
// are plain, non-atomic integers and containers need no locks of their own.
//
// The default variant follows CPython's "new GIL" (Antoine Pitrou, Python
// 3.2; Python/ceval_gil.c): a thread that wants the GIL waits for the switch
// interval (5 ms by default, sys.setswitchinterval); if no switch happened in
// that time it sets a drop request on the holder's eval breaker; the holder
// drops the GIL at its next safepoint and, with forced switching, waits until
// another thread has taken it before competing again. The GIL is released
// around every blocking call (time.sleep, Thread.join, Lock.acquire).
//
// The "old" variant reproduces Python 2's GIL (Beazley, "Understanding the
// Python GIL", 2010): the holder releases and immediately retakes the lock
// every 100 ticks, with no drop requests and no forced switching, so on a
// multi-core machine the releasing CPU-bound thread usually wins again — the
// convoy effect. Simplification: Python 2 counted a tick per bytecode; rcvm's
// safepoints are backward jumps and function entries, so the old variant
// counts ticks at safepoints, i.e. one tick per loop iteration or call
// rather than per instruction.
package gil

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/rcvm/rcvm/core"
)

// OldCheckInterval is Python 2's sys.setcheckinterval default.
const OldCheckInterval = 100

// Strategy is the GIL strategy.
type Strategy struct{}

// NewPlan builds a GIL for a new interpreter.
func (Strategy) NewPlan(vm *core.VM, opts core.Options) (core.Plan, error) {
	g := &GIL{vm: vm}
	g.cond = sync.NewCond(&g.mu)
	g.switched = sync.NewCond(&g.mu)
	g.old = opts.String("variant") == "old"
	return core.Plan{
		Counting:  core.CountPlain,
		Scheduler: g,
		Counters: func(*core.Stats) map[string]int64 {
			return map[string]int64{
				"gil_acquisitions":  g.acquisitions.Load(),
				"gil_switches":      g.switches.Load(),
				"gil_drop_requests": g.dropRequests.Load(),
			}
		},
	}, nil
}

// GIL is one interpreter's global lock.
type GIL struct {
	vm  *core.VM
	old bool

	mu       sync.Mutex
	cond     *sync.Cond // signalled when the GIL is released
	switched *sync.Cond // signalled when a thread takes the GIL (forced switching)
	locked   bool
	holder   *core.Thread
	last     *core.Thread
	waiting  int
	// switchNumber counts hand-overs to a different thread.
	switchNumber uint64

	acquisitions, switches, dropRequests atomic.Int64
}

// tickState is a thread's countdown for the old variant.
type tickState struct{ ticks int }

// Attach takes the GIL (CPython's take_gil).
func (g *GIL) Attach(t *core.Thread) {
	g.mu.Lock()
	if g.locked {
		g.waiting++
		for g.locked {
			if g.old {
				g.cond.Wait()
				continue
			}
			g.timedWait(t)
		}
		g.waiting--
	}
	g.locked = true
	g.holder = t
	if g.last != t {
		g.last = t
		g.switchNumber++
		g.switches.Add(1)
	}
	g.acquisitions.Add(1)
	g.switched.Broadcast()
	g.mu.Unlock()
	if g.old {
		t.SetBreaker(core.BreakScheduler)
	}
}

// timedWait waits for the GIL for one switch interval; if it is still held
// by the same thread then, it asks that thread to drop it.
func (g *GIL) timedWait(t *core.Thread) {
	interval := g.vm.SwitchInterval()
	start := time.Now()
	saved := g.switchNumber
	timer := time.AfterFunc(interval, func() {
		g.mu.Lock()
		g.cond.Broadcast()
		g.mu.Unlock()
	})
	g.cond.Wait()
	timer.Stop()
	if g.locked && g.switchNumber == saved && time.Since(start) >= interval && g.holder != nil {
		g.dropRequests.Add(1)
		g.holder.SetBreaker(core.BreakScheduler)
	}
}

// Detach releases the GIL (CPython's drop_gil).
func (g *GIL) Detach(t *core.Thread) {
	g.mu.Lock()
	g.release(t)
	g.mu.Unlock()
}

func (g *GIL) release(t *core.Thread) {
	g.locked = false
	g.holder = nil
	t.ClearBreaker(core.BreakScheduler)
	g.cond.Signal()
}

// Safepoint drops and retakes the GIL when another thread asked for it (new
// variant), or every OldCheckInterval ticks (old variant).
func (g *GIL) Safepoint(t *core.Thread) {
	if g.old {
		ts, _ := t.Sched.(*tickState)
		if ts == nil {
			ts = &tickState{}
			t.Sched = ts
		}
		ts.ticks++
		if ts.ticks < OldCheckInterval {
			return
		}
		ts.ticks = 0
		g.Detach(t)
		g.Attach(t)
		return
	}
	g.mu.Lock()
	g.release(t)
	// Forced switching: do not compete until another thread has taken the
	// GIL, so that the requester is not starved by the thread that dropped it.
	if g.waiting > 0 {
		saved := g.switchNumber
		for g.switchNumber == saved && g.waiting > 0 {
			g.switched.Wait()
		}
	}
	g.mu.Unlock()
	g.Attach(t)
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "gil",
		Description: "global interpreter lock, CPython 3.2+ (switch interval, drop requests, forced switching); -strategy-opt variant=old: Python 2's",
		Strategy:    Strategy{},
		Options: []core.OptionSpec{{
			Name:    "variant",
			Default: "new",
			Choices: []string{"new", "old"},
			Help:    "new: CPython 3.2+'s GIL; old: Python 2's (release and retake every 100 ticks, no drop requests); -gil-variant is an alias",
		}},
	})
}
