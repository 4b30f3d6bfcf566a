package core

import "bytes"

// bytes and bytearray methods that split and join: split, rsplit,
// splitlines, join, strip, lstrip, rstrip. Whitespace is ASCII's
// (Py_ISSPACE: space, \t, \n, \v, \f, \r).

func init() {
	defBytes("split", bytesSplitter("split", false))
	defBytes("rsplit", bytesSplitter("rsplit", true))
	defBytes("splitlines", bytesSplitlines)
	defBytes("join", bytesJoin)
	defBytes("strip", bytesStripper("strip", true, true))
	defBytes("lstrip", bytesStripper("lstrip", true, false))
	defBytes("rstrip", bytesStripper("rstrip", false, true))
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// newBytesList returns a list of parts of the type family of self.
func (t *Thread) newBytesList(self *Object, parts [][]byte) *Object {
	l := t.NewList(len(parts))
	for _, p := range parts {
		l.Items = append(l.Items, t.newBytesLike(self, append([]byte(nil), p...)))
	}
	return &l.Object
}

func bytesSplitter(name string, reverse bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if t.invalidKeyword(name, kwnames, "sep", "maxsplit") {
			return nil
		}
		var sepArg, maxArg *Object
		if !t.ParseArgs(name, args[1:], kwnames, []string{"sep", "maxsplit"}, 0, &sepArg, &maxArg) {
			return nil
		}
		maxsplit := int64(-1)
		if maxArg != nil {
			var ok bool
			if maxsplit, ok = t.ssizeArg(maxArg); !ok {
				return nil
			}
		}
		self := args[0]
		var sep []byte
		if sepArg != nil && sepArg != None {
			var ok bool
			if sep, ok = t.bytesArg(sepArg, needBytesLike); !ok {
				return nil
			}
			if len(sep) == 0 {
				return t.RaiseMsg(&ValueErrorType, "empty separator")
			}
		}
		data := t.selfBytes(self)
		var parts [][]byte
		switch {
		case sep == nil && reverse:
			parts = rsplitBytesWhitespace(data, maxsplit)
		case sep == nil:
			parts = splitBytesWhitespace(data, maxsplit)
		case reverse:
			parts = rsplitBytesSep(data, sep, maxsplit)
		case maxsplit < 0 || maxsplit > int64(len(data)):
			parts = bytes.Split(data, sep)
		default:
			parts = bytes.SplitN(data, sep, int(maxsplit)+1)
		}
		if len(parts) == 1 && self.typ == &BytesType && len(parts[0]) == len(data) {
			l := t.NewList(1)
			l.Items = append(l.Items, t.NewRef(self))
			return &l.Object
		}
		return t.newBytesList(self, parts)
	}
}

// splitBytesWhitespace is bytes.split() without a separator.
func splitBytesWhitespace(s []byte, maxsplit int64) [][]byte {
	var out [][]byte
	i := 0
	skip := func() {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
	}
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		skip()
		if i == len(s) {
			return out
		}
		j := i
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		out = append(out, s[j:i])
	}
	skip()
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

// rsplitBytesWhitespace is bytes.rsplit() without a separator.
func rsplitBytesWhitespace(s []byte, maxsplit int64) [][]byte {
	var out [][]byte
	i := len(s)
	skip := func() {
		for i > 0 && isASCIISpace(s[i-1]) {
			i--
		}
	}
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		skip()
		if i == 0 {
			break
		}
		j := i
		for i > 0 && !isASCIISpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
	}
	if maxsplit >= 0 && int64(len(out)) >= maxsplit {
		skip()
		if i > 0 {
			out = append(out, s[:i])
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// rsplitBytesSep is bytes.rsplit(sep, maxsplit).
func rsplitBytesSep(s, sep []byte, maxsplit int64) [][]byte {
	var out [][]byte
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		i := bytes.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesSplitlines(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("splitlines", kwnames, "keepends") {
		return nil
	}
	var keepArg *Object
	if !t.ParseArgs("splitlines", args[1:], kwnames, []string{"keepends"}, 0, &keepArg) {
		return nil
	}
	keep := false
	if keepArg != nil {
		if keepArg.kind == KindFloat {
			return t.RaiseMsg(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		var ok bool
		if keep, ok = t.Truth(keepArg); !ok {
			return nil
		}
	}
	data := t.selfBytes(args[0])
	var parts [][]byte
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' && data[j] != '\r' {
			j++
		}
		eol := j
		if j < len(data) {
			if data[j] == '\r' && j+1 < len(data) && data[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
			if keep {
				eol = j
			}
		}
		parts = append(parts, data[i:eol])
		i = j
	}
	return t.newBytesList(args[0], parts)
}

func bytesJoin(t *Thread, args []*Object, kwnames []*Str) *Object {
	self := args[0]
	if !t.oneArg(qualName(self, "join"), args, kwnames) {
		return nil
	}
	if args[1].typ.Iter == nil && t.lookupType(args[1].typ, dunderGetitem) == nil {
		return t.RaiseMsg(&TypeErrorType, "can only join an iterable")
	}
	items, ok := t.Collect(args[1])
	if !ok {
		return nil
	}
	defer t.releaseAll(items)
	sep := t.selfBytes(self)
	if len(items) == 1 && items[0].typ == &BytesType && self.kind == KindBytes {
		return t.NewRef(items[0])
	}
	parts := make([][]byte, len(items))
	size := int64(0)
	for i, x := range items {
		b, ok := t.bytesLikeOf(x)
		if !ok {
			return t.RaiseMsg(&TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.typ.Name)
		}
		parts[i] = b
		size += int64(len(b) + len(sep))
	}
	if size > maxRepeatBytes {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	return t.newBytesLike(self, bytes.Join(parts, sep))
}

func bytesStripper(name string, left, right bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualName(self, name))
		}
		if !t.ArgsRange(name, args[1:], nil, 0, 1) {
			return nil
		}
		data := t.selfBytes(self)
		isStrip := isASCIISpace
		if len(args) > 1 && args[1] != None {
			chars, ok := t.bytesArg(args[1], needBytesLike)
			if !ok {
				return nil
			}
			isStrip = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(data)
		if left {
			for i < j && isStrip(data[i]) {
				i++
			}
		}
		if right {
			for j > i && isStrip(data[j-1]) {
				j--
			}
		}
		if i == 0 && j == len(data) {
			return t.selfCopy(self, data)
		}
		return t.newBytesLike(self, append([]byte(nil), data[i:j]...))
	}
}
