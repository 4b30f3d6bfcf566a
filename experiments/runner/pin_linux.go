//go:build linux

package runner

import (
	"fmt"
	"os/exec"
	"runtime"

	"golang.org/x/sys/unix"
)

// canPin says this platform can pin a child to one CPU.
const canPin = true

// pinCPU picks the CPU single-threaded runs are pinned to: the last one the
// runner may use (the first is where interrupts and the runner itself
// tend to land), or -1 if there is none to choose.
func pinCPU() int {
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &set); err != nil || set.Count() < 2 {
		return -1
	}
	for cpu := 1023; cpu >= 0; cpu-- {
		if set.IsSet(cpu) {
			return cpu
		}
	}
	return -1
}

// startPinned starts cmd with its affinity set to one CPU. A child inherits
// the affinity of the thread that forks it, so the goroutine is locked to
// its thread, that thread's mask is narrowed with sched_setaffinity for the
// fork, and restored after: the child and every thread it makes (the VM's,
// Go's own) run on that CPU, and the runner's other threads are untouched.
func startPinned(cmd *exec.Cmd, cpu int) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var old, one unix.CPUSet
	if err := unix.SchedGetaffinity(0, &old); err != nil {
		return fmt.Errorf("runner: reading the CPU affinity: %w", err)
	}
	one.Set(cpu)
	if err := unix.SchedSetaffinity(0, &one); err != nil {
		return fmt.Errorf("runner: pinning to CPU %d: %w", cpu, err)
	}
	err := cmd.Start()
	if rerr := unix.SchedSetaffinity(0, &old); rerr != nil && err == nil {
		// The thread stays locked, and so leaves with the goroutine
		// rather than running others on one CPU: return an error anyway.
		return fmt.Errorf("runner: restoring the CPU affinity: %w", rerr)
	}
	return err
}
