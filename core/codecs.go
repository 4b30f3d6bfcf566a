package core

import (
	"github.com/rcvm/rcvm/core/pycodec"
)

// str.encode and bytes.decode (PyUnicode_AsEncodedString and
// PyUnicode_Decode): the standard encodings CPython treats directly — UTF-8,
// UTF-16, UTF-32, ASCII and Latin-1 under their usual names — run here;
// every other name goes through the codec registry (Lib/encodings, over
// _codecs). When the registry cannot be used (no standard library), the
// codecs core knows serve their other names too, so that 'utf-16-le' or
// 'unicode_escape' still work.

// textCodec is a codec core implements.
type textCodec struct {
	encode func(s string, h *pycodec.Handler) ([]byte, error)
	decode func(data []byte, h *pycodec.Handler) (string, error)
}

func utf8Codec() *textCodec {
	return &textCodec{pycodec.EncodeUTF8, func(d []byte, h *pycodec.Handler) (string, error) {
		s, _, err := pycodec.DecodeUTF8(d, h, true)
		return s, err
	}}
}

func utf16Codec(order int) *textCodec {
	return &textCodec{
		func(s string, h *pycodec.Handler) ([]byte, error) { return pycodec.EncodeUTF16(s, h, order) },
		func(d []byte, h *pycodec.Handler) (string, error) {
			s, _, _, err := pycodec.DecodeUTF16(d, h, order, true)
			return s, err
		}}
}

func utf32Codec(order int) *textCodec {
	return &textCodec{
		func(s string, h *pycodec.Handler) ([]byte, error) { return pycodec.EncodeUTF32(s, h, order) },
		func(d []byte, h *pycodec.Handler) (string, error) {
			s, _, _, err := pycodec.DecodeUTF32(d, h, order, true)
			return s, err
		}}
}

var (
	codecUTF8   = utf8Codec()
	codecUTF16  = utf16Codec(pycodec.NativeBOM)
	codecUTF32  = utf32Codec(pycodec.NativeBOM)
	codecASCII  = &textCodec{pycodec.EncodeASCII, pycodec.DecodeASCII}
	codecLatin1 = &textCodec{pycodec.EncodeLatin1, func(d []byte, _ *pycodec.Handler) (string, error) {
		return pycodec.DecodeLatin1(d), nil
	}}
)

// fastCodecs are the normalised names CPython's str.encode and
// bytes.decode handle without the registry.
var fastCodecs = map[string]*textCodec{
	"utf_8": codecUTF8, "utf8": codecUTF8,
	"utf_16": codecUTF16, "utf16": codecUTF16,
	"utf_32": codecUTF32, "utf32": codecUTF32,
	"ascii": codecASCII, "us_ascii": codecASCII,
	"latin1": codecLatin1, "latin_1": codecLatin1, "iso_8859_1": codecLatin1, "iso8859_1": codecLatin1,
}

// fallbackCodecs serve other names of the codecs core implements when the
// registry is unavailable (names as encodings.normalize_encoding and
// encodings.aliases give them).
var fallbackCodecs = map[string]*textCodec{
	"u8": codecUTF8, "utf": codecUTF8, "utf8_ucs2": codecUTF8, "utf8_ucs4": codecUTF8, "cp65001": codecUTF8,
	"u16": codecUTF16, "u32": codecUTF32,
	"utf_16_le": utf16Codec(pycodec.LittleEndian), "utf_16le": utf16Codec(pycodec.LittleEndian),
	"utf_16_be": utf16Codec(pycodec.BigEndian), "utf_16be": utf16Codec(pycodec.BigEndian),
	"utf_32_le": utf32Codec(pycodec.LittleEndian), "utf_32le": utf32Codec(pycodec.LittleEndian),
	"utf_32_be": utf32Codec(pycodec.BigEndian), "utf_32be": utf32Codec(pycodec.BigEndian),
	"646": codecASCII, "ansi_x3.4_1968": codecASCII, "ansi_x3_4_1968": codecASCII, "ansi_x3.4_1986": codecASCII,
	"cp367": codecASCII, "csascii": codecASCII, "ibm367": codecASCII, "iso646_us": codecASCII,
	"iso_646.irv_1991": codecASCII, "iso_ir_6": codecASCII, "us": codecASCII,
	"8859": codecLatin1, "cp819": codecLatin1, "csisolatin1": codecLatin1, "ibm819": codecLatin1,
	"iso8859": codecLatin1, "iso_8859_1_1987": codecLatin1, "iso_ir_100": codecLatin1, "l1": codecLatin1,
	"latin": codecLatin1,
	"unicode_escape": {
		func(s string, _ *pycodec.Handler) ([]byte, error) { return pycodec.EncodeUnicodeEscape(s), nil },
		func(d []byte, h *pycodec.Handler) (string, error) {
			s, _, err := pycodec.DecodeUnicodeEscape(d, h, true, nil)
			return s, err
		}},
	"raw_unicode_escape": {
		func(s string, _ *pycodec.Handler) ([]byte, error) { return pycodec.EncodeRawUnicodeEscape(s), nil },
		func(d []byte, h *pycodec.Handler) (string, error) {
			s, _, err := pycodec.DecodeRawUnicodeEscape(d, h, true)
			return s, err
		}},
}

