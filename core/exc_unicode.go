package core

import (
	"fmt"
	"unicode/utf8"
)

// UnicodeEncodeError(encoding, object, start, end, reason),
// UnicodeDecodeError(encoding, object, start, end, reason) with a
// bytes-like object, and UnicodeTranslateError(object, start, end, reason):
// their constructors' checks and CPython 3.11's messages.

// ExcBytes lets the exception classes read bytes objects without knowing
// their layout: the bytes implementation sets it. From returns bytes(o)
// for a bytes-like o (a new reference), or nil with TypeError set; Data
// returns a bytes object's contents.
var ExcBytes struct {
	From func(t *Thread, o *Object) *Object
	Data func(o *Object) ([]byte, bool)
}

// parseUnicodeArgs checks the arguments of a Unicode error constructor:
// kinds holds 's' (a str), 'n' (an index) or 'b' (kept for the caller to
// convert) per argument, as PyArg_ParseTuple's format does.
func (t *Thread) parseUnicodeArgs(args []*Object, kinds string) ([]int64, bool) {
	if len(args) != len(kinds) {
		t.RaiseMsg(&TypeErrorType, "function takes exactly %d arguments (%d given)", len(kinds), len(args))
		return nil, false
	}
	var ns []int64
	for i, k := range kinds {
		switch k {
		case 's':
			if !args[i].typ.IsSubtype(&StrType) {
				t.RaiseMsg(&TypeErrorType, "argument %d must be str, not %s", i+1, typeNameOrNone(args[i]))
				return nil, false
			}
		case 'n':
			n, ok := t.index64(args[i])
			if !ok {
				return nil, false
			}
			ns = append(ns, n)
		}
	}
	return ns, true
}

// typeNameOrNone is a type's name as PyArg_Parse's messages show it
// ("None" for None).
func typeNameOrNone(o *Object) string {
	if o == None {
		return "None"
	}
	return o.typ.Name
}

// setUnicodeFields stores the members of a Unicode error.
func (t *Thread) setUnicodeFields(e *Exception, encoding, object *Object, start, end int64, reason *Object) {
	e.setField(t, uniEncoding, encoding)
	e.setField(t, uniObject, object)
	s, en := t.NewInt(start), t.NewInt(end)
	e.setField(t, uniStart, s)
	e.setField(t, uniEnd, en)
	t.Decref(s)
	t.Decref(en)
	e.setField(t, uniReason, reason)
}

func unicodeEncodeInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	ns, ok := t.parseUnicodeArgs(args, "ssnns")
	if !ok {
		return false
	}
	t.setUnicodeFields(e, args[0], args[1], ns[0], ns[1], args[4])
	return true
}

func unicodeDecodeInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	ns, ok := t.parseUnicodeArgs(args, "sbnns")
	if !ok {
		return false
	}
	var obj *Object
	if ExcBytes.From != nil {
		obj = ExcBytes.From(t, args[1])
	} else {
		t.RaiseMsg(&TypeErrorType, "a bytes-like object is required, not '%s'", args[1].typ.Name)
	}
	if obj == nil {
		return false
	}
	t.setUnicodeFields(e, args[0], obj, ns[0], ns[1], args[4])
	t.Decref(obj)
	return true
}

func unicodeTranslateInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	ns, ok := t.parseUnicodeArgs(args, "snns")
	if !ok {
		return false
	}
	t.setUnicodeFields(e, nil, args[0], ns[0], ns[1], args[3])
	return true
}

// unicodeParts returns a Unicode error's members for its str: the
// encoding and reason as strings, start and end.
func (t *Thread) unicodeParts(e *Exception) (encoding, reason string, start, end int64, ok bool) {
	if enc := e.field(uniEncoding); enc != nil {
		if encoding, ok = t.StrString(enc); !ok {
			return
		}
	}
	if reason, ok = t.StrString(orNone(e.field(uniReason))); !ok {
		return
	}
	start, _ = IntValue(orNone(e.field(uniStart)))
	end, _ = IntValue(orNone(e.field(uniEnd)))
	return encoding, reason, start, end, true
}

