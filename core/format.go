package core

import (
	"errors"
	"math/big"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pyfmt"
)

// Formatting glue on top of core/pyfmt: format() and the FORMAT_VALUE
// instruction (f-strings) with the Format slots of int, bool, float and
// str; the str.format method, whose field parsing (replacement fields,
// conversions, nested specs, attribute and index lookups) is the
// runtime's job since it looks objects up; and the % operator, for which
// pyfmt does the formatting and the runtime presents its objects.

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
		return t.StrOf(o)
	}
	s, ok := t.parseSpec(spec, o.typ)
	if !ok {
		return nil
	}
	return t.formatResult(pyfmt.FormatString(asStr(o).S, s))
}

// ---- str.format (CPython's Objects/stringlib/unicode_format.h) ----

func init() {
	StrType.def("format", strFormatMethod)
}

// maxFormatRecursion bounds the nesting of replacement fields inside
// format specs ("{:{width}}" is one level), as CPython does.
const maxFormatRecursion = 2

// formatArgs are the arguments of one str.format call, and its automatic
// field numbering state (shared with the fields nested in format specs).
type formatArgs struct {
	pos     []*Object
	kwnames []*Str
	kwvals  []*Object
	// auto is the next automatic field number; manual and automatic
	// numbering may not be mixed.
	auto       int
	usedAuto   bool
	usedManual bool
}

func strFormatMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	fa := &formatArgs{pos: args[1:npos], kwnames: kwnames, kwvals: args[npos:]}
	out, ok := t.vformat(asStr(args[0]).S, fa, maxFormatRecursion)
	if !ok {
		return nil
	}
	return t.NewStr(out)
}

// vformat expands a format string.
func (t *Thread) vformat(s string, fa *formatArgs, depth int) (string, bool) {
	if depth <= 0 {
		t.RaiseMsg(&ValueErrorType, "Max string recursion exceeded")
		return "", false
	}
	out := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '}':
			if i+1 < len(s) && s[i+1] == '}' {
				out = append(out, '}')
				i += 2
				continue
			}
			t.RaiseMsg(&ValueErrorType, "Single '}' encountered in format string")
			return "", false
		case c != '{':
			out = append(out, c)
			i++
			continue
		case i+1 < len(s) && s[i+1] == '{':
			out = append(out, '{')
			i += 2
			continue
		case i+1 == len(s):
			t.RaiseMsg(&ValueErrorType, "Single '{' encountered in format string")
			return "", false
		}
		f, next, ok := t.scanField(s, i+1)
		if !ok {
			return "", false
		}
		r, ok := t.renderField(f, fa, depth)
		if !ok {
			return "", false
		}
		out = append(out, r...)
		i = next
	}
	return string(out), true
}

// formatField is a replacement field split into its parts.
type formatField struct {
	name       string
	conversion byte // 0, or the byte after '!'
	spec       string
	// nested reports whether spec holds replacement fields to expand.
	nested bool
}

// scanField delimits the replacement field starting at s[i] (just after
// its '{'), with CPython's errors, and returns it and the index after its
// closing '}'.
func (t *Thread) scanField(s string, i int) (formatField, int, bool) {
	var f formatField
	start := i
	// The field name runs to ':', '!' or '}', except inside [brackets].
	for ; i < len(s); i++ {
		c := s[i]
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			if i == len(s) {
				break
			}
			continue
		}
		if c == '{' {
			t.RaiseMsg(&ValueErrorType, "unexpected '{' in field name")
			return f, 0, false
		}
		if c == ':' || c == '!' || c == '}' {
			break
		}
	}
	if i >= len(s) {
		t.RaiseMsg(&ValueErrorType, "expected '}' before end of string")
		return f, 0, false
	}
	f.name = s[start:i]
	if s[i] == '}' {
		return f, i + 1, true
	}
	if s[i] == '!' {
		i++
		if i == len(s) {
			t.RaiseMsg(&ValueErrorType, "end of string while looking for conversion specifier")
			return f, 0, false
		}
		f.conversion = s[i]
		i++
		if i < len(s) && s[i] != ':' && s[i] != '}' {
			t.RaiseMsg(&ValueErrorType, "expected ':' after conversion specifier")
			return f, 0, false
		}
		if i < len(s) && s[i] == '}' {
			return f, i + 1, true
		}
	}
	if i >= len(s) {
		t.RaiseMsg(&ValueErrorType, "unmatched '{' in format spec")
		return f, 0, false
	}
	// The spec runs from after the ':' to the '}' that balances the
	// field's '{'.
	i++
	specStart := i
	depth := 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '{':
			f.nested = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				f.spec = s[specStart:i]
				return f, i + 1, true
			}
		}
	}
	t.RaiseMsg(&ValueErrorType, "unmatched '{' in format spec")
	return f, 0, false
}

