package posix

import (
	"crypto/rand"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// Processes, the system's identity and clocks, and randomness.

// timesResultType is posix.times_result.
var timesResultType = core.NewStructSeqType(core.StructSeqSpec{
	Name:          "posix.times_result",
	Doc:           "times_result: Result from os.times().",
	Fields:        []string{"user", "system", "children_user", "children_system", "elapsed"},
	Constructible: true,
})

// unameResultType is posix.uname_result.
var unameResultType = core.NewStructSeqType(core.StructSeqSpec{
	Name:          "posix.uname_result",
	Doc:           "uname_result: Result from os.uname().",
	Fields:        []string{"sysname", "nodename", "release", "version", "machine"},
	Constructible: true,
})

func idFunc(name string, fn func() int) funcSpec {
	return funcSpec{name, nil, func(t *core.Thread, a []*core.Object) *core.Object { return t.NewInt(int64(fn())) }}
}

func init() {
	register(
		idFunc("getpid", unix.Getpid), idFunc("getppid", unix.Getppid),
		idFunc("getuid", unix.Getuid), idFunc("geteuid", unix.Geteuid),
		idFunc("getgid", unix.Getgid), idFunc("getegid", unix.Getegid),
		idFunc("getpgrp", unix.Getpgrp),
		funcSpec{"cpu_count", nil, func(t *core.Thread, a []*core.Object) *core.Object {
			return t.NewInt(int64(onlineCPUs()))
		}},
		funcSpec{"strerror", []string{"code", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			n, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			return t.NewStr(core.Strerror(n))
		}},
		funcSpec{"urandom", []string{"size", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			n, ok := t.AsInt64(a[0])
			if !ok {
				return nil
			}
			if n < 0 {
				return t.RaiseMsg(&core.ValueErrorType, "negative argument not allowed")
			}
			b := make([]byte, n)
			if _, err := rand.Read(b); err != nil {
				return t.RaiseOSError(err)
			}
			return t.NewBytes(b)
		}},
		funcSpec{"_exit", []string{"status"}, func(t *core.Thread, a []*core.Object) *core.Object {
			n, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			// Like _exit(2): no clean-up, no flushing of Python's buffers.
			os.Exit(n)
			return nil
		}},
		funcSpec{"kill", []string{"pid", "signal", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			pid, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			sig, ok := intArg(t, a[1])
			if !ok {
				return nil
			}
			return noneResult(t, unix.Kill(pid, unix.Signal(sig)), nil, nil)
		}},
		funcSpec{"waitpid", []string{"pid", "options", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			pid, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			opts, ok := intArg(t, a[1])
			if !ok {
				return nil
			}
			var ws unix.WaitStatus
			var got int
			var err error
			t.Blocking(func() {
				err = retry(func() (err error) {
					got, err = unix.Wait4(pid, &ws, opts, nil)
					return err
				})
			})
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return t.TupleOwned(t.NewInt(int64(got)), t.NewInt(int64(ws)))
		}},
		funcSpec{"times", nil, posixTimes},
		funcSpec{"uname", nil, posixUname},
		funcSpec{"getloadavg", nil, func(t *core.Thread, a []*core.Object) *core.Object {
			var si unix.Sysinfo_t
			if err := unix.Sysinfo(&si); err != nil {
				return t.RaiseMsg(&core.OSErrorType, "Load averages are unobtainable")
			}
			f := func(i int) *core.Object { return t.NewFloat(float64(si.Loads[i]) / 65536) }
			return t.TupleOwned(f(0), f(1), f(2))
		}},
		statusFunc("WIFEXITED", func(s unix.WaitStatus) any { return s.Exited() }),
		statusFunc("WEXITSTATUS", func(s unix.WaitStatus) any { return s.ExitStatus() }),
		statusFunc("WIFSIGNALED", func(s unix.WaitStatus) any { return s.Signaled() }),
		statusFunc("WTERMSIG", func(s unix.WaitStatus) any { return int(s.Signal()) }),
		statusFunc("WIFSTOPPED", func(s unix.WaitStatus) any { return s.Stopped() }),
		statusFunc("WSTOPSIG", func(s unix.WaitStatus) any { return int(s.StopSignal()) }),
		statusFunc("WIFCONTINUED", func(s unix.WaitStatus) any { return s.Continued() }),
		statusFunc("WCOREDUMP", func(s unix.WaitStatus) any { return s.CoreDump() }),
		funcSpec{"waitstatus_to_exitcode", []string{"status"}, func(t *core.Thread, a []*core.Object) *core.Object {
			n, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			s := unix.WaitStatus(n)
			switch {
			case s.Exited():
				return t.NewInt(int64(s.ExitStatus()))
			case s.Signaled():
				return t.NewInt(-int64(s.Signal()))
			}
			return t.RaiseMsg(&core.ValueErrorType, "invalid wait status: %d", n)
		}},
	)
}

func statusFunc(name string, fn func(unix.WaitStatus) any) funcSpec {
	return funcSpec{name, []string{"status"}, func(t *core.Thread, a []*core.Object) *core.Object {
		n, ok := intArg(t, a[0])
		if !ok {
			return nil
		}
		switch r := fn(unix.WaitStatus(n)).(type) {
		case bool:
			return core.Bool(r)
		case int:
			return t.NewInt(int64(r))
		}
		panic("unreachable")
	}}
}

// onlineCPUs is sysconf(_SC_NPROCESSORS_ONLN), which CPython's cpu_count
// returns: every online processor, not only those the process may use.
func onlineCPUs() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err1 := strconv.Atoi(lo)
		if !isRange {
			hi = lo
		}
		z, err2 := strconv.Atoi(hi)
		if err1 != nil || err2 != nil {
			return runtime.NumCPU()
		}
		n += z - a + 1
	}
	return n
}

// clockTicks is sysconf(_SC_CLK_TCK), 100 on Linux.
const clockTicks = 100

func posixTimes(t *core.Thread, a []*core.Object) *core.Object {
	var tms unix.Tms
	ticks, err := unix.Times(&tms)
	if err != nil {
		return raise(t, err, nil, nil)
	}
	f := func(v int64) *core.Object { return t.NewFloat(float64(v) / clockTicks) }
	return t.NewStructSeq(timesResultType, f(tms.Utime), f(tms.Stime), f(tms.Cutime), f(tms.Cstime), f(int64(ticks)))
}

func posixUname(t *core.Thread, a []*core.Object) *core.Object {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return raise(t, err, nil, nil)
	}
	s := func(b []byte) *core.Object {
		if i := strings.IndexByte(string(b), 0); i >= 0 {
			b = b[:i]
		}
		return t.NewStr(string(b))
	}
	return t.NewStructSeq(unameResultType, s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:]))
}
