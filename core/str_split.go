package core

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// str methods that cut and glue: split, rsplit, splitlines, join, strip,
// lstrip, rstrip. Whitespace is Python's (str.isspace), which is Go's
// unicode.IsSpace plus the four ASCII separators \x1c-\x1f.

func init() {
	StrType.def("split", strSplitter("split", false))
	StrType.def("rsplit", strSplitter("rsplit", true))
	StrType.def("splitlines", strSplitlines)
	StrType.def("join", strJoin)
	StrType.def("strip", strStripper("strip", true, true))
	StrType.def("lstrip", strStripper("lstrip", true, false))
	StrType.def("rstrip", strStripper("rstrip", false, true))
}

// pyIsSpace is str.isspace for one character.
func pyIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// newStrList returns a list of strs, sharing the immortal short ones.
func (t *Thread) newStrList(parts []string) *Object {
	l := t.NewList(len(parts))
	for _, p := range parts {
		l.Items = append(l.Items, t.strResult(p))
	}
	return &l.Object
}

// strSplitter makes split and rsplit.
func strSplitter(name string, reverse bool) BuiltinFunc {
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
			if maxsplit, ok = t.indexArg(maxArg); !ok {
				return nil
			}
		}
		s := selfStr(args).S
		if sepArg == nil || sepArg == None {
			if reverse {
				return t.newStrList(rsplitWhitespace(s, maxsplit))
			}
			return t.newStrList(splitWhitespace(s, maxsplit))
		}
		if sepArg.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "must be str or None, not %s", sepArg.typ.Name)
		}
		sep := asStr(sepArg).S
		if sep == "" {
			return t.RaiseMsg(&ValueErrorType, "empty separator")
		}
		if reverse {
			return t.newStrList(rsplitSep(s, sep, maxsplit))
		}
		if maxsplit < 0 || maxsplit > int64(len(s)) {
			return t.newStrList(strings.Split(s, sep))
		}
		return t.newStrList(strings.SplitN(s, sep, int(maxsplit)+1))
	}
}

// splitWhitespace is str.split() without a separator: runs of whitespace
// separate words, leading and trailing whitespace is dropped, and once
// maxsplit words are cut the rest (less its leading whitespace) is the
// last item.
func splitWhitespace(s string, maxsplit int64) []string {
	var out []string
	i := 0
	skip := func() {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !pyIsSpace(r) {
				return
			}
			i += size
		}
	}
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		skip()
		if i == len(s) {
			return out
		}
		j := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if pyIsSpace(r) {
				break
			}
			i += size
		}
		out = append(out, s[j:i])
	}
	skip()
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

// rsplitWhitespace is str.rsplit() without a separator.
func rsplitWhitespace(s string, maxsplit int64) []string {
	var out []string
	i := len(s) // s[:i] is what is left
	skip := func() {
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !pyIsSpace(r) {
				return
			}
			i -= size
		}
	}
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		skip()
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if pyIsSpace(r) {
				break
			}
			i -= size
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

// rsplitSep is str.rsplit(sep, maxsplit).
func rsplitSep(s, sep string, maxsplit int64) []string {
	var out []string
	for maxsplit < 0 || int64(len(out)) < maxsplit {
		i := strings.LastIndex(s, sep)
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

// lineBreak returns the length in bytes of the line boundary at the start
// of s, or 0: \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028, \u2029.
func lineBreak(s string) int {
	switch c := s[0]; {
	case c == '\r':
		if len(s) > 1 && s[1] == '\n' {
			return 2
		}
		return 1
	case c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e):
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == 0x85 || r == 0x2028 || r == 0x2029 {
		return size
	}
	return 0
}

func strSplitlines(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("splitlines", kwnames, "keepends") {
		return nil
	}
	var keepArg *Object
	if !t.ParseArgs("splitlines", args[1:], kwnames, []string{"keepends"}, 0, &keepArg) {
		return nil
	}
	keep := false
	if keepArg != nil {
		v, ok := t.indexArg(keepArg)
		if !ok {
			return nil
		}
		keep = v != 0
	}
	s := selfStr(args).S
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		n := lineBreak(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if keep {
			parts = append(parts, s[start:i+n])
		} else {
			parts = append(parts, s[start:i])
		}
		i += n
		start = i
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return t.newStrList(parts)
}

func strJoin(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("str.join", args, kwnames) {
		return nil
	}
	if args[1].typ.Iter == nil {
		return t.RaiseMsg(&TypeErrorType, "can only join an iterable")
	}
	items, ok := t.Collect(args[1])
	if !ok {
		return nil
	}
	defer t.releaseAll(items)
	sep := selfStr(args).S
	size := 0
	for i, x := range items {
		if x.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.typ.Name)
		}
		size += len(asStr(x).S) + len(sep)
	}
	if len(items) == 1 && items[0].typ == &StrType {
		return t.NewRef(items[0])
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(asStr(x).S)
	}
	return t.strResult(b.String())
}

// strStripper makes strip, lstrip and rstrip.
func strStripper(name string, left, right bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args[1:], kwnames, 0, 1) {
			return nil
		}
		s := selfStr(args).S
		var r string
		if len(args) == 1 || args[1] == None {
			r = s
			if left {
				r = strings.TrimLeftFunc(r, pyIsSpace)
			}
			if right {
				r = strings.TrimRightFunc(r, pyIsSpace)
			}
		} else {
			if args[1].kind != KindStr {
				return t.RaiseMsg(&TypeErrorType, "%s arg must be None or str", name)
			}
			chars := asStr(args[1]).S
			r = s
			if left {
				r = strings.TrimLeft(r, chars)
			}
			if right {
				r = strings.TrimRight(r, chars)
			}
		}
		if len(r) == len(s) {
			return strStr(t, args[0])
		}
		return t.strResult(r)
	}
}
