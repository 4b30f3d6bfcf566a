package core

import "strings"

// str methods that search: find, rfind, index, rindex, count, startswith,
// endswith, replace, partition, rpartition. Positions are code points; the
// searching itself runs on the UTF-8 bytes, which is exact because UTF-8
// is self-synchronising.

func init() {
	StrType.def("find", strFinder("find", false, false))
	StrType.def("rfind", strFinder("rfind", true, false))
	StrType.def("index", strFinder("index", false, true))
	StrType.def("rindex", strFinder("rindex", true, true))
	StrType.def("count", strCount)
	StrType.def("startswith", strTailMatcher("startswith", false))
	StrType.def("endswith", strTailMatcher("endswith", true))
	StrType.def("replace", strReplace)
	StrType.def("partition", strPartitioner("partition", false))
	StrType.def("rpartition", strPartitioner("rpartition", true))
}

// strResult returns a str object for s, sharing the immortal empty and
// one-character strs instead of allocating.
func (t *Thread) strResult(s string) *Object {
	switch {
	case len(s) == 0:
		return &Intern("").Object
	case len(s) == 1:
		return &charStrs[s[0]].Object
	}
	return t.NewStr(s)
}

// strSpan is a method's [start:end] window over a str, in code points and
// in bytes. empty is true when the window is inverted (start > end after
// adjustment), in which case nothing, not even "", matches.
type strSpan struct {
	start, end int64 // code points
	a, b       int   // bytes
	empty      bool
}

// span adjusts optional start and end arguments (ADJUST_INDICES) to s.
func (t *Thread) span(s *Str, startArg, endArg *Object) (strSpan, bool) {
	n := int64(s.runeLen())
	start, ok := t.optIndexArg(startArg, 0)
	if !ok {
		return strSpan{}, false
	}
	end, ok := t.optIndexArg(endArg, n)
	if !ok {
		return strSpan{}, false
	}
	start, end = adjustRange(start, end, n)
	sp := strSpan{start: start, end: end, empty: start > end}
	if sp.empty {
		return sp, true
	}
	sp.a = s.byteOffset(int(start))
	sp.b = s.advance(sp.a, int(end-start))
	return sp, true
}

// searchArgs parses (sub[, start[, end]]) as find, count and friends take
// them.
func (t *Thread) searchArgs(name string, args []*Object, kwnames []*Str) (sub string, sp strSpan, ok bool) {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", name)
		return "", sp, false
	}
	if n := len(args) - 1; n < 1 {
		t.RaiseMsg(&TypeErrorType, "%s() takes at least 1 argument (%d given)", name, n)
		return "", sp, false
	} else if n > 3 {
		t.RaiseMsg(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, n)
		return "", sp, false
	}
	if sub, ok = t.strArg(args[1]); !ok {
		return "", sp, false
	}
	var startArg, endArg *Object
	if len(args) > 2 {
		startArg = args[2]
	}
	if len(args) > 3 {
		endArg = args[3]
	}
	sp, ok = t.span(selfStr(args), startArg, endArg)
	return sub, sp, ok
}

// strFinder makes find, rfind, index and rindex.
func strFinder(name string, reverse, raise bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		sub, sp, ok := t.searchArgs(name, args, kwnames)
		if !ok {
			return nil
		}
		s := selfStr(args)
		pos := -1
		if !sp.empty {
			var i int
			if reverse {
				i = strings.LastIndex(s.S[sp.a:sp.b], sub)
			} else {
				i = strings.Index(s.S[sp.a:sp.b], sub)
			}
			if i >= 0 {
				pos = s.runeIndex(sp.a + i)
			}
		}
		if pos < 0 && raise {
			return t.RaiseMsg(&ValueErrorType, "substring not found")
		}
		return t.NewInt(int64(pos))
	}
}

func strCount(t *Thread, args []*Object, kwnames []*Str) *Object {
	sub, sp, ok := t.searchArgs("count", args, kwnames)
	if !ok {
		return nil
	}
	if sp.empty {
		return t.NewInt(0)
	}
	if sub == "" {
		return t.NewInt(sp.end - sp.start + 1)
	}
	return t.NewInt(int64(strings.Count(selfStr(args).S[sp.a:sp.b], sub)))
}

// strTailMatcher makes startswith and endswith: the prefix may be a tuple
// of alternatives.
func strTailMatcher(name string, suffix bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if n := len(args) - 1; n < 1 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes at least 1 argument (%d given)", name, n)
		} else if n > 3 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, n)
		}
		var startArg, endArg *Object
		if len(args) > 2 {
			startArg = args[2]
		}
		if len(args) > 3 {
			endArg = args[3]
		}
		s := selfStr(args)
		sp, ok := t.span(s, startArg, endArg)
		if !ok {
			return nil
		}
		match := func(p string) bool {
			if sp.empty {
				return false
			}
			if suffix {
				return strings.HasSuffix(s.S[sp.a:sp.b], p)
			}
			return strings.HasPrefix(s.S[sp.a:sp.b], p)
		}
		switch p := args[1]; p.kind {
		case KindStr:
			return Bool(match(asStr(p).S))
		case KindTuple:
			for _, x := range asTuple(p).Items {
				if x.kind != KindStr {
					return t.RaiseMsg(&TypeErrorType, "tuple for %s must only contain str, not %s", name, x.typ.Name)
				}
				if match(asStr(x).S) {
					return True
				}
			}
			return False
		default:
			return t.RaiseMsg(&TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, p.typ.Name)
		}
	}
}

func strReplace(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("replace", args[1:], kwnames, 2, 3) {
		return nil
	}
	for i := 1; i <= 2; i++ {
		if args[i].kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "replace() argument %d must be str, not %s", i, args[i].typ.Name)
		}
	}
	count := int64(-1)
	if len(args) > 3 {
		var ok bool
		if count, ok = t.indexArg(args[3]); !ok {
			return nil
		}
	}
	s, old, repl := selfStr(args), asStr(args[1]).S, asStr(args[2]).S
	n := int64(strings.Count(s.S, old))
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 {
		return strStr(t, args[0])
	}
	if grow := int64(len(repl) - len(old)); grow > 0 && n > (maxRepeatBytes-int64(len(s.S)))/grow {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	return t.strResult(strings.Replace(s.S, old, repl, int(n)))
}

// strPartitioner makes partition and rpartition.
func strPartitioner(name string, reverse bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.oneArg("str."+name, args, kwnames) {
			return nil
		}
		sep, ok := t.strArg(args[1])
		if !ok {
			return nil
		}
		if sep == "" {
			return t.RaiseMsg(&ValueErrorType, "empty separator")
		}
		s := selfStr(args).S
		var i int
		if reverse {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		r := t.NewTuple(3)
		empty := &Intern("").Object
		switch {
		case i >= 0:
			r.Items[0] = t.strResult(s[:i])
			r.Items[1] = t.NewRef(args[1])
			r.Items[2] = t.strResult(s[i+len(sep):])
		case reverse:
			r.Items[0], r.Items[1], r.Items[2] = empty, empty, strStr(t, args[0])
		default:
			r.Items[0], r.Items[1], r.Items[2] = strStr(t, args[0]), empty, empty
		}
		return &r.Object
	}
}
