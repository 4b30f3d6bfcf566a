// Package io is CPython's _io module (Modules/_io/), the layer under the
// pure-Python io package: so far the in-memory streams StringIO and
// BytesIO, the base classes _IOBase, _RawIOBase, _BufferedIOBase and
// _TextIOBase that io.py subclasses, UnsupportedOperation and
// DEFAULT_BUFFER_SIZE. The file streams (FileIO, the buffered classes,
// TextIOWrapper, open) are not written yet: they exist so that io.py
// imports, and refuse to be created with an error naming them.
package io

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("_io", buildIO) }

// defaultBufferSize is DEFAULT_BUFFER_SIZE.
const defaultBufferSize = 8192

// ioBase is the layout of _IOBase and its subclasses here.
type ioBase struct {
	core.Object
}

var (
	ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType *core.Type
	// unsupportedOperation is io.UnsupportedOperation: both OSError and
	// ValueError, as in CPython.
	unsupportedOperation *core.Type
	// refusedTypes are the classes not implemented yet.
	refusedTypes []*core.Type
)

// The base classes' layouts: each native type's layout starts with its
// base's, so each base has its own.
type (
	rawIOBase      struct{ ioBase }
	bufferedIOBase struct{ ioBase }
	textIOBase     struct{ ioBase }
	refusedRaw     struct{ rawIOBase }
	refusedBuf     struct{ bufferedIOBase }
	refusedText    struct{ textIOBase }
	refusedPlain   struct{ core.Object }
)

// newOf is the New slot of a type with layout T.
func newOf[T any](t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	return (*core.Object)(unsafe.Pointer(core.Alloc[T](t, cls)))
}

// makeBases creates the base classes, before the types deriving from them
// (the files' init functions run in file-name order).
func makeBases() {
	if ioBaseType != nil {
		return
	}
	ioBaseType = core.NewType[ioBase](core.TypeSpec{
		Name: "_io._IOBase", Subclassable: true, Dict: true,
		Doc:   "The abstract base class for all I/O classes.",
		Slots: core.Slots{New: newOf[ioBase]},
	})
	rawIOBaseType = core.NewType[rawIOBase](core.TypeSpec{Name: "_io._RawIOBase", Base: ioBaseType, Subclassable: true,
		Doc: "Base class for raw binary I/O.", Slots: core.Slots{New: newOf[rawIOBase]}})
	bufferedIOBaseType = core.NewType[bufferedIOBase](core.TypeSpec{Name: "_io._BufferedIOBase", Base: ioBaseType, Subclassable: true,
		Doc: "Base class for buffered IO objects.", Slots: core.Slots{New: newOf[bufferedIOBase]}})
	textIOBaseType = core.NewType[textIOBase](core.TypeSpec{Name: "_io._TextIOBase", Base: ioBaseType, Subclassable: true,
		Doc: "Base class for text I/O.", Slots: core.Slots{New: newOf[textIOBase]}})
	unsupportedOperation = core.NewExceptionType("io", "UnsupportedOperation", &core.OSErrorType)
	refuse := func(name string) func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
		return func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
			return t.RaiseMsg(&core.TypeErrorType, "_io.%s is not supported by rcvm", name)
		}
	}
	spec := func(name string, base *core.Type) core.TypeSpec {
		return core.TypeSpec{Name: "_io." + name, Base: base, Subclassable: true, Slots: core.Slots{New: refuse(name)}}
	}
	refusedTypes = append(refusedTypes,
		core.NewType[refusedRaw](spec("FileIO", rawIOBaseType)),
		core.NewType[refusedBuf](spec("BufferedReader", bufferedIOBaseType)),
		core.NewType[refusedBuf](spec("BufferedWriter", bufferedIOBaseType)),
		core.NewType[refusedBuf](spec("BufferedRandom", bufferedIOBaseType)),
		core.NewType[refusedBuf](spec("BufferedRWPair", bufferedIOBaseType)),
		core.NewType[refusedText](spec("TextIOWrapper", textIOBaseType)),
		core.NewType[refusedPlain](spec("IncrementalNewlineDecoder", nil)),
	)
}

func init() { makeBases() }

func buildIO(t *core.Thread, m *core.Module) bool {
	for _, tp := range []*core.Type{ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, stringIOType, bytesIOType} {
		m.AddType(t, tp)
	}
	for _, tp := range refusedTypes {
		m.AddType(t, tp)
	}
	// UnsupportedOperation derives from OSError and ValueError in CPython;
	// io.py only needs it as an OSError here.
	m.SetAttrString(t, "UnsupportedOperation", &unsupportedOperation.Object)
	m.SetAttrString(t, "BlockingIOError", &core.BlockingIOErrorType.Object)
	for _, name := range []string{"open", "open_code"} {
		name := name
		m.SetFunc(t, name, func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			return t.RaiseMsg(&core.TypeErrorType, "_io.%s() is not supported by rcvm", name)
		})
	}
	m.SetFunc(t, "text_encoding", ioTextEncoding)
	return m.SetOwned(t, "DEFAULT_BUFFER_SIZE", t.NewInt(defaultBufferSize))
}

// ioTextEncoding is text_encoding(encoding, stacklevel=2): "locale" for
// None (outside UTF-8 mode, as CPython 3.11), else the encoding.
func ioTextEncoding(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("text_encoding", args, kwnames, 1, 2) {
		return nil
	}
	if args[0] == core.None {
		return t.NewStr("locale")
	}
	return t.NewRef(args[0])
}

// sizeArg converts an optional size (None or missing: -1), as CPython's
// _Py_convert_optional_to_ssize_t.
func sizeArg(t *core.Thread, args []*core.Object, i int) (int64, bool) {
	if i >= len(args) || args[i] == core.None {
		return -1, true
	}
	o := args[i]
	if !core.IsInt(o) {
		v, ok := t.LookupAttr(&o.Type().Object, "__index__")
		if !ok {
			return 0, false
		}
		t.XDecref(v)
		if v == nil {
			t.RaiseMsg(&core.TypeErrorType, "argument should be integer or None, not '%s'", o.Type().Name)
			return 0, false
		}
	}
	return t.AsInt64(o)
}

// ptr converts o to a native layout.
func ptr[T any](o *core.Object) *T { return (*T)(unsafe.Pointer(o)) }
