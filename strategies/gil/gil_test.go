package gil_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
	_ "github.com/rcvm/rcvm/modules/all"
	_ "github.com/rcvm/rcvm/strategies/gil"
)

// runDeadline bounds a program run: a GIL that is not handed over makes a
// program hang rather than fail, so the tests fail after this long instead.
// It is far above what any of these programs takes (under -race too).
const runDeadline = 20 * time.Second

// oldDeadline is the deadline of a program that needs the old GIL to switch
// away from a CPU-bound thread: slow, though not a hang (see
// TestRaceGILOldVariant).
const oldDeadline = 60 * time.Second

// neverSwitch is a switch interval longer than any of these programs: no
// waiting thread ever asks the holder to drop the GIL, so any hand-over
// must come from the holder blocking or exiting.
const neverSwitch = time.Hour

// gilRun is what running a program under the GIL produced.
type gilRun struct {
	out string
	res core.Result
	vm  *core.VM
}

// counter returns one of the GIL's own counters (core.Plan.Counters).
func (r gilRun) counter(t *testing.T, name string) int64 {
	t.Helper()
	v, ok := r.res.Stats.Strategy2[name]
	require.True(t, ok, "no %q counter in %v", name, r.res.Stats.Strategy2)
	return v
}

// runGIL runs src under the gil strategy with statistics and the given
// options, and fails the test if it does not finish within runDeadline or
// does not exit 0.
func runGIL(t *testing.T, opts core.Options, src string) gilRun {
	t.Helper()
	return runGILWithin(t, runDeadline, opts, src)
}

// runGILWithin is runGIL with another deadline.
func runGILWithin(t *testing.T, deadline time.Duration, opts core.Options, src string) gilRun {
	t.Helper()
	var out, errb bytes.Buffer
	vm, err := core.NewVM(core.Config{Strategy: "gil", Options: opts, Stats: true, Checked: true, Stdout: &out, Stderr: &errb})
	require.NoError(t, err)
	type done struct {
		res core.Result
		err error
	}
	ch := make(chan done, 1)
	go func() {
		res, err := vm.RunSource("gil.py", []byte(src), []string{"gil.py"})
		ch <- done{res, err}
	}()
	select {
	case d := <-ch:
		require.NoError(t, d.err)
		require.Equal(t, 0, d.res.ExitCode, "stderr: %s", errb.String())
		assert.Empty(t, errb.String(), "stderr")
		assert.Zero(t, d.res.Stats.Leaked+d.res.Stats.UseAfterFree+d.res.Stats.NegativeRefcount,
			"leaks, uses after free, negative counts: %+v", d.res.Stats)
		t.Logf("GIL counters: %v", d.res.Stats.Strategy2)
		return gilRun{out: out.String(), res: d.res, vm: vm}
	case <-time.After(deadline):
		t.Fatalf("the program did not finish within %v: the GIL was not handed over", deadline)
		return gilRun{}
	}
}

