package core

// writeUnraisable reports the exception being raised as one that cannot
// propagate (it was raised by a finalizer), as CPython's default
// sys.unraisablehook prints it: "Exception ignored in: <obj repr>" and
// the traceback, on stderr. The exception is cleared.
func (t *Thread) writeUnraisable(obj *Object) {
	exc := t.TakeExc()
	if exc == nil {
		return
	}
	desc := "<object repr() failed>"
	if r := t.Repr(obj); r != nil {
		desc = asStr(r).S
		t.Decref(r)
	} else {
		t.ClearExc()
	}
	msg := t.FormatException(exc)
	t.Decref(exc)
	t.writeStderr("Exception ignored in: " + desc + "\n" + msg)
}
