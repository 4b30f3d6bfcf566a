// Package atomic makes every reference-count increment and decrement an
// atomic read-modify-write, with no GIL: Gilectomy's first step (Larry
// Hastings, PyCon 2016), which Aichinger (2015) measured at about 20% on one
// thread and which made Gilectomy 18.9× slower on 7 cores through cache-line
// contention on shared counts. Containers are protected by per-object locks.
package atomic

import "github.com/rcvm/rcvm/core"

// Strategy is the atomic-counting strategy.
type Strategy struct{}

// NewPlan configures core for atomic counting without a GIL.
func (Strategy) NewPlan(*core.VM, core.Options) (core.Plan, error) {
	return core.Plan{
		Counting:       core.CountAtomic,
		LockContainers: true,
		Counters: func(s *core.Stats) map[string]int64 {
			return map[string]int64{
				"atomic_ops":        s.Incref + s.Decref,
				"lock_acquisitions": s.ContainerLocks,
				"lock_contended":    s.ContainerWaits,
			}
		},
	}, nil
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "atomic",
		Description: "atomic add on every increment and decrement, no GIL (Gilectomy's first step)",
		Strategy:    Strategy{},
	})
}
