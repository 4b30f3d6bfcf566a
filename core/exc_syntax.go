package core

import (
	"strings"

	"github.com/rcvm/rcvm/core/syntax"
)

// SyntaxError: SyntaxError(msg, (filename, lineno, offset, text[,
// end_lineno, end_offset])), its str, and its construction from the
// front end's errors.

func syntaxErrorInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	if len(args) >= 1 {
		e.setField(t, synMsg, args[0])
	}
	if len(args) != 2 {
		return true
	}
	info, ok := t.Collect(args[1])
	if !ok {
		return false
	}
	defer t.releaseAll(info)
	switch n := len(info); {
	case n < 4:
		t.RaiseMsg(&TypeErrorType, "function takes at least 4 arguments (%d given)", n)
		return false
	case n > 6:
		t.RaiseMsg(&TypeErrorType, "function takes at most 6 arguments (%d given)", n)
		return false
	}
	for i, f := range []int{synFilename, synLineno, synOffset, synText, synEndLineno, synEndOffset} {
		var v *Object
		if i < len(info) {
			v = info[i]
		}
		e.setField(t, f, v)
	}
	if len(info) == 5 {
		t.RaiseMsg(&TypeErrorType, "end_offset must be provided when end_lineno is provided")
		return false
	}
	return true
}

// syntaxErrorStr is SyntaxError.__str__: "msg (file.py, line 3)", with the
// file's base name.
func syntaxErrorStr(t *Thread, o *Object) *Object {
	e := asException(o)
	msg := orNone(e.field(synMsg))
	var file string
	haveFile := false
	if fn := e.field(synFilename); fn != nil && fn.kind == KindStr {
		file, haveFile = asStr(fn).S, true
		if i := strings.LastIndexByte(file, '/'); i >= 0 {
			file = file[i+1:]
		}
	}
	lineno := e.field(synLineno)
	haveLine := lineno != nil && lineno.typ == &IntType
	if !haveFile && !haveLine {
		return t.StrOf(msg)
	}
	s, ok := t.StrString(msg)
	if !ok {
		return nil
	}
	var line string
	if haveLine {
		line, ok = t.StrString(lineno)
		if !ok {
			return nil
		}
	}
	switch {
	case haveFile && haveLine:
		s += " (" + file + ", line " + line + ")"
	case haveFile:
		s += " (" + file + ")"
	default:
		s += " (line " + line + ")"
	}
	return t.NewStr(s)
}

func init() {
	SyntaxErrorType.Str = syntaxErrorStr
	SyntaxErrorType.def("__str__", slotMethod("__str__", syntaxErrorStr))
}

// syntaxErrorClass returns the class of a front-end error's kind.
func syntaxErrorClass(kind string) *Type {
	switch kind {
	case syntax.KindIndentation:
		return &IndentationErrorType
	case syntax.KindTab:
		return &TabErrorType
	}
	return &SyntaxErrorType
}

// NewSyntaxError turns a front-end error into the SyntaxError (or
// IndentationError, TabError) CPython's compiler raises: msg and the
// location tuple, its text with the line's newline.
func (t *Thread) NewSyntaxError(se *syntax.Error) *Object {
	return t.newSyntaxError(se, true)
}

// newSyntaxError is NewSyntaxError; newline says whether the text ends
// with the line's newline (always in exec mode, where the tokenizer
// supplies one; in eval and single mode only where the source has one).
func (t *Thread) newSyntaxError(se *syntax.Error, newline bool) *Object {
	if se.Unlocated {
		msg := t.NewStr(se.Msg)
		e := t.NewException(syntaxErrorClass(se.Kind), msg)
		t.Decref(msg)
		return e
	}
	text := None
	switch {
	case se.Line == 0:
		text = t.NewStr("")
	case se.Text != "" || se.Col > 0:
		s := se.Text
		if newline {
			s += "\n"
		}
		text = t.NewStr(s)
	}
	info := []*Object{t.NewStr(se.Filename), t.NewInt(int64(se.Line)), t.NewInt(int64(se.Col)),
		text, t.NewInt(int64(se.EndLine)), t.NewInt(int64(se.EndCol))}
	loc := t.TupleOf(info...)
	t.releaseAll(info)
	msg := t.NewStr(se.Msg)
	e := t.NewException(syntaxErrorClass(se.Kind), msg, loc)
	t.Decref(msg)
	t.Decref(loc)
	return e
}

// syntaxErrorReport renders the location lines CPython prints for an
// uncaught SyntaxError ("  File ..., line N", the text and the carets)
// followed by the "Class: msg" line, or "" when the exception carries no
// location.
func (t *Thread) syntaxErrorReport(o *Object, name string) string {
	e := asException(o)
	fn, lineno := e.field(synFilename), e.field(synLineno)
	if fn == nil || lineno == nil || fn.kind != KindStr {
		return ""
	}
	se := &syntax.Error{Kind: name, Filename: asStr(fn).S}
	if n, ok := IntValue(lineno); ok && lineno.kind == KindInt {
		se.Line = int(n)
	} else {
		return ""
	}
	intField := func(i int) int {
		if v := e.field(i); v != nil && v.kind == KindInt {
			n, _ := IntValue(v)
			return int(n)
		}
		return 0
	}
	se.Col, se.EndLine, se.EndCol = intField(synOffset), intField(synEndLineno), intField(synEndOffset)
	if txt := e.field(synText); txt != nil && txt.kind == KindStr {
		se.Text = strings.TrimRight(asStr(txt).S, "\n")
	}
	msg, ok := t.StrString(orNone(e.field(synMsg)))
	if !ok {
		t.ClearExc()
		msg = "<exception str() failed>"
	}
	se.Msg = msg
	return se.Format()
}