// renderField looks up, converts and formats one field.
func (t *Thread) renderField(f formatField, fa *formatArgs, depth int) (string, bool) {
	obj := t.fieldValue(f.name, fa)
	if obj == nil {
		return "", false
	}
	switch f.conversion {
	case 0:
	case 'r', 's', 'a':
		var conv *Object
		switch f.conversion {
		case 'r':
			conv = t.Repr(obj)
		case 's':
			conv = t.StrOf(obj)
		default:
			conv = t.asciiOf(obj)
		}
		t.Decref(obj)
		if conv == nil {
			return "", false
		}
		obj = conv
	default:
		t.Decref(obj)
		t.RaiseMsg(&ValueErrorType, "Unknown conversion specifier %s", string(rune(f.conversion)))
		return "", false
	}
	defer t.Decref(obj)
	spec := f.spec
	if f.nested {
		var ok bool
		if spec, ok = t.vformat(spec, fa, depth-1); !ok {
			return "", false
		}
	}
	r := t.Format(obj, spec)
	if r == nil {
		return "", false
	}
	if r.kind != KindStr {
		t.Decref(r)
		t.RaiseMsg(&TypeErrorType, "__format__ must return a str, not %s", r.typ.Name)
		return "", false
	}
	s := asStr(r).S
	t.Decref(r)
	return s, true
}

