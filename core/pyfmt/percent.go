package pyfmt

import (
	"math"
	"math/big"
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

// PercentArg is one argument of printf-style formatting, implemented by the
// runtime for its objects (or by the Arg values of this package). Each
// method is cheap except Str and Repr, which are only called for %s, %r and
// %a.
type PercentArg interface {
	// TypeName is the Python type name, for error messages.
	TypeName() string
	// Str returns str(x); err is any exception __str__ raised.
	Str() (string, error)
	// Repr returns repr(x); err is any exception __repr__ raised.
	Repr() (string, error)
	// Int reports whether x is an int (bool included) and its value: in
	// small when big is nil, else in big.
	Int() (small int64, big *big.Int, ok bool)
	// Float reports whether x is a float and its value.
	Float() (float64, bool)
	// Text reports whether x is a str and its value (for %c).
	Text() (string, bool)
}

// PercentMapping resolves the keys of %(name)s conversions; the runtime
// implements it for a dict (or any mapping) right operand.
type PercentMapping interface {
	// Lookup returns mapping[key]; err is the exception raised (KeyError).
	Lookup(key string) (PercentArg, error)
}

// Percent returns format % args for a str format. The runtime passes a
// tuple's items as args and any other right operand as a one-element args.
// Errors are CPython 3.11's: TypeError "not enough arguments for format
// string", "not all arguments converted during string formatting", "%d
// format: a real number is required, not str"; ValueError "unsupported
// format character 'y' (0x79) at index 1", "incomplete format"; and the
// errors raised by the arguments' Str and Repr.
func Percent(format string, args []PercentArg) (string, error) {
	return PercentMap(format, args, nil)
}

// PercentMap is Percent when the right operand is a mapping (not a tuple or
// str): args is then that one operand and m reads its keys. As in CPython,
// a mapping operand never raises "not all arguments converted".
func PercentMap(format string, args []PercentArg, m PercentMapping) (string, error) {
	f := percentFormatter{format: format, args: args, mapping: m}
	return f.run()
}

type percentFormatter struct {
	format  string
	args    []PercentArg
	next    int
	mapping PercentMapping
	out     []byte
	// bytesMode formats bytes (PEP 461): the format and the output are
	// bytes, lengths count bytes, and %s, %b, %c, %r take bytes' rules.
	bytesMode bool
}

// BytesPercentArg is an argument of bytes formatting (PEP 461).
type BytesPercentArg interface {
	PercentArg
	// Bytes returns the bytes of a bytes-like object or of x.__bytes__(),
	// for %s and %b; ok is false when x is neither.
	Bytes() (b []byte, ok bool, err error)
	// Byte returns the byte of a bytes or bytearray of length 1, for %c.
	Byte() (byte, bool)
}

// PercentBytes returns format % args for a bytes format (bytes.__mod__,
// CPython's _PyBytes_FormatEx); m is non-nil when the right operand is a
// mapping, as for PercentMap. The arguments must implement
// BytesPercentArg.
func PercentBytes(format []byte, args []PercentArg, m PercentMapping) ([]byte, error) {
	f := percentFormatter{format: string(format), args: args, mapping: m, bytesMode: true}
	out, err := f.run()
	return []byte(out), err
}

// Conversion flags.
const (
	fLJust = 1 << iota
	fSign
	fBlank
	fAlt
	fZero
)

func typeError(msg string) error  { return &pynum.Error{Kind: pynum.TypeError, Msg: msg} }
func valueError(msg string) error { return &pynum.Error{Kind: pynum.ValueError, Msg: msg} }

var (
	errNotEnough    = typeError("not enough arguments for format string")
	errIncomplete   = valueError("incomplete format")
	errStarWantsInt = typeError("* wants int")
)

func (f *percentFormatter) run() (string, error) {
	f.out = make([]byte, 0, len(f.format)+16)
	pos := 0
	for pos < len(f.format) {
		i := pos
		for i < len(f.format) && f.format[i] != '%' {
			i++
		}
		f.out = append(f.out, f.format[pos:i]...)
		if i == len(f.format) {
			break
		}
		next, err := f.conversion(i + 1)
		if err != nil {
			return "", err
		}
		pos = next
	}
	if f.mapping == nil && f.next < len(f.args) {
		if f.bytesMode {
			return "", typeError("not all arguments converted during bytes formatting")
		}
		return "", typeError("not all arguments converted during string formatting")
	}
	return string(f.out), nil
}

func (f *percentFormatter) nextArg() (PercentArg, error) {
	if f.next >= len(f.args) {
		return nil, errNotEnough
	}
	f.next++
	return f.args[f.next-1], nil
}

// conversion formats the conversion whose '%' is just before p and returns
// the position after it.
func (f *percentFormatter) conversion(p int) (int, error) {
	s := f.format
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	if at(p) == '%' {
		f.out = append(f.out, '%')
		return p + 1, nil
	}
	if at(p) == '(' {
		if f.mapping == nil {
			return 0, typeError("format requires a mapping")
		}
		depth, start := 1, p+1
		p++
		for ; depth > 0 && p < len(s); p++ {
			switch s[p] {
			case ')':
				depth--
			case '(':
				depth++
			}
		}
		if depth > 0 {
			return 0, valueError("incomplete format key")
		}
		v, err := f.mapping.Lookup(s[start : p-1])
		if err != nil {
			return 0, err
		}
		// The looked-up value becomes the only argument, as in CPython.
		f.args, f.next = []PercentArg{v}, 0
	}
	flags := 0
flagLoop:
	for ; p < len(s); p++ {
		switch s[p] {
		case '-':
			flags |= fLJust
		case '+':
			flags |= fSign
		case ' ':
			flags |= fBlank
		case '#':
			flags |= fAlt
		case '0':
			flags |= fZero
		default:
			break flagLoop
		}
	}
	width, prec := -1, -1
	if at(p) == '*' {
		w, err := f.starArg(false)
		if err != nil {
			return 0, err
		}
		if w < 0 {
			flags |= fLJust
			w = -w
		}
		width = w
		p++
	} else if isASCIIDigit(at(p)) {
		width = 0
		for ; isASCIIDigit(at(p)); p++ {
			d := int(at(p) - '0')
			if width > (math.MaxInt64-d)/10 {
				return 0, valueError("width too big")
			}
			width = width*10 + d
		}
	}
	if at(p) == '.' {
		prec = 0
		p++
		if at(p) == '*' {
			v, err := f.starArg(true)
			if err != nil {
				return 0, err
			}
			prec = max(v, 0)
			p++
		} else {
			for ; isASCIIDigit(at(p)); p++ {
				d := int(at(p) - '0')
				if prec > (math.MaxInt32-d)/10 {
					return 0, valueError("precision too big")
				}
				prec = prec*10 + d
			}
		}
	}
	if c := at(p); c == 'h' || c == 'l' || c == 'L' {
		p++
	}
	if p >= len(s) {
		return 0, errIncomplete
	}
	c, size := pynum.DecodeRune(s[p:])
	if f.bytesMode {
		c, size = rune(s[p]), 1
	}
	arg, err := f.nextArg()
	if err != nil {
		return 0, err
	}
	text, numeric, err := f.convert(arg, c, flags, prec, p)
	if err != nil {
		return 0, err
	}
	if width > MaxOutput {
		return 0, errTooLarge
	}
	f.out = appendPadded(f.out, text, c, flags, width, prec, numeric, f.bytesMode)
	return p + size, nil
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// starArg reads the int argument of a '*' width or precision.
func (f *percentFormatter) starArg(precision bool) (int, error) {
	v, err := f.nextArg()
	if err != nil {
		return 0, err
	}
	small, large, ok := v.Int()
	if !ok {
		return 0, errStarWantsInt
	}
	limit, what := int64(math.MaxInt64), "ssize_t"
	if precision {
		limit, what = math.MaxInt32, "int"
	}
	if large != nil || small > limit || small < -limit-1 {
		return 0, &pynum.Error{Kind: pynum.OverflowError, Msg: "Python int too large to convert to C " + what}
	}
	return int(small), nil
}

// convert produces the text of one conversion before padding; numeric is
// true for the conversions whose sign and '0' flag the padding handles.
func (f *percentFormatter) convert(arg PercentArg, c rune, flags, prec, p int) (text string, numeric bool, err error) {
	if f.bytesMode {
		switch c {
		case 's', 'b':
			return formatPercentBytes(arg)
		case 'r', 'a':
			text, err = arg.Repr()
			return EscapeNonASCII(text), false, err
		case 'c':
			return formatPercentByte(arg)
		}
	}
	switch c {
	case 's':
		text, err = arg.Str()
	case 'r':
		text, err = arg.Repr()
	case 'a':
		text, err = arg.Repr()
		text = EscapeNonASCII(text)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		if prec > MaxOutput {
			return "", true, errTooLarge
		}
		text, err = formatPercentInt(arg, byte(c), flags&fAlt != 0, prec)
		numeric = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		if prec > MaxOutput {
			return "", true, errTooLarge
		}
		text, err = formatPercentFloat(arg, byte(c), flags&fAlt != 0, prec)
		numeric = true
	case 'c':
		text, err = formatPercentChar(arg)
	default:
		shown := "?"
		if c >= 31 && c <= 126 {
			shown = string(c)
		}
		if f.bytesMode && c >= 0x80 {
			// CPython formats the message with the byte as a signed
			// char, which %c then rejects.
			return "", false, &pynum.Error{Kind: pynum.OverflowError, Msg: "character argument not in range(0x110000)"}
		}
		index := p
		if !f.bytesMode {
			index = pynum.RuneCount(f.format[:p])
		}
		err = valueError("unsupported format character '" + shown + "' (0x" +
			strconv.FormatInt(int64(c), 16) + ") at index " + strconv.Itoa(index))
	}
	return text, numeric, err
}

// formatPercentInt is CPython's mainformatlong and _PyUnicode_FormatLong:
// digits in base 10, 8 or 16 with a '-' sign, the 0o/0x/0X prefix under
// '#', and zeros up to prec digits.
func formatPercentInt(arg PercentArg, c byte, alt bool, prec int) (string, error) {
	small, large, ok := arg.Int()
	if !ok {
		if c == 'o' || c == 'x' || c == 'X' {
			return "", typeError("%" + string(c) + " format: an integer is required, not " + arg.TypeName())
		}
		fv, isFloat := arg.Float()
		if !isFloat {
			return "", typeError("%" + string(c) + " format: a real number is required, not " + arg.TypeName())
		}
		if small, ok = pynum.FloatToInt64(fv); !ok {
			var err error
			if large, err = pynum.FloatToInt(fv); err != nil {
				return "", err
			}
		}
	}
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var buf [72]byte
	var digits []byte
	neg := false
	if large != nil {
		if base == 10 {
			if err := pynum.CheckIntToStr(large); err != nil {
				return "", err
			}
		}
		neg = large.Sign() < 0
		digits = new(big.Int).Abs(large).Append(nil, base)
	} else {
		u := uint64(small)
		if small < 0 {
			neg, u = true, -u
		}
		digits = strconv.AppendUint(buf[:0], u, base)
	}
	out := make([]byte, 0, len(digits)+4+max(prec-len(digits), 0))
	if neg {
		out = append(out, '-')
	}
	if alt && base != 10 {
		out = append(out, '0', c) // 0o, 0x or 0X
	}
	out = appendZeros(out, prec-len(digits))
	for _, d := range digits {
		if c == 'X' && d >= 'a' {
			d -= 'a' - 'A'
		}
		out = append(out, d)
	}
	return string(out), nil
}

// formatPercentFloat formats a float (or an int converted to float) as
// CPython's formatfloat does: default precision 6, '#' keeps the point.
func formatPercentFloat(arg PercentArg, c byte, alt bool, prec int) (string, error) {
	fv, ok := arg.Float()
	if !ok {
		small, large, isInt := arg.Int()
		if !isInt {
			return "", typeError("must be real number, not " + arg.TypeName())
		}
		fv = float64(small)
		if large != nil {
			var err error
			if fv, err = pynum.BigToFloat(large); err != nil {
				return "", err
			}
		}
	}
	if prec < 0 {
		prec = 6
	}
	var flags dtoaFlags
	if alt {
		flags = dtAlt
	}
	return string(appendDouble(nil, fv, c, prec, flags)), nil
}

// formatPercentBytes is bytes' %s and %b: a bytes-like object or one with
// __bytes__.
func formatPercentBytes(arg PercentArg) (string, bool, error) {
	ba, _ := arg.(BytesPercentArg)
	if ba == nil {
		return "", false, typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + arg.TypeName() + "'")
	}
	b, ok, err := ba.Bytes()
	if err != nil {
		return "", false, err
	}
	if !ok {
		return "", false, typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + arg.TypeName() + "'")
	}
	return string(b), false, nil
}

