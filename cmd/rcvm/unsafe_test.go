package main

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestUnsafeShowsDamage checks that the unsafe strategy, whose counts race
// on purpose, does damage that checked mode detects when threads share
// objects — and that the Go process survives it. Lost updates are a matter
// of timing, so the work grows until damage shows (it shows at the first
// size on 2 cores); never seeing any would mean unsafe is not racing at all.
func TestUnsafeShowsDamage(t *testing.T) {
	path := filepath.Join(corpusDir("experiments/workloads"), "contention.py")
	for _, n := range []int{10, 30, 100, 300} {
		p := program{Path: path, Args: []string{"2", fmt.Sprint(n), "100"}}
		_, stats := runVariant(t, p, variant{Strategy: "unsafe", Checked: true})
		damage := stats.counter(t, "leaked") + stats.counter(t, "use_after_free") + stats.counter(t, "negative_refcount")
		if damage > 0 {
			t.Logf("unsafe at N=%d: %v", n, stats)
			return
		}
	}
	t.Fatal("unsafe showed no damage on 2 threads sharing every object")
}