// TestRaceGILHandOff checks that the GIL is released around each blocking
// call, with a switch interval so long that no drop request is ever made:
// the main thread blocks in Lock.acquire on a lock that a thread holds
// while it needs the GIL to finish and release it; the main thread sleeps
// until another thread has done its work; the main thread joins a thread
// that needs the GIL to finish. Each program must finish (a GIL kept
// across the blocking call deadlocks it) with the expected output, with
// GIL switches and no drop request.
func TestRaceGILHandOff(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"Lock.acquire", `import threading, time
lock = threading.Lock()
ready = threading.Lock()
ready.acquire()
out = []

def holder():
    lock.acquire()
    ready.release()
    time.sleep(0.01)   # lets the main thread run and block on lock
    total = 0
    for i in range(20000):
        total += i
    out.append(total)
    lock.release()

t = threading.Thread(target=holder)
t.start()
ready.acquire()        # until holder holds lock
lock.acquire()         # blocks while holder needs the GIL to release it
out.append("main")
lock.release()
t.join()
print(out)
`, "[199990000, 'main']\n"},
		{"time.sleep", `import threading, time
done = []
napped = []

def worker():
    # Thread.start returns once the thread runs: wait until the main
    # thread has slept (and so released the GIL) at least once.
    while not napped:
        time.sleep(0.001)
    total = 0
    for i in range(20000):
        total += i
    done.append(total)

t = threading.Thread(target=worker)
t.start()
naps = 0
while not done:
    time.sleep(0.001)
    naps += 1
    napped.append(naps)
t.join()
print(done, naps > 0)
`, "[199990000] True\n"},
		{"Thread.join", `import threading
results = []

def worker(k):
    total = 0
    for i in range(20000):
        total += i * k
    results.append((k, total))

threads = [threading.Thread(target=worker, args=(k,)) for k in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
`, "[(1, 199990000), (2, 399980000), (3, 599970000)]\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runGIL(t, core.Options{SwitchInterval: neverSwitch}, c.src)
			assert.Equal(t, c.want, r.out)
			assert.Positive(t, r.counter(t, "gil_switches"), "GIL switches")
			assert.Zero(t, r.counter(t, "gil_drop_requests"), "drop requests with a switch interval of %v", neverSwitch)
		})
	}
}

// cpuBound runs two threads of independent CPU work (a loop of n
// iterations each, about 50-100 ms at n = 300000 with statistics and
// checked mode); the program may first run setup.
func cpuBound(setup string, n int) string {
	return fmt.Sprintf(`import sys, threading
%s
totals = [0, 0]

def spin(k, n):
    total = 0
    for i in range(n):
        total += i
    totals[k] = total

threads = [threading.Thread(target=spin, args=(k, %d)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals == [%d, %d])
`, setup, n, n*(n-1)/2, n*(n-1)/2)
}

// TestRaceGILSwitchInterval checks that the new GIL's switch interval is
// honoured (counts only, no timing): two CPU-bound threads that never block
// make no drop request when the interval is longer than the program, and
// do make drop requests and switches when it is tiny, whether the tiny
// interval comes from the options or from sys.setswitchinterval.
func TestRaceGILSwitchInterval(t *testing.T) {
	const n = 300000
	cases := []struct {
		name     string
		interval time.Duration
		setup    string
		drops    bool
	}{
		{"interval longer than the program", neverSwitch, "", false},
		{"tiny interval", 50 * time.Microsecond, "", true},
		{"tiny interval from sys.setswitchinterval", neverSwitch, "sys.setswitchinterval(0.00005)", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runGIL(t, core.Options{SwitchInterval: c.interval}, cpuBound(c.setup, n))
			assert.Equal(t, "True\n", r.out)
			drops := r.counter(t, "gil_drop_requests")
			if c.drops {
				assert.Positive(t, drops, "drop requests")
			} else {
				assert.Zero(t, drops, "drop requests")
			}
			assert.Positive(t, r.counter(t, "gil_switches"), "GIL switches")
			assert.GreaterOrEqual(t, r.counter(t, "gil_acquisitions"), r.counter(t, "gil_switches"),
				"every switch is an acquisition")
		})
	}
}

// TestGILSwitchIntervalSys checks that sys.getswitchinterval() reports the
// interval the VM was configured with (CPython's 5 ms by default) and that
// sys.setswitchinterval changes the VM's interval.
func TestGILSwitchIntervalSys(t *testing.T) {
	cases := []struct {
		configured time.Duration
		want       string
	}{
		{0, "0.005"},
		{10 * time.Millisecond, "0.01"},
		{250 * time.Microsecond, "0.00025"},
		{2 * time.Second, "2.0"},
	}
	for _, c := range cases {
		r := runGIL(t, core.Options{SwitchInterval: c.configured}, `import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
`)
		assert.Equal(t, c.want+"\n0.002\n", r.out, "configured %v", c.configured)
		assert.Equal(t, 2*time.Millisecond, r.vm.SwitchInterval(), "configured %v", c.configured)
	}
}

