package core

import (
	"errors"
	"fmt"

	"github.com/rcvm/rcvm/core/pycodec"
	"github.com/rcvm/rcvm/core/pynum"
)

// The exceptions of the codecs and the buffer protocol: UnicodeEncodeError,
// UnicodeDecodeError, UnicodeTranslateError (with CPython's attributes
// encoding, object, start, end and reason, and its messages) and
// BufferError.

// The codec and buffer exception classes.
var (
	UnicodeEncodeErrorType    = excType("UnicodeEncodeError", &UnicodeErrorType)
	UnicodeDecodeErrorType    = excType("UnicodeDecodeError", &UnicodeErrorType)
	UnicodeTranslateErrorType = excType("UnicodeTranslateError", &UnicodeErrorType)
	BufferErrorType           = excType("BufferError", &ExceptionType)
)

func init() {
	for _, tp := range []*Type{&UnicodeEncodeErrorType, &UnicodeDecodeErrorType, &UnicodeTranslateErrorType, &BufferErrorType} {
		ExceptionTypes = append(ExceptionTypes, tp)
		registerType(tp)
	}
	for _, tp := range []*Type{&UnicodeEncodeErrorType, &UnicodeDecodeErrorType, &UnicodeTranslateErrorType} {
		tp.Str = unicodeErrorStr
		tp.def("__init__", unicodeErrorInit)
		tp.def("__str__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.noArgs("__str__", args, kwnames) {
				return nil
			}
			return unicodeErrorStr(t, args[0])
		})
	}
	UnicodeEncodeErrorType.New = unicodeErrorNew
	UnicodeDecodeErrorType.New = unicodeErrorNew
	UnicodeTranslateErrorType.New = unicodeErrorNew
}

var (
	attrEncoding = Intern("encoding")
	attrObject   = Intern("object")
	attrStart    = Intern("start")
	attrEnd      = Intern("end")
	attrReason   = Intern("reason")
)

// isUnicodeErrorWithFields reports whether o is one of the three codec
// exceptions (or an instance of a subclass), whose str() is computed from
// their attributes.
func isUnicodeErrorWithFields(o *Object) bool {
	return o.typ.IsSubtype(&UnicodeEncodeErrorType) || o.typ.IsSubtype(&UnicodeDecodeErrorType) ||
		o.typ.IsSubtype(&UnicodeTranslateErrorType)
}

func unicodeErrorNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	exc := t.NewException(cls, args...)
	if !t.unicodeErrorSetFields(exc, args) {
		t.Decref(exc)
		return nil
	}
	return exc
}

func unicodeErrorInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if r := exceptionInit(t, args, kwnames); r == nil {
		return nil
	}
	if !t.unicodeErrorSetFields(args[0], args[1:]) {
		return nil
	}
	return None
}

// unicodeErrorSetFields checks the constructor arguments as CPython's
// UnicodeEncodeError_init and friends do and stores the attributes.
func (t *Thread) unicodeErrorSetFields(exc *Object, args []*Object) bool {
	translate := exc.typ.IsSubtype(&UnicodeTranslateErrorType)
	decode := exc.typ.IsSubtype(&UnicodeDecodeErrorType)
	want := 5
	if translate {
		want = 4
	}
	if len(args) != want {
		name := [...]string{4: "function takes exactly 4 arguments (%d given)", 5: "function takes exactly 5 arguments (%d given)"}[want]
		t.RaiseMsg(&TypeErrorType, name, len(args))
		return false
	}
	i := 0
	var encoding *Object
	if !translate {
		encoding = args[0]
		if encoding.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "argument 1 must be str, not %s", encoding.typ.Name)
			return false
		}
		i = 1
	}
	object := args[i]
	var objRef *Object
	if decode {
		data, ok := t.bytesLikeOf(object)
		if !ok {
			t.RaiseMsg(&TypeErrorType, "argument 2 must be bytes-like object, not '%s'", object.typ.Name)
			return false
		}
		if object.kind == KindBytes {
			objRef = t.NewRef(object)
		} else {
			objRef = t.NewBytesCopy(data)
		}
	} else {
		if object.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "argument %d must be str, not %s", i+1, object.typ.Name)
			return false
		}
		objRef = t.NewRef(object)
	}
	defer t.Decref(objRef)
	for k := 1; k <= 2; k++ {
		if _, ok := t.ssizeArg(args[i+k]); !ok {
			return false
		}
	}
	reason := args[i+3]
	if reason.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "argument %d must be str, not %s", i+4, reason.typ.Name)
		return false
	}
	if encoding != nil && !t.SetAttr(exc, attrEncoding, encoding) {
		return false
	}
	return t.SetAttr(exc, attrObject, objRef) && t.SetAttr(exc, attrStart, args[i+1]) &&
		t.SetAttr(exc, attrEnd, args[i+2]) && t.SetAttr(exc, attrReason, reason)
}

