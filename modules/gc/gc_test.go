package gc_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestGC compares the gc module's interface with CPython's (collect finds
// nothing in these programs on either: they make no cycles).
func TestGC(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("settings",
			"!import gc",
			"gc.isenabled()", "gc.disable()", "gc.isenabled()", "gc.enable()", "gc.isenabled()",
			"gc.collect()", "gc.collect(0)", "gc.collect(generation=1)", "gc.collect(3)", "gc.collect(-1)",
			"gc.get_threshold()", "gc.set_threshold(100, 5)", "gc.get_threshold()", "gc.set_threshold()",
			"gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold(700, 10, 10)",
			"gc.get_debug()", "gc.set_debug(gc.DEBUG_STATS)", "gc.get_debug()", "gc.set_debug(0)",
			"(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)",
			"gc.garbage", "gc.callbacks", "gc.freeze()", "gc.unfreeze()", "gc.get_freeze_count()",
			"gc.is_tracked(1)", "gc.is_tracked('a')", "gc.is_tracked(None)", "gc.is_tracked([])",
			"gc.is_tracked(1.5)", "gc.is_tracked(b'x')", "gc.is_finalized([])",
			"len(gc.get_stats())", "sorted(gc.get_stats()[0])", "gc.isenabled(1)",
		),
		difftest.Exprs("faulthandler",
			"!import faulthandler",
			"faulthandler.is_enabled()", "faulthandler.enable()", "faulthandler.is_enabled()",
			"faulthandler.disable()", "faulthandler.disable()", "faulthandler.is_enabled()",
		),
	})
}