// EncodeStr returns s.encode(encoding, errors) for a str object s (empty
// errors means strict), as a bytes object.
func (t *Thread) EncodeStr(s *Object, encoding, errors string) *Object {
	key := normalizeEncoding(encoding)
	c := fastCodecs[key]
	if c == nil && !t.registryUsable() {
		c = fallbackCodecs[key]
	}
	if c != nil {
		out, err := c.encode(asStr(s).S, t.codecHandler(errors, s))
		if err != nil {
			return t.raiseCodec(err, s)
		}
		return t.NewBytes(out)
	}
	return t.encodeViaRegistry(s, encoding, errors)
}

// DecodeBytes returns data.decode(encoding, errors) as a str; obj is the
// object data came from (a bytes object becomes the exceptions' object
// attribute; nil makes a copy).
func (t *Thread) DecodeBytes(obj *Object, data []byte, encoding, errors string) *Object {
	key := normalizeEncoding(encoding)
	c := fastCodecs[key]
	if c == nil && !t.registryUsable() {
		c = fallbackCodecs[key]
	}
	if c != nil {
		s, err := c.decode(data, t.codecHandler(errors, obj))
		if err != nil {
			return t.raiseCodec(err, obj)
		}
		return t.NewStr(s)
	}
	return t.decodeViaRegistry(obj, data, encoding, errors)
}

// registryUsable reports whether the codec registry has search functions
// (after importing Lib/encodings if it can be).
func (t *Thread) registryUsable() bool {
	t.ensureEncodings()
	return t.hasCodecSearch()
}

// lookupTextCodec is _PyCodec_LookupTextEncoding: the CodecInfo, which
// must be marked as a text encoding.
func (t *Thread) lookupTextCodec(encoding, alternate string) *Object {
	info := t.LookupCodec(encoding)
	if info == nil {
		return nil
	}
	if attr := t.getAttrOrNil(info, "_is_text_encoding"); attr != nil {
		is, ok := t.Truth(attr)
		t.Decref(attr)
		if !ok {
			t.Decref(info)
			return nil
		}
		if !is {
			t.Decref(info)
			return t.RaiseMsg(&LookupErrorType, "'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding, alternate)
		}
	}
	return info
}

// getAttrOrNil returns o.name, or nil with no exception when o has no such
// attribute.
func (t *Thread) getAttrOrNil(o *Object, name string) *Object {
	v := t.GetAttr(o, Intern(name))
	if v == nil && t.ExcMatches(&AttributeErrorType) {
		t.ClearExc()
	}
	return v
}

// callCodec calls a codec function (CodecInfo item i) on input and returns
// the first item of the (result, length) tuple it must return.
func (t *Thread) callCodec(info *Object, i int, input *Object, errors string) *Object {
	fn := asTuple(info).Items[i]
	args := []*Object{input}
	var errObj *Object
	if errors != "" {
		errObj = t.NewStr(errors)
		args = append(args, errObj)
	}
	r := t.Call(fn, args, nil)
	t.XDecref(errObj)
	if r == nil {
		return nil
	}
	if r.kind != KindTuple || len(asTuple(r).Items) != 2 {
		t.Decref(r)
		if i == 0 {
			return t.RaiseMsg(&TypeErrorType, "encoder must return a tuple (object, integer)")
		}
		return t.RaiseMsg(&TypeErrorType, "decoder must return a tuple (object, integer)")
	}
	v := t.NewRef(asTuple(r).Items[0])
	t.Decref(r)
	return v
}

func (t *Thread) encodeViaRegistry(s *Object, encoding, errors string) *Object {
	info := t.lookupTextCodec(encoding, "codecs.encode()")
	if info == nil {
		return nil
	}
	v := t.callCodec(info, 0, s, errors)
	t.Decref(info)
	if v == nil {
		return nil
	}
	switch v.kind {
	case KindBytes:
		return v
	case KindByteArray:
		b := t.NewBytesCopy(asByteArray(v).snapshot(t))
		t.Decref(v)
		return b
	}
	name := v.typ.Name
	t.Decref(v)
	return t.RaiseMsg(&TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, name)
}

func (t *Thread) decodeViaRegistry(obj *Object, data []byte, encoding, errors string) *Object {
	info := t.lookupTextCodec(encoding, "codecs.decode()")
	if info == nil {
		return nil
	}
	in := obj
	if in == nil || in.kind != KindBytes {
		in = t.NewBytesCopy(data)
	} else {
		t.Incref(in)
	}
	v := t.callCodec(info, 1, in, errors)
	t.Decref(in)
	t.Decref(info)
	if v == nil {
		return nil
	}
	if v.kind != KindStr {
		name := v.typ.Name
		t.Decref(v)
		return t.RaiseMsg(&TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, name)
	}
	return v
}
