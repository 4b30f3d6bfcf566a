package core

import (
	"strings"
	"unicode/utf8"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The str type's protocol slots: repr, hash, comparison, length, indexing
// and slicing by code point, membership, iteration, concatenation and
// repetition, and str(x). Methods are in str_search.go, str_split.go and
// str_case.go.
//
// A str holds UTF-8, and Python indexes by code point: pure-ASCII strs
// (the common case, and cached on the object) are indexed by byte; others
// are decoded as needed.

func init() {
	StrType.Dealloc = deallocStr
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHash
	StrType.Compare = strCompare
	StrType.Len = strLen
	StrType.GetItem = strGetItem
	StrType.Contains = strContains
	StrType.Iter = func(t *Thread, o *Object) *Object { return t.newStrIter(o) }
	StrType.Binary[bc.Add] = strAdd
	StrType.Binary[bc.Mul] = strMul
	StrType.New = strNew
	StrType.SetAttr = readOnlySetAttr
}

func strRepr(t *Thread, o *Object) *Object { return t.NewStr(quoteStr(asStr(o).S)) }

func strStr(t *Thread, o *Object) *Object {
	if o.typ == &StrType {
		return t.NewRef(o)
	}
	return t.NewStr(asStr(o).S)
}

func strHash(t *Thread, o *Object) (int64, bool) { return asStr(o).Hash(), true }

// strCompare orders strs by code point, which is the byte order of their
// UTF-8 encodings.
func strCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if a.kind != KindStr || b.kind != KindStr {
		return NotImplemented
	}
	return Bool(compareResult(strings.Compare(asStr(a).S, asStr(b).S), op))
}

// compareResult turns a three-way comparison into the answer to op.
func compareResult(c int, op bc.CompareOp) bool {
	switch op {
	case bc.Lt:
		return c < 0
	case bc.Le:
		return c <= 0
	case bc.Eq:
		return c == 0
	case bc.Ne:
		return c != 0
	case bc.Gt:
		return c > 0
	}
	return c >= 0
}

// runeLen returns the number of code points of s.
func (s *Str) runeLen() int {
	if s.isASCII() {
		return len(s.S)
	}
	return utf8.RuneCountInString(s.S)
}

func strLen(t *Thread, o *Object) (int, bool) { return asStr(o).runeLen(), true }

// byteOffset returns the byte offset of code point i (0 <= i <= runeLen).
func (s *Str) byteOffset(i int) int { return s.advance(0, i) }

// advance returns the byte offset n code points after byte offset off.
func (s *Str) advance(off, n int) int {
	if s.isASCII() {
		return off + n
	}
	for ; n > 0 && off < len(s.S); n-- {
		_, size := utf8.DecodeRuneInString(s.S[off:])
		off += size
	}
	return off
}

// runeIndex converts a byte offset of s to a code-point index.
func (s *Str) runeIndex(off int) int {
	if s.isASCII() {
		return off
	}
	return utf8.RuneCountInString(s.S[:off])
}

func strGetItem(t *Thread, o, key *Object) *Object {
	s := asStr(o)
	if key.kind == KindSlice {
		return t.strSlice(s, asSlice(key))
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return nil
	}
	if !isIndex {
		return t.RaiseMsg(&TypeErrorType, "string indices must be integers, not '%s'", key.typ.Name)
	}
	n := int64(s.runeLen())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return t.RaiseMsg(&IndexErrorType, "string index out of range")
	}
	if s.isASCII() {
		return &charStrs[s.S[i]].Object
	}
	r, _ := utf8.DecodeRuneInString(s.S[s.byteOffset(int(i)):])
	return t.charStr(r)
}

func (t *Thread) strSlice(s *Str, sl *Slice) *Object {
	n := s.runeLen()
	start, _, step, count, ok := sl.Indices(t, n)
	if !ok {
		return nil
	}
	if count == 0 {
		return t.NewStr("")
	}
	if step == 1 {
		if count == n && s.typ == &StrType {
			return t.NewRef(&s.Object)
		}
		a := s.byteOffset(start)
		return t.NewStr(s.S[a:s.advance(a, count)])
	}
	if s.isASCII() {
		buf := make([]byte, count)
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			buf[i] = s.S[j]
		}
		return t.NewStr(string(buf))
	}
	runes := []rune(s.S)
	out := make([]rune, count)
	for i, j := 0, start; i < count; i, j = i+1, j+step {
		out[i] = runes[j]
	}
	return t.NewStr(string(out))
}

func strContains(t *Thread, o, item *Object) (bool, bool) {
	if item.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "'in <string>' requires string as left operand, not %s", item.typ.Name)
		return false, false
	}
	return strings.Contains(asStr(o).S, asStr(item).S), true
}

