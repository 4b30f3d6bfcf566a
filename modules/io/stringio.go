package io

import (
	"strings"

	"github.com/rcvm/rcvm/core"
)

// stringIO is _io.StringIO: a text buffer of code points with a position,
// and the newline translation of its newline argument.
type stringIO struct {
	textIOBase
	lk  core.ContainerLock
	buf []rune
	pos int64
	// newline is the argument ("\n" by default); universal is newline
	// None (translate on write, split on "\n"); readAny is newline ""
	// (split on "\r", "\n" and "\r\n").
	newline            string
	universal, readAny bool
	seenCR, seenLF     bool
	seenCRLF           bool
	closed             bool
}

var stringIOType *core.Type

var stringIOSig = core.NewSignature("StringIO", "initial_value=", "newline=")

func init() {
	makeBases()
	m := func(name string, fn func(t *core.Thread, s *stringIO, args []*core.Object) *core.Object, min, max int) core.MethodDef {
		return core.MethodDef{Name: name, Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			if !t.ArgsRange(name, args[1:], kwnames, min, max) {
				return nil
			}
			s := ptr[stringIO](args[0])
			s.lk.Lock(t)
			defer s.lk.Unlock(t)
			if s.closed && name != "close" {
				return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file")
			}
			return fn(t, s, args[1:])
		}}
	}
	stringIOType = core.NewType[stringIO](core.TypeSpec{
		Name: "_io.StringIO", Base: textIOBaseType, Subclassable: true,
		Doc: "Text I/O implementation using an in-memory buffer.",
		Slots: core.Slots{
			New: func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
				s := core.Alloc[stringIO](t, cls)
				s.newline = "\n"
				return &s.Object
			},
			Iter: func(t *core.Thread, o *core.Object) *core.Object {
				if ptr[stringIO](o).closed {
					return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file")
				}
				return t.NewRef(o)
			},
			Next: func(t *core.Thread, o *core.Object) *core.Object {
				s := ptr[stringIO](o)
				s.lk.Lock(t)
				defer s.lk.Unlock(t)
				if s.closed {
					return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file")
				}
				line := s.readline(-1)
				if len(line) == 0 {
					return nil
				}
				return t.NewStr(string(line))
			},
		},
		Init: stringIOInit,
		GetSets: []core.GetSetDef{
			{Name: "closed", Get: func(t *core.Thread, o *core.Object) *core.Object { return core.Bool(ptr[stringIO](o).closed) }},
			{Name: "line_buffering", Get: func(t *core.Thread, o *core.Object) *core.Object { return core.False }},
			{Name: "newlines", Get: stringIONewlines},
		},
		Methods: []core.MethodDef{
			m("getvalue", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return t.NewStr(string(s.buf)) }, 0, 0),
			m("read", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				n, ok := sizeArg(t, a, 0)
				if !ok {
					return nil
				}
				if s.pos >= int64(len(s.buf)) {
					return t.NewStr("")
				}
				rest := s.buf[s.pos:]
				if n >= 0 && n < int64(len(rest)) {
					rest = rest[:n]
				}
				s.pos += int64(len(rest))
				return t.NewStr(string(rest))
			}, 0, 1),
			m("readline", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				n, ok := sizeArg(t, a, 0)
				if !ok {
					return nil
				}
				return t.NewStr(string(s.readline(n)))
			}, 0, 1),
			m("readlines", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				hint, ok := sizeArg(t, a, 0)
				if !ok {
					return nil
				}
				l := t.NewList(0)
				total := int64(0)
				for {
					line := s.readline(-1)
					if len(line) == 0 {
						break
					}
					o := t.NewStr(string(line))
					l.Append(t, o)
					t.Decref(o)
					total += int64(len(line))
					if hint > 0 && total >= hint {
						break
					}
				}
				return &l.Object
			}, 0, 1),
			m("write", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				v, ok := core.StrValue(a[0])
				if !ok {
					return t.RaiseMsg(&core.TypeErrorType, "string argument expected, got '%s'", a[0].Type().Name)
				}
				n := len([]rune(v))
				s.write(v)
				return t.NewInt(int64(n))
			}, 1, 1),
			m("writelines", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				items, ok := t.Collect(a[0])
				if !ok {
					return nil
				}
				defer t.DecrefAll(items)
				for _, it := range items {
					v, ok := core.StrValue(it)
					if !ok {
						return t.RaiseMsg(&core.TypeErrorType, "string argument expected, got '%s'", it.Type().Name)
					}
					s.write(v)
				}
				return core.None
			}, 1, 1),
			m("seek", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				pos, ok := t.AsInt64(a[0])
				if !ok {
					return nil
				}
				whence := int64(0)
				if len(a) > 1 {
					if whence, ok = t.AsInt64(a[1]); !ok {
						return nil
					}
				}
				switch {
				case whence < 0 || whence > 2:
					return t.RaiseMsg(&core.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
				case whence == 0 && pos < 0:
					return t.RaiseMsg(&core.ValueErrorType, "Negative seek position %d", pos)
				case whence != 0 && pos != 0:
					return t.RaiseMsg(&core.OSErrorType, "Can't do nonzero cur-relative seeks")
				case whence == 1:
					pos = s.pos
				case whence == 2:
					pos = int64(len(s.buf))
				}
				s.pos = pos
				return t.NewInt(pos)
			}, 1, 2),
			m("tell", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return t.NewInt(s.pos) }, 0, 0),
			m("truncate", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				size := s.pos
				if len(a) > 0 && a[0] != core.None {
					var ok bool
					if size, ok = t.AsInt64(a[0]); !ok {
						return nil
					}
					if size < 0 {
						return t.RaiseMsg(&core.ValueErrorType, "Negative size value %d", size)
					}
				}
				if size < int64(len(s.buf)) {
					s.buf = s.buf[:size]
				}
				return t.NewInt(size)
			}, 0, 1),
			m("close", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object {
				s.closed, s.buf = true, nil
				return core.None
			}, 0, 0),
			m("flush", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return core.None }, 0, 0),
			m("isatty", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return core.False }, 0, 0),
			m("readable", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("writable", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("seekable", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("__enter__", func(t *core.Thread, s *stringIO, a []*core.Object) *core.Object { return t.NewRef(&s.Object) }, 0, 0),
			{Name: "__exit__", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				s := ptr[stringIO](args[0])
				s.lk.Lock(t)
				s.closed, s.buf = true, nil
				s.lk.Unlock(t)
				return core.None
			}},
		},
	})
}