// formatPercentByte is bytes' %c: an int in range(256) or a single byte.
func formatPercentByte(arg PercentArg) (string, bool, error) {
	if ba, ok := arg.(BytesPercentArg); ok {
		if c, ok := ba.Byte(); ok {
			return string([]byte{c}), false, nil
		}
	}
	small, large, ok := arg.Int()
	if !ok {
		return "", false, typeError("%c requires an integer in range(256) or a single byte")
	}
	if large != nil || small < 0 || small > 255 {
		return "", false, &pynum.Error{Kind: pynum.OverflowError, Msg: "%c arg not in range(256)"}
	}
	return string([]byte{byte(small)}), false, nil
}

// formatPercentChar is %c: a str of one character, or an int code point.
func formatPercentChar(arg PercentArg) (string, error) {
	if t, ok := arg.Text(); ok {
		if t == "" {
			return "", typeError("%c requires int or char")
		}
		if _, size := pynum.DecodeRune(t); size != len(t) {
			return "", typeError("%c requires int or char")
		}
		return t, nil
	}
	small, large, ok := arg.Int()
	if !ok {
		return "", typeError("%c requires int or char")
	}
	if large != nil || small < 0 || small > 0x10ffff {
		return "", &pynum.Error{Kind: pynum.OverflowError, Msg: "%c arg not in range(0x110000)"}
	}
	return string(appendRune(nil, rune(small))), nil
}

