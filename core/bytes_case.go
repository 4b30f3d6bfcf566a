package core

import "bytes"

// bytes and bytearray methods that map or test characters, pad, expand
// tabs and translate. Case and character classes are ASCII's
// (Objects/bytes_methods.c): other bytes are left alone and are never
// letters, digits or spaces.

func init() {
	for _, m := range []struct {
		name string
		fn   func([]byte) []byte
	}{
		{"upper", func(b []byte) []byte { return mapBytes(b, asciiUpper) }},
		{"lower", func(b []byte) []byte { return mapBytes(b, asciiLower) }},
		{"swapcase", func(b []byte) []byte {
			return mapBytes(b, func(c byte) byte {
				if isASCIILower(c) {
					return asciiUpper(c)
				}
				return asciiLower(c)
			})
		}},
		{"capitalize", bytesCapitalize},
		{"title", bytesTitle},
	} {
		defBytes(m.name, bytesMapper(m.name, m.fn))
	}
	for _, p := range []struct {
		name string
		fn   func([]byte) bool
	}{
		{"isalnum", allBytes(func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })},
		{"isalpha", allBytes(isASCIIAlpha)},
		{"isdigit", allBytes(isASCIIDigit)},
		{"isspace", allBytes(isASCIISpace)},
		{"isascii", func(b []byte) bool {
			for _, c := range b {
				if c >= 0x80 {
					return false
				}
			}
			return true
		}},
		{"islower", casedOnly(isASCIILower, isASCIIUpper)},
		{"isupper", casedOnly(isASCIIUpper, isASCIILower)},
		{"istitle", bytesIsTitle},
	} {
		defBytes(p.name, bytesPredicate(p.name, p.fn))
	}
	defBytes("center", bytesPadder("center"))
	defBytes("ljust", bytesPadder("ljust"))
	defBytes("rjust", bytesPadder("rjust"))
	defBytes("zfill", bytesZfill)
	defBytes("expandtabs", bytesExpandTabs)
	defBytes("translate", bytesTranslate)
	for _, tp := range byteTypes {
		tp.defStatic("maketrans", bytesMaketrans)
	}
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func asciiUpper(c byte) byte {
	if isASCIILower(c) {
		return c - 'a' + 'A'
	}
	return c
}

func asciiLower(c byte) byte {
	if isASCIIUpper(c) {
		return c - 'A' + 'a'
	}
	return c
}

func mapBytes(b []byte, f func(byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

func bytesCapitalize(b []byte) []byte {
	out := mapBytes(b, asciiLower)
	if len(out) > 0 {
		out[0] = asciiUpper(out[0])
	}
	return out
}

func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		switch {
		case isASCIILower(c):
			if !prevCased {
				c = asciiUpper(c)
			}
			prevCased = true
		case isASCIIUpper(c):
			if prevCased {
				c = asciiLower(c)
			}
			prevCased = true
		default:
			prevCased = false
		}
		out[i] = c
	}
	return out
}

func allBytes(pass func(byte) bool) func([]byte) bool {
	return func(b []byte) bool {
		if len(b) == 0 {
			return false
		}
		for _, c := range b {
			if !pass(c) {
				return false
			}
		}
		return true
	}
}

// casedOnly is islower/isupper: at least one cased byte of the wanted
// case and none of the other.
func casedOnly(want, other func(byte) bool) func([]byte) bool {
	return func(b []byte) bool {
		found := false
		for _, c := range b {
			if other(c) {
				return false
			}
			found = found || want(c)
		}
		return found
	}
}

func bytesIsTitle(b []byte) bool {
	cased, prevCased := false, false
	for _, c := range b {
		switch {
		case isASCIIUpper(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isASCIILower(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func bytesMapper(name string, fn func([]byte) []byte) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if !t.noArgs(qualName(self, name), args, kwnames) {
			return nil
		}
		return t.newBytesLike(self, fn(t.selfBytes(self)))
	}
}

func bytesPredicate(name string, fn func([]byte) bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if !t.noArgs(qualName(self, name), args, kwnames) {
			return nil
		}
		return Bool(fn(t.selfBytes(self)))
	}
}

// bytesPadder makes center, ljust and rjust.
func bytesPadder(name string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		self := args[0]
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualName(self, name))
		}
		if !t.ArgsRange(name, args[1:], nil, 1, 2) {
			return nil
		}
		width, ok := t.ssizeArg(args[1])
		if !ok {
			return nil
		}
		fill := byte(' ')
		if len(args) > 2 {
			f := args[2]
			var b []byte
			if f.kind == KindBytes || f.kind == KindByteArray {
				b = t.selfBytes(f)
			}
			if (f.kind != KindBytes && f.kind != KindByteArray) || len(b) != 1 {
				return t.RaiseMsg(&TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, f.typ.Name)
			}
			fill = b[0]
		}
		data := t.selfBytes(self)
		n := int64(len(data))
		if width <= n {
			return t.selfCopy(self, data)
		}
		if width > maxRepeatBytes {
			return t.RaiseMsg(&MemoryErrorType, "")
		}
		marg := width - n
		var left int64
		switch name {
		case "center":
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		out := make([]byte, 0, width)
		out = append(out, bytes.Repeat([]byte{fill}, int(left))...)
		out = append(out, data...)
		out = append(out, bytes.Repeat([]byte{fill}, int(marg-left))...)
		return t.newBytesLike(self, out)
	}
}

