package core

// The parts of sys that deal with frames and exceptions: _getframe,
// exc_info, exception (3.11), excepthook and __excepthook__, displayhook
// and __displayhook__ (registered into sys by buildSys).

func init() { extendSys(addSysFrames) }

func addSysFrames(t *Thread, m *Module) bool {
	m.SetFunc(t, "_getframe", sysGetFrame)
	m.SetFunc(t, "exc_info", sysExcInfo)
	m.SetFunc(t, "exception", sysException)
	hook := NewBuiltin("excepthook", sysExceptHook)
	m.SetAttrString(t, "excepthook", hook)
	m.SetAttrString(t, "__excepthook__", hook)
	display := NewBuiltin("displayhook", sysDisplayHook)
	m.SetAttrString(t, "displayhook", display)
	m.SetAttrString(t, "__displayhook__", display)
	return true
}

// sysGetFrame is sys._getframe([depth]): the frame object depth calls
// below the caller's.
func sysGetFrame(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("_getframe", args, kwnames, 0, 1) {
		return nil
	}
	depth := int64(0)
	if len(args) == 1 {
		if args[0].kind == KindFloat {
			return t.RaiseMsg(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		var ok bool
		if depth, ok = t.index64(args[0]); !ok {
			return nil
		}
	}
	f := t.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return t.RaiseMsg(&ValueErrorType, "call stack is not deep enough")
	}
	return t.NewRef(t.frameObject(f))
}

// handledException is the exception being handled (sys.exception()), or
// nil.
func (t *Thread) handledException() *Object {
	if t.handled != nil {
		return t.handled
	}
	// Inside a generator that handles nothing, its callers' exception
	// shows (CPython's _PyErr_GetTopmostException).
	for i := len(t.excStack) - 1; i >= 0; i-- {
		if e := t.excStack[i]; e != nil {
			return e
		}
	}
	return nil
}

func sysException(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("exception", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewRef(orNone(t.handledException()))
}

func sysExcInfo(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("exc_info", args, kwnames, 0, 0) {
		return nil
	}
	e := t.handledException()
	if e == nil {
		return t.TupleOf(None, None, None)
	}
	tb := t.excTraceback(asException(e))
	r := t.TupleOf(&e.typ.Object, e, tb)
	t.Decref(tb)
	return r
}

// writeStderr writes text to sys.stderr (the VM's stream when sys has
// none), flushing stdout first so that the two keep their order.
func (t *Thread) writeStderr(text string) bool {
	if f := t.sysAttr("stderr"); f != nil && f != None {
		defer t.Decref(f)
		return t.writeTo(f, text)
	} else if f == nil {
		t.ClearExc()
	}
	t.vm.out.Flush()
	t.vm.errw.WriteString(text)
	t.vm.errw.Flush()
	return true
}

// sysExceptHook is sys.excepthook(type, value, traceback): it prints the
// exception and its traceback to sys.stderr, as CPython's PyErr_Display.
func sysExceptHook(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("excepthook", args, kwnames, 3, 3) {
		return nil
	}
	value, tb := args[1], args[2]
	if !isExceptionInstance(value) {
		t.writeStderr("TypeError: print_exception(): Exception expected for value, " + value.typ.Name + " found\n")
		return None
	}
	if tb != None && tb.typ == &TracebackType && asException(value).Traceback != tb {
		// PyErr_Display prints the traceback it is given.
		setExceptionTraceback(t, value, tb)
	}
	if !t.writeStderr(t.FormatException(value)) {
		return nil
	}
	return None
}

// sysDisplayHook is sys.displayhook(value): the interactive echo — repr
// of value to sys.stdout, and builtins._ set to it (None is not shown).
func sysDisplayHook(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("displayhook", args, kwnames, 1, 1) {
		return nil
	}
	v := args[0]
	if v == None {
		return None
	}
	underscore := Intern("_")
	t.vm.builtins.SetStr(t, underscore, None)
	r, ok := t.ReprString(v)
	if !ok {
		return nil
	}
	out := t.sysAttr("stdout")
	if out == nil {
		return nil
	}
	if out == None {
		t.Decref(out)
		return t.RaiseMsg(&RuntimeErrorType, "lost sys.stdout")
	}
	ok = t.writeTo(out, r+"\n")
	t.Decref(out)
	if !ok {
		return nil
	}
	t.vm.builtins.SetStr(t, underscore, v)
	return None
}

// printUncaught reports an exception that ended the program, through
// sys.excepthook as CPython's PyErr_PrintEx does: the default hook prints
// the traceback; a hook the program installed is called, and if it fails
// both its error and the original are printed.
func (t *Thread) printUncaught(exc *Object) {
	hook := t.sysAttr("excepthook")
	if hook == nil || hook == None {
		t.ClearExc()
		t.XDecref(hook)
		t.writeStderr("sys.excepthook is missing\n")
		t.writeStderr(t.FormatException(exc))
		return
	}
	defer t.Decref(hook)
	tb := t.excTraceback(asException(exc))
	r := t.Call(hook, []*Object{&exc.typ.Object, exc, tb}, nil)
	t.Decref(tb)
	if r != nil {
		t.Decref(r)
		return
	}
	hookErr := t.TakeExc()
	if hookErr.typ.IsSubtype(&SystemExitType) {
		t.Raise(hookErr)
		return
	}
	t.writeStderr("Error in sys.excepthook:\n" + t.FormatException(hookErr) + "\nOriginal exception was:\n" + t.FormatException(exc))
	t.Decref(hookErr)
}
