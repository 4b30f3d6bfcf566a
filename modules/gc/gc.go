// Package gc is the gc module's interface (CPython's Modules/gcmodule.c).
// rcvm frees objects by reference counting only; it has no cycle collector
// yet, so collect() finds nothing (0) and the collector's introspection of
// the heap (get_objects, get_referrers, get_referents) is refused. The
// settings (enable/disable, thresholds, debug flags, freeze) are kept as
// CPython keeps them.
package gc

import (
	"sync"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("gc", build) }

// settings are the collector's per-VM settings.
type settings struct {
	mu        sync.Mutex
	disabled  bool
	threshold [3]int
	debug     int
	frozen    bool
}

var stateKey core.StateKey[settings]

func state(t *core.Thread) *settings {
	st := stateKey.Get(t.VM())
	st.mu.Lock()
	if st.threshold == [3]int{} {
		st.threshold = [3]int{700, 10, 10}
	}
	return st
}

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "This module provides access to the garbage collector for reference cycles.")
	funcs := []struct {
		name string
		fn   core.BuiltinFunc
	}{
		{"enable", setEnabled("enable", true)},
		{"disable", setEnabled("disable", false)},
		{"isenabled", isEnabled},
		{"collect", collect},
		{"get_threshold", getThreshold},
		{"set_threshold", setThreshold},
		{"get_count", getCount},
		{"get_debug", getDebug},
		{"set_debug", setDebug},
		{"get_stats", getStats},
		{"is_tracked", isTracked},
		{"is_finalized", isFinalized},
		{"freeze", freeze(true)},
		{"unfreeze", freeze(false)},
		{"get_freeze_count", getFreezeCount},
		{"get_objects", refused("get_objects")},
		{"get_referrers", refused("get_referrers")},
		{"get_referents", refused("get_referents")},
	}
	for _, f := range funcs {
		m.SetFunc(t, f.name, f.fn)
	}
	consts := []struct {
		name string
		v    int64
	}{{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}}
	for _, c := range consts {
		if !m.SetOwned(t, c.name, t.NewInt(c.v)) {
			return false
		}
	}
	return m.SetOwned(t, "garbage", t.ListOwned()) && m.SetOwned(t, "callbacks", t.ListOwned())
}

func setEnabled(name string, on bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("gc."+name, args, kwnames, 0, 0) {
			return nil
		}
		st := state(t)
		st.disabled = !on
		st.mu.Unlock()
		return core.None
	}
}

func isEnabled(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.isenabled", args, kwnames, 0, 0) {
		return nil
	}
	st := state(t)
	defer st.mu.Unlock()
	return core.Bool(!st.disabled)
}

var collectSig = core.NewSignature("collect", "generation=")

// collect is collect(generation=2): without a cycle collector nothing
// unreachable is found beyond what reference counting already freed.
func collect(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var gen *core.Object
	if !collectSig.Parse(t, args, kwnames, &gen) {
		return nil
	}
	if gen != nil {
		g, ok := t.AsCInt(gen)
		if !ok {
			return nil
		}
		if g < 0 || g > 2 {
			return t.RaiseMsg(&core.ValueErrorType, "invalid generation")
		}
	}
	return t.NewInt(0)
}

func getThreshold(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.get_threshold", args, kwnames, 0, 0) {
		return nil
	}
	st := state(t)
	th := st.threshold
	st.mu.Unlock()
	return t.TupleOwned(t.NewInt(int64(th[0])), t.NewInt(int64(th[1])), t.NewInt(int64(th[2])))
}

func setThreshold(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("set_threshold", kwnames) {
		return nil
	}
	switch {
	case len(args) == 0:
		return t.RaiseMsg(&core.TypeErrorType, "set_threshold() takes at least 1 argument (0 given)")
	case len(args) > 3:
		return t.RaiseMsg(&core.TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(args))
	}
	var vals [3]int
	for i, a := range args {
		v, ok := t.AsCInt(a)
		if !ok {
			return nil
		}
		vals[i] = v
	}
	st := state(t)
	for i := range args {
		st.threshold[i] = vals[i]
	}
	st.mu.Unlock()
	return core.None
}

func getCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.get_count", args, kwnames, 0, 0) {
		return nil
	}
	return t.TupleOwned(t.NewInt(0), t.NewInt(0), t.NewInt(0))
}

func getDebug(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.get_debug", args, kwnames, 0, 0) {
		return nil
	}
	st := state(t)
	defer st.mu.Unlock()
	return t.NewInt(int64(st.debug))
}

func setDebug(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.set_debug", args, kwnames, 1, 1) {
		return nil
	}
	v, ok := t.AsCInt(args[0])
	if !ok {
		return nil
	}
	st := state(t)
	st.debug = v
	st.mu.Unlock()
	return core.None
}

func getStats(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.get_stats", args, kwnames, 0, 0) {
		return nil
	}
	var gens []*core.Object
	for i := 0; i < 3; i++ {
		d := t.NewDict()
		for _, k := range []string{"collections", "collected", "uncollectable"} {
			zero := t.NewInt(0)
			d.SetStr(t, core.Intern(k), zero)
			t.Decref(zero)
		}
		gens = append(gens, &d.Object)
	}
	return t.ListOwned(gens...)
}

// isTracked is is_tracked(obj): CPython's collector tracks the objects
// that can be part of a cycle, not atoms such as ints and strings.
func isTracked(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.is_tracked", args, kwnames, 1, 1) {
		return nil
	}
	return core.Bool(tracked(args[0]))
}

func tracked(o *core.Object) bool {
	switch {
	case o == core.None, core.IsInt(o), core.IsFloat(o), core.IsStr(o):
		return false
	case o.Type() == &core.BytesType, o.Type() == &core.RangeType:
		return false
	}
	return true
}

func isFinalized(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.is_finalized", args, kwnames, 1, 1) {
		return nil
	}
	return core.False
}

func freeze(on bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		name := "gc.freeze"
		if !on {
			name = "gc.unfreeze"
		}
		if !t.ArgsRange(name, args, kwnames, 0, 0) {
			return nil
		}
		st := state(t)
		st.frozen = on
		st.mu.Unlock()
		return core.None
	}
}

func getFreezeCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("gc.get_freeze_count", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewInt(0)
}

// refused is a function that needs the collector's view of the heap.
func refused(name string) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		return t.RaiseMsg(&core.NotImplementedErrorType, "gc.%s() is not supported by rcvm (no cycle collector)", name)
	}
}
