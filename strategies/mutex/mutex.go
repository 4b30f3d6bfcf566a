// Package mutex guards every reference count with a lock in the object
// itself, with no GIL: the direction of Greg Stein's free-threading patch for
// Python 1.4 (1996), which made ordinary code about twice as slow, and of
// Larry Hastings' Gilectomy (PyCon 2016–2017) before it moved to buffered
// counts. Containers are protected by per-object locks (PEP 703's critical
// sections), as every free-threaded strategy must.
//
// Each increment and decrement takes and releases the object's sync.Mutex,
// which is what "a lock per object" costs on the hot path.
package mutex

import "github.com/rcvm/rcvm/core"

// Strategy is the per-object-mutex strategy.
type Strategy struct{}

// NewPlan configures core for locked counting without a GIL.
func (Strategy) NewPlan(*core.VM, core.Options) (core.Plan, error) {
	return core.Plan{
		Counting:       core.CountLocked,
		LockContainers: true,
		Counters: func(s *core.Stats) map[string]int64 {
			return map[string]int64{
				"lock_acquisitions": s.Incref + s.Decref + s.ContainerLocks,
				"lock_contended":    s.RCLockContended + s.ContainerWaits,
			}
		},
	}, nil
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "mutex",
		Description: "a lock in every object guards its count, no GIL (Greg Stein's patch, Gilectomy)",
		Strategy:    Strategy{},
	})
}
