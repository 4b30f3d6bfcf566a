package core

import (
	"errors"

	bc "github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pyfmt"
)

// printf-style formatting of bytes and bytearray (PEP 461: bytes % args),
// through pyfmt's formatter in its bytes mode.

func init() {
	BytesType.Binary[bc.Mod] = bytesPercent
	ByteArrayType.Binary[bc.Mod] = bytesPercent
}

func bytesPercent(t *Thread, a, b *Object) *Object {
	if a.kind != KindBytes && a.kind != KindByteArray {
		return NotImplemented
	}
	format := t.selfBytes(a)
	var out []byte
	var err error
	switch {
	case b.kind == KindTuple:
		items := asTuple(b).Items
		args := make([]pyfmt.PercentArg, len(items))
		for i, it := range items {
			args[i] = percentArg{t, it}
		}
		out, err = pyfmt.PercentBytes(format, args, nil)
	case b.typ.GetItem != nil && b.kind != KindBytes && b.kind != KindByteArray && b.kind != KindStr:
		pm := &percentMapping{t: t, m: b, bytesKeys: true}
		out, err = pyfmt.PercentBytes(format, []pyfmt.PercentArg{percentArg{t, b}}, pm)
		t.releaseAll(pm.refs)
	default:
		out, err = pyfmt.PercentBytes(format, []pyfmt.PercentArg{percentArg{t, b}}, nil)
	}
	if err != nil {
		if errors.Is(err, errRaised) {
			return nil
		}
		return t.raiseNum(err)
	}
	return t.newBytesLike(a, out)
}

// Bytes returns the bytes of a bytes-like argument or of its __bytes__(),
// for bytes' %s and %b.
func (a percentArg) Bytes() ([]byte, bool, error) {
	if b, ok := a.t.bytesLikeOf(a.o); ok {
		return b, true, nil
	}
	m := a.t.lookupType(a.o.typ, dunderBytes)
	if m == nil {
		return nil, false, nil
	}
	r := a.t.Call(m, []*Object{a.o}, nil)
	if r == nil {
		return nil, false, errRaised
	}
	defer a.t.Decref(r)
	if r.kind != KindBytes {
		a.t.RaiseMsg(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.typ.Name)
		return nil, false, errRaised
	}
	return append([]byte(nil), asBytes(r).V...), true, nil
}

// Byte returns the byte of a bytes or bytearray of length 1, for bytes' %c.
func (a percentArg) Byte() (byte, bool) {
	if a.o.kind == KindBytes || a.o.kind == KindByteArray {
		if b := a.t.selfBytes(a.o); len(b) == 1 {
			return b[0], true
		}
	}
	return 0, false
}
