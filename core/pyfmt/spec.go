package pyfmt

import (
	"math"
	"unicode/utf8"

	"github.com/rcvm/rcvm/core/pynum"
)

// MaxOutput bounds the width and precision a format may ask for: a larger
// result raises MemoryError (see the package comment).
const MaxOutput = 1 << 28

// Spec is a parsed format specification,
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Absent parts are zero, except Width and Precision, which are -1. The
// defaults that depend on the formatted type (the presentation type, the
// alignment, what the 0 flag means) are applied by FormatInt, FormatFloat
// and FormatString.
type Spec struct {
	Fill      rune // fill character, 0 when not given
	Align     byte // '<', '>', '=', '^', or 0
	Sign      byte // '+', '-', ' ', or 0
	NoNegZero bool // 'z': show a float that rounds to zero without its sign
	Alternate bool // '#'
	ZeroPad   bool // the '0' before the width (only when no fill was given)
	Width     int  // -1 when not given
	Grouping  byte // ',' or '_', or 0
	Precision int  // -1 when not given
	Type      rune // presentation type, 0 when not given

	// TypeName names the formatted object's type in error messages; the
	// formatters use "int", "float" or "str" when it is empty. The runtime
	// sets it for bool and subclasses ("Unknown format code 'x' for object
	// of type 'bool'").
	TypeName string

	raw     string // the whole spec, for "Invalid format specifier"
	invalid bool   // more than one character followed the precision
}

func specError(msg string) error { return &pynum.Error{Kind: pynum.ValueError, Msg: msg} }

// ParseSpec parses a format specification. The errors it reports are the
// ones CPython finds before it looks at the type being formatted ("Too many
// decimal digits in format string", "Cannot specify both ',' and '_'.",
// "Format specifier missing precision"); the rest ("Invalid format
// specifier ... for object of type ...", "Cannot specify ',' with 's'.")
// come from the Format functions, in CPython's order.
func ParseSpec(spec string) (Spec, error) {
	s := Spec{Width: -1, Precision: -1, raw: spec}
	p := 0
	peek := func(i int) (rune, int) {
		if i >= len(spec) {
			return -1, 0
		}
		return pynum.DecodeRune(spec[i:])
	}
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	c0, n0 := peek(0)
	if c1, n1 := peek(n0); n0 > 0 && isAlign(c1) {
		s.Fill, s.Align = c0, byte(c1)
		p = n0 + n1
	} else if isAlign(c0) {
		s.Align = byte(c0)
		p = n0
	}
	if c, _ := peek(p); c == '+' || c == '-' || c == ' ' {
		s.Sign = byte(c)
		p++
	}
	if c, _ := peek(p); c == 'z' {
		s.NoNegZero = true
		p++
	}
	if c, _ := peek(p); c == '#' {
		s.Alternate = true
		p++
	}
	if c, _ := peek(p); c == '0' && s.Fill == 0 {
		s.ZeroPad = true
		p++
	}
	var n int
	var err error
	if s.Width, n, err = parseNumber(spec, p); err != nil {
		return Spec{}, err
	}
	p += n
	if c, _ := peek(p); c == ',' {
		s.Grouping = ','
		p++
	}
	if c, _ := peek(p); c == '_' {
		if s.Grouping != 0 {
			return Spec{}, specError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		p++
	}
	if c, _ := peek(p); c == ',' && s.Grouping == '_' {
		return Spec{}, specError("Cannot specify both ',' and '_'.")
	}
	if c, _ := peek(p); c == '.' {
		p++
		if s.Precision, n, err = parseNumber(spec, p); err != nil {
			return Spec{}, err
		}
		if n == 0 {
			return Spec{}, specError("Format specifier missing precision")
		}
		p += n
	}
	if c, n := peek(p); n > 0 {
		if p+n < len(spec) {
			s.invalid = true
		} else {
			s.Type = c
		}
	}
	return s, nil
}

// parseNumber reads the decimal digits (any Unicode decimal digits, as
// CPython accepts) at spec[p:]: the value, -1 when there are none, and the
// number of bytes read.
func parseNumber(spec string, p int) (v, n int, err error) {
	v = -1
	for p+n < len(spec) {
		c, size := pynum.DecodeRune(spec[p+n:])
		d := pynum.DecimalValue(c)
		if d < 0 {
			break
		}
		if v < 0 {
			v = 0
		}
		if v > (math.MaxInt64-d)/10 {
			return 0, 0, specError("Too many decimal digits in format string")
		}
		v = v*10 + d
		n += size
	}
	return v, n, nil
}

// kindDefaults are the type-dependent defaults of CPython's
// parse_internal_render_format_spec.
type kindDefaults struct {
	name  string
	typ   rune
	align byte
}

var (
	intDefaults   = kindDefaults{"int", 'd', '>'}
	floatDefaults = kindDefaults{"float", 0, '>'}
	strDefaults   = kindDefaults{"str", 's', '<'}
)

// resolve applies the type's defaults and the checks CPython makes at the
// end of parsing: the invalid-specifier error, the default type and
// alignment, the meaning of the 0 flag, and which types allow grouping.
func (s Spec) resolve(k kindDefaults) (Spec, error) {
	if s.TypeName == "" {
		s.TypeName = k.name
	}
	if s.invalid {
		return s, specError("Invalid format specifier '" + s.raw + "' for object of type '" + s.TypeName + "'")
	}
	if s.Type == 0 {
		s.Type = k.typ
	}
	if s.ZeroPad {
		s.Fill = '0'
		if s.Align == 0 && k.align == '>' {
			s.Align = '='
		}
	}
	if s.Fill == 0 {
		s.Fill = ' '
	}
	if s.Align == 0 {
		s.Align = k.align
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping != '_' {
				return s, groupingError(s.Grouping, s.Type)
			}
		default:
			return s, groupingError(s.Grouping, s.Type)
		}
	}
	return s, nil
}

// errTooLarge is raised for a width or precision beyond MaxOutput.
var errTooLarge = &pynum.Error{Kind: pynum.MemoryError}

// showCode renders a presentation type in an error message as CPython does:
// printable ASCII as itself, anything else as \x followed by its hex code.
func showCode(c rune) string {
	if c > 32 && c < 128 {
		return string(c)
	}
	const hexdigits = "0123456789abcdef"
	var b []byte
	for v := uint32(c); ; v >>= 4 {
		b = append([]byte{hexdigits[v&0xf]}, b...)
		if v < 16 {
			break
		}
	}
	return `\x` + string(b)
}

func groupingError(g byte, typ rune) error {
	return specError("Cannot specify '" + string(g) + "' with '" + showCode(typ) + "'.")
}

func unknownCode(typ rune, typeName string) error {
	return specError("Unknown format code '" + showCode(typ) + "' for object of type '" + typeName + "'")
}

// runeLen counts code points the way Python's len does.
func runeLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return pynum.RuneCount(s)
		}
	}
	return len(s)
}
