package sre

import (
	"strings"

	"github.com/rcvm/rcvm/core"
)

// patternSubFn is Pattern.sub and Pattern.subn (CPython 3.11's
// pattern_subx): repl is a callable called with each match, a string
// without backslashes used as it is, or a template that re._subx turns
// into either.
func patternSubFn(sig *core.Signature, subn bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		p := selfPattern(args)
		var repl, strObj, countObj *core.Object
		if !sig.Parse(t, args[1:], kwnames, &repl, &strObj, &countObj) {
			return nil
		}
		count := int64(0)
		if countObj != nil {
			var ok bool
			if count, ok = t.AsInt64(countObj); !ok {
				return nil
			}
		}
		var filter *core.Object
		callable := core.IsCallable(repl)
		if callable {
			filter = t.NewRef(repl)
		} else if literal, ok := literalTemplate(t, repl); ok && literal {
			filter = t.NewRef(repl)
		} else {
			// Not a literal: the template compiler in Python decides.
			if filter = callRe(t, "_subx", &p.Object, repl); filter == nil {
				return nil
			}
			callable = core.IsCallable(filter)
		}
		defer t.Decref(filter)
		sub, ok := p.subject(t, strObj)
		if !ok {
			return nil
		}
		defer sub.release(t)
		s := p.newSession(t, sub, 0, 1<<63-1)
		defer s.done()
		// The result is built directly rather than by joining a list of
		// pieces; j counts the pieces CPython's list would hold, for the
		// join's error messages.
		j := joiner{sub: sub}
		n, i := int64(0), 0
		for count == 0 || n < count {
			s.reset()
			found, err := s.search()
			if err != nil {
				return raiseEngineError(t, err)
			}
			if !found {
				break
			}
			b, e := s.span()
			if i < b {
				j.addSlice(i, b)
			}
			if callable {
				m := p.newMatch(t, sub, s, true, nil)
				if m == nil {
					return nil
				}
				item := t.Call(filter, []*core.Object{m}, nil)
				t.Decref(m)
				if item == nil {
					return nil
				}
				ok := item == core.None || j.addObject(t, item)
				t.Decref(item)
				if !ok {
					return nil
				}
			} else if !j.addObject(t, filter) {
				return nil
			}
			i = e
			n++
			s.advance()
		}
		var res *core.Object
		if _, endpos := s.window(); n == 0 && i == 0 && endpos == sub.n {
			// Nothing replaced: the string itself, as joining its one
			// slice gives it.
			res = sub.slice(t, 0, sub.n)
		} else {
			if i < endpos {
				j.addSlice(i, endpos)
			}
			res = j.result(t)
		}
		if res == nil || !subn {
			return res
		}
		return t.TupleOwned(res, t.NewInt(n))
	}
}

// joiner builds sub's result: slices of the subject and replacement
// strings, as CPython joins its list of them.
type joiner struct {
	sub    *subject
	buf    []byte
	pieces int
}

func (j *joiner) addSlice(a, b int) {
	j.pieces++
	s := j.sub
	switch {
	case s.isBytes:
		j.buf = append(j.buf, s.b[a:b]...)
	case s.r == nil:
		j.buf = append(j.buf, s.text[a:b]...)
	default:
		for _, c := range s.r[a:b] {
			j.buf = appendCodePoint(j.buf, c)
		}
	}
}

// addObject appends a replacement, which must be a str for a str subject
// and bytes-like for a bytes one, or raises the join's TypeError.
func (j *joiner) addObject(t *core.Thread, o *core.Object) bool {
	j.pieces++
	if j.sub.isBytes {
		b, ok := bytesLike(t, o)
		if !ok {
			t.RaiseMsg(&core.TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", j.pieces-1, core.TypeName(o))
			return false
		}
		j.buf = append(j.buf, b...)
		return true
	}
	s, ok := core.StrValue(o)
	if !ok {
		t.RaiseMsg(&core.TypeErrorType, "sequence item %d: expected str instance, %s found", j.pieces-1, core.TypeName(o))
		return false
	}
	j.buf = append(j.buf, s...)
	return true
}

func (j *joiner) result(t *core.Thread) *core.Object {
	if j.sub.isBytes {
		return t.NewBytes(j.buf)
	}
	return t.NewStr(string(j.buf))
}

// literalTemplate reports whether repl is a str or bytes-like object
// without a backslash (ok is false when it is neither).
func literalTemplate(t *core.Thread, repl *core.Object) (literal, ok bool) {
	if s, isStr := core.StrValue(repl); isStr {
		return !strings.Contains(s, `\`), true
	}
	if b, isBytes := bytesLike(t, repl); isBytes {
		return !strings.Contains(string(b), `\`), true
	}
	return false, false
}
