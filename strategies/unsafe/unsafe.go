// Package unsafe runs threads in parallel with plain, non-atomic reference
// counts and no GIL: deliberately not thread-safe, to show what the other
// strategies prevent. Concurrent increments and decrements of a shared
// object's count race and lose updates: a lost increment frees an object
// that is still referenced (a use after free), a lost decrement leaks it. In
// checked mode (-checked) freed objects are poisoned and quarantined, so the
// damage is detected and counted instead of corrupting later objects.
//
// Only the counts race: container contents stay protected by per-object
// locks, so that the Go process itself never crashes or corrupts its memory.
package unsafe

import "github.com/rcvm/rcvm/core"

// Strategy is the unsafe strategy.
type Strategy struct{}

// NewPlan configures core for plain counting without a GIL.
func (Strategy) NewPlan(*core.VM, core.Options) (core.Plan, error) {
	return core.Plan{Counting: core.CountPlain, LockContainers: true}, nil
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "unsafe",
		Description: "plain counts and no GIL: not thread-safe on purpose (lost updates, leaks, use after free)",
		Strategy:    Strategy{},
		// Its lost updates are the point: threaded tests skip it.
		NotThreadSafe: true,
	})
}
