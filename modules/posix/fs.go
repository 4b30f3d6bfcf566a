package posix

import (
	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// The file-system calls on paths: directories, links, names, permissions
// and times.

// pathAndDirFd converts the (path, dir_fd) pair most calls take.
func pathAndDirFd(t *core.Thread, fn string, path, dirFd *core.Object) (pathArg, int, bool) {
	p, ok := convertPath(t, fn, "path", path, pathOpts{})
	if !ok {
		return p, 0, false
	}
	fd, ok := dirFdArg(t, dirFd)
	return p, fd, ok
}

func init() {
	register(
		funcSpec{"listdir", []string{"path="}, posixListdir},
		funcSpec{"mkdir", []string{"path", "mode=", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, dirFd, ok := pathAndDirFd(t, "mkdir", a[0], a[2])
			if !ok {
				return nil
			}
			mode := 0o777
			if a[1] != nil {
				if mode, ok = intArg(t, a[1]); !ok {
					return nil
				}
			}
			return noneResult(t, retry(func() error { return unix.Mkdirat(dirFd, p.name, uint32(mode)) }), p.obj, nil)
		}},
		funcSpec{"rmdir", []string{"path", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, dirFd, ok := pathAndDirFd(t, "rmdir", a[0], a[1])
			if !ok {
				return nil
			}
			return noneResult(t, retry(func() error { return unix.Unlinkat(dirFd, p.name, unix.AT_REMOVEDIR) }), p.obj, nil)
		}},
		unlinkSpec("unlink"), unlinkSpec("remove"),
		renameSpec("rename"), renameSpec("replace"),
		funcSpec{"getcwd", nil, func(t *core.Thread, a []*core.Object) *core.Object {
			wd, err := unix.Getwd()
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return t.NewStr(wd)
		}},
		funcSpec{"getcwdb", nil, func(t *core.Thread, a []*core.Object) *core.Object {
			wd, err := unix.Getwd()
			if err != nil {
				return raise(t, err, nil, nil)
			}
			return t.NewBytes([]byte(wd))
		}},
		funcSpec{"chdir", []string{"path"}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, ok := convertPath(t, "chdir", "path", a[0], pathOpts{allowFd: true})
			if !ok {
				return nil
			}
			if p.isFd {
				return noneResult(t, unix.Fchdir(p.fd), nil, nil)
			}
			return noneResult(t, unix.Chdir(p.name), p.obj, nil)
		}},
		funcSpec{"access", []string{"path", "mode", "*", "dir_fd=", "effective_ids=", "follow_symlinks="}, posixAccess},
		funcSpec{"chmod", []string{"path", "mode", "*", "dir_fd=", "follow_symlinks="}, posixChmod},
		funcSpec{"utime", []string{"path", "times=", "*", "ns=", "dir_fd=", "follow_symlinks="}, posixUtime},
		funcSpec{"readlink", []string{"path", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, dirFd, ok := pathAndDirFd(t, "readlink", a[0], a[1])
			if !ok {
				return nil
			}
			buf := make([]byte, 4096)
			for {
				n, err := unix.Readlinkat(dirFd, p.name, buf)
				if err != nil {
					return raise(t, err, p.obj, nil)
				}
				if n < len(buf) {
					return p.newName(t, string(buf[:n]))
				}
				buf = make([]byte, 2*len(buf))
			}
		}},
		funcSpec{"symlink", []string{"src", "dst", "target_is_directory=", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
			src, ok := convertPath(t, "symlink", "src", a[0], pathOpts{})
			if !ok {
				return nil
			}
			dst, ok := convertPath(t, "symlink", "dst", a[1], pathOpts{})
			if !ok {
				return nil
			}
			if src.isBytes != dst.isBytes {
				return t.RaiseMsg(&core.TypeErrorType, "symlink: src and dst must be the same type")
			}
			dirFd, ok := dirFdArg(t, a[3])
			if !ok {
				return nil
			}
			return noneResult(t, unix.Symlinkat(src.name, dirFd, dst.name), src.obj, dst.obj)
		}},
		funcSpec{"link", []string{"src", "dst", "*", "src_dir_fd=", "dst_dir_fd=", "follow_symlinks="}, func(t *core.Thread, a []*core.Object) *core.Object {
			src, ok := convertPath(t, "link", "src", a[0], pathOpts{})
			if !ok {
				return nil
			}
			dst, ok := convertPath(t, "link", "dst", a[1], pathOpts{})
			if !ok {
				return nil
			}
			if src.isBytes != dst.isBytes {
				return t.RaiseMsg(&core.TypeErrorType, "link: src and dst must be the same type")
			}
			sfd, ok := dirFdArg(t, a[2])
			if !ok {
				return nil
			}
			dfd, ok := dirFdArg(t, a[3])
			if !ok {
				return nil
			}
			follow, ok := boolArg(t, a[4], true)
			if !ok {
				return nil
			}
			flags := 0
			if follow {
				flags = unix.AT_SYMLINK_FOLLOW
			}
			return noneResult(t, unix.Linkat(sfd, src.name, dfd, dst.name, flags), src.obj, dst.obj)
		}},
		funcSpec{"truncate", []string{"path", "length"}, func(t *core.Thread, a []*core.Object) *core.Object {
			p, ok := convertPath(t, "truncate", "path", a[0], pathOpts{allowFd: true})
			if !ok {
				return nil
			}
			n, ok := t.AsInt64(a[1])
			if !ok {
				return nil
			}
			if p.isFd {
				return noneResult(t, unix.Ftruncate(p.fd, n), nil, nil)
			}
			return noneResult(t, unix.Truncate(p.name, n), p.obj, nil)
		}},
		funcSpec{"umask", []string{"mask", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			n, ok := intArg(t, a[0])
			if !ok {
				return nil
			}
			return t.NewInt(int64(unix.Umask(n)))
		}},
	)
}

