package sre

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/modules/sre/engine"
)

// subject is a string being matched, in the form the engine runs on: the
// bytes of a bytes-like object or of a pure-ASCII str (whose bytes are its
// code points), or the code points of any other str. Positions are
// character indices either way, as CPython's are.
type subject struct {
	obj     *core.Object // borrowed from the caller, or held by its owner
	isBytes bool
	text    string // a str's UTF-8
	b       []byte // bytes-like contents, or an ASCII str's bytes
	r       []rune // a non-ASCII str's code points
	n       int    // length in characters
}

// getSubject prepares o for matching (CPython's getstring): a str or a
// bytes-like object, else TypeError.
func getSubject(t *core.Thread, o *core.Object) (*subject, bool) {
	if s, ok := core.StrValue(o); ok {
		sub := &subject{obj: o, text: s}
		if core.StrIsASCII(o) {
			sub.b = unsafe.Slice(unsafe.StringData(s), len(s))
			sub.n = len(s)
		} else {
			sub.r = codePoints(s)
			sub.n = len(sub.r)
		}
		return sub, true
	}
	if b, ok := bytesLike(t, o); ok {
		return &subject{obj: o, isBytes: true, b: b, n: len(b)}, true
	}
	t.RaiseMsg(&core.TypeErrorType, "expected string or bytes-like object, got '%s'", core.TypeName(o))
	return nil, false
}

// bytesLike returns the contents of a bytes-like object (bytes, bytearray,
// memoryview, anything exporting a buffer), or false.
func bytesLike(t *core.Thread, o *core.Object) ([]byte, bool) { return t.BytesLike(o) }

// release ends the use of the subject's memory (a bytes-like object's
// buffer view).
func (s *subject) release(t *core.Thread) {}

// ascii reports whether the engine runs on the subject's bytes.
func (s *subject) bytesForm() bool { return s.r == nil }

// slice returns the characters [i, j) as a new str or bytes.
func (s *subject) slice(t *core.Thread, i, j int) *core.Object {
	if s.isBytes {
		return newBytes(t, s.obj, s.b, i, j)
	}
	if i == 0 && j == s.n && s.obj.Type() == &core.StrType {
		// PyUnicode_Substring returns an exact str itself.
		return t.NewRef(s.obj)
	}
	if s.r == nil {
		return t.NewStr(s.text[i:j])
	}
	return t.NewStr(fromCodePoints(s.r[i:j]))
}

// The conversions between a str's text and its code points. rcvm's str
// holds UTF-8 (h-bytes extends it to lone surrogates in their three-byte
// form: these three must then follow it).

func codePoints(s string) []rune { return []rune(s) }

func fromCodePoints(r []rune) string { return string(r) }

func appendCodePoint(b []byte, r rune) []byte { return utf8.AppendRune(b, r) }

// empty returns the subject type's empty string (” or b”).
func (s *subject) empty(t *core.Thread) *core.Object { return s.slice(t, 0, 0) }

// newBytes makes bytes from b[i:j]: the whole of an exact bytes object is
// returned itself, as CPython's getslice does; a part of one shares its
// (immutable) memory; other bytes-like objects can change, so their parts
// are copied.
func newBytes(t *core.Thread, obj *core.Object, b []byte, i, j int) *core.Object {
	if obj.Type() == &core.BytesType {
		if i == 0 && j == len(b) {
			return t.NewRef(obj)
		}
		return t.NewBytes(b[i:j:j])
	}
	return t.NewBytesCopy(b[i:j])
}

// session is one engine State over the subject's form: bytes or code points.
type session struct {
	sb *engine.State[byte]
	sr *engine.State[rune]
}

// newSession starts matching p over sub between pos and endpos, with a
// State from the pool (its stacks are reused from call to call).
func newSession(p *pattern, sub *subject, pos, endpos int64) *session {
	ps, pe := clampPos(pos, sub.n), clampPos(endpos, sub.n)
	s := &session{}
	if sub.bytesForm() {
		s.sb = byteStates.Get().(*engine.State[byte])
		s.sb.Init(p.prog, sub.b, ps, pe)
	} else {
		s.sr = runeStates.Get().(*engine.State[rune])
		s.sr.Init(p.prog, sub.r, ps, pe)
	}
	return s
}

var (
	byteStates = sync.Pool{New: func() any { return new(engine.State[byte]) }}
	runeStates = sync.Pool{New: func() any { return new(engine.State[rune]) }}
)

// done hands the session's State back to the pool; the session must not
// be used afterwards. States that grew large stacks are left to the
// collector.
func (s *session) done() {
	if s.sb != nil {
		if s.sb.Release() {
			byteStates.Put(s.sb)
		}
		s.sb = nil
	} else if s.sr != nil {
		if s.sr.Release() {
			runeStates.Put(s.sr)
		}
		s.sr = nil
	}
}

func clampPos(v int64, n int) int {
	if v < 0 {
		return 0
	}
	if v > int64(n) {
		return n
	}
	return int(v)
}

func (s *session) match(all bool) (bool, error) {
	if s.sb != nil {
		s.sb.MatchAll = all
		return s.sb.Match()
	}
	s.sr.MatchAll = all
	return s.sr.Match()
}

func (s *session) search() (bool, error) {
	if s.sb != nil {
		return s.sb.Search()
	}
	return s.sr.Search()
}

func (s *session) reset() {
	if s.sb != nil {
		s.sb.Reset()
	} else {
		s.sr.Reset()
	}
}

// span is where the last success matched.
func (s *session) span() (start, end int) {
	if s.sb != nil {
		return s.sb.Start, s.sb.Ptr
	}
	return s.sr.Start, s.sr.Ptr
}

// advance moves the start past the last match, forbidding an empty match
// at the same place next (CPython's must_advance).
func (s *session) advance() {
	if s.sb != nil {
		s.sb.MustAdvance = s.sb.Ptr == s.sb.Start
		s.sb.Start = s.sb.Ptr
	} else {
		s.sr.MustAdvance = s.sr.Ptr == s.sr.Start
		s.sr.Start = s.sr.Ptr
	}
}

// startAt and window give the current start and the (clamped) pos/endpos.
func (s *session) startAt() int {
	if s.sb != nil {
		return s.sb.Start
	}
	return s.sr.Start
}

func (s *session) window() (pos, endpos int) {
	if s.sb != nil {
		return s.sb.Pos, s.sb.EndPos
	}
	return s.sr.Pos, s.sr.EndPos
}

func (s *session) spans(dst []int) ([]int, error) {
	if s.sb != nil {
		return s.sb.Spans(dst)
	}
	return s.sr.Spans(dst)
}

func (s *session) group(g int) (int, int, bool, error) {
	if s.sb != nil {
		return s.sb.Group(g)
	}
	return s.sr.Group(g)
}

func (s *session) lastIndex() int {
	if s.sb != nil {
		return s.sb.LastIndex()
	}
	return s.sr.LastIndex()
}

// raiseEngineError raises the Python exception for an engine error, as
// CPython's pattern_error does.
func raiseEngineError(t *core.Thread, err error) *core.Object {
	switch err {
	case engine.ErrMemory:
		return t.RaiseWith(&core.MemoryErrorType)
	case engine.ErrWrongSpan:
		return t.RaiseMsg(&core.SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module.")
	case errInterrupted:
		// The exception is already set.
		return nil
	}
	return t.RaiseMsg(&core.RuntimeErrorType, "internal error in regular expression engine")
}
