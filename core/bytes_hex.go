package core

import (
	"github.com/rcvm/rcvm/core/pynum"
)

// bytes.hex, bytes.fromhex and bytes.decode (shared with bytearray), and
// str.encode with str(b, encoding, errors).

func init() {
	defBytes("hex", bytesHex)
	defBytes("decode", bytesDecode)
	for _, tp := range byteTypes {
		tp.defClass("fromhex", bytesFromHex)
	}
	StrType.def("encode", strEncode)
}

const lowerHex = "0123456789abcdef"

// hexBytes is bytes.hex(sep, bytes_per_sep): sep between groups of n bytes
// counted from the right (from the left for a negative n).
func hexBytes(data []byte, sep byte, n int64) []byte {
	out := make([]byte, 0, 3*len(data))
	group := n
	if group < 0 {
		group = -group
	}
	for i, c := range data {
		if sep != 0 && group > 0 && i > 0 {
			var boundary bool
			if n > 0 {
				boundary = int64(len(data)-i)%group == 0
			} else {
				boundary = int64(i)%group == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, lowerHex[c>>4], lowerHex[c&0xf])
	}
	return out
}

// hexArgs parses the (sep, bytes_per_sep) arguments of bytes.hex and
// memoryview.hex: sep is a str or bytes of one ASCII character.
func (t *Thread) hexArgs(args []*Object, kwnames []*Str) (sep byte, n int64, ok bool) {
	if t.invalidKeyword("hex", kwnames, "sep", "bytes_per_sep") {
		return 0, 0, false
	}
	var sepArg, nArg *Object
	if !t.ParseArgs("hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, &sepArg, &nArg) {
		return 0, 0, false
	}
	n = 1
	if nArg != nil {
		if n, ok = t.intArg(nArg); !ok {
			return 0, 0, false
		}
	}
	if sepArg == nil {
		return 0, n, true
	}
	// CPython checks the length of any object first, then its type.
	l, ok := t.Len(sepArg)
	if !ok {
		return 0, 0, false
	}
	if l != 1 {
		t.RaiseMsg(&ValueErrorType, "sep must be length 1.")
		return 0, 0, false
	}
	var c rune
	switch sepArg.kind {
	case KindStr:
		c, _ = pynum.DecodeRune(asStr(sepArg).S)
	case KindBytes:
		c = rune(asBytes(sepArg).V[0])
	default:
		t.RaiseMsg(&TypeErrorType, "sep must be str or bytes.")
		return 0, 0, false
	}
	if c >= 0x80 {
		t.RaiseMsg(&ValueErrorType, "sep must be ASCII.")
		return 0, 0, false
	}
	return byte(c), n, true
}

func bytesHex(t *Thread, args []*Object, kwnames []*Str) *Object {
	sep, n, ok := t.hexArgs(args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewStr(string(hexBytes(t.selfBytes(args[0]), sep, n)))
}

// parseHex is bytes.fromhex's parser: pairs of hex digits, with ASCII
// whitespace allowed between pairs.
func (t *Thread) parseHex(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isASCIISpace(s[i]) {
			i++
			continue
		}
		hi, ok1 := hexDigit(s[i])
		if !ok1 {
			t.RaiseMsg(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pynum.RuneCount(s[:i]))
			return nil, false
		}
		if i+1 >= len(s) {
			t.RaiseMsg(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pynum.RuneCount(s[:i+1]))
			return nil, false
		}
		lo, ok2 := hexDigit(s[i+1])
		if !ok2 {
			t.RaiseMsg(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pynum.RuneCount(s[:i+1]))
			return nil, false
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return out, true
}

func hexDigit(c byte) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0'), true
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

func bytesFromHex(t *Thread, args []*Object, kwnames []*Str) *Object {
	cls := asType(args[0])
	qual := "bytes.fromhex"
	if cls.IsSubtype(&ByteArrayType) {
		qual = "bytearray.fromhex"
	}
	if !t.oneArg(qual, args, kwnames) {
		return nil
	}
	if args[1].kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "fromhex() argument must be str, not %s", args[1].typ.Name)
	}
	data, ok := t.parseHex(asStr(args[1]).S)
	if !ok {
		return nil
	}
	var r *Object
	if cls.IsSubtype(&ByteArrayType) {
		r = &t.NewByteArray(data).Object
	} else {
		r = t.NewBytes(data)
	}
	if cls == &BytesType || cls == &ByteArrayType {
		return r
	}
	// A subclass gets cls(result), as CPython's _PyObject_CallOneArg.
	v := t.Call(&cls.Object, []*Object{r}, nil)
	t.Decref(r)
	return v
}

// encodingArgs parses (encoding, errors) keyword-or-positional arguments
// of decode and encode: defaults 'utf-8' and 'strict'.
func (t *Thread) encodingArgs(fname string, args []*Object, kwnames []*Str) (encoding, errors string, ok bool) {
	if t.invalidKeyword(fname, kwnames, "encoding", "errors") {
		return "", "", false
	}
	var encArg, errArg *Object
	if !t.ParseArgs(fname, args, kwnames, []string{"encoding", "errors"}, 0, &encArg, &errArg) {
		return "", "", false
	}
	encoding, errors = "utf-8", "strict"
	for i, o := range []*Object{encArg, errArg} {
		if o == nil {
			continue
		}
		if o.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "%s() argument '%s' must be str, not %s", fname, [...]string{"encoding", "errors"}[i], o.typ.Name)
			return "", "", false
		}
		if i == 0 {
			encoding = asStr(o).S
		} else {
			errors = asStr(o).S
		}
	}
	return encoding, errors, true
}

func bytesDecode(t *Thread, args []*Object, kwnames []*Str) *Object {
	encoding, errors, ok := t.encodingArgs("decode", args[1:], kwnames)
	if !ok {
		return nil
	}
	self := args[0]
	return t.DecodeBytes(self, t.selfBytes(self), encoding, errors)
}

func strEncode(t *Thread, args []*Object, kwnames []*Str) *Object {
	encoding, errors, ok := t.encodingArgs("encode", args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.EncodeStr(args[0], encoding, errors)
}

// strDecodeArgs is str(object, encoding, errors): object must be
// bytes-like.
func (t *Thread) strFromEncoded(object, encObj, errObj *Object) *Object {
	encoding, errors := "utf-8", "strict"
	for i, o := range []*Object{encObj, errObj} {
		if o == nil {
			continue
		}
		if o.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "str() argument '%s' must be str, not %s", [...]string{"encoding", "errors"}[i], o.typ.Name)
		}
		if i == 0 {
			encoding = asStr(o).S
		} else {
			errors = asStr(o).S
		}
	}
	if object.kind == KindStr {
		return t.RaiseMsg(&TypeErrorType, "decoding str is not supported")
	}
	data, ok := t.bytesLikeOf(object)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "decoding to str: need a bytes-like object, %s found", object.typ.Name)
	}
	return t.DecodeBytes(object, data, encoding, errors)
}
