package thread

import (
	"math"
	"math/big"
	"time"

	"github.com/rcvm/rcvm/core"
)

// Timeouts of the blocking calls, converted as CPython's
// _PyTime_FromSecondsObject does with _PyTime_ROUND_TIMEOUT: to a count of
// nanoseconds in an int64, rounded away from zero, with CPython's errors for
// NaN and for values out of range (a huge timeout is an OverflowError, never
// a wait that overflows into "no wait" or "forever").

// noTimeout is the nanosecond count of the default timeout, -1 seconds
// ("wait forever").
const noTimeout = -int64(time.Second)

// timeoutMax is _thread.TIMEOUT_MAX in seconds: PY_TIMEOUT_MAX
// (LLONG_MAX / 1000 microseconds) bounded by the largest _PyTime_t, floored.
var timeoutMax = math.Floor(float64(math.MaxInt64/1000) * 1e-6)

// maxTimeoutMicros is PY_TIMEOUT_MAX.
const maxTimeoutMicros = math.MaxInt64 / 1000

// secondsToNanos converts a timeout object (int or float seconds).
func secondsToNanos(t *core.Thread, o *core.Object) (int64, bool) {
	if f, isFloat := core.FloatValue(o); isFloat {
		if math.IsNaN(f) {
			t.RaiseMsg(&core.ValueErrorType, "Invalid value NaN (not a number)")
			return 0, false
		}
		d := f * 1e9
		if d >= 0 {
			d = math.Ceil(d)
		} else {
			d = math.Floor(d)
		}
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			t.RaiseMsg(&core.OverflowErrorType, "timestamp out of range for platform time_t")
			return 0, false
		}
		return int64(d), true
	}
	n, ok := t.AsBigInt(o)
	if !ok {
		return 0, false
	}
	n.Mul(n, big.NewInt(1e9))
	if !n.IsInt64() {
		t.RaiseMsg(&core.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		return 0, false
	}
	return n.Int64(), true
}

// acquireSig is the parameter list of lock.acquire and RLock.acquire
// (PyArg_ParseTupleAndKeywords "|iO:acquire").
var acquireSig = core.NewTupleSignature("acquire", "blocking=", "timeout=")

// parseAcquire parses acquire's arguments as CPython's
// lock_acquire_parse_args does: the wait in nanoseconds, 0 for a
// non-blocking call, -1 for no timeout.
func parseAcquire(t *core.Thread, args []*core.Object, kwnames []*core.Str) (int64, bool) {
	var blockingObj, timeoutObj *core.Object
	if !acquireSig.Parse(t, args, kwnames, &blockingObj, &timeoutObj) {
		return 0, false
	}
	blocking := true
	if blockingObj != nil {
		if core.IsFloat(blockingObj) {
			t.RaiseMsg(&core.TypeErrorType, "'float' object cannot be interpreted as an integer")
			return 0, false
		}
		b, ok := t.AsCInt(blockingObj)
		if !ok {
			return 0, false
		}
		blocking = b != 0
	}
	timeout := noTimeout
	if timeoutObj != nil {
		var ok bool
		if timeout, ok = secondsToNanos(t, timeoutObj); !ok {
			return 0, false
		}
	}
	if !blocking && timeout != noTimeout {
		t.RaiseMsg(&core.ValueErrorType, "can't specify a timeout for a non-blocking call")
		return 0, false
	}
	if timeout < 0 && timeout != noTimeout {
		t.RaiseMsg(&core.ValueErrorType, "timeout value must be positive")
		return 0, false
	}
	if !blocking {
		return 0, true
	}
	if timeout == noTimeout {
		return -1, true
	}
	if micros := (timeout + 999) / 1000; micros > maxTimeoutMicros {
		t.RaiseMsg(&core.OverflowErrorType, "timeout value is too large")
		return 0, false
	}
	return timeout, true
}

// acquireChan takes a one-slot channel lock, waiting at most ns
// nanoseconds (-1: forever, 0: not at all) detached from the strategy, as
// CPython releases the GIL around a lock acquisition.
func acquireChan(t *core.Thread, ch chan struct{}, ns int64) bool {
	select {
	case ch <- struct{}{}:
		return true
	default:
	}
	if ns == 0 {
		return false
	}
	got := false
	t.Blocking(func() {
		if ns < 0 {
			ch <- struct{}{}
			got = true
			return
		}
		timer := time.NewTimer(time.Duration(ns))
		defer timer.Stop()
		select {
		case ch <- struct{}{}:
			got = true
		case <-timer.C:
		}
	})
	return got
}
