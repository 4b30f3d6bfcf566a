// Package string is CPython's _string module (Objects/stringlib/
// unicode_format.h's MarkupIterator and FieldNameIterator, exported by
// Objects/unicodeobject.c): the parsers behind string.Formatter, with
// CPython's results and ValueError messages.
package string

import (
	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("_string", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "string helper module")
	m.SetFunc(t, "formatter_parser", formatterParser)
	m.SetFunc(t, "formatter_field_name_split", fieldNameSplit)
	return true
}

// chunk is one result of formatter_parser.
type chunk struct {
	literal    string
	field      bool
	name, spec string
	conversion rune // 0: none
}

// parseMarkup splits a format string into chunks (MarkupIterator_next
// repeated; the whole string is parsed up front, so that an error is
// raised by the call that would have reached it... on the first next()).
func parseMarkup(s []rune) ([]chunk, string) {
	var out []chunk
	i := 0
	for i < len(s) {
		start := i
		var c rune
		markup := false
		for i < len(s) {
			c = s[i]
			i++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := i >= len(s)
		n := i - start
		if markup && c == '}' && (atEnd || s[i] != c) {
			return out, "Single '}' encountered in format string"
		}
		if markup && atEnd && c == '{' {
			return out, "Single '{' encountered in format string"
		}
		if markup && !atEnd {
			if s[i] == c {
				i++
				markup = false
			} else {
				n--
			}
		}
		ch := chunk{literal: string(s[start : start+n])}
		if !markup {
			out = append(out, ch)
			continue
		}
		if msg := parseField(s, &i, &ch); msg != "" {
			return out, msg
		}
		out = append(out, ch)
	}
	return out, ""
}

// parseField reads a field from s[*i:] up to its closing brace: its name,
// conversion and format spec (CPython's parse_field).
func parseField(s []rune, i *int, ch *chunk) string {
	ch.field = true
	start := *i
	var c rune
	for *i < len(s) {
		c = s[*i]
		*i++
		if c == '{' {
			return "unexpected '{' in field name"
		}
		if c == '[' {
			for *i < len(s) && s[*i] != ']' {
				*i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	ch.name = string(s[start:max(start, *i-1)])
	if c != '!' && c != ':' {
		if c != '}' {
			return "expected '}' before end of string"
		}
		return ""
	}
	if c == '!' {
		if *i >= len(s) {
			return "end of string while looking for conversion specifier"
		}
		ch.conversion = s[*i]
		*i++
		if *i < len(s) {
			c = s[*i]
			*i++
			if c == '}' {
				return ""
			}
			if c != ':' {
				return "expected ':' after conversion specifier"
			}
		}
	}
	specStart, count := *i, 1
	for *i < len(s) {
		c = s[*i]
		*i++
		switch c {
		case '{':
			count++
		case '}':
			count--
			if count == 0 {
				ch.spec = string(s[specStart : *i-1])
				return ""
			}
		}
	}
	return "unmatched '{' in format spec"
}

func formatterParser(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("formatter_parser", args, kwnames, 1, 1) {
		return nil
	}
	s, ok := core.StrValue(args[0])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "expected str, got %s", core.TypeName(args[0]))
	}
	chunks, msg := parseMarkup([]rune(s))
	items := make([]*core.Object, 0, len(chunks)+1)
	for _, ch := range chunks {
		var tup *core.Object
		if !ch.field {
			tup = t.TupleOwned(t.NewStr(ch.literal), t.NewRef(core.None), t.NewRef(core.None), t.NewRef(core.None))
		} else {
			conv := t.NewRef(core.None)
			if ch.conversion != 0 {
				t.Decref(conv)
				conv = t.NewStr(string(ch.conversion))
			}
			tup = t.TupleOwned(t.NewStr(ch.literal), t.NewStr(ch.name), t.NewStr(ch.spec), conv)
		}
		items = append(items, tup)
	}
	return newResultIter(t, items, msg)
}

// fieldNameSplit is formatter_field_name_split(name): the first part (an
// int when it is all digits) and an iterator of (is_attribute, key).
func fieldNameSplit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("formatter_field_name_split", args, kwnames, 1, 1) {
		return nil
	}
	str, ok := core.StrValue(args[0])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "expected str, got %s", core.TypeName(args[0]))
	}
	s := []rune(str)
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '[' {
		i++
	}
	first := key(t, s[:i])
	var items []*core.Object
	msg := ""
	for i < len(s) && msg == "" {
		c := s[i]
		i++
		switch c {
		case '.':
			start := i
			for i < len(s) && s[i] != '.' && s[i] != '[' {
				i++
			}
			if i == start {
				msg = "Empty attribute in format string"
				break
			}
			items = append(items, t.TupleOwned(t.NewRef(core.True), t.NewStr(string(s[start:i]))))
		case '[':
			start := i
			for i < len(s) && s[i] != ']' {
				i++
			}
			if i >= len(s) {
				msg = "Missing ']' in format string"
				break
			}
			k := s[start:i]
			i++
			if len(k) == 0 {
				msg = "Empty attribute in format string"
				break
			}
			items = append(items, t.TupleOwned(t.NewRef(core.False), key(t, k)))
			if i < len(s) && s[i] != '.' && s[i] != '[' {
				msg = "Only '.' or '[' may follow ']' in format field specifier"
			}
		}
	}
	return t.TupleOwned(first, newResultIterOf(t, fieldNameIterType, items, msg))
}

// key converts a field name part: an int when it is all ASCII digits.
func key(t *core.Thread, s []rune) *core.Object {
	if len(s) == 0 {
		return t.NewStr("")
	}
	v := int64(0)
	for _, r := range s {
		if r < '0' || r > '9' || v > (1<<62)/10 {
			return t.NewStr(string(s))
		}
		v = v*10 + int64(r-'0')
	}
	return t.NewInt(v)
}
