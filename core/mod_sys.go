package core

import (
	"fmt"
	"math"
	"runtime"
	"time"

	"github.com/rcvm/rcvm/core/pynum"
)

// The sys module: argv, exit, the switch interval, the recursion limit,
// getrefcount, the int/str digit limit, and stdout/stderr objects that
// write to the VM's own output streams.

// Version is sys.version: CPython's version, since rcvm runs the CPython
// 3.11 language, followed by what actually runs it.
var Version = "3.11.7 (rcvm, " + runtime.Version() + ")"

// sysExtensions add attributes to sys from files of their own (see
// extendSys); they run after the attributes this file sets.
var sysExtensions []ModuleBuilder

// extendSys registers a function that adds attributes to every VM's sys
// module. Call it from init.
func extendSys(b ModuleBuilder) { sysExtensions = append(sysExtensions, b) }

func init() {
	registerType(&stdStreamType)
	stdStreamType.Dealloc = func(t *Thread, o *Object) { t.recycle(o) }
	stdStreamType.Repr = func(t *Thread, o *Object) *Object {
		return t.NewStr(fmt.Sprintf("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>", asStdStream(o).name))
	}
	stdStreamType.def("write", stdStreamWrite)
	stdStreamType.def("flush", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("flush", args[1:], kwnames, 0, 0) {
			return nil
		}
		if err := asStdStream(args[0]).w(t).Flush(); err != nil && asStdStream(args[0]).name != "stderr" {
			return t.raiseWriteError(err)
		}
		return None
	})
}

func buildSys(t *Thread, m *Module) bool {
	argv := t.NewList(len(t.vm.argv))
	for _, a := range t.vm.argv {
		s := t.NewStr(a)
		argv.Items = append(argv.Items, s)
	}
	setOwned(t, m, "argv", &argv.Object)
	setOwned(t, m, "maxsize", t.NewInt(math.MaxInt64))
	setOwned(t, m, "maxunicode", t.NewInt(0x10FFFF))
	setOwned(t, m, "version", t.NewStr(Version))
	setOwned(t, m, "platform", t.NewStr(runtime.GOOS))
	setOwned(t, m, "byteorder", t.NewStr("little"))
	setOwned(t, m, "stdout", t.newStdStream("stdout"))
	setOwned(t, m, "stderr", t.newStdStream("stderr"))
	m.SetFunc(t, "exit", sysExit)
	m.SetFunc(t, "getswitchinterval", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("getswitchinterval", args, kwnames, 0, 0) {
			return nil
		}
		return t.NewFloat(t.vm.SwitchInterval().Seconds())
	})
	m.SetFunc(t, "setswitchinterval", sysSetSwitchInterval)
	m.SetFunc(t, "getrecursionlimit", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("getrecursionlimit", args, kwnames, 0, 0) {
			return nil
		}
		return t.NewInt(int64(t.vm.cfg.RecursionLimit))
	})
	m.SetFunc(t, "setrecursionlimit", sysSetRecursionLimit)
	m.SetFunc(t, "getrefcount", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("getrefcount", args, kwnames, 1, 1) {
			return nil
		}
		// CPython's count includes the reference held by the argument.
		return t.NewInt(t.RefCount(args[0]) + 1)
	})
	m.SetFunc(t, "get_int_max_str_digits", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("get_int_max_str_digits", args, kwnames, 0, 0) {
			return nil
		}
		return t.NewInt(int64(pynum.MaxStrDigits()))
	})
	m.SetFunc(t, "set_int_max_str_digits", sysSetIntMaxStrDigits)
	for _, ext := range sysExtensions {
		if !ext(t, m) {
			return false
		}
	}
	return true
}

// setOwned stores a new reference in a module's namespace and drops it.
func setOwned(t *Thread, m *Module, name string, v *Object) {
	m.SetAttrString(t, name, v)
	t.Decref(v)
}

