// Package brc is biased reference counting (Jiho Choi, Thomas Shull and
// Josep Torrellas, "Biased Reference Counting: Minimizing Atomic Operations
// in Garbage Collection", PACT 2018) as adopted by PEP 703 for free-threaded
// CPython, with no GIL.
//
// Each object records its owner (the thread that created it). The owner
// updates a non-atomic local count; other threads update an atomic shared
// count whose low two bits hold the object's state (default, queued,
// merged). When a non-owner's decrement would take the shared count below
// zero, the object is queued to its owner instead and the owner merges it
// at its next safepoint (the eval breaker); when the owner's local count
// reaches zero the counts are merged and the object is freed only if the
// merged count is zero. A thread that exits merges its queue, and an object
// whose owner is gone is merged by the thread that finds it (PEP 703's
// hand-over). Immortal objects (PEP 683) are never counted. The algorithm
// lives in core's biased primitive (core/refcount.go) so that the eval loop
// inlines the owner's fast path; this package configures core to use it.
// Containers are protected by per-object locks (PEP 703's critical sections).
package brc

import "github.com/rcvm/rcvm/core"

// Strategy is the biased-reference-counting strategy.
type Strategy struct{}

// NewPlan configures core for biased counting without a GIL.
func (Strategy) NewPlan(*core.VM, core.Options) (core.Plan, error) {
	return core.Plan{
		Counting:       core.CountBiased,
		LockContainers: true,
		Counters: func(s *core.Stats) map[string]int64 {
			return map[string]int64{
				"atomic_ops":        s.BRCSharedOps,
				"lock_acquisitions": s.ContainerLocks,
				"lock_contended":    s.ContainerWaits,
			}
		},
	}, nil
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "brc",
		Description: "biased reference counting, no GIL (Choi, Shull, Torrellas, PACT 2018; PEP 703)",
		Strategy:    Strategy{},
	})
}
