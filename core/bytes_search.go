package core

import (
	"bytes"
	"math"
)

// The methods bytes and bytearray share that search: find, rfind, index,
// rindex, count, startswith, endswith, replace, partition, rpartition,
// removeprefix, removesuffix (CPython's Objects/bytes_methods.c and
// stringlib). Each is defined once for both types; results take the type
// family of self (newBytesLike).

// byteTypes are the two types that share these methods.
var byteTypes = []*Type{&BytesType, &ByteArrayType}

// defBytes declares a method of both bytes and bytearray.
func defBytes(name string, fn BuiltinFunc) {
	for _, tp := range byteTypes {
		tp.def(name, fn)
	}
}

func init() {
	defBytes("find", bytesFinder("find", false, false))
	defBytes("rfind", bytesFinder("rfind", true, false))
	defBytes("index", bytesFinder("index", false, true))
	defBytes("rindex", bytesFinder("rindex", true, true))
	defBytes("count", bytesCount)
	defBytes("startswith", bytesTailMatcher("startswith", false))
	defBytes("endswith", bytesTailMatcher("endswith", true))
	defBytes("replace", bytesReplace)
	defBytes("partition", bytesPartitioner("partition", false))
	defBytes("rpartition", bytesPartitioner("rpartition", true))
	defBytes("removeprefix", bytesRemover("removeprefix", false))
	defBytes("removesuffix", bytesRemover("removesuffix", true))
}

// selfBytes returns the bytes of the bytes or bytearray a method was called
// on (a snapshot for a bytearray).
func (t *Thread) selfBytes(self *Object) []byte {
	if self.kind == KindByteArray {
		return asByteArray(self).snapshot(t)
	}
	return asBytes(self).V
}

// qualName is "bytes.name" or "bytearray.name" for self's type family.
func qualName(self *Object, name string) string {
	if self.kind == KindByteArray {
		return "bytearray." + name
	}
	return "bytes." + name
}

func indexByte(b []byte, c byte) int { return bytes.IndexByte(b, c) }

func indexBytes(b, sub []byte) int { return bytes.Index(b, sub) }

// ssizeArg converts an argument to a Py_ssize_t, with CPython's
// OverflowError "Python int too large to convert to C ssize_t".
func (t *Thread) ssizeArg(o *Object) (int64, bool) {
	v, isIndex, ok := t.indexOf(o, nil)
	if !ok {
		return 0, false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
		return 0, false
	}
	if v == math.MaxInt64 || v == math.MinInt64 {
		if n := asIntExact(o); n != nil && n.Big != nil {
			t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C ssize_t")
			return 0, false
		}
	}
	return v, true
}

// intArg converts an argument to a C int (expandtabs, hex), with CPython's
// OverflowError "Python int too large to convert to C int".
func (t *Thread) intArg(o *Object) (int64, bool) {
	v, isIndex, ok := t.indexOf(o, nil)
	if !ok {
		return 0, false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
		return 0, false
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C int")
		return 0, false
	}
	return v, true
}

// asIntExact returns the int behind o when o is an int or bool.
func asIntExact(o *Object) *Int {
	if o.kind == KindInt || o.kind == KindBool {
		return asInt(o)
	}
	return nil
}

// bytesSearchArgs parses (sub[, start[, end]]) as find, count and friends
// take them: sub is a bytes-like object or an int in range(256).
func (t *Thread) bytesSearchArgs(name string, args []*Object, kwnames []*Str) (data, sub []byte, start, end int, ok bool) {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualName(args[0], name))
		return
	}
	if n := len(args) - 1; n < 1 {
		t.RaiseMsg(&TypeErrorType, "%s() takes at least 1 argument (%d given)", name, n)
		return
	} else if n > 3 {
		t.RaiseMsg(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, n)
		return
	}
	data = t.selfBytes(args[0])
	if v, isIndex, iok := t.indexOf(args[1], &OverflowErrorType); !iok {
		if t.ExcMatches(&OverflowErrorType) {
			t.ClearExc()
			t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
		}
		return
	} else if isIndex {
		if v < 0 || v > 255 {
			t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
			return
		}
		sub = []byte{byte(v)}
	} else if sub, ok = t.bytesArg(args[1], "argument should be integer or bytes-like object, not '%s'"); !ok {
		return
	}
	var s, e *Object
	if len(args) > 2 {
		s = args[2]
	}
	if len(args) > 3 {
		e = args[3]
	}
	n := int64(len(data))
	st, ok1 := t.optIndexArg(s, 0)
	if !ok1 {
		return nil, nil, 0, 0, false
	}
	en, ok2 := t.optIndexArg(e, n)
	if !ok2 {
		return nil, nil, 0, 0, false
	}
	st, en = adjustRange(st, en, n)
	return data, sub, int(st), int(en), true
}

func bytesFinder(name string, reverse, raise bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		data, sub, start, end, ok := t.bytesSearchArgs(name, args, kwnames)
		if !ok {
			return nil
		}
		pos := -1
		if start <= end && end-start >= len(sub) {
			var i int
			if reverse {
				i = bytes.LastIndex(data[start:end], sub)
			} else {
				i = bytes.Index(data[start:end], sub)
			}
			if i >= 0 {
				pos = start + i
			}
		}
		if pos < 0 && raise {
			return t.RaiseMsg(&ValueErrorType, "subsection not found")
		}
		return t.NewInt(int64(pos))
	}
}