// sysExit raises SystemExit(code); the top level turns it into the exit
// status.
func sysExit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("exit", args, kwnames, 0, 1) {
		return nil
	}
	// exit(None) is exit(): SystemExit gets no arguments.
	if len(args) == 1 && args[0] == None {
		args = nil
	}
	t.Raise(t.NewException(&SystemExitType, args...))
	return nil
}

func sysSetSwitchInterval(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("setswitchinterval", args, kwnames, 1, 1) {
		return nil
	}
	f, ok := t.floatOf(args[0])
	if !ok {
		return nil
	}
	if !(f > 0) {
		return t.RaiseMsg(&ValueErrorType, "switch interval must be strictly positive")
	}
	d := time.Duration(f * float64(time.Second))
	if d < time.Microsecond {
		// CPython keeps the interval in whole microseconds, at least one.
		d = time.Microsecond
	}
	t.vm.SetSwitchInterval(d)
	return None
}

// sysSetRecursionLimit sets the VM's recursion limit. The limit is read
// without synchronisation by running threads, as in CPython; a thread may
// see the new value a little late.
func sysSetRecursionLimit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("setrecursionlimit", args, kwnames, 1, 1) {
		return nil
	}
	if args[0].kind == KindFloat {
		return t.RaiseMsg(&TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, ok := t.index64(args[0])
	if !ok {
		return nil
	}
	if n < 1 {
		return t.RaiseMsg(&ValueErrorType, "recursion limit must be greater or equal than 1")
	}
	if n > math.MaxInt32 {
		return t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C int")
	}
	t.vm.cfg.RecursionLimit = int(n)
	return None
}

func sysSetIntMaxStrDigits(t *Thread, args []*Object, kwnames []*Str) *Object {
	var v *Object
	if !t.ParseArgs("set_int_max_str_digits", args, kwnames, []string{"maxdigits"}, 1, &v) {
		return nil
	}
	n, ok := t.index64(v)
	if !ok {
		return nil
	}
	if n < 0 || n > math.MaxInt32 {
		return t.RaiseMsg(&ValueErrorType, "maxdigits must be 0 or larger than 640")
	}
	if err := pynum.SetMaxStrDigits(int(n)); err != nil {
		return t.raiseNum(err)
	}
	return None
}

// stdStream is sys.stdout or sys.stderr: a text stream writing to the VM's
// buffered output (stdout is flushed by the VM at exit and before
// tracebacks; stderr is flushed after every write, as CPython's stderr is
// line-buffered and tracebacks must not be lost).
type stdStream struct {
	Object
	name string
}

var stdStreamType = Type{Name: "TextIOWrapper", Module: "_io", InstanceKind: KindOther}

func asStdStream(o *Object) *stdStream { return (*stdStream)(ptrOf(o)) }

func (t *Thread) newStdStream(name string) *Object {
	s := &stdStream{name: name}
	t.initObject(&s.Object, KindOther, &stdStreamType)
	return &s.Object
}

// w returns the VM writer the stream writes to.
func (s *stdStream) w(t *Thread) *lockedWriter {
	if s.name == "stderr" {
		return t.vm.errw
	}
	return t.vm.out
}

// write writes text to the stream. Writing to stderr first flushes
// stdout, so that output sent to one terminal keeps its order; errors
// writing stderr (or flushing stdout on its behalf) are ignored, as
// CPython's interpreter ignores them when it reports errors.
func (s *stdStream) write(t *Thread, text string) error {
	if s.name == "stderr" {
		t.vm.out.Flush()
		t.vm.errw.WriteString(text)
		t.vm.errw.Flush()
		return nil
	}
	return t.vm.out.WriteString(text)
}

func stdStreamWrite(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("write", args[1:], kwnames, 1, 1) {
		return nil
	}
	v := args[1]
	if v.kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "write() argument must be str, not %s", v.typ.Name)
	}
	s := asStr(v).S
	if err := asStdStream(args[0]).write(t, s); err != nil {
		return t.raiseWriteError(err)
	}
	return t.NewInt(int64(pynum.RuneCount(s)))
}