// tryReflected gives a class instance operand's own slot (its __radd__,
// __rmul__...) a chance before a sequence's concatenation or repetition
// applies, as CPython tries nb_add and nb_multiply of both operands before
// sq_concat and sq_repeat. Built-in operands have no such numeric slot for
// sequences, so they are not asked.
func tryReflected(t *Thread, a, b *Object, op bc.BinaryOp, self *Type) *Object {
	other := b
	if b.typ == self {
		other = a
	}
	if !other.typ.Heap {
		return NotImplemented
	}
	if slot := other.typ.Binary[op]; slot != nil {
		return slot(t, a, b)
	}
	return NotImplemented
}

func strAdd(t *Thread, a, b *Object) *Object {
	if a.kind != KindStr {
		return NotImplemented
	}
	if b.kind != KindStr {
		if r := tryReflected(t, a, b, bc.Add, a.typ); r != NotImplemented {
			return r
		}
		return t.RaiseMsg(&TypeErrorType, "can only concatenate str (not \"%s\") to str", b.typ.Name)
	}
	x, y := asStr(a).S, asStr(b).S
	if y == "" && a.typ == &StrType {
		return t.NewRef(a)
	}
	if x == "" && b.typ == &StrType {
		return t.NewRef(b)
	}
	return t.NewStr(x + y)
}

// maxRepeatBytes bounds the result of a sequence repetition: beyond it the
// allocation would fail in CPython too, and here it must raise MemoryError
// rather than crash the Go runtime.
const maxRepeatBytes = 1 << 34

// repeatOperands sorts out seq * n and n * seq for a sequence type: it
// returns the sequence, the count (negative counts are 0), and done with a
// result (NotImplemented or an exception's nil) when it is not a repetition.
func repeatOperands(t *Thread, a, b *Object, self *Type) (seq *Object, n int64, r *Object, done bool) {
	seq, count := a, b
	if a.typ != self && !a.typ.IsSubtype(self) {
		seq, count = b, a
	}
	if count.kind != KindInt && count.kind != KindBool {
		if r := tryReflected(t, a, b, bc.Mul, seq.typ); r != NotImplemented {
			return nil, 0, r, true
		}
		if count.kind != KindInstance || t.lookupType(count.typ, dunderIndex) == nil {
			return nil, 0, t.RaiseMsg(&TypeErrorType, "can't multiply sequence by non-int of type '%s'", count.typ.tpName()), true
		}
	}
	n, ok := t.indexArg(count)
	if !ok {
		return nil, 0, nil, true
	}
	if n < 0 {
		n = 0
	}
	return seq, n, nil, false
}

func strMul(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &StrType)
	if done {
		return r
	}
	s := asStr(seq).S
	if n == 1 && seq.typ == &StrType {
		return t.NewRef(seq)
	}
	if len(s) == 0 || n == 0 {
		return t.NewStr("")
	}
	if n > maxRepeatBytes/int64(len(s)) {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	return t.NewStr(strings.Repeat(s, int(n)))
}

// strNew is str(object=""): str(x) of any object.
func strNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	for _, k := range kwnames {
		if k.S != "object" && k.S != "encoding" && k.S != "errors" {
			return t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for str()", k.S)
		}
	}
	if len(args) > 3 {
		return t.RaiseMsg(&TypeErrorType, "str() takes at most 3 arguments (%d given)", len(args))
	}
	var vals [3]*Object
	copy(vals[:], args[:npos])
	for k, kw := range kwnames {
		i := map[string]int{"object": 0, "encoding": 1, "errors": 2}[kw.S]
		if vals[i] != nil {
			return t.RaiseMsg(&TypeErrorType, "argument for str() given by name ('%s') and position (%d)", kw.S, i+1)
		}
		vals[i] = args[npos+k]
	}
	if vals[1] != nil || vals[2] != nil {
		if vals[0] == nil {
			return &Intern("").Object
		}
		return t.strFromEncoded(vals[0], vals[1], vals[2])
	}
	if vals[0] == nil {
		return &Intern("").Object
	}
	return t.StrOf(vals[0])
}

// strArg returns the Go string of a str argument, raising CPython's
// "must be str, not int" otherwise.
func (t *Thread) strArg(o *Object) (string, bool) {
	if o.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "must be str, not %s", o.typ.Name)
		return "", false
	}
	return asStr(o).S, true
}

// selfStr returns the str a method was called on.
func selfStr(args []*Object) *Str { return asStr(args[0]) }

// noArgs checks a method that takes no arguments ("str.upper() takes no
// arguments (1 given)").
func (t *Thread) noArgs(qualname string, args []*Object, kwnames []*Str) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualname)
		return false
	}
	if len(args) > 1 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no arguments (%d given)", qualname, len(args)-1)
		return false
	}
	return true
}

// oneArg checks a method that takes exactly one positional argument
// ("str.join() takes exactly one argument (0 given)").
func (t *Thread) oneArg(qualname string, args []*Object, kwnames []*Str) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", qualname)
		return false
	}
	if len(args) != 2 {
		t.RaiseMsg(&TypeErrorType, "%s() takes exactly one argument (%d given)", qualname, len(args)-1)
		return false
	}
	return true
}
