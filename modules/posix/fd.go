package posix

import (
	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// The calls on file descriptors. The descriptors rcvm creates are
// non-inheritable (O_CLOEXEC), as CPython's are since PEP 446.

func init() {
	register(
		funcSpec{"open", []string{"path", "flags", "mode=", "*", "dir_fd="}, posixOpen},
		funcSpec{"read", []string{"fd", "length", "/"}, posixRead},
		funcSpec{"write", []string{"fd", "data", "/"}, posixWrite},
		funcSpec{"close", []string{"fd"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			// close is not retried on EINTR: the descriptor is gone anyway.
			return noneResult(t, unix.Close(fd), nil, nil)
		}},
		funcSpec{"closerange", []string{"fd_low", "fd_high", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			lo, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			hi, ok := fdArg(t, a[1])
			if !ok {
				return nil
			}
			for fd := max(lo, 0); fd < hi; fd++ {
				unix.Close(fd)
			}
			return core.None
		}},
		funcSpec{"lseek", []string{"fd", "position", "whence", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			pos, ok := t.AsInt64(a[1])
			if !ok {
				return nil
			}
			whence, ok := intArg(t, a[2])
			if !ok {
				return nil
			}
			off, err := unix.Seek(fd, pos, whence)
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return t.NewInt(off)
		}},
		fdCall("fsync", unix.Fsync),
		fdCall("fdatasync", unix.Fdatasync),
		funcSpec{"dup", []string{"fd", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			n, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return t.NewInt(int64(n))
		}},
		funcSpec{"dup2", []string{"fd", "fd2", "inheritable="}, posixDup2},
		funcSpec{"pipe", nil, func(t *core.Thread, a []*core.Object) *core.Object {
			var p [2]int
			if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
				return raise(t, err, nil, nil)
			}
			return t.TupleOwned(t.NewInt(int64(p[0])), t.NewInt(int64(p[1])))
		}},
		funcSpec{"isatty", []string{"fd", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			return core.Bool(isatty(fd))
		}},
		funcSpec{"ftruncate", []string{"fd", "length", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			n, ok := t.AsInt64(a[1])
			if !ok {
				return nil
			}
			return noneResult(t, retry(func() error { return unix.Ftruncate(fd, n) }), nil, nil)
		}},
		funcSpec{"get_inheritable", []string{"fd", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return core.Bool(flags&unix.FD_CLOEXEC == 0)
		}},
		funcSpec{"set_inheritable", []string{"fd", "inheritable", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			inh, ok := intArg(t, a[1])
			if !ok {
				return nil
			}
			return noneResult(t, setCloexec(fd, inh == 0), nil, nil)
		}},
		funcSpec{"get_blocking", []string{"fd", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return core.Bool(flags&unix.O_NONBLOCK == 0)
		}},
		funcSpec{"set_blocking", []string{"fd", "blocking", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			blocking, ok := boolArg(t, a[1], true)
			if !ok {
				return nil
			}
			return noneResult(t, unix.SetNonblock(fd, !blocking), nil, nil)
		}},
		funcSpec{"device_encoding", []string{"fd"}, func(t *core.Thread, a []*core.Object) *core.Object {
			fd, ok := fdArg(t, a[0])
			if !ok {
				return nil
			}
			if !isatty(fd) {
				return core.None
			}
			return t.NewStr("UTF-8")
		}},
		funcSpec{"get_terminal_size", []string{"fd=", "/"}, posixTerminalSize},
	)
}

func fdCall(name string, fn func(fd int) error) funcSpec {
	return funcSpec{name, []string{"fd"}, func(t *core.Thread, a []*core.Object) *core.Object {
		fd, ok := fdArg(t, a[0])
		if !ok {
			return nil
		}
		var err error
		t.Blocking(func() { err = retry(func() error { return fn(fd) }) })
		return noneResult(t, err, nil, nil)
	}}
}

// isatty reports whether fd is a terminal (isatty(3): TCGETS succeeds).
func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

