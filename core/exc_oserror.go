package core

import (
	"errors"
	"os"
	"strconv"
	"syscall"
)

// OSError: its constructor (which picks the subclass for an errno, as
// CPython's errnomap does), its str, and the helpers Go code uses to raise
// it from a Go error or an errno (PyErr_SetFromErrnoWithFilename).

type errnoInfo struct{ name, msg string }

// Strerror returns the C library's message for errno n, as os.strerror
// gives it ("No such file or directory"; "Unknown error n" for values
// without one).
func Strerror(n int) string {
	if n >= 0 && n < len(errnoTable) && errnoTable[n].msg != "" {
		return errnoTable[n].msg
	}
	if n == 0 {
		return "Success"
	}
	return "Unknown error " + strconv.Itoa(n)
}

// ErrnoName returns the symbolic name of errno n ("ENOENT"), or "" when it
// has none (errno.errorcode).
func ErrnoName(n int) string {
	if n >= 0 && n < len(errnoTable) {
		return errnoTable[n].name
	}
	return ""
}

// ErrnoNames returns every errno name with its value, the aliases
// (EWOULDBLOCK) included: the errno module's constants.
func ErrnoNames() map[string]int {
	m := make(map[string]int, len(errnoTable)+len(errnoAliases))
	for n, e := range errnoTable {
		if e.name != "" {
			m[e.name] = n
		}
	}
	for name, n := range errnoAliases {
		m[name] = n
	}
	return m
}

// errnoClasses maps errno values to the OSError subclass OSError(errno,
// ...) creates (CPython's errnomap, Objects/exceptions.c).
var errnoClasses = map[syscall.Errno]*Type{
	syscall.EAGAIN: &BlockingIOErrorType, syscall.EALREADY: &BlockingIOErrorType,
	syscall.EINPROGRESS: &BlockingIOErrorType, // EWOULDBLOCK is EAGAIN on Linux
	syscall.EPIPE:       &BrokenPipeErrorType, syscall.ESHUTDOWN: &BrokenPipeErrorType,
	syscall.ECHILD:       &ChildProcessErrorType,
	syscall.ECONNABORTED: &ConnectionAbortedErrorType,
	syscall.ECONNREFUSED: &ConnectionRefusedErrorType,
	syscall.ECONNRESET:   &ConnectionResetErrorType,
	syscall.EEXIST:       &FileExistsErrorType,
	syscall.ENOENT:       &FileNotFoundErrorType,
	syscall.EISDIR:       &IsADirectoryErrorType,
	syscall.ENOTDIR:      &NotADirectoryErrorType,
	syscall.EINTR:        &InterruptedErrorType,
	syscall.EACCES:       &PermissionErrorType, syscall.EPERM: &PermissionErrorType,
	syscall.ESRCH:     &ProcessLookupErrorType,
	syscall.ETIMEDOUT: &TimeoutErrorType,
}

// OSErrorClass returns the class OSError(errno, ...) creates for errno n.
func OSErrorClass(n int) *Type {
	if tp := errnoClasses[syscall.Errno(n)]; tp != nil {
		return tp
	}
	return &OSErrorType
}

// osErrorUseInit reports whether cls's __init__ is defined in Python: then
// OSError.__new__ leaves the arguments to it (CPython's oserror_use_init).
func (t *Thread) osErrorUseInit(cls *Type) bool {
	if !cls.Heap {
		return false
	}
	init := t.lookupType(cls, dunderInit)
	return init != nil && init != OSErrorType.Dict.getStr(dunderInit)
}

// osErrorArgs splits OSError's arguments: errno, strerror, filename,
// winerror (ignored outside Windows) and filename2, given when there are 2
// to 5 of them.
func osErrorArgs(args []*Object) (errno, strerror, filename, filename2 *Object) {
	if len(args) < 2 || len(args) > 5 {
		return nil, nil, nil, nil
	}
	errno, strerror = args[0], args[1]
	if len(args) > 2 {
		filename = args[2]
	}
	if len(args) > 4 {
		filename2 = args[4]
	}
	return
}

func osErrorNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if t.osErrorUseInit(cls) {
		return &t.allocException(cls, osErrorLayout, nil).Object
	}
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	errno, _, _, _ := osErrorArgs(args)
	if errno != nil && cls == &OSErrorType && (errno.kind == KindInt || errno.kind == KindBool) {
		if n, ok := IntValue(errno); ok && n >= 0 && n <= 1<<31 {
			cls = OSErrorClass(int(n))
		}
	}
	e := t.allocException(cls, osErrorLayout, nil)
	if !t.osErrorFill(e, args) {
		t.Decref(&e.Object)
		return nil
	}
	return &e.Object
}

