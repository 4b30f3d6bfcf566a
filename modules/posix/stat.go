package posix

import (
	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// statResultType is os.stat_result: ten items (the three integer times are
// unnamed fields) and the float times, nanosecond times, st_blksize,
// st_blocks and st_rdev as attributes only, as on CPython for Linux.
var statResultType = core.NewStructSeqType(core.StructSeqSpec{
	Name: "os.stat_result",
	Doc:  "stat_result: Result from stat, fstat, or lstat.",
	Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"", "", "",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"},
	Visible:       10,
	Constructible: true,
})

// newStatResult builds an os.stat_result from a stat buffer.
func newStatResult(t *core.Thread, st *unix.Stat_t) *core.Object {
	times := []unix.Timespec{st.Atim, st.Mtim, st.Ctim}
	v := []*core.Object{
		t.NewInt(int64(st.Mode)), t.NewUint64(st.Ino), t.NewUint64(st.Dev), t.NewUint64(uint64(st.Nlink)),
		t.NewInt(int64(st.Uid)), t.NewInt(int64(st.Gid)), t.NewInt(st.Size),
	}
	for _, ts := range times {
		v = append(v, t.NewInt(ts.Sec))
	}
	for _, ts := range times {
		v = append(v, t.NewFloat(float64(ts.Sec)+float64(ts.Nsec)*1e-9))
	}
	for _, ts := range times {
		v = append(v, t.NewInt(ts.Sec*1_000_000_000+ts.Nsec))
	}
	v = append(v, t.NewInt(int64(st.Blksize)), t.NewInt(st.Blocks), t.NewUint64(st.Rdev))
	return t.NewStructSeq(statResultType, v...)
}

// doStat is stat/lstat/fstat: p a path or a descriptor.
func doStat(t *core.Thread, p pathArg, dirFd int, follow bool) *core.Object {
	var st unix.Stat_t
	var err error
	switch {
	case p.isFd:
		err = retry(func() error { return unix.Fstat(p.fd, &st) })
	default:
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = retry(func() error { return unix.Fstatat(dirFd, p.name, &st, flags) })
	}
	if err != nil {
		return raise(t, err, p.filename(), nil)
	}
	return newStatResult(t, &st)
}

func init() {
	register(
		funcSpec{"stat", []string{"path", "*", "dir_fd=", "follow_symlinks="}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, ok := convertPath(t, "stat", "path", a[0], pathOpts{allowFd: true})
			if !ok {
				return nil
			}
			dirFd, ok := dirFdArg(t, a[1])
			if !ok {
				return nil
			}
			follow, ok := boolArg(t, a[2], true)
			if !ok {
				return nil
			}
			if p.isFd && (dirFd != unix.AT_FDCWD || !follow) {
				return fdAndDirFd(t, "stat", dirFd != unix.AT_FDCWD)
			}
			return doStat(t, p, dirFd, follow)
		}},
		funcSpec{"lstat", []string{"path", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, ok := convertPath(t, "lstat", "path", a[0], pathOpts{})
			if !ok {
				return nil
			}
			dirFd, ok := dirFdArg(t, a[1])
			if !ok {
				return nil
			}
			return doStat(t, p, dirFd, false)
		}},
		funcSpec{"fstat", []string{"fd"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			return doStat(t, pathArg{fd: fd, isFd: true}, 0, true)
		}},
	)
}

// fdAndDirFd raises CPython's ValueError for a descriptor given with
// dir_fd or follow_symlinks=False.
func fdAndDirFd(t *core.Thread, fn string, dirFd bool) *core.Object {
	if dirFd {
		return t.RaiseMsg(&core.ValueErrorType, "%s: can't specify both dir_fd and fd", fn)
	}
	return t.RaiseMsg(&core.ValueErrorType, "%s: cannot use fd and follow_symlinks together", fn)
}
