package core

import (
	"fmt"
	"strings"
)

// Argument parsing for native functions and methods with keyword
// arguments, with CPython's messages. Two styles exist in CPython's C
// modules and their messages differ, so a Signature says which one it
// follows:
//
//   - Argument Clinic (most functions since 3.7; the default):
//     "f() takes at most 2 positional arguments (3 given)";
//   - PyArg_ParseTupleAndKeywords (older code: deque(), itertools.count()):
//     "f() takes at most 2 arguments (3 given)".
//
// Both report "f() missing required argument 'x' (pos 1)",
// "'x' is an invalid keyword argument for f()" and
// "argument for f() given by name ('x') and position (1)".
//
// Positional-only functions without keywords use ArgsRange (args.go), whose
// messages are METH_NOARGS', METH_O's and _PyArg_CheckPositional's.

// Signature is a parsed parameter list. Build it once (a package-level
// variable) with NewSignature or NewTupleSignature.
type Signature struct {
	// Name is the function's name as the messages show it ("isclose").
	Name   string
	params []string
	// req marks the parameters that must be given.
	req []bool
	// posOnly is the number of positional-only parameters, maxPos the
	// number that may be given by position, minPos the number of required
	// positional ones.
	posOnly, maxPos, minPos int
	tupleStyle              bool
}

// NewSignature parses an Argument Clinic style parameter list. Each
// parameter is a name; a name ending in "=" is optional (nil when not
// given: the function applies its default); "/" ends the positional-only
// parameters and "*" starts the keyword-only ones, as in a Python def.
// Required parameters must come before optional ones among the positional
// parameters. It panics on a malformed list (a programming error).
//
//	var iscloseSig = core.NewSignature("isclose", "a", "b", "*", "rel_tol=", "abs_tol=")
func NewSignature(name string, params ...string) *Signature {
	s := &Signature{Name: name}
	kwOnly, optional := false, false
	for _, p := range params {
		switch p {
		case "/":
			if kwOnly || s.posOnly > 0 {
				panic("core.NewSignature(" + name + "): misplaced /")
			}
			s.posOnly = len(s.params)
			continue
		case "*":
			kwOnly = true
			continue
		}
		opt := strings.HasSuffix(p, "=")
		p = strings.TrimSuffix(p, "=")
		if p == "" || strings.ContainsAny(p, "=/*") {
			panic("core.NewSignature(" + name + "): bad parameter " + p)
		}
		if !kwOnly {
			s.maxPos++
			if opt {
				optional = true
			} else if optional {
				panic("core.NewSignature(" + name + "): required parameter " + p + " after an optional one")
			} else {
				s.minPos++
			}
		}
		s.params = append(s.params, p)
		s.req = append(s.req, !opt)
	}
	return s
}

// NewTupleSignature is NewSignature for a function that CPython parses with
// PyArg_ParseTupleAndKeywords, whose "too many arguments" message counts
// all arguments.
func NewTupleSignature(name string, params ...string) *Signature {
	s := NewSignature(name, params...)
	s.tupleStyle = true
	return s
}

// Parse binds args (positional values followed by keyword values named by
// kwnames, as a BuiltinFunc receives them) to the parameters: out[i]
// receives a borrowed reference to parameter i, or nil when it was not
// given. It returns false with CPython's TypeError set.
func (s *Signature) Parse(t *Thread, args []*Object, kwnames []*Str, out ...**Object) bool {
	if len(out) != len(s.params) {
		panic(fmt.Sprintf("core.Signature.Parse(%s): %d outputs for %d parameters", s.Name, len(out), len(s.params)))
	}
	npos := len(args) - len(kwnames)
	if s.tupleStyle && len(args) > len(s.params) {
		kw := ""
		if npos == 0 {
			kw = "keyword "
		}
		t.RaiseMsg(&TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", s.Name, len(s.params), kw, plural(len(s.params)), len(args))
		return false
	}
	if npos > s.maxPos {
		switch {
		case s.maxPos == 0:
			t.RaiseMsg(&TypeErrorType, "%s() takes no positional arguments", s.Name)
		default:
			how := "exactly"
			if s.minPos < s.maxPos {
				how = "at most"
			}
			t.RaiseMsg(&TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.Name, how, s.maxPos, plural(s.maxPos), npos)
		}
		return false
	}
	if need := min(s.minPos, s.posOnly); npos < need {
		how := "exactly"
		if need < s.maxPos {
			how = "at least"
		}
		t.RaiseMsg(&TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.Name, how, need, plural(need), npos)
		return false
	}
	for i := range out {
		*out[i] = nil
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	// CPython reports a missing required argument before an unknown
	// keyword: remember the first unknown one for after that check.
	invalid := ""
	for k, kw := range kwnames {
		i := s.index(kw.S)
		if i < 0 {
			if invalid == "" {
				invalid = kw.S
			}
			continue
		}
		if *out[i] != nil {
			t.RaiseMsg(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.Name, kw.S, i+1)
			return false
		}
		*out[i] = args[npos+k]
	}
	for i, req := range s.req {
		if !req || *out[i] != nil {
			continue
		}
		t.RaiseMsg(&TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.Name, s.params[i], i+1)
		return false
	}
	if invalid != "" {
		t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", invalid, s.Name)
		return false
	}
	return true
}

// index returns the parameter that keyword name binds, or -1 (positional-only
// parameters cannot be given by keyword).
func (s *Signature) index(name string) int {
	for i := s.posOnly; i < len(s.params); i++ {
		if s.params[i] == name {
			return i
		}
	}
	return -1
}

// BadArgument raises Argument Clinic's TypeError for argument i (0-based)
// of the wrong type: "f() argument 'sep' must be str, not int" (by position
// for positional-only parameters: "f() argument 1 must be ..."). It returns
// nil.
func (s *Signature) BadArgument(t *Thread, i int, expected string, got *Object) *Object {
	what := fmt.Sprintf("argument %d", i+1)
	if i >= s.posOnly && i < len(s.params) {
		what = fmt.Sprintf("argument '%s'", s.params[i])
	}
	return t.RaiseMsg(&TypeErrorType, "%s() %s must be %s, not %s", s.Name, what, expected, got.typ.Name)
}

// Str returns argument i as a Go string, or raises BadArgument's error
// ("must be str").
func (s *Signature) Str(t *Thread, i int, o *Object) (string, bool) {
	if o.kind != KindStr {
		s.BadArgument(t, i, "str", o)
		return "", false
	}
	return asStr(o).S, true
}

// NoKeywords checks that a function that takes no keyword arguments got
// none: "f() takes no keyword arguments".
func (t *Thread) NoKeywords(name string, kwnames []*Str) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", name)
		return false
	}
	return true
}

// Positional splits a BuiltinFunc's arguments into the positional values
// and the keyword values (named by kwnames, in order).
func Positional(args []*Object, kwnames []*Str) (pos, kwvalues []*Object) {
	n := len(args) - len(kwnames)
	return args[:n], args[n:]
}
