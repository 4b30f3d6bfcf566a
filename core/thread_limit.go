package core

import (
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

// A VM thread is a goroutine locked to an OS thread, so the program's
// threads are the process's. Go aborts the whole process when it cannot
// create one ("fatal error: thread exhaustion" past its default limit of
// 10,000, "failed to create new OS thread" when the kernel refuses), so
// rcvm counts them itself: Go's limit is raised to what the machine
// allows, and a thread past the budget is refused with CPython's
// "RuntimeError: can't start new thread" instead.
var osThreads struct {
	once sync.Once
	// budget is how many VM threads besides the main ones may run at once.
	budget int64
	live   atomic.Int64
}

// goRuntimeThreads is the margin left for the Go runtime's own threads
// (GC workers, sysmon, threads blocked in system calls) and for the
// main threads, beside the VM threads started by programs.
const goRuntimeThreads = 512

// threadBudget returns how many VM threads may run at once, computing it
// (and raising Go's thread limit to match) on first use.
func threadBudget() int64 {
	osThreads.once.Do(func() {
		limit := machineThreadLimit()
		debug.SetMaxThreads(int(limit))
		osThreads.budget = max(limit-2*goRuntimeThreads, 16)
	})
	return osThreads.budget
}

// machineThreadLimit is the number of threads this process may have: the
// least of the kernel's limits (threads-max, pid_max less the tasks that
// exist already), the user's process limit and the cgroup's pids.max.
func machineThreadLimit() int64 {
	limit := int64(1 << 20)
	lower := func(n int64) {
		if n > 0 && n < limit {
			limit = n
		}
	}
	lower(readLimitFile("/proc/sys/kernel/threads-max"))
	lower(readLimitFile("/sys/fs/cgroup/pids.max"))
	lower(readLimitFile("/sys/fs/cgroup/pids/pids.max"))
	tasks := runningTasks()
	if pidMax := readLimitFile("/proc/sys/kernel/pid_max"); pidMax > 0 {
		lower(pidMax - tasks)
	}
	var rl syscall.Rlimit
	if syscall.Getrlimit(rlimitNproc, &rl) == nil && rl.Cur < uint64(1<<62) {
		lower(int64(rl.Cur) - tasks)
	}
	return max(limit, 4*goRuntimeThreads)
}

// rlimitNproc is RLIMIT_NPROC on Linux (the syscall package does not
// name it).
const rlimitNproc = 6

// readLimitFile reads a number from a /proc or /sys file ("max" and
// missing files give 0: no limit known).
func readLimitFile(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	return n
}

// runningTasks is the number of threads that exist on the machine now
// (the total of /proc/loadavg's fourth field), which use up pid_max.
func runningTasks() int64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(b))
	if len(fields) < 4 {
		return 0
	}
	_, total, _ := strings.Cut(fields[3], "/")
	n, _ := strconv.ParseInt(total, 10, 64)
	return n
}

// reserveOSThread counts a new VM thread against the budget; false means
// the machine cannot take another.
func reserveOSThread() bool {
	budget := threadBudget()
	if osThreads.live.Add(1) > budget {
		osThreads.live.Add(-1)
		return false
	}
	return true
}

// releaseOSThread gives a VM thread's place back when it ends.
func releaseOSThread() { osThreads.live.Add(-1) }
