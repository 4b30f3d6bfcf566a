package core

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestThreadBudget checks that the thread budget is what the machine
// allows (above Go's default limit of 10,000 wherever the machine allows
// more) and that a thread past it is refused with CPython's RuntimeError
// instead of Go's fatal "thread exhaustion" (issue 8, item 6).
func TestThreadBudget(t *testing.T) {
	b := threadBudget()
	assert.GreaterOrEqual(t, b, int64(16))
	if machineThreadLimit() > 20000 {
		assert.Greater(t, b, int64(10100), "the budget must let a program run CPython's 10,100 threads")
	}

	saved := osThreads.budget
	osThreads.budget = osThreads.live.Load() + 3
	defer func() { osThreads.budget = saved }()
	var out, errb bytes.Buffer
	vm := newTestVMConfig(t, Config{Strategy: "test-atomic", Stdout: &out, Stderr: &errb, Checked: true})
	res, err := vm.Run(Program{Filename: "<threads>", Source: []byte(`
import _thread
lock = _thread.allocate_lock()
lock.acquire()
def wait():
    lock.acquire()
    lock.release()
started = 0
try:
    for i in range(10):
        _thread.start_new_thread(wait, ())
        started += 1
except RuntimeError as e:
    print(started, e)
lock.release()
`)})
	require.NoError(t, err)
	assert.Equal(t, 0, res.ExitCode, errb.String())
	assert.Equal(t, "3 can't start new thread\n", out.String())
}
