package posix

import (
	"math"

	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// posixUtime is utime(path, times=None, *, ns, dir_fd=None,
// follow_symlinks=True).
func posixUtime(t *core.Thread, a []*core.Object) *core.Object {
	p, ok := convertPath(t, "utime", "path", a[0], pathOpts{allowFd: true})
	if !ok {
		return nil
	}
	times, ns := a[1], a[2]
	if times == core.None {
		times = nil
	}
	if times != nil && ns != nil {
		return t.RaiseMsg(&core.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
	}
	ts := []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
	switch {
	case times != nil:
		tu, isTuple := core.AsTuple(times)
		if !isTuple || len(tu.Items) != 2 {
			return t.RaiseMsg(&core.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
		}
		for i, v := range tu.Items {
			spec, ok := toTimespec(t, v)
			if !ok {
				return nil
			}
			ts[i] = spec
		}
	case ns != nil:
		tu, isTuple := core.AsTuple(ns)
		if !isTuple || len(tu.Items) != 2 {
			return t.RaiseMsg(&core.TypeErrorType, "utime: 'ns' must be a tuple of two ints")
		}
		for i, v := range tu.Items {
			if !core.IsInt(v) {
				return t.RaiseMsg(&core.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			n, ok := t.AsInt64(v)
			if !ok {
				return nil
			}
			ts[i] = unix.NsecToTimespec(n)
			if n < 0 && ts[i].Nsec < 0 {
				ts[i].Sec--
				ts[i].Nsec += 1e9
			}
		}
	}
	dirFd, ok := dirFdArg(t, a[3])
	if !ok {
		return nil
	}
	follow, ok := boolArg(t, a[4], true)
	if !ok {
		return nil
	}
	if p.isFd {
		if dirFd != unix.AT_FDCWD || !follow {
			return fdAndDirFd(t, "utime", dirFd != unix.AT_FDCWD)
		}
		return noneResult(t, unix.UtimesNanoAt(p.fd, "", ts, unix.AT_EMPTY_PATH), nil, nil)
	}
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	return noneResult(t, unix.UtimesNanoAt(dirFd, p.name, ts, flags), p.obj, nil)
}

// toTimespec converts seconds given as an int or a float, rounding toward
// minus infinity (CPython's _PyTime_ObjectToTimespec with
// _PyTime_ROUND_FLOOR).
func toTimespec(t *core.Thread, v *core.Object) (unix.Timespec, bool) {
	if f, isFloat := core.FloatValue(v); isFloat {
		if math.IsNaN(f) {
			t.RaiseMsg(&core.ValueErrorType, "Invalid value NaN (not a number)")
			return unix.Timespec{}, false
		}
		sec := math.Floor(f)
		if sec >= math.MaxInt64 || sec < math.MinInt64 {
			t.RaiseMsg(&core.OverflowErrorType, "timestamp out of range for platform time_t")
			return unix.Timespec{}, false
		}
		nsec := math.Floor((f - sec) * 1e9)
		if nsec >= 1e9 {
			sec++
			nsec -= 1e9
		}
		return unix.Timespec{Sec: int64(sec), Nsec: int64(nsec)}, true
	}
	n, ok := t.AsInt64(v)
	if !ok {
		return unix.Timespec{}, false
	}
	return unix.Timespec{Sec: n}, true
}