func unlinkSpec(name string) funcSpec {
	return funcSpec{name, []string{"path", "*", "dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
		p, dirFd, ok := pathAndDirFd(t, name, a[0], a[1])
		if !ok {
			return nil
		}
		return noneResult(t, retry(func() error { return unix.Unlinkat(dirFd, p.name, 0) }), p.obj, nil)
	}}
}

func renameSpec(name string) funcSpec {
	return funcSpec{name, []string{"src", "dst", "*", "src_dir_fd=", "dst_dir_fd="}, func(t *core.Thread, a []*core.Object) *core.Object {
		src, ok := convertPath(t, name, "src", a[0], pathOpts{})
		if !ok {
			return nil
		}
		dst, ok := convertPath(t, name, "dst", a[1], pathOpts{})
		if !ok {
			return nil
		}
		if src.isBytes != dst.isBytes {
			return t.RaiseMsg(&core.TypeErrorType, "%s: src and dst must be the same type", name)
		}
		sfd, ok := dirFdArg(t, a[2])
		if !ok {
			return nil
		}
		dfd, ok := dirFdArg(t, a[3])
		if !ok {
			return nil
		}
		return noneResult(t, unix.Renameat(sfd, src.name, dfd, dst.name), src.obj, dst.obj)
	}}
}

// posixListdir is listdir(path=None): the names in the directory, without
// '.' and '..', in the order the system gives them; bytes names for a bytes
// path.
func posixListdir(t *core.Thread, a []*core.Object) *core.Object {
	arg := a[0]
	if arg == nil {
		arg = core.None
	}
	p, ok := convertPath(t, "listdir", "path", arg, pathOpts{allowFd: true, nullable: true})
	if !ok {
		return nil
	}
	var ents []dirent
	var err error
	if p.isFd {
		ents, err = readDirFd(p.fd)
	} else {
		ents, err = readDir(p.name)
	}
	if err != nil {
		return raise(t, err, p.filename(), nil)
	}
	l := t.NewList(len(ents))
	for _, e := range ents {
		n := p.newName(t, e.name)
		l.Append(t, n)
		t.Decref(n)
	}
	return &l.Object
}

func posixAccess(t *core.Thread, a []*core.Object) *core.Object {
	p, ok := convertPath(t, "access", "path", a[0], pathOpts{})
	if !ok {
		return nil
	}
	mode, ok := intArg(t, a[1])
	if !ok {
		return nil
	}
	dirFd, ok := dirFdArg(t, a[2])
	if !ok {
		return nil
	}
	eff, ok := boolArg(t, a[3], false)
	if !ok {
		return nil
	}
	follow, ok := boolArg(t, a[4], true)
	if !ok {
		return nil
	}
	flags := 0
	if eff {
		flags |= unix.AT_EACCESS
	}
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return core.Bool(unix.Faccessat(dirFd, p.name, uint32(mode), flags) == nil)
}

func posixChmod(t *core.Thread, a []*core.Object) *core.Object {
	p, ok := convertPath(t, "chmod", "path", a[0], pathOpts{allowFd: true})
	if !ok {
		return nil
	}
	mode, ok := intArg(t, a[1])
	if !ok {
		return nil
	}
	dirFd, ok := dirFdArg(t, a[2])
	if !ok {
		return nil
	}
	follow, ok := boolArg(t, a[3], true)
	if !ok {
		return nil
	}
	if p.isFd {
		if dirFd != unix.AT_FDCWD || !follow {
			return fdAndDirFd(t, "chmod", dirFd != unix.AT_FDCWD)
		}
		return noneResult(t, unix.Fchmod(p.fd, uint32(mode)), nil, nil)
	}
	if !follow {
		// Linux cannot change a symbolic link's mode; CPython reports it
		// as fchmodat does.
		return t.RaiseMsg(&core.NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform")
	}
	return noneResult(t, unix.Fchmodat(dirFd, p.name, uint32(mode), 0), p.obj, nil)
}