// badCharRepr shows a code point as CPython's Unicode error messages do.
func badCharRepr(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// strRune returns the code point at index i of s.
func strRune(s string, i int64) rune {
	for _, r := range s {
		if i == 0 {
			return r
		}
		i--
	}
	return utf8.RuneError
}

func unicodeEncodeStr(t *Thread, o *Object) *Object {
	return t.unicodeStrOf(o, "codec can't encode")
}

func unicodeTranslateStr(t *Thread, o *Object) *Object {
	return t.unicodeStrOf(o, "can't translate")
}

// unicodeStrOf is the str of UnicodeEncodeError and UnicodeTranslateError.
func (t *Thread) unicodeStrOf(o *Object, what string) *Object {
	e := asException(o)
	obj := e.field(uniObject)
	if obj == nil || obj.kind != KindStr {
		return t.NewStr("")
	}
	encoding, reason, start, end, ok := t.unicodeParts(e)
	if !ok {
		return nil
	}
	prefix := what
	if e.field(uniEncoding) != nil {
		prefix = "'" + encoding + "' " + what
	}
	s := asStr(obj).S
	if start >= 0 && start < int64(utf8.RuneCountInString(s)) && end == start+1 {
		return t.NewStr(fmt.Sprintf("%s character '%s' in position %d: %s", prefix, badCharRepr(strRune(s, start)), start, reason))
	}
	return t.NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason))
}

func unicodeDecodeStr(t *Thread, o *Object) *Object {
	e := asException(o)
	obj := e.field(uniObject)
	if obj == nil || ExcBytes.Data == nil {
		return t.NewStr("")
	}
	data, isBytes := ExcBytes.Data(obj)
	if !isBytes {
		return t.NewStr("")
	}
	encoding, reason, start, end, ok := t.unicodeParts(e)
	if !ok {
		return nil
	}
	if start >= 0 && start < int64(len(data)) && end == start+1 {
		return t.NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, data[start], start, reason))
	}
	return t.NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end-1, reason))
}

func init() {
	UnicodeEncodeErrorType.Str = unicodeEncodeStr
	UnicodeEncodeErrorType.def("__str__", slotMethod("__str__", unicodeEncodeStr))
	UnicodeDecodeErrorType.Str = unicodeDecodeStr
	UnicodeDecodeErrorType.def("__str__", slotMethod("__str__", unicodeDecodeStr))
	UnicodeTranslateErrorType.Str = unicodeTranslateStr
	UnicodeTranslateErrorType.def("__str__", slotMethod("__str__", unicodeTranslateStr))
}

// NewUnicodeEncodeError returns UnicodeEncodeError(encoding, object,
// start, end, reason) for Go code (codecs); object is a str.
func (t *Thread) NewUnicodeEncodeError(encoding string, object *Object, start, end int, reason string) *Object {
	return t.newUnicodeError(&UnicodeEncodeErrorType, encoding, object, start, end, reason)
}

// NewUnicodeDecodeError returns UnicodeDecodeError(encoding, object,
// start, end, reason); object is a bytes object.
func (t *Thread) NewUnicodeDecodeError(encoding string, object *Object, start, end int, reason string) *Object {
	return t.newUnicodeError(&UnicodeDecodeErrorType, encoding, object, start, end, reason)
}

// NewUnicodeTranslateError returns UnicodeTranslateError(object, start,
// end, reason).
func (t *Thread) NewUnicodeTranslateError(object *Object, start, end int, reason string) *Object {
	return t.newUnicodeError(&UnicodeTranslateErrorType, "", object, start, end, reason)
}

func (t *Thread) newUnicodeError(tp *Type, encoding string, object *Object, start, end int, reason string) *Object {
	args := []*Object{object, t.NewInt(int64(start)), t.NewInt(int64(end)), t.NewStr(reason)}
	if tp != &UnicodeTranslateErrorType {
		args = append([]*Object{t.NewStr(encoding)}, args...)
		defer t.Decref(args[0])
	}
	defer t.releaseAll(args[len(args)-3:])
	return t.NewException(tp, args...)
}
