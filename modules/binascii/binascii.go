// Package binascii is CPython's binascii module (Modules/binascii.c):
// conversions between binary data and ASCII encodings (hex, base64,
// uuencode, quoted-printable) and the CRC-32 and CRC-CCITT checksums that
// base64.py, quopri.py, uu.py, zipfile.py and email use.
//
// Encoders take a bytes-like object ("a bytes-like object is required");
// decoders also accept an ASCII str, as CPython's ascii_buffer_converter
// does. Errors are binascii.Error (a ValueError) with CPython's messages.
// CPython 3.11 removed the binhex functions (a2b_hqx, b2a_hqx,
// rlecode_hqx, rledecode_hqx), so this module has none either.
package binascii

import (
	"math/big"

	"github.com/rcvm/rcvm/core"
)

var mask32 = big.NewInt(0xffffffff)

var (
	// errorType is binascii.Error, raised for malformed input.
	errorType = core.NewExceptionType("binascii", "Error", &core.ValueErrorType)
	// incompleteType is binascii.Incomplete (no function raises it since
	// the binhex functions went away, but the class stays).
	incompleteType = core.NewExceptionType("binascii", "Incomplete", nil)
)

func init() { core.RegisterModule("binascii", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "Conversion between binary data and ASCII")
	m.AddType(t, errorType)
	m.AddType(t, incompleteType)
	for _, f := range []struct {
		name string
		fn   core.BuiltinFunc
	}{
		{"a2b_uu", a2bUU}, {"b2a_uu", b2aUU},
		{"a2b_base64", a2bBase64}, {"b2a_base64", b2aBase64},
		{"a2b_qp", a2bQP}, {"b2a_qp", b2aQP},
		{"a2b_hex", a2bHex}, {"unhexlify", unhexlify},
		{"b2a_hex", b2aHex}, {"hexlify", hexlify},
		{"crc32", crc32Func}, {"crc_hqx", crcHqx},
	} {
		m.SetFunc(t, f.name, f.fn)
	}
	return true
}

// raiseError raises binascii.Error(msg) and returns nil.
func raiseError(t *core.Thread, format string, args ...any) *core.Object {
	return t.RaiseMsg(errorType, format, args...)
}

// binaryArg is the Py_buffer ("y*") converter of the encoders: any
// bytes-like object, else "a bytes-like object is required, not 'str'".
func binaryArg(t *core.Thread, o *core.Object) ([]byte, bool) {
	if b, ok := t.BytesLike(o); ok {
		return b, true
	}
	t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
	return nil, false
}

// asciiArg is CPython's ascii_buffer_converter, the decoders' argument: a
// bytes-like object, or a str of ASCII characters only.
func asciiArg(t *core.Thread, o *core.Object) ([]byte, bool) {
	if s, ok := core.StrValue(o); ok {
		if !core.StrIsASCII(o) {
			t.RaiseMsg(&core.ValueErrorType, "string argument should contain only ASCII characters")
			return nil, false
		}
		return []byte(s), true
	}
	if b, ok := t.BytesLike(o); ok {
		return b, true
	}
	t.RaiseMsg(&core.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
	return nil, false
}

// flagArg is Argument Clinic's bool(accept={int}) converter: an integer,
// true when non-zero; def when the argument was not given.
func flagArg(t *core.Thread, o *core.Object, def bool) (bool, bool) {
	if o == nil {
		return def, true
	}
	v, ok := t.AsCInt(o)
	return v != 0, ok
}

// unsignedMask is the unsigned_int(bitwise=True) converter of the crc
// functions: any integer, reduced modulo 2**32.
func unsignedMask(t *core.Thread, o *core.Object) (uint32, bool) {
	if o == nil {
		return 0, true
	}
	v, ok := t.AsBigInt(o)
	if !ok {
		return 0, false
	}
	// big.Int's And works on the two's complement of a negative value,
	// as PyLong_AsUnsignedLongMask does.
	v.And(v, mask32)
	return uint32(v.Uint64()), true
}

// oneArg checks the argument of a function CPython declares METH_O
// (a single positional-only parameter): its messages name the function
// with its module ("binascii.a2b_hex() takes exactly one argument (0
// given)").
func oneArg(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) bool {
	return t.ArgsRange("binascii."+name, args, kwnames, 1, 1)
}

// positionalOnly checks the arguments of a METH_FASTCALL function whose
// parameters are all positional-only (_PyArg_CheckPositional, and the
// module-qualified "takes no keyword arguments").
func positionalOnly(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str, min, max int) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&core.TypeErrorType, "binascii.%s() takes no keyword arguments", name)
		return false
	}
	return t.ArgsRange(name, args, kwnames, min, max)
}