// fieldValue resolves a field name ("", "0", "name", "0.attr", "a[1][k]")
// to a new reference.
func (t *Thread) fieldValue(name string, fa *formatArgs) *Object {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	obj := t.fieldArg(name[:i], fa)
	if obj == nil {
		return nil
	}
	for i < len(name) {
		var next *Object
		if name[i] == '.' {
			j := i + 1
			for j < len(name) && name[j] != '.' && name[j] != '[' {
				j++
			}
			attr := name[i+1 : j]
			if attr == "" {
				t.Decref(obj)
				return t.RaiseMsg(&ValueErrorType, "Empty attribute in format string")
			}
			next = t.GetAttr(obj, Intern(attr))
			i = j
		} else if name[i] == '[' {
			j := i + 1
			for j < len(name) && name[j] != ']' {
				j++
			}
			if j == len(name) {
				t.Decref(obj)
				return t.RaiseMsg(&ValueErrorType, "Missing ']' in format string")
			}
			key := name[i+1 : j]
			if key == "" {
				t.Decref(obj)
				return t.RaiseMsg(&ValueErrorType, "Empty attribute in format string")
			}
			var k *Object
			if n, ok := fieldIndex(key); ok {
				k = t.NewInt(int64(n))
			} else {
				k = t.NewStr(key)
			}
			next = t.GetItem(obj, k)
			t.Decref(k)
			i = j + 1
		} else {
			t.Decref(obj)
			return t.RaiseMsg(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		t.Decref(obj)
		if next == nil {
			return nil
		}
		obj = next
	}
	return obj
}

// fieldIndex parses a field name part made only of decimal digits.
func fieldIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if n > (1<<62)/10 {
			return -1, true
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// fieldArg returns the argument a field's first part names: the next
// automatic one (empty), a positional index, or a keyword.
func (t *Thread) fieldArg(first string, fa *formatArgs) *Object {
	idx, numeric := fieldIndex(first)
	switch {
	case first == "":
		if fa.usedManual {
			return t.RaiseMsg(&ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		fa.usedAuto = true
		idx = fa.auto
		fa.auto++
	case numeric:
		if idx < 0 {
			return t.RaiseMsg(&ValueErrorType, "Too many decimal digits in format string")
		}
		if fa.usedAuto {
			return t.RaiseMsg(&ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		fa.usedManual = true
	default:
		for i, k := range fa.kwnames {
			if k.S == first {
				return t.NewRef(fa.kwvals[i])
			}
		}
		key := t.NewStr(first)
		t.Raise(t.NewException(&KeyErrorType, key))
		t.Decref(key)
		return nil
	}
	if idx >= len(fa.pos) {
		return t.RaiseMsg(&IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
	}
	return t.NewRef(fa.pos[idx])
}

// ---- printf-style formatting: str % args ----

func init() {
	StrType.Binary[bytecode.Mod] = strPercent
}

// errRaised tells pyfmt that a Python exception was raised while it asked
// for an argument's str or repr; the exception is already set on the
// thread.
var errRaised = errors.New("exception raised")

// strPercent is str's % operator: a tuple supplies the arguments, a mapping
// the %(name)s keys, anything else is the single argument.
func strPercent(t *Thread, a, b *Object) *Object {
	if a.kind != KindStr {
		return NotImplemented
	}
	var out string
	var err error
	switch {
	case b.kind == KindTuple:
		items := asTuple(b).Items
		var buf [8]pyfmt.PercentArg
		args := buf[:0]
		for _, it := range items {
			args = append(args, percentArg{t, it})
		}
		out, err = pyfmt.Percent(asStr(a).S, args)
	case b.kind != KindStr && b.typ.GetItem != nil:
		pm := &percentMapping{t: t, m: b}
		out, err = pyfmt.PercentMap(asStr(a).S, []pyfmt.PercentArg{percentArg{t, b}}, pm)
		t.releaseAll(pm.refs)
	default:
		out, err = pyfmt.Percent(asStr(a).S, []pyfmt.PercentArg{percentArg{t, b}})
	}
	if err != nil {
		if errors.Is(err, errRaised) {
			return nil
		}
		return t.raiseNum(err)
	}
	return t.NewStr(out)
}

// percentArg presents an object to pyfmt's % formatting.
type percentArg struct {
	t *Thread
	o *Object
}

// TypeName returns the object's type name.
func (a percentArg) TypeName() string { return a.o.typ.Name }

// Str returns str(o).
func (a percentArg) Str() (string, error) {
	s, ok := a.t.StrString(a.o)
	if !ok {
		return "", errRaised
	}
	return s, nil
}

// Repr returns repr(o).
func (a percentArg) Repr() (string, error) {
	s, ok := a.t.ReprString(a.o)
	if !ok {
		return "", errRaised
	}
	return s, nil
}

// Int returns the value of an int or bool.
func (a percentArg) Int() (int64, *big.Int, bool) {
	if !isIntLike(a.o) {
		return 0, nil, false
	}
	n := asInt(a.o)
	return n.V, n.Big, true
}

// Float returns the value of a float.
func (a percentArg) Float() (float64, bool) {
	if a.o.kind != KindFloat {
		return 0, false
	}
	return asFloat(a.o).V, true
}

// Text returns the value of a str.
func (a percentArg) Text() (string, bool) {
	if a.o.kind != KindStr {
		return "", false
	}
	return asStr(a.o).S, true
}

// percentMapping looks up %(name)s keys in a mapping operand. The values
// it hands out stay referenced (in refs) until the formatting ends.
type percentMapping struct {
	t    *Thread
	m    *Object
	refs []*Object
	// bytesKeys makes the keys bytes, for bytes formatting.
	bytesKeys bool
}

// Lookup returns m[key].
func (pm *percentMapping) Lookup(key string) (pyfmt.PercentArg, error) {
	var k *Object
	if pm.bytesKeys {
		k = pm.t.NewBytes([]byte(key))
	} else {
		k = pm.t.NewStr(key)
	}
	v := pm.t.GetItem(pm.m, k)
	pm.t.Decref(k)
	if v == nil {
		return nil, errRaised
	}
	pm.refs = append(pm.refs, v)
	return percentArg{pm.t, v}, nil
}
