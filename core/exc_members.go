package core

// The attributes of exceptions: BaseException's getsets (args,
// __traceback__, __cause__, __context__, __suppress_context__, __dict__)
// and the members of each built-in layout, read and written with
// CPython's rules and messages.

// exceptionAttr returns the attribute name of exception o when it is one
// of BaseException's or of o's layout, and nil without an exception when
// it is none of them.
func exceptionAttr(t *Thread, o *Object, name *Str) *Object {
	e := asException(o)
	switch name.S {
	case "args":
		return t.NewRef(e.Args)
	case "__traceback__":
		return t.excTraceback(e)
	case "__cause__":
		return t.NewRef(orNone(e.Cause))
	case "__context__":
		return t.NewRef(orNone(e.Context))
	case "__suppress_context__":
		return Bool(e.SuppressContext)
	case "__dict__":
		if e.Dict == nil {
			e.Dict = t.NewDict()
		}
		return t.NewRef(&e.Dict.Object)
	}
	l := layoutOf(o.typ)
	if l == osErrorLayout && name.S == "characters_written" {
		if e.written == -1 {
			return t.RaiseMsg(&AttributeErrorType, "characters_written")
		}
		return t.NewInt(e.written)
	}
	for i, m := range l.members {
		if m.name == name.S {
			return t.NewRef(orNone(e.fields[i]))
		}
	}
	return nil
}

// orNone returns o, or None for nil.
func orNone(o *Object) *Object {
	if o == nil {
		return None
	}
	return o
}

// setExceptionAttr sets (v nil: deletes) the attribute name of exception
// o when it is one of BaseException's or of o's layout. handled reports
// whether it was; ok whether it succeeded.
func setExceptionAttr(t *Thread, o *Object, name *Str, v *Object) (handled, ok bool) {
	e := asException(o)
	switch name.S {
	case "args":
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "args may not be deleted")
			return true, false
		}
		items, ok := t.Collect(v)
		if !ok {
			return true, false
		}
		t.setArgs(e, items)
		t.releaseAll(items)
		return true, true
	case "__traceback__":
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "__traceback__ may not be deleted")
			return true, false
		}
		return true, setExceptionTraceback(t, o, v)
	case "__cause__", "__context__":
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "%s may not be deleted", name.S)
			return true, false
		}
		if v == None {
			v = nil
		} else if !isExceptionInstance(v) {
			what := "context"
			if name.S == "__cause__" {
				what = "cause"
			}
			t.RaiseMsg(&TypeErrorType, "exception %s must be None or derive from BaseException", what)
			return true, false
		}
		if name.S == "__cause__" {
			t.setCause(e, v)
		} else {
			t.setContext(e, v)
		}
		return true, true
	case "__suppress_context__":
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "can't delete numeric/char attribute")
			return true, false
		}
		if v.kind != KindBool {
			t.RaiseMsg(&TypeErrorType, "attribute value type must be bool")
			return true, false
		}
		e.SuppressContext = v == True
		return true, true
	}
	l := layoutOf(o.typ)
	if l == osErrorLayout && name.S == "characters_written" {
		return true, t.setCharactersWritten(e, v)
	}
	for i, m := range l.members {
		if m.name != name.S {
			continue
		}
		switch m.kind {
		case memberReadonly:
			t.RaiseMsg(&AttributeErrorType, "readonly attribute")
			return true, false
		case memberSsize:
			if v == nil {
				t.RaiseMsg(&TypeErrorType, "can't delete numeric/char attribute")
				return true, false
			}
			n, ok := t.index64(v)
			if !ok {
				return true, false
			}
			iv := t.NewInt(n)
			e.setField(t, i, iv)
			t.Decref(iv)
		default:
			e.setField(t, i, v)
		}
		return true, true
	}
	return false, false
}

// setCause sets e.__cause__ (nil: None), which also sets
// __suppress_context__, as PyException_SetCause does.
func (t *Thread) setCause(e *Exception, cause *Object) {
	if cause != nil {
		t.Incref(cause)
	}
	old := e.Cause
	e.Cause = cause
	e.SuppressContext = true
	t.XDecref(old)
}

// setContext sets e.__context__ (nil: None).
func (t *Thread) setContext(e *Exception, ctx *Object) {
	if ctx != nil {
		t.Incref(ctx)
	}
	old := e.Context
	e.Context = ctx
	t.XDecref(old)
}

// setCharactersWritten is OSError.characters_written's setter.
func (t *Thread) setCharactersWritten(e *Exception, v *Object) bool {
	if v == nil {
		if e.written == -1 {
			t.RaiseMsg(&AttributeErrorType, "characters_written")
			return false
		}
		e.written = -1
		return true
	}
	n, ok := t.asSsize(v, &ValueErrorType)
	if !ok {
		return false
	}
	e.written = n
	return true
}

// asSsize converts an index to a Py_ssize_t, raising exc (OverflowError
// or, as PyNumber_AsSsize_t is told to, another class) when it does not
// fit.
func (t *Thread) asSsize(v *Object, exc *Type) (int64, bool) {
	r := t.indexObject(v)
	if r == nil {
		return 0, false
	}
	n, fits := IntValue(r)
	t.Decref(r)
	if !fits {
		t.RaiseMsg(exc, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return n, true
}