func bytesCount(t *Thread, args []*Object, kwnames []*Str) *Object {
	data, sub, start, end, ok := t.bytesSearchArgs("count", args, kwnames)
	if !ok {
		return nil
	}
	if start > end {
		return t.NewInt(0)
	}
	if len(sub) == 0 {
		return t.NewInt(int64(end - start + 1))
	}
	return t.NewInt(int64(bytes.Count(data[start:end], sub)))
}

// bytesTailMatcher makes startswith and endswith.
func bytesTailMatcher(name string, suffix bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualName(args[0], name))
		}
		if n := len(args) - 1; n < 1 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes at least 1 argument (%d given)", name, n)
		} else if n > 3 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, n)
		}
		data := t.selfBytes(args[0])
		var s, e *Object
		if len(args) > 2 {
			s = args[2]
		}
		if len(args) > 3 {
			e = args[3]
		}
		n := int64(len(data))
		start, ok := t.optIndexArg(s, 0)
		if !ok {
			return nil
		}
		end, ok := t.optIndexArg(e, n)
		if !ok {
			return nil
		}
		start, end = adjustRange(start, end, n)
		match := func(p []byte) bool {
			if start > end || end-start < int64(len(p)) {
				return false
			}
			w := data[start:end]
			if suffix {
				return bytes.HasSuffix(w, p)
			}
			return bytes.HasPrefix(w, p)
		}
		if p := args[1]; p.kind == KindTuple {
			for _, x := range asTuple(p).Items {
				b, ok := t.bytesArg(x, "a bytes-like object is required, not '%s'")
				if !ok {
					return nil
				}
				if match(b) {
					return True
				}
			}
			return False
		}
		p, ok := t.bytesLikeOf(args[1])
		if !ok {
			return t.RaiseMsg(&TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[1].typ.Name)
		}
		return Bool(match(p))
	}
}

const needBytesLike = "a bytes-like object is required, not '%s'"

func bytesReplace(t *Thread, args []*Object, kwnames []*Str) *Object {
	self := args[0]
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualName(self, "replace"))
	}
	if !t.ArgsRange("replace", args[1:], nil, 2, 3) {
		return nil
	}
	old, ok := t.bytesArg(args[1], needBytesLike)
	if !ok {
		return nil
	}
	repl, ok := t.bytesArg(args[2], needBytesLike)
	if !ok {
		return nil
	}
	count := int64(-1)
	if len(args) > 3 {
		if count, ok = t.ssizeArg(args[3]); !ok {
			return nil
		}
	}
	data := t.selfBytes(self)
	var n int64
	if len(old) == 0 {
		n = int64(len(data)) + 1
	} else {
		n = int64(bytes.Count(data, old))
	}
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 {
		if self.typ == &BytesType {
			return t.NewRef(self)
		}
		return t.newBytesLike(self, append([]byte(nil), data...))
	}
	if grow := int64(len(repl) - len(old)); grow > 0 && n > (maxRepeatBytes-int64(len(data)))/grow {
		return t.RaiseMsg(&OverflowErrorType, "replace bytes is too long")
	}
	return t.newBytesLike(self, bytes.Replace(data, old, repl, int(n)))
}

func bytesPartitioner(name string, reverse bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if !t.oneArg(qualName(self, name), args, kwnames) {
			return nil
		}
		sep, ok := t.bytesArg(args[1], needBytesLike)
		if !ok {
			return nil
		}
		if len(sep) == 0 {
			return t.RaiseMsg(&ValueErrorType, "empty separator")
		}
		data := t.selfBytes(self)
		var i int
		if reverse {
			i = bytes.LastIndex(data, sep)
		} else {
			i = bytes.Index(data, sep)
		}
		r := t.NewTuple(3)
		part := func(b []byte) *Object { return t.newBytesLike(self, append([]byte(nil), b...)) }
		switch {
		case i >= 0:
			r.Items[0] = part(data[:i])
			if self.kind == KindBytes && args[1].typ == &BytesType {
				r.Items[1] = t.NewRef(args[1])
			} else {
				r.Items[1] = part(sep)
			}
			r.Items[2] = part(data[i+len(sep):])
		case reverse:
			r.Items[0], r.Items[1] = part(nil), part(nil)
			r.Items[2] = t.selfCopy(self, data)
		default:
			r.Items[0] = t.selfCopy(self, data)
			r.Items[1], r.Items[2] = part(nil), part(nil)
		}
		return &r.Object
	}
}

// selfCopy returns self unchanged: itself for an exact bytes, a copy
// otherwise (bytearray methods always return new objects).
func (t *Thread) selfCopy(self *Object, data []byte) *Object {
	if self.typ == &BytesType {
		return t.NewRef(self)
	}
	return t.newBytesLike(self, append([]byte(nil), data...))
}

func bytesRemover(name string, suffix bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if !t.oneArg(qualName(self, name), args, kwnames) {
			return nil
		}
		p, ok := t.bytesArg(args[1], needBytesLike)
		if !ok {
			return nil
		}
		data := t.selfBytes(self)
		switch {
		case suffix && len(p) > 0 && bytes.HasSuffix(data, p):
			data = data[:len(data)-len(p)]
		case !suffix && len(p) > 0 && bytes.HasPrefix(data, p):
			data = data[len(p):]
		default:
			return t.selfCopy(self, data)
		}
		return t.newBytesLike(self, append([]byte(nil), data...))
	}
}
