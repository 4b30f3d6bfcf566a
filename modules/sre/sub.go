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
		var pieces []*core.Object
		defer func() { t.DecrefAll(pieces) }()
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
				pieces = append(pieces, sub.slice(t, i, b))
			}
			var item *core.Object
			if callable {
				m := p.newMatch(t, sub, s, true, nil)
				if m == nil {
					return nil
				}
				item = t.Call(filter, []*core.Object{m}, nil)
				t.Decref(m)
				if item == nil {
					return nil
				}
			} else {
				item = t.NewRef(filter)
			}
			if item != core.None {
				pieces = append(pieces, item)
			} else {
				t.Decref(item)
			}
			i = e
			n++
			s.advance()
		}
		if _, endpos := s.window(); i < endpos {
			pieces = append(pieces, sub.slice(t, i, endpos))
		}
		res := joinPieces(t, sub, pieces)
		if res == nil || !subn {
			return res
		}
		return t.TupleOwned(res, t.NewInt(n))
	}
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

// joinPieces joins the result pieces with the subject's empty string, as
// PyUnicode_Join (or bytes.join) does, with its messages for pieces of
// the wrong type.
func joinPieces(t *core.Thread, sub *subject, pieces []*core.Object) *core.Object {
	empty := sub.empty(t)
	if empty == nil || len(pieces) == 0 {
		return empty
	}
	list := t.ListOf(pieces...)
	res := t.CallMethod(empty, "join", list)
	t.Decref(list)
	t.Decref(empty)
	return res
}