// osErrorFill is CPython's oserror_init: the members from the arguments,
// and args cut to (errno, strerror) when a filename is given.
func (t *Thread) osErrorFill(e *Exception, args []*Object) bool {
	errno, strerror, filename, filename2 := osErrorArgs(args)
	if filename != nil && filename != None {
		if e.typ == &BlockingIOErrorType && t.isNumber(filename) {
			n, ok := t.asSsize(filename, &ValueErrorType)
			if !ok {
				return false
			}
			e.written = n
		} else {
			e.setField(t, osFilename, filename)
			if filename2 != nil && filename2 != None {
				e.setField(t, osFilename2, filename2)
			}
			args = args[:2]
		}
	}
	e.setField(t, osErrno, errno)
	e.setField(t, osStrerror, strerror)
	t.setArgs(e, args)
	return true
}

// isNumber is PyNumber_Check: ints, floats, and objects with __index__,
// __int__ or __float__.
func (t *Thread) isNumber(o *Object) bool {
	switch o.kind {
	case KindInt, KindBool, KindFloat:
		return true
	}
	if o.typ.Heap {
		for _, n := range []string{"__index__", "__int__", "__float__"} {
			if t.lookupType(o.typ, Intern(n)) != nil {
				return true
			}
		}
	}
	return false
}

// osErrorInit is OSError.__init__: it does the work only for classes whose
// __init__ is defined in Python (otherwise __new__ did it).
func osErrorInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !t.osErrorUseInit(e.typ) {
		return true
	}
	if !t.noKeywords(e, kwnames) {
		return false
	}
	return t.osErrorFill(e, args)
}

// osErrorStr is OSError.__str__: "[Errno 2] No such file or directory: 'x'".
func osErrorStr(t *Thread, o *Object) *Object {
	e := asException(o)
	errno, strerror := orNone(e.field(osErrno)), orNone(e.field(osStrerror))
	if fn := e.field(osFilename); fn != nil {
		parts := []*Object{errno, strerror, fn}
		format := "[Errno %s] %s: %r"
		if fn2 := e.field(osFilename2); fn2 != nil {
			parts = append(parts, fn2)
			format += " -> %r"
		}
		return t.formatObjects(format, parts...)
	}
	if e.field(osErrno) != nil && e.field(osStrerror) != nil {
		return t.formatObjects("[Errno %s] %s", errno, strerror)
	}
	return baseExceptionStr(t, o)
}

// formatObjects is a small PyUnicode_FromFormat: %s inserts str(obj), %r
// repr(obj), %% a percent sign.
func (t *Thread) formatObjects(format string, objs ...*Object) *Object {
	var b []byte
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		var s string
		var ok bool
		switch format[i] {
		case 's':
			s, ok = t.StrString(objs[0])
		case 'r':
			s, ok = t.ReprString(objs[0])
		default:
			b = append(b, format[i])
			continue
		}
		if !ok {
			return nil
		}
		objs = objs[1:]
		b = append(b, s...)
	}
	return t.NewStr(string(b))
}

func init() {
	OSErrorType.Str = osErrorStr
	OSErrorType.def("__str__", slotMethod("__str__", osErrorStr))
}

// NewOSError returns the exception OSError(errno, strerror(errno)[,
// filename[, None, filename2]]) creates: the subclass for the errno with
// errno, strerror and the filenames set. filename and filename2 may be
// nil.
func (t *Thread) NewOSError(errno int, filename, filename2 *Object) *Object {
	n := t.NewInt(int64(errno))
	msg := t.NewStr(Strerror(errno))
	args := []*Object{n, msg}
	if filename != nil {
		args = append(args, filename)
		if filename2 != nil {
			args = append(args, None, filename2)
		}
	}
	e := t.NewException(&OSErrorType, args...)
	t.Decref(n)
	t.Decref(msg)
	return e
}

// RaiseErrnoFilenames raises the OSError for errno, as
// PyErr_SetFromErrnoWithFilenameObjects does (filename and filename2 may be
// nil), and returns nil.
func (t *Thread) RaiseErrnoFilenames(errno int, filename, filename2 *Object) *Object {
	t.Raise(t.NewOSError(errno, filename, filename2))
	return nil
}

// RaiseOSError raises the OSError CPython would raise for the Go error err,
// and returns nil: the subclass chosen by its errno, with errno, strerror
// and the file names (from an *os.PathError, *os.LinkError or
// *os.SyscallError) filled in. An error without an errno becomes
// OSError(str(err)).
func (t *Thread) RaiseOSError(err error) *Object {
	var names []string
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		names = []string{pe.Path}
	case errors.As(err, &le):
		names = []string{le.Old, le.New}
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return t.RaiseMsg(&OSErrorType, "%s", err.Error())
	}
	var objs [2]*Object
	for i, n := range names {
		objs[i] = t.NewStr(n)
	}
	t.RaiseErrnoFilenames(int(errno), objs[0], objs[1])
	t.XDecref(objs[0])
	t.XDecref(objs[1])
	return nil
}
