package sharedmark_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/examples/customstrategy/sharedmark"

	// The built-in strategies, for gil as the reference.
	_ "github.com/rcvm/rcvm/modules/all"
	_ "github.com/rcvm/rcvm/strategies/all"
)

// workloadDir is rcvm's experiments/workloads, from this package's directory.
var workloadDir = filepath.Join("..", "..", "..", "experiments", "workloads")

// secondsPattern masks the workloads' timing lines ("Duration: 0.12 seconds").
var secondsPattern = regexp.MustCompile(`: -?[0-9.eE+-]+ seconds`)

// run runs src under the named strategy in checked mode and returns its
// output (timings masked) and result. It fails the test on an error or a
// non-zero exit status.
func run(t *testing.T, strategy, name string, src []byte, args []string, stats bool) (string, core.Result) {
	t.Helper()
	var out, errb bytes.Buffer
	vm, err := core.NewVM(core.Config{Strategy: strategy, Checked: true, Stats: stats, Stdout: &out, Stderr: &errb})
	require.NoError(t, err)
	res, err := vm.RunSource(name, src, append([]string{name}, args...))
	require.NoError(t, err)
	require.Equal(t, 0, res.ExitCode, "stderr: %s", errb.String())
	return secondsPattern.ReplaceAllString(out.String(), ": X seconds"), res
}

// assertClean checks checked mode's verdict: nothing leaked, no use after
// free, no decrement below zero.
func assertClean(t *testing.T, res core.Result) {
	t.Helper()
	assert.Equal(t, sharedmark.Name, res.Stats.Strategy)
	assert.Positive(t, res.Stats.ObjectsAllocated)
	assert.Zero(t, res.Stats.Leaked, "leaked objects")
	assert.Zero(t, res.Stats.UseAfterFree, "uses after free")
	assert.Zero(t, res.Stats.NegativeRefcount, "negative counts")
}

func TestRegistered(t *testing.T) {
	info, ok := core.LookupStrategy(sharedmark.Name)
	require.True(t, ok)
	assert.NotEmpty(t, info.Description)
}

// TestWorkloadsMatchGIL runs rcvm's thread-scaling workloads at their test
// size under sharedmark and gil at 1, 2 and 4 threads: same output, and a
// clean checked-mode run.
func TestWorkloadsMatchGIL(t *testing.T) {
	workloads := []struct {
		file string
		n    string // the size argument after THREADS (cmd/rcvm's test size)
	}{
		{"sc_shared_list.py", "1"},
		{"sc_object_creation.py", "1"},
		{"sc_shared_func.py", "1"},
		{"sc_shared_method.py", "1"},
		{"sc_private.py", "1"},
	}
	for _, w := range workloads {
		src, err := os.ReadFile(filepath.Join(workloadDir, w.file))
		require.NoError(t, err)
		for _, threads := range []int{1, 2, 4} {
			t.Run(w.file+"/"+strconv.Itoa(threads), func(t *testing.T) {
				args := []string{strconv.Itoa(threads), w.n}
				want, _ := run(t, "gil", w.file, src, args, false)
				got, res := run(t, sharedmark.Name, w.file, src, args, false)
				assert.Equal(t, want, got)
				assertClean(t, res)
			})
		}
	}
}

// handoffProgram has threads share a list and a dict, hand freshly made
// objects to each other, and exit while other threads (and the main
// thread) still hold objects they created: every path of the strategy,
// including folds done for an owner that has exited.
const handoffProgram = `
import threading

shared = [[i] for i in range(64)]
table = {}
mailbox = []
lock = threading.Lock()

class Box:
    def __init__(self, v):
        self.v = v

def worker(k, rounds):
    total = 0
    popped = 0
    for i in range(rounds):
        total += shared[(i * 7 + k) % 64][0]
        b = Box([k, i])
        with lock:
            mailbox.append(b)
            if len(mailbox) > 40:
                popped += mailbox.pop(0).v[1] >= 0
            table[(k, i % 5)] = b
    with lock:
        table[("total", k)] = total
        table[("popped", k)] = popped

threads = [threading.Thread(target=worker, args=(k, ROUNDS)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
kept = [b.v for b in mailbox]
print(len(kept), sorted(v for k, v in table.items() if k[0] == "total"))
print(sum(v for k, v in table.items() if k[0] == "popped"), len(table))
del threads, kept
mailbox = None
table = None
`

func handoff(threads, rounds int) []byte {
	return []byte("THREADS = " + strconv.Itoa(threads) + "\nROUNDS = " + strconv.Itoa(rounds) + "\n" + handoffProgram)
}

func TestHandoffStress(t *testing.T) {
	for _, threads := range []int{1, 2, 4} {
		t.Run(strconv.Itoa(threads), func(t *testing.T) {
			src := handoff(threads, 300)
			want, _ := run(t, "gil", "handoff.py", src, nil, false)
			for range 3 {
				got, res := run(t, sharedmark.Name, "handoff.py", src, nil, true)
				assert.Equal(t, want, got)
				assertClean(t, res)
			}
		})
	}
}

// TestCounterPaths checks with -stats that objects used by one thread stay
// on the plain path, and that objects two threads use are marked, folded
// and then counted atomically.
func TestCounterPaths(t *testing.T) {
	tests := []struct {
		name   string
		src    []byte
		shared bool // whether objects are used by two threads
	}{
		{"one thread, no threading", []byte("xs = [[i] for i in range(100)]\nprint(sum(x[0] for x in xs))\n"), false},
		{"two threads", handoff(2, 100), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, res := run(t, sharedmark.Name, "paths.py", tc.src, nil, true)
			assertClean(t, res)
			c := res.Stats.Strategy2
			assert.Positive(t, c["sharedmark_plain_ops"])
			if !tc.shared {
				assert.Zero(t, c["sharedmark_atomic_ops"])
				assert.Zero(t, c["sharedmark_marked"])
				assert.Zero(t, c["sharedmark_folded"])
				assert.Zero(t, c["atomic_ops"])
				return
			}
			assert.Positive(t, c["sharedmark_atomic_ops"])
			assert.Positive(t, c["sharedmark_marked"])
			// Every marked object is folded once; an owner whose plain count
			// runs out may also fold an object before it is marked.
			assert.GreaterOrEqual(t, c["sharedmark_folded"], c["sharedmark_marked"])
			assert.Equal(t, c["sharedmark_atomic_ops"]+c["sharedmark_marked"]+c["sharedmark_folded"], c["atomic_ops"])
			// Each increment or decrement core made took one path or the
			// other; the queue's references add one decrement per mark.
			assert.Equal(t, res.Stats.Incref+res.Stats.Decref, c["sharedmark_plain_ops"]+c["sharedmark_atomic_ops"])
			assert.Equal(t, res.Stats.Decref-c["sharedmark_marked"], res.Stats.Incref+res.Stats.ObjectsAllocated)
		})
	}
}
