package core

import (
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// repr of str, and the recursion guard container reprs share.

// quoteStr returns Python's repr of a string (unicode_repr): single quotes
// unless the text holds a single quote and no double quote; backslash
// escapes for the quote, the backslash, \t \n \r, and \xhh, \uhhhh or
// \Uhhhhhhhh for the characters str.isprintable rejects.
// TODO(pylib): switch to pyfmt.StrRepr once it exists.
func quoteStr(s string) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			hasSingle = true
		case c == '"':
			hasDouble = true
		case c == '\\' || c < 0x20 || c >= 0x7f:
			plain = false
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	if plain && !(hasSingle && hasDouble) {
		b := make([]byte, 0, len(s)+2)
		b = append(b, quote)
		b = append(b, s...)
		return string(append(b, quote))
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < 0x20 || r == 0x7f:
			b = appendHexEscape(b, 'x', uint32(r), 2)
		case r < 0x7f:
			b = append(b, byte(r))
		case isPrintable(r):
			b = utf8.AppendRune(b, r)
		case r <= 0xff:
			b = appendHexEscape(b, 'x', uint32(r), 2)
		case r <= 0xffff:
			b = appendHexEscape(b, 'u', uint32(r), 4)
		default:
			b = appendHexEscape(b, 'U', uint32(r), 8)
		}
	}
	return string(append(b, quote))
}

func appendHexEscape(b []byte, kind byte, v uint32, width int) []byte {
	b = append(b, '\\', kind)
	h := strconv.FormatUint(uint64(v), 16)
	for i := len(h); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, h...)
}

// isPrintable is Python's str.isprintable for one character: Unicode
// categories L, M, N, P and S, plus the ASCII space — exactly Go's
// unicode.IsPrint.
func isPrintable(r rune) bool { return unicode.IsPrint(r) }

// reprActive records, per thread, the containers whose repr is being
// built, so that a container that holds itself prints as [...] or {...}
// (CPython's Py_ReprEnter / Py_ReprLeave, which keep the list in the
// thread state).
var reprActive sync.Map // *Thread -> *[]*Object

// reprEnter reports whether o may be repr'd: false when its repr is
// already being built further up this thread's stack. Every true return is
// paired with reprLeave.
func (t *Thread) reprEnter(o *Object) bool {
	v, ok := reprActive.Load(t)
	if !ok {
		v, _ = reprActive.LoadOrStore(t, new([]*Object))
	}
	stack := v.(*[]*Object)
	for _, x := range *stack {
		if x == o {
			return false
		}
	}
	*stack = append(*stack, o)
	return true
}

// reprLeave ends reprEnter(o).
func (t *Thread) reprLeave(o *Object) {
	v, ok := reprActive.Load(t)
	if !ok {
		return
	}
	stack := v.(*[]*Object)
	s := *stack
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == o {
			copy(s[i:], s[i+1:])
			s[len(s)-1] = nil
			*stack = s[:len(s)-1]
			break
		}
	}
	if len(*stack) == 0 {
		reprActive.Delete(t)
	}
}

// scalarsOnly reports whether every item is of a kind whose repr cannot
// lead back to a container, so that a container holding only such items
// needs no recursion guard.
func scalarsOnly(items []*Object) bool {
	for _, x := range items {
		if x.typ.Heap {
			return false
		}
		switch x.kind {
		case KindStr, KindInt, KindBool, KindFloat, KindNone:
		default:
			return false
		}
	}
	return true
}

// reprItems appends the reprs of items, separated by ", ", to b.
func (t *Thread) reprItems(b []byte, items []*Object) ([]byte, bool) {
	for i, x := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		if x.typ == &StrType {
			b = append(b, quoteStr(asStr(x).S)...)
			continue
		}
		r, ok := t.ReprString(x)
		if !ok {
			return b, false
		}
		b = append(b, r...)
	}
	return b, true
}