// pingPong has two CPU-bound threads take turns rounds times each: a thread
// spins (never blocking) until the shared turn is its own, then passes the
// turn. Every pass after the first needs the GIL to move from one spinning
// thread to the other, so the program finishes only if the GIL switches
// between CPU-bound threads, at least 2*rounds-1 times.
func pingPong(rounds int) string {
	return fmt.Sprintf(`import threading
turn = [0]
passes = [0, 0]

def player(me, rounds):
    for _ in range(rounds):
        while turn[0] != me:
            pass
        turn[0] = 1 - me
        passes[me] += 1

threads = [threading.Thread(target=player, args=(k, %d)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(passes)
`, rounds)
}

// handshake has two CPU-bound threads wait for each other: each marks its
// arrival, then spins (never blocking) until the other has arrived. The
// first to arrive can only finish if the GIL is taken from it while it
// spins, so the program finishes only if the GIL switches away from a
// CPU-bound thread.
const handshake = `import threading
arrived = [False, False]

def player(me):
    other = 1 - me
    arrived[me] = True
    while not arrived[other]:
        pass

threads = [threading.Thread(target=player, args=(k,)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(arrived)
`

// TestRaceGILOldVariant checks Python 2's GIL (option variant=old): it
// never makes a drop request, yet two CPU-bound threads that wait for each
// other finish (handshake), so it does switch away from a spinning thread.
// The new variant, for comparison, switches between spinning threads only
// through drop requests: pingPong's passes need at least one each. (The old
// variant runs only the one-switch handshake: its releasing thread nearly
// always retakes the lock, the convoy effect, so each such switch takes
// thousands of release-and-retake cycles, seconds under -race: its
// deadline is oldDeadline.)
func TestRaceGILOldVariant(t *testing.T) {
	const rounds = 10
	cases := []struct {
		variant, src, want string
		// minSwitches: the main thread's first acquisition, then one
		// switch at least for each hand-over the program needs.
		minSwitches int64
		// minDrops is the fewest drop requests; -1: there must be none.
		minDrops int64
	}{
		{"old", handshake, "[True, True]\n", 3, -1},
		{"new", handshake, "[True, True]\n", 3, 1},
		{"new", pingPong(rounds), fmt.Sprintf("[%d, %d]\n", rounds, rounds), 2*rounds - 1, 2*rounds - 2},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%s-%d", c.variant, i), func(t *testing.T) {
			deadline := runDeadline
			if c.variant == "old" {
				deadline = oldDeadline
			}
			r := runGILWithin(t, deadline, core.Options{Set: map[string]string{"variant": c.variant}, SwitchInterval: 100 * time.Microsecond}, c.src)
			assert.Equal(t, c.want, r.out)
			assert.GreaterOrEqual(t, r.counter(t, "gil_switches"), c.minSwitches, "GIL switches")
			drops := r.counter(t, "gil_drop_requests")
			if c.minDrops < 0 {
				assert.Zero(t, drops, "the old GIL makes no drop requests")
			} else {
				assert.GreaterOrEqual(t, drops, c.minDrops, "drop requests")
			}
		})
	}
}

// TestGILUnknownVariant checks that an unknown GIL variant is an error
// from NewVM, naming the variant, and that the known ones (and none) are not.
func TestGILUnknownVariant(t *testing.T) {
	for _, v := range []string{"newest", "OLD", "py2", ""} {
		_, err := core.NewVM(core.Config{Strategy: "gil", Options: core.Options{Set: map[string]string{"variant": v}}})
		require.Error(t, err, "variant %q", v)
		assert.Contains(t, err.Error(), fmt.Sprintf("%q", v))
	}
	for _, set := range []map[string]string{nil, {"variant": "new"}, {"variant": "old"}} {
		_, err := core.NewVM(core.Config{Strategy: "gil", Options: core.Options{Set: set}})
		assert.NoError(t, err, "options %v", set)
	}
}