func stringIOInit(t *core.Thread, self *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	var init, nl *core.Object
	if !stringIOSig.Parse(t, args, kwnames, &init, &nl) {
		return false
	}
	s := ptr[stringIO](self)
	newline, universal := "\n", false
	if nl != nil {
		if nl == core.None {
			newline, universal = "", true
		} else if v, ok := core.StrValue(nl); ok {
			newline = v
		} else {
			t.RaiseMsg(&core.TypeErrorType, "newline must be str or None, not %s", nl.Type().Name)
			return false
		}
	}
	if !universal {
		switch newline {
		case "", "\n", "\r", "\r\n":
		default:
			r, _ := t.ReprString(nl)
			t.RaiseMsg(&core.ValueErrorType, "illegal newline value: %s", r)
			return false
		}
	}
	var initial string
	if init != nil && init != core.None {
		v, ok := core.StrValue(init)
		if !ok {
			t.RaiseMsg(&core.TypeErrorType, "initial_value must be str or None, not %s", init.Type().Name)
			return false
		}
		initial = v
	}
	s.lk.Lock(t)
	defer s.lk.Unlock(t)
	s.newline, s.universal, s.readAny = newline, universal, !universal && newline == ""
	s.buf, s.pos, s.closed = nil, 0, false
	s.seenCR, s.seenLF, s.seenCRLF = false, false, false
	if initial != "" {
		s.write(initial)
		s.pos = 0
	}
	return true
}

// write translates newlines as the newline argument says, then writes at
// the position, padding with NULs past the end.
func (s *stringIO) write(v string) {
	switch {
	case s.universal:
		s.noteNewlines(v)
		v = strings.ReplaceAll(v, "\r\n", "\n")
		v = strings.ReplaceAll(v, "\r", "\n")
	case s.newline == "\r" || s.newline == "\r\n":
		v = strings.ReplaceAll(v, "\n", s.newline)
	}
	r := []rune(v)
	end := s.pos + int64(len(r))
	for int64(len(s.buf)) < s.pos {
		s.buf = append(s.buf, 0)
	}
	if end > int64(len(s.buf)) {
		s.buf = append(s.buf, make([]rune, end-int64(len(s.buf)))...)
	}
	copy(s.buf[s.pos:], r)
	s.pos = end
}

// noteNewlines records the kinds of newline seen (the newlines attribute
// of a universal-newlines StringIO).
func (s *stringIO) noteNewlines(v string) {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '\r':
			if i+1 < len(v) && v[i+1] == '\n' {
				s.seenCRLF = true
				i++
			} else {
				s.seenCR = true
			}
		case '\n':
			s.seenLF = true
		}
	}
}

func stringIONewlines(t *core.Thread, o *core.Object) *core.Object {
	s := ptr[stringIO](o)
	if !s.universal {
		return core.None
	}
	var kinds []string
	if s.seenCR {
		kinds = append(kinds, "\r")
	}
	if s.seenLF {
		kinds = append(kinds, "\n")
	}
	if s.seenCRLF {
		kinds = append(kinds, "\r\n")
	}
	switch len(kinds) {
	case 0:
		return core.None
	case 1:
		return t.NewStr(kinds[0])
	}
	items := make([]*core.Object, len(kinds))
	for i, k := range kinds {
		items[i] = t.NewStr(k)
	}
	return t.TupleOwned(items...)
}

// readline returns the next line, at most n code points when n >= 0.
func (s *stringIO) readline(n int64) []rune {
	if s.pos >= int64(len(s.buf)) {
		return nil
	}
	rest := s.buf[s.pos:]
	end := len(rest)
	switch {
	case s.readAny:
		for i, c := range rest {
			if c == '\n' {
				end = i + 1
				break
			}
			if c == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
	default:
		term := []rune(s.newline)
		if s.universal {
			term = []rune{'\n'}
		}
		for i := range rest {
			if i+len(term) <= len(rest) && string(rest[i:i+len(term)]) == string(term) {
				end = i + len(term)
				break
			}
		}
	}
	if n >= 0 && n < int64(end) {
		end = int(n)
	}
	s.pos += int64(end)
	return rest[:end]
}