func setCloexec(fd int, on bool) error {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	if err != nil {
		return err
	}
	nf := flags &^ unix.FD_CLOEXEC
	if on {
		nf |= unix.FD_CLOEXEC
	}
	if nf == flags {
		return nil
	}
	_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, nf)
	return err
}

func posixOpen(t *core.Thread, a []*core.Object) *core.Object {
	p, ok := convertPath(t, "open", "path", a[0], pathOpts{})
	if !ok {
		return nil
	}
	flags, ok := intArg(t, a[1])
	if !ok {
		return nil
	}
	mode := 0o777
	if a[2] != nil {
		if mode, ok = intArg(t, a[2]); !ok {
			return nil
		}
	}
	dirFd, ok := dirFdArg(t, a[3])
	if !ok {
		return nil
	}
	var fd int
	var err error
	t.Blocking(func() {
		err = retry(func() (err error) {
			fd, err = unix.Openat(dirFd, p.name, flags|unix.O_CLOEXEC, uint32(mode))
			return err
		})
	})
	if err != nil {
		return raise(t, err, p.obj, nil)
	}
	return t.NewInt(int64(fd))
}

func posixRead(t *core.Thread, a []*core.Object) *core.Object {
	fd, ok := fdArg(t, a[0])
	if !ok {
		return nil
	}
	n, ok := t.AsInt64(a[1])
	if !ok {
		return nil
	}
	if n < 0 {
		return t.RaiseErrno(unix.EINVAL, nil)
	}
	buf := make([]byte, n)
	var got int
	var err error
	t.Blocking(func() {
		err = retry(func() (err error) {
			got, err = unix.Read(fd, buf)
			return err
		})
	})
	if err != nil {
		return raise(t, err, nil, nil)
	}
	return t.NewBytes(buf[:got])
}

func posixWrite(t *core.Thread, a []*core.Object) *core.Object {
	fd, ok := fdArg(t, a[0])
	if !ok {
		return nil
	}
	data, ok := t.BytesLike(a[1])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", a[1].Type().Name)
	}
	// The write may block: it works on a copy, since another thread may
	// change a bytearray while this one is detached.
	buf := append([]byte(nil), data...)
	var n int
	var err error
	t.Blocking(func() {
		err = retry(func() (err error) {
			n, err = unix.Write(fd, buf)
			return err
		})
	})
	if err != nil {
		return raise(t, err, nil, nil)
	}
	return t.NewInt(int64(n))
}

func posixDup2(t *core.Thread, a []*core.Object) *core.Object {
	fd, ok := fdArg(t, a[0])
	if !ok {
		return nil
	}
	fd2, ok := fdArg(t, a[1])
	if !ok {
		return nil
	}
	inh, ok := boolArg(t, a[2], true)
	if !ok {
		return nil
	}
	if fd == fd2 {
		// dup3 refuses equal descriptors; dup2 checks fd and returns it.
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			return raise(t, err, nil, nil)
		}
		return t.NewInt(int64(fd2))
	}
	flags := 0
	if !inh {
		flags = unix.O_CLOEXEC
	}
	if err := unix.Dup3(fd, fd2, flags); err != nil {
		return raise(t, err, nil, nil)
	}
	return t.NewInt(int64(fd2))
}

// terminalSizeType is os.terminal_size.
var terminalSizeType = core.NewStructSeqType(core.StructSeqSpec{
	Name:          "os.terminal_size",
	Doc:           "A tuple of (columns, lines) for holding terminal window size",
	Fields:        []string{"columns", "lines"},
	Constructible: true,
})

func posixTerminalSize(t *core.Thread, a []*core.Object) *core.Object {
	fd := 1
	if a[0] != nil {
		var ok bool
		if fd, ok = fdArg(t, a[0]); !ok {
			return nil
		}
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return raise(t, err, nil, nil)
	}
	return t.NewStructSeq(terminalSizeType, t.NewInt(int64(ws.Col)), t.NewInt(int64(ws.Row)))
}