func bytesZfill(t *Thread, args []*Object, kwnames []*Str) *Object {
	self := args[0]
	if !t.oneArg(qualName(self, "zfill"), args, kwnames) {
		return nil
	}
	width, ok := t.ssizeArg(args[1])
	if !ok {
		return nil
	}
	data := t.selfBytes(self)
	n := int64(len(data))
	if width <= n {
		return t.selfCopy(self, data)
	}
	if width > maxRepeatBytes {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	out := make([]byte, width)
	fill := int(width - n)
	for i := 0; i < fill; i++ {
		out[i] = '0'
	}
	copy(out[fill:], data)
	if n > 0 && (data[0] == '+' || data[0] == '-') {
		out[0] = data[0]
		out[fill] = '0'
	}
	return t.newBytesLike(self, out)
}

func bytesExpandTabs(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("expandtabs", kwnames, "tabsize") {
		return nil
	}
	var sizeArg *Object
	if !t.ParseArgs("expandtabs", args[1:], kwnames, []string{"tabsize"}, 0, &sizeArg) {
		return nil
	}
	tab := int64(8)
	if sizeArg != nil {
		var ok bool
		if tab, ok = t.intArg(sizeArg); !ok {
			return nil
		}
	}
	data := t.selfBytes(args[0])
	out := make([]byte, 0, len(data))
	col := int64(0)
	for _, c := range data {
		switch c {
		case '\t':
			if tab > 0 {
				pad := tab - col%tab
				if int64(len(out))+pad > maxRepeatBytes {
					return t.RaiseMsg(&OverflowErrorType, "result too long")
				}
				out = append(out, bytes.Repeat([]byte{' '}, int(pad))...)
				col += pad
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return t.newBytesLike(args[0], out)
}

func bytesTranslate(t *Thread, args []*Object, kwnames []*Str) *Object {
	self := args[0]
	if t.invalidKeyword("translate", kwnames, "delete") {
		return nil
	}
	npos := len(args) - 1 - len(kwnames)
	if npos < 1 {
		return t.RaiseMsg(&TypeErrorType, "translate() takes at least 1 positional argument (%d given)", npos)
	}
	if len(args)-1 > 2 {
		return t.RaiseMsg(&TypeErrorType, "translate() takes at most 2 arguments (%d given)", len(args)-1)
	}
	var table []byte
	if args[1] != None {
		var ok bool
		if table, ok = t.bytesArg(args[1], needBytesLike); !ok {
			return nil
		}
		if len(table) != 256 {
			return t.RaiseMsg(&ValueErrorType, "translation table must be 256 characters long")
		}
	}
	var del []byte
	if len(args) > 2 {
		var ok bool
		if del, ok = t.bytesArg(args[2], needBytesLike); !ok {
			return nil
		}
	}
	data := t.selfBytes(self)
	out := make([]byte, 0, len(data))
	changed := false
	for _, c := range data {
		if len(del) > 0 && bytes.IndexByte(del, c) >= 0 {
			changed = true
			continue
		}
		if table != nil {
			changed = changed || table[c] != c
			c = table[c]
		}
		out = append(out, c)
	}
	if !changed {
		return t.selfCopy(self, data)
	}
	return t.newBytesLike(self, out)
}

func bytesMaketrans(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "maketrans() takes no keyword arguments")
	}
	if !t.ArgsRange("maketrans", args, nil, 2, 2) {
		return nil
	}
	from, ok := t.bytesArg(args[0], needBytesLike)
	if !ok {
		return nil
	}
	to, ok := t.bytesArg(args[1], needBytesLike)
	if !ok {
		return nil
	}
	if len(from) != len(to) {
		return t.RaiseMsg(&ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range from {
		table[c] = to[i]
	}
	return t.NewBytes(table)
}
