package core

import (
	"errors"

	"github.com/rcvm/rcvm/core/pycodec"
	"github.com/rcvm/rcvm/core/pynum"
)

// The bridge between pycodec's errors and the Python exceptions
// (exc_unicode.go): a codec error becomes a UnicodeEncodeError or
// UnicodeDecodeError whose object is the input, and a Python codec
// exception is read back for the built-in error handlers.

func init() {
	ExcBytes.From = func(t *Thread, o *Object) *Object {
		if o.typ == &BytesType {
			return t.NewRef(o)
		}
		data, ok := t.bytesLikeOf(o)
		if !ok {
			return t.RaiseMsg(&TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
		}
		return t.NewBytesCopy(data)
	}
	ExcBytes.Data = BytesValue
}

// isUnicodeErrorWithFields reports whether o is one of the three codec
// exceptions (or an instance of a subclass of one).
func isUnicodeErrorWithFields(o *Object) bool {
	return o.typ.IsSubtype(&UnicodeEncodeErrorType) || o.typ.IsSubtype(&UnicodeDecodeErrorType) ||
		o.typ.IsSubtype(&UnicodeTranslateErrorType)
}

// newCodecException builds the Python exception for a codec error e over
// the input object (the str being encoded, the bytes being decoded; nil or
// another type makes a copy from e).
func (t *Thread) newCodecException(e *pycodec.Error, input *Object) *Object {
	var obj *Object
	switch {
	case input != nil && e.Encode && input.kind == KindStr, input != nil && !e.Encode && input.kind == KindBytes:
		obj = t.NewRef(input)
	case e.Encode:
		obj = t.NewStr(pynum.FromRunes(e.Text))
	default:
		obj = t.NewBytesCopy(e.Data)
	}
	defer t.Decref(obj)
	if e.Encode {
		return t.NewUnicodeEncodeError(e.Encoding, obj, e.Start, e.End, e.Reason)
	}
	return t.NewUnicodeDecodeError(e.Encoding, obj, e.Start, e.End, e.Reason)
}

// errCodecRaised marks an error raised as a Python exception, already set
// on the thread (by a custom error handler, or by a registry lookup).
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
