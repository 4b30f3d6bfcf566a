// Package posix is CPython's posix module (Modules/posixmodule.c) on Linux:
// the system calls under CPython's os.py, os.path, shutil and tempfile —
// stat and its os.stat_result, directories (listdir, scandir and DirEntry),
// file descriptors, the environment, processes and the O_*, *_OK and SEEK_*
// constants — with CPython's argument conversion (path_t: str, bytes,
// os.PathLike or a descriptor), its OSError subclasses chosen by errno and
// its messages. Calls that can block (read, write, waitpid, ...) detach the
// thread from the strategy, as CPython releases the GIL around them.
package posix

import (
	"errors"
	"syscall"

	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

func init() { core.RegisterModule("posix", buildPosix) }

// funcSpec is one module function: its Argument Clinic parameter list and
// its body, which receives the parameters in order (nil when not given).
type funcSpec struct {
	name   string
	params []string
	body   func(t *core.Thread, a []*core.Object) *core.Object
}

// builtin turns a funcSpec into a BuiltinFunc parsing its arguments.
func builtin(f funcSpec) core.BuiltinFunc {
	sig := core.NewSignature(f.name, f.params...)
	n := 0
	for _, p := range f.params {
		if p != "/" && p != "*" {
			n++
		}
	}
	body := f.body
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		vals := make([]*core.Object, n)
		ptrs := make([]**core.Object, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if !sig.Parse(t, args, kwnames, ptrs...) {
			return nil
		}
		return body(t, vals)
	}
}

// allFuncs are the module's functions, by file.
var allFuncs [][]funcSpec

func register(fs ...funcSpec) { allFuncs = append(allFuncs, fs) }

func buildPosix(t *core.Thread, m *core.Module) bool {
	for _, fs := range allFuncs {
		for _, f := range fs {
			m.SetFunc(t, f.name, builtin(f))
		}
	}
	for name, v := range intConstants() {
		if !m.SetOwned(t, name, t.NewInt(v)) {
			return false
		}
	}
	m.AddType(t, statResultType)
	m.AddType(t, terminalSizeType)
	m.AddType(t, timesResultType)
	m.AddType(t, unameResultType)
	m.AddType(t, dirEntryType)
	m.SetAttrString(t, "error", &core.OSErrorType.Object)
	have := t.NewList(len(haveFunctions))
	for _, h := range haveFunctions {
		s := t.NewStr(h)
		have.Append(t, s)
		t.Decref(s)
	}
	if !m.SetOwned(t, "_have_functions", &have.Object) {
		return false
	}
	env := buildEnviron(t)
	return m.SetOwned(t, "environ", env)
}

// haveFunctions is posix._have_functions: the optional C functions behind
// the parameters os.py advertises in supports_dir_fd, supports_fd and
// supports_follow_symlinks. Only those rcvm implements are listed.
var haveFunctions = []string{
	"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FSTATAT",
	"HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT",
	"HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
}

// raise raises the OSError for a failed system call, naming up to two
// files (nil: none), and returns nil.
func raise(t *core.Thread, err error, filename, filename2 *core.Object) *core.Object {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return t.RaiseErrnoFilenames(int(errno), filename, filename2)
	}
	return t.RaiseOSError(err)
}

// retry runs a system call again while it fails with EINTR, as CPython
// does (PEP 475).
func retry(fn func() error) error {
	for {
		err := fn()
		if err != unix.EINTR {
			return err
		}
	}
}

// intArg converts a C int argument (fd, mode, flags).
func intArg(t *core.Thread, o *core.Object) (int, bool) {
	if core.IsFloat(o) {
		t.RaiseMsg(&core.TypeErrorType, "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	return t.AsCInt(o)
}

// fdArg converts a file descriptor argument (CPython's fildes converter
// accepts objects with fileno() too for some calls; the int form is the
// common one).
func fdArg(t *core.Thread, o *core.Object) (int, bool) { return intArg(t, o) }

// dirFdArg converts dir_fd (None: the current directory).
func dirFdArg(t *core.Thread, o *core.Object) (int, bool) {
	if o == nil || o == core.None {
		return unix.AT_FDCWD, true
	}
	if !core.IsInt(o) {
		t.RaiseMsg(&core.TypeErrorType, "argument should be integer or None, not %s", o.Type().Name)
		return 0, false
	}
	return t.AsCInt(o)
}

// boolArg converts a flag given as any object (the "p" converter); def
// applies when it was not given.
func boolArg(t *core.Thread, o *core.Object, def bool) (bool, bool) {
	if o == nil {
		return def, true
	}
	return t.Truth(o)
}

// noneResult is a function's None result after a system call.
func noneResult(t *core.Thread, err error, filename, filename2 *core.Object) *core.Object {
	if err != nil {
		return raise(t, err, filename, filename2)
	}
	return core.None
}