// unicodeErrorStr is str() of the codec exceptions: computed from the
// current attributes, as CPython's UnicodeEncodeError_str does.
func unicodeErrorStr(t *Thread, o *Object) *Object {
	get := func(name *Str) *Object {
		d := instanceDict(o)
		if d == nil {
			return nil
		}
		return d.GetStr(t, name)
	}
	object := get(attrObject)
	if object == nil {
		return t.NewStr("")
	}
	defer t.Decref(object)
	var refs []*Object
	defer func() { t.releaseAll(refs) }()
	field := func(name *Str) *Object {
		v := get(name)
		if v != nil {
			refs = append(refs, v)
		}
		return v
	}
	startObj, endObj, reasonObj := field(attrStart), field(attrEnd), field(attrReason)
	if startObj == nil || endObj == nil || reasonObj == nil {
		return t.NewStr("")
	}
	start, ok1 := t.ssizeArg(startObj)
	end, ok2 := t.ssizeArg(endObj)
	if !ok1 || !ok2 {
		return nil
	}
	reason, ok := t.StrString(reasonObj)
	if !ok {
		return nil
	}
	var encoding string
	if !o.typ.IsSubtype(&UnicodeTranslateErrorType) {
		encObj := field(attrEncoding)
		if encObj == nil {
			return t.NewStr("")
		}
		if encoding, ok = t.StrString(encObj); !ok {
			return nil
		}
	}
	switch {
	case o.typ.IsSubtype(&UnicodeDecodeErrorType):
		data, _ := t.bytesLikeOf(object)
		if start >= 0 && start < int64(len(data)) && end == start+1 {
			return t.NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, data[start], start, reason))
		}
		return t.NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end-1, reason))
	default:
		var text []rune
		if object.kind == KindStr {
			text = pynum.Runes(asStr(object).S)
		}
		what := "encode"
		if o.typ.IsSubtype(&UnicodeTranslateErrorType) {
			what = "translate"
		}
		if start >= 0 && start < int64(len(text)) && end == start+1 {
			c := text[start]
			var esc string
			switch {
			case c <= 0xff:
				esc = fmt.Sprintf(`\x%02x`, c)
			case c <= 0xffff:
				esc = fmt.Sprintf(`\u%04x`, c)
			default:
				esc = fmt.Sprintf(`\U%08x`, c)
			}
			if what == "translate" {
				return t.NewStr(fmt.Sprintf("can't translate character '%s' in position %d: %s", esc, start, reason))
			}
			return t.NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", encoding, esc, start, reason))
		}
		if what == "translate" {
			return t.NewStr(fmt.Sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason))
		}
		return t.NewStr(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end-1, reason))
	}
}

// newCodecException builds the Python exception for a codec error e over
// the input object (the str being encoded, the bytes being decoded).
func (t *Thread) newCodecException(e *pycodec.Error, input *Object) *Object {
	tp := &UnicodeDecodeErrorType
	if e.Encode {
		tp = &UnicodeEncodeErrorType
	}
	enc := t.NewStr(e.Encoding)
	start := t.NewInt(int64(e.Start))
	end := t.NewInt(int64(e.End))
	reason := t.NewStr(e.Reason)
	var obj *Object
	switch {
	case input != nil && (input.typ == &StrType || input.typ == &BytesType):
		obj = t.NewRef(input)
	case e.Encode:
		obj = t.NewStr(pynum.FromRunes(e.Text))
	default:
		obj = t.NewBytesCopy(e.Data)
	}
	args := []*Object{enc, obj, start, end, reason}
	exc := t.NewException(tp, args...)
	t.releaseAll(args)
	for i, name := range []*Str{attrEncoding, attrObject, attrStart, attrEnd, attrReason} {
		t.SetAttr(exc, name, asTuple(asException(exc).Args).Items[i])
	}
	return exc
}

// errCodecRaised marks an error a custom handler raised as a Python
// exception, already set on the thread.
var errCodecRaised = errors.New("exception raised by an error handler")

// raiseCodec raises the exception for an error a codec returned and
// returns nil.
func (t *Thread) raiseCodec(err error, input *Object) *Object {
	var ce *pycodec.Error
	switch {
	case errors.Is(err, errCodecRaised):
		return nil
	case errors.As(err, &ce):
		t.Raise(t.newCodecException(ce, input))
		return nil
	}
	return t.raiseNum(err)
}