// appendPadded lays out one conversion's text in its width, as CPython's
// unicode_format_arg_output does: %s, %r and %a are cut to the precision;
// numbers take the sign from their text or from the + and space flags, and
// the '0' flag pads with zeros after the sign and the 0x/0o prefix.
func appendPadded(out []byte, text string, c rune, flags, width, prec int, numeric, bytesMode bool) []byte {
	n := len(text)
	if !bytesMode {
		n = runeLen(text)
	}
	if (c == 's' || c == 'r' || c == 'a' || bytesMode && c == 'b') && prec >= 0 && n > prec {
		if bytesMode {
			text = text[:prec]
		} else {
			text = truncate(text, prec)
		}
		n = prec
	}
	if (width < 0 || width <= n) && flags&(fSign|fBlank) == 0 {
		return append(out, text...)
	}
	fill := byte(' ')
	if numeric && flags&fZero != 0 {
		fill = '0'
	}
	var sign byte
	if numeric {
		switch {
		case text != "" && (text[0] == '-' || text[0] == '+'):
			sign = text[0]
			text = text[1:]
			n--
		case flags&fSign != 0:
			sign = '+'
		case flags&fBlank != 0:
			sign = ' '
		}
	}
	if width < n {
		width = n
	}
	if sign != 0 {
		if fill != ' ' {
			out = append(out, sign)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if flags&fAlt != 0 && (c == 'x' || c == 'X' || c == 'o') {
		prefix, text = text[:2], text[2:]
		if fill != ' ' {
			out = append(out, prefix...)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && flags&fLJust == 0 {
		out = appendFill(out, rune(fill), width-n)
		width = n
	}
	if fill == ' ' {
		if sign != 0 {
			out = append(out, sign)
		}
		out = append(out, prefix...)
	}
	out = append(out, text...)
	return appendFill(out, ' ', width-n)
}
