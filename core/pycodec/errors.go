package pycodec

import (
	"fmt"
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

// Error is a UnicodeEncodeError (Encode) or UnicodeDecodeError: the codec,
// the input, the failing range [Start, End) and the reason, as CPython's
// exception objects carry them.
type Error struct {
	Encode   bool
	Encoding string
	// Data is the input of a decoder; Text the input of an encoder, as code
	// points. Start and End index them.
	Data       []byte
	Text       []rune
	Start, End int
	Reason     string
}

// Error returns CPython's str() of the exception.
func (e *Error) Error() string {
	if e.Encode {
		if e.Start < len(e.Text) && e.End == e.Start+1 {
			c := e.Text[e.Start]
			var esc string
			switch {
			case c <= 0xff:
				esc = fmt.Sprintf(`\x%02x`, c)
			case c <= 0xffff:
				esc = fmt.Sprintf(`\u%04x`, c)
			default:
				esc = fmt.Sprintf(`\U%08x`, c)
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", e.Encoding, esc, e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
	}
	if e.Start < len(e.Data) && e.End == e.Start+1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Encoding, e.Data[e.Start], e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
}

// HandlerKind identifies an error handler.
type HandlerKind uint8

// The error handlers. Custom is one the program registered
// (codecs.register_error), called through Handler.Call.
const (
	Strict HandlerKind = iota
	Ignore
	Replace
	BackslashReplace
	XMLCharRefReplace
	NameReplace
	SurrogateEscape
	SurrogatePass
	Custom
)

var handlerNames = map[string]HandlerKind{
	"strict": Strict, "ignore": Ignore, "replace": Replace,
	"backslashreplace": BackslashReplace, "xmlcharrefreplace": XMLCharRefReplace,
	"namereplace": NameReplace, "surrogateescape": SurrogateEscape,
	"surrogatepass": SurrogatePass,
}

// BuiltinHandler returns the kind of a built-in error handler's name.
func BuiltinHandler(name string) (HandlerKind, bool) {
	k, ok := handlerNames[name]
	return k, ok
}

// Replacement is what an error handler returns: the text (or, for an
// encoder, bytes) to put in place of the failing range, and the position
// to resume at (negative: counted from the end of the input).
type Replacement struct {
	Text    string
	Bytes   []byte
	IsBytes bool
	Pos     int
}

// Handler is the error handler a codec applies.
type Handler struct {
	Kind HandlerKind
	// Call resolves an error for a Custom handler; it returns an error to
	// abort the codec (the runtime's own, for an exception the handler
	// raised, or the *Error itself for a handler that re-raises it).
	Call func(e *Error) (Replacement, error)
}

// Handlers for the built-in names, shared by callers that need no Custom.
var (
	StrictHandler          = &Handler{Kind: Strict}
	IgnoreHandler          = &Handler{Kind: Ignore}
	ReplaceHandler         = &Handler{Kind: Replace}
	SurrogateEscapeHandler = &Handler{Kind: SurrogateEscape}
	SurrogatePassHandler   = &Handler{Kind: SurrogatePass}
	BackslashHandler       = &Handler{Kind: BackslashReplace}
)

// NewHandler returns the handler for an errors argument. A name that is
// not built in is resolved by lookup, which is called only when an error
// occurs (as CPython looks the name up at the first error: an unknown
// name is no error while the input is clean).
func NewHandler(name string, lookup func(name string) (func(e *Error) (Replacement, error), error)) *Handler {
	if k, ok := handlerNames[name]; ok {
		switch k {
		case Strict:
			return StrictHandler
		case Ignore:
			return IgnoreHandler
		case Replace:
			return ReplaceHandler
		}
		return &Handler{Kind: k}
	}
	h := &Handler{Kind: Custom}
	var fn func(e *Error) (Replacement, error)
	h.Call = func(e *Error) (Replacement, error) {
		if fn == nil {
			f, err := lookup(name)
			if err != nil {
				return Replacement{}, err
			}
			fn = f
		}
		return fn(e)
	}
	return h
}

// Resolve applies a handler to an error as CPython's generic handler
// functions (PyCodec_StrictErrors and friends, or the program's own) do.
// Codecs call it for every handler they do not treat inline.
func (h *Handler) Resolve(e *Error) (Replacement, error) {
	if h.Kind == Custom {
		return h.Call(e)
	}
	return ApplyBuiltin(h.Kind, e)
}

// errWrongType is the TypeError a built-in handler raises for an exception
// it cannot handle.
func errWrongType(e *Error) error {
	name := "UnicodeDecodeError"
	if e.Encode {
		name = "UnicodeEncodeError"
	}
	return &pynum.Error{Kind: pynum.TypeError, Msg: "don't know how to handle " + name + " in error callback"}
}

// ApplyBuiltin is the built-in handler k applied to e, as the functions of
// CPython's Python/codecs.c are (codecs.lookup_error(name)(exc)).
func ApplyBuiltin(k HandlerKind, e *Error) (Replacement, error) {
	switch k {
	case Strict:
		return Replacement{}, e
	case Ignore:
		return Replacement{Pos: e.End}, nil
	case Replace:
		if e.Encode {
			return Replacement{Text: repeatByte('?', e.End-e.Start), Pos: e.End}, nil
		}
		return Replacement{Text: "\ufffd", Pos: e.End}, nil
	case XMLCharRefReplace:
		if !e.Encode {
			return Replacement{}, errWrongType(e)
		}
		var b []byte
		for _, c := range e.Text[e.Start:e.End] {
			b = append(b, "&#"...)
			b = strconv.AppendInt(b, int64(c), 10)
			b = append(b, ';')
		}
		return Replacement{Text: string(b), Pos: e.End}, nil
	case BackslashReplace:
		var b []byte
		if !e.Encode {
			for _, c := range e.Data[e.Start:e.End] {
				b = appendHexEscape(b, 'x', rune(c), 2)
			}
		} else {
			for _, c := range e.Text[e.Start:e.End] {
				b = appendCharEscape(b, c)
			}
		}
		return Replacement{Text: string(b), Pos: e.End}, nil
	case NameReplace:
		if !e.Encode {
			return Replacement{}, errWrongType(e)
		}
		var b []byte
		for _, c := range e.Text[e.Start:e.End] {
			if name := CharName(c); name != "" {
				b = append(b, `\N{`...)
				b = append(b, name...)
				b = append(b, '}')
				continue
			}
			b = appendCharEscape(b, c)
		}
		return Replacement{Text: string(b), Pos: e.End}, nil
	case SurrogateEscape:
		if e.Encode {
			b := make([]byte, 0, e.End-e.Start)
			for _, c := range e.Text[e.Start:e.End] {
				if c < 0xdc80 || c > 0xdcff {
					return Replacement{}, e
				}
				b = append(b, byte(c-0xdc00))
			}
			return Replacement{Bytes: b, IsBytes: true, Pos: e.End}, nil
		}
		var b []byte
		n := 0
		for n < 4 && n < e.End-e.Start && e.Data[e.Start+n] >= 0x80 {
			b = pynum.AppendRune(b, 0xdc00+rune(e.Data[e.Start+n]))
			n++
		}
		if n == 0 {
			return Replacement{}, e
		}
		return Replacement{Text: string(b), Pos: e.Start + n}, nil
	case SurrogatePass:
		return surrogatePass(e)
	}
	return Replacement{}, e
}

// Standard encodings surrogatepass knows (get_standard_encoding).
const (
	encUnknown = iota
	encUTF8
	encUTF16BE
	encUTF16LE
	encUTF32BE
	encUTF32LE
)

func standardEncoding(name string) (code, width int) {
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	if name == "CP_UTF8" {
		return encUTF8, 3
	}
	if len(name) < 3 || lower(name[0]) != 'u' || lower(name[1]) != 't' || lower(name[2]) != 'f' {
		return encUnknown, 0
	}
	s := name[3:]
	if len(s) > 0 && (s[0] == '-' || s[0] == '_') {
		s = s[1:]
	}
	if s == "8" {
		return encUTF8, 3
	}
	var be, le int
	switch {
	case len(s) >= 2 && s[:2] == "16":
		be, le, width = encUTF16BE, encUTF16LE, 2
	case len(s) >= 2 && s[:2] == "32":
		be, le, width = encUTF32BE, encUTF32LE, 4
	default:
		return encUnknown, 0
	}
	s = s[2:]
	if s == "" {
		return le, width // the native order of the machines rcvm runs on
	}
	if s[0] == '-' || s[0] == '_' {
		s = s[1:]
	}
	if len(s) == 2 && lower(s[1]) == 'e' {
		switch lower(s[0]) {
		case 'b':
			return be, width
		case 'l':
			return le, width
		}
	}
	return encUnknown, 0
}

func surrogatePass(e *Error) (Replacement, error) {
	code, width := standardEncoding(e.Encoding)
	if code == encUnknown {
		return Replacement{}, e
	}
	if e.Encode {
		b := make([]byte, 0, width*(e.End-e.Start))
		for _, c := range e.Text[e.Start:e.End] {
			if !pynum.IsSurrogate(c) {
				return Replacement{}, e
			}
			b = appendUnit(b, code, c)
		}
		return Replacement{Bytes: b, IsBytes: true, Pos: e.End}, nil
	}
	var c rune
	p := e.Data[e.Start:]
	if len(p) >= width {
		switch code {
		case encUTF8:
			if p[0]&0xf0 == 0xe0 && p[1]&0xc0 == 0x80 && p[2]&0xc0 == 0x80 {
				c = rune(p[0]&0x0f)<<12 | rune(p[1]&0x3f)<<6 | rune(p[2]&0x3f)
			}
		case encUTF16LE:
			c = rune(p[1])<<8 | rune(p[0])
		case encUTF16BE:
			c = rune(p[0])<<8 | rune(p[1])
		case encUTF32LE:
			c = rune(uint32(p[3])<<24 | uint32(p[2])<<16 | uint32(p[1])<<8 | uint32(p[0]))
		case encUTF32BE:
			c = rune(uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3]))
		}
	}
	if !pynum.IsSurrogate(c) {
		return Replacement{}, e
	}
	return Replacement{Text: pynum.RuneString(c), Pos: e.Start + width}, nil
}

// appendUnit appends c in one of the standard encodings (surrogates too).
func appendUnit(b []byte, code int, c rune) []byte {
	switch code {
	case encUTF8:
		return append(b, 0xe0|byte(c>>12), 0x80|byte(c>>6)&0x3f, 0x80|byte(c)&0x3f)
	case encUTF16LE:
		return append(b, byte(c), byte(c>>8))
	case encUTF16BE:
		return append(b, byte(c>>8), byte(c))
	case encUTF32LE:
		return append(b, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return append(b, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}

func repeatByte(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

const hexDigits = "0123456789abcdef"

func appendHexEscape(b []byte, kind byte, c rune, width int) []byte {
	b = append(b, '\\', kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(c>>uint(shift))&0xf])
	}
	return b
}

// appendCharEscape appends \xhh, \uhhhh or \Uhhhhhhhh for c.
func appendCharEscape(b []byte, c rune) []byte {
	switch {
	case c >= 0x10000:
		return appendHexEscape(b, 'U', c, 8)
	case c >= 0x100:
		return appendHexEscape(b, 'u', c, 4)
	}
	return appendHexEscape(b, 'x', c, 2)
}

// errPosition is the IndexError for a handler's position outside the input.
func errPosition(pos int) error {
	return &pynum.Error{Kind: pynum.IndexError, Msg: fmt.Sprintf("position %d from error handler out of bounds", pos)}
}

// newPos resolves a handler's resume position against an input of length n.
func newPos(pos, n int) (int, error) {
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return 0, errPosition(pos)
	}
	return pos, nil
}
