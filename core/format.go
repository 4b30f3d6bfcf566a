package core

import (
	"github.com/rcvm/rcvm/core/pyfmt"
)

// Formatting glue: format(), the FORMAT_VALUE instruction (f-strings) and
// the Format slots of int, bool, float and str, on top of core/pyfmt's
// format-spec mini-language. str.format is in format_str.go and the %
// operator in format_percent.go.

// Format returns format(o, spec): the type's Format slot; for types
// without one, str(o) when spec is empty, a TypeError otherwise (as
// object.__format__ does).
func (t *Thread) Format(o *Object, spec string) *Object {
	if o.typ.Format != nil {
		return o.typ.Format(t, o, spec)
	}
	if spec == "" {
		return t.StrOf(o)
	}
	return t.RaiseMsg(&TypeErrorType, "unsupported format string passed to %s.__format__", o.typ.Name)
}

func init() {
	StrType.Format = strFormat
}

// formatResult turns a pyfmt result into a str object.
func (t *Thread) formatResult(s string, err error) *Object {
	if err != nil {
		return t.raiseNum(err)
	}
	return t.NewStr(s)
}

// parseSpec parses a format spec for an object of type tp.
func (t *Thread) parseSpec(spec string, tp *Type) (pyfmt.Spec, bool) {
	s, err := pyfmt.ParseSpec(spec)
	if err != nil {
		t.raiseNum(err)
		return s, false
	}
	s.TypeName = tp.Name
	return s, true
}

// intFormat is format(int, spec), and format(bool, spec): an empty spec is
// str(), so that format(True) is 'True' while format(True, 'd') is '1'.
func intFormat(t *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return t.StrOf(o)
	}
	s, ok := t.parseSpec(spec, o.typ)
	if !ok {
		return nil
	}
	n := asInt(o)
	if n.Big == nil {
		return t.formatResult(pyfmt.FormatInt64(n.V, s))
	}
	return t.formatResult(pyfmt.FormatInt(n.Big, s))
}

// floatFormat is format(float, spec).
func floatFormat(t *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return t.Repr(o)
	}
	s, ok := t.parseSpec(spec, o.typ)
	if !ok {
		return nil
	}
	return t.formatResult(pyfmt.FormatFloat(asFloat(o).V, s))
}

// strFormat is format(str, spec).
func strFormat(t *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return t.NewRef(o)
	}
	s, ok := t.parseSpec(spec, o.typ)
	if !ok {
		return nil
	}
	return t.formatResult(pyfmt.FormatString(asStr(o).S, s))
}
