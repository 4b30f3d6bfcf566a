package all

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
	// The programs import threading, which needs _thread.
	_ "github.com/rcvm/rcvm/modules/all"
)

// stressProgram has threads share a list, a dict, a function, a class and
// globals, create and drop objects, hand objects to each other through a
// shared list, and exit while other threads still hold objects they
// created (biased counting's hand-over).
const stressProgram = `
import threading

shared = list(range(100))
table = {}
handoff = []
lock = threading.Lock()

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def work(n):
    return n * 2 + 1

def worker(ident, rounds):
    total = 0
    mine = []
    for i in range(rounds):
        total += shared[i % 100] + work(i)
        b = Box(i)
        mine.append(b)
        if len(mine) > 10:
            mine.pop(0)
        key = (ident, i % 7)
        with lock:
            table[key] = table.get(key, 0) + 1
            handoff.append(Box(ident))
            if len(handoff) > 20:
                handoff.pop(0)
        total += b.get()
    with lock:
        table[("total", ident)] = total

threads = [threading.Thread(target=worker, args=(k, 300)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(v for k, v in table.items() if k[0] == "total"))
print(sum(v for k, v in table.items() if k[0] != "total"))
del threads
handoff = None
`

// TestStressStrategies runs the stress program under every thread-safe
// strategy (the Makefile runs it with -race) and checks the output and
// that nothing leaked, was used after free or went below zero.
func TestStressStrategies(t *testing.T) {
	want := ""
	for _, name := range []string{"gil", "mutex", "atomic", "brc"} {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			vm, err := core.NewVM(core.Config{Strategy: name, Checked: true, Stats: true, Stdout: &out, Stderr: &errb})
			require.NoError(t, err)
			res, err := vm.RunSource("stress.py", []byte(stressProgram), []string{"stress.py"})
			require.NoError(t, err)
			require.Equal(t, 0, res.ExitCode, errb.String())
			if want == "" {
				want = out.String()
			}
			assert.Equal(t, want, out.String(), "output differs between strategies")
			assert.Equal(t, fmt.Sprint([]int64{0, 0, 0}),
				fmt.Sprint([]int64{res.Stats.Leaked, res.Stats.UseAfterFree, res.Stats.NegativeRefcount}),
				"leaked, use after free, negative counts")
		})
	}
}

// rebindProgram has threads read globals (through LOAD_GLOBAL's lock-free
// cache) while another thread keeps rebinding them to new objects, whose
// old values must stay alive until the readers are quiescent (core's QSBR).
const rebindProgram = `
import threading

current = [0]
label = "start"

def reader(n, out, k):
    total = 0
    for i in range(n):
        total += len(current) + len(label)
    out[k] = total > 0

def writer(n):
    global current, label
    for i in range(n):
        current = [i, i + 1]
        label = "v" + str(i)

out = [None] * 3
threads = [threading.Thread(target=reader, args=(2000, out, k)) for k in range(3)]
threads.append(threading.Thread(target=writer, args=(2000,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, current, label)
`

// TestStressRebindGlobals checks that rebinding globals while other threads
// read them loses nothing and frees nothing early, under every thread-safe
// strategy.
func TestStressRebindGlobals(t *testing.T) {
	for _, name := range []string{"gil", "mutex", "atomic", "brc"} {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			vm, err := core.NewVM(core.Config{Strategy: name, Checked: true, Stdout: &out, Stderr: &errb})
			require.NoError(t, err)
			res, err := vm.RunSource("rebind.py", []byte(rebindProgram), []string{"rebind.py"})
			require.NoError(t, err)
			require.Equal(t, 0, res.ExitCode, errb.String())
			assert.Equal(t, "[True, True, True] [1999, 2000] v1999\n", out.String())
			assert.Equal(t, fmt.Sprint([]int64{0, 0, 0}),
				fmt.Sprint([]int64{res.Stats.Leaked, res.Stats.UseAfterFree, res.Stats.NegativeRefcount}),
				"leaked, use after free, negative counts")
		})
	}
}
