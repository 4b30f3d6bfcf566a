package time

import (
	"math"
	"syscall"
	"time"

	"github.com/rcvm/rcvm/core"
)

// The time module: clocks and sleep. sleep detaches the thread from the
// strategy while it blocks (the GIL is released, as CPython does), which is
// what makes sleeping threads run in parallel under every strategy.

// monoBase anchors the monotonic clocks: time.Since reads Go's monotonic
// clock, so perf_counter and monotonic never go backwards.
var monoBase = time.Now()

func init() {
	core.RegisterModule("time", buildTime)
}

// clockFunc returns a builtin reading a clock in seconds (as a float) or
// nanoseconds (as an int).
func clockFunc(name string, ns func() int64, asFloat bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("time."+name, args, kwnames, 0, 0) {
			return nil
		}
		v := ns()
		if asFloat {
			return t.NewFloat(float64(v) / 1e9)
		}
		return t.NewInt(v)
	}
}

func wallNanos() int64 { return time.Now().UnixNano() }

func monoNanos() int64 { return int64(time.Since(monoBase)) }

// processNanos is the CPU time (user and system) of the process.
func processNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func buildTime(t *core.Thread, m *core.Module) bool {
	clocks := []struct {
		name string
		ns   func() int64
	}{
		{"time", wallNanos},
		{"perf_counter", monoNanos},
		{"monotonic", monoNanos},
		{"process_time", processNanos},
	}
	for _, c := range clocks {
		m.SetFunc(t, c.name, clockFunc(c.name, c.ns, true))
		m.SetFunc(t, c.name+"_ns", clockFunc(c.name+"_ns", c.ns, false))
	}
	m.SetFunc(t, "sleep", timeSleep)
	return true
}

// timeSleep is time.sleep(seconds).
func timeSleep(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("sleep", args, kwnames, 1, 1) {
		return nil
	}
	// A float is taken as it is; anything else must be an integer.
	var secs float64
	if f, isFloat := core.FloatValue(args[0]); isFloat {
		secs = f
	} else {
		n := t.Index(args[0])
		if n == nil {
			return nil
		}
		f, ok := t.AsFloat(n)
		t.Decref(n)
		if !ok {
			return nil
		}
		secs = f
	}
	switch {
	case math.IsNaN(secs):
		return t.RaiseMsg(&core.ValueErrorType, "Invalid value NaN (not a number)")
	case secs < 0:
		return t.RaiseMsg(&core.ValueErrorType, "sleep length must be non-negative")
	case secs*1e9 >= math.MaxInt64:
		return t.RaiseMsg(&core.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	d := time.Duration(secs * 1e9)
	t.Blocking(func() { time.Sleep(d) })
	return core.None
}
