package thread_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/internal/difftest"
)

// threaded are the strategies that run threads correctly (unsafe loses
// updates on purpose).
var threaded = []string{"gil", "mutex", "atomic", "brc"}

// TestThreadAPI compares _thread's functions, locks and errors with
// CPython's.
func TestThreadAPI(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("lock",
			"!import _thread",
			"!l = _thread.allocate_lock()",
			"l.acquire()", "l.locked()", "l.acquire(False)", "l.acquire(True, 0.001)", "l.acquire(timeout=0)",
			"l.release()", "l.release()", "l.locked()",
			"l.acquire(timeout=1e300)", "l.acquire(timeout=float('inf'))", "l.acquire(timeout=1e10)",
			"l.acquire(timeout=-1e300)", "l.acquire(True, 10**10)", "l.acquire(True, 10**30)",
			"l.acquire(timeout=float('nan'))", "l.acquire(timeout=-2)", "l.acquire(timeout=-0.5)",
			"l.acquire(False, 1)", "l.acquire(2.5)", "l.acquire('')", "l.acquire(None)",
			"l.acquire(timeout='x')", "l.acquire(1, 2, 3)", "l.acquire(foo=1)",
			"l.acquire(blocking=False, timeout=-1)", "l.release()", "l.acquire(timeout=-1)", "l.release()",
			"l.__enter__()", "l.__exit__(1, 2, 3)", "l.locked()", "l.acquire_lock()", "l.locked_lock()", "l.release_lock()",
			"l.acquire()", "l._at_fork_reinit()", "l.locked()", "l.release(1)",
			"type(l)", "_thread.LockType", "_thread.LockType()", "_thread.TIMEOUT_MAX", "_thread.error",
			"_thread.allocate_lock(1)", "repr(l).startswith('<unlocked _thread.lock object at 0x')",
		),
		difftest.Exprs("rlock",
			"!import _thread",
			"!r = _thread.RLock()",
			"r.acquire()", "r.acquire()", "r._is_owned()", "r._recursion_count()",
			"repr(r).split(' at ')[0].replace(str(_thread.get_ident()), 'ME')",
			"r._release_save()[0]", "r._is_owned()", "r._recursion_count()", "r.release()", "r._release_save()",
			"r._acquire_restore((1,))", "r._acquire_restore(5)",
			"r._acquire_restore((3, _thread.get_ident()))", "r._recursion_count()",
			"r.release()", "r.__exit__(None, None, None)", "r.__enter__()", "r.release()", "r.release()",
			"repr(r).split(' at ')[0]", "_thread.RLock(1, x=2)._is_owned()", "r.acquire(timeout=-3)",
		),
		difftest.Exprs("functions",
			"!import _thread",
			"_thread.start_new_thread(print)", "_thread.start_new_thread(print, [])",
			"_thread.start_new_thread(5, ())", "_thread.start_new_thread(print, (), 5)",
			"_thread.start_new_thread(print, (), {}, 4)", "_thread.start_new_thread(f=print)",
			"_thread.stack_size()", "_thread.stack_size(100)", "_thread.stack_size(-1)",
			"_thread.stack_size(1 << 20)", "_thread.stack_size(0)", "_thread.stack_size()",
			"_thread._count()", "type(_thread.get_ident())", "_thread.get_native_id() > 0",
			"_thread.exit()", "_thread.exit_thread(1)", "_thread.error is RuntimeError",
			"_thread._set_sentinel().locked()", "_thread._local(1)", "_thread._local.__module__",
			"_thread._ExceptHookArgs._fields if hasattr(_thread._ExceptHookArgs, '_fields') else None",
			"_thread.allocate is not None",
		),
	})
}

// TestThreadPrograms runs the threaded programs of testdata against CPython
// under the thread-safe strategies. daemon_exit leaves its daemon threads
// stopped where they were, holding their objects, as CPython does: its
// leaks are not counted.
func TestThreadPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var cases []difftest.Case
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		name := filepath.Base(f)
		cases = append(cases, difftest.Case{Name: name, Src: string(src), Strategies: threaded,
			Cycles: name == "daemon_exit.py"})
	}
	difftest.Run(t, cases)
}
