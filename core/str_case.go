package core

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// str methods about case, character classes and padding: upper, lower,
// casefold, capitalize, title, swapcase, the is* predicates, center,
// ljust, rjust, zfill, expandtabs.
//
// Simplification: case mapping uses Go's Unicode tables (simple mappings)
// plus the full mappings of SpecialCasing.txt that change the length of
// common text (ß, the Latin ligatures, İ, ŉ, ǰ, ΐ, ΰ, և) and Greek final
// sigma. The character classes follow Python's definitions over Go's
// tables; characters whose properties changed between Unicode 14 (CPython
// 3.11) and Go's version may classify differently.

func init() {
	StrType.def("upper", strMapper("upper"))
	StrType.def("lower", strMapper("lower"))
	StrType.def("casefold", strMapper("casefold"))
	StrType.def("swapcase", strMapper("swapcase"))
	StrType.def("capitalize", strMapper("capitalize"))
	StrType.def("title", strMapper("title"))
	StrType.def("isdigit", strPredicate("isdigit", isDigitRune, false))
	StrType.def("isdecimal", strPredicate("isdecimal", isDecimalRune, false))
	StrType.def("isnumeric", strPredicate("isnumeric", isNumericRune, false))
	StrType.def("isalpha", strPredicate("isalpha", unicode.IsLetter, false))
	StrType.def("isalnum", strPredicate("isalnum", isAlnumRune, false))
	StrType.def("isspace", strPredicate("isspace", pyIsSpace, false))
	StrType.def("isascii", strPredicate("isascii", func(r rune) bool { return r < utf8.RuneSelf }, true))
	StrType.def("isprintable", strPredicate("isprintable", isPrintable, true))
	StrType.def("isupper", strWhole("isupper", isUpperStr))
	StrType.def("islower", strWhole("islower", isLowerStr))
	StrType.def("istitle", strWhole("istitle", isTitleStr))
	StrType.def("isidentifier", strWhole("isidentifier", isIdentifier))
	StrType.def("center", strPadder("center"))
	StrType.def("ljust", strPadder("ljust"))
	StrType.def("rjust", strPadder("rjust"))
	StrType.def("zfill", strZfill)
	StrType.def("expandtabs", strExpandTabs)
}

// upperSpecial and lowerSpecial are the full case mappings that expand a
// character (SpecialCasing.txt, unconditional entries).
var upperSpecial = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
	'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
}

var titleSpecial = map[rune]string{
	'ß': "Ss", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "Եւ",
	'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
}

func toUpperFull(b []byte, r rune) []byte {
	if s, ok := upperSpecial[r]; ok {
		return append(b, s...)
	}
	return utf8.AppendRune(b, unicode.ToUpper(r))
}

func toTitleFull(b []byte, r rune) []byte {
	if s, ok := titleSpecial[r]; ok {
		return append(b, s...)
	}
	return utf8.AppendRune(b, unicode.ToTitle(r))
}

// toLowerAt lowercases s's character r at byte offset i, applying the
// Final_Sigma rule: a capital sigma that ends a word becomes ς.
func toLowerAt(b []byte, s string, i int, r rune) []byte {
	switch r {
	case 'İ':
		return append(b, "i̇"...)
	case 'Σ':
		if finalSigma(s, i) {
			return append(b, "ς"...)
		}
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// finalSigma reports whether the sigma at byte offset i is preceded by a
// cased letter and not followed by one (skipping case-ignorable marks).
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if isCaseIgnorable(r) {
			continue
		}
		before = isCased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + len("Σ"); j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if isCaseIgnorable(r) {
			continue
		}
		return !isCased(r)
	}
	return true
}

func isCaseIgnorable(r rune) bool {
	return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`' || r == 0xb7 ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func isLowerRune(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func isCased(r rune) bool     { return isLowerRune(r) || isUpperRune(r) || unicode.IsTitle(r) }

// strMapper makes the case-mapping methods, with an ASCII fast path for
// upper, lower and casefold.
func strMapper(name string) BuiltinFunc {
	qual := "str." + name
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.noArgs(qual, args, kwnames) {
			return nil
		}
		s := selfStr(args)
		if s.isASCII() {
			switch name {
			case "upper":
				return t.strResult(strings.ToUpper(s.S))
			case "lower", "casefold":
				return t.strResult(strings.ToLower(s.S))
			}
		}
		b := make([]byte, 0, len(s.S))
		prevCased := false
		for i, r := range s.S {
			switch name {
			case "upper":
				b = toUpperFull(b, r)
			case "lower":
				b = toLowerAt(b, s.S, i, r)
			case "casefold":
				if r == 'ß' {
					b = append(b, "ss"...)
				} else {
					b = toLowerAt(b, s.S, i, r)
				}
			case "swapcase":
				switch {
				case isUpperRune(r):
					b = toLowerAt(b, s.S, i, r)
				case isLowerRune(r):
					b = toUpperFull(b, r)
				default:
					b = utf8.AppendRune(b, r)
				}
			case "capitalize":
				if i == 0 {
					b = toTitleFull(b, r)
				} else {
					b = toLowerAt(b, s.S, i, r)
				}
			case "title":
				if prevCased {
					b = toLowerAt(b, s.S, i, r)
				} else {
					b = toTitleFull(b, r)
				}
				prevCased = isCased(r)
			}
		}
		return t.strResult(string(b))
	}
}

// strPredicate makes an is* method that holds when every character passes
// (and, unless emptyTrue, the str is not empty).
func strPredicate(name string, pass func(rune) bool, emptyTrue bool) BuiltinFunc {
	qual := "str." + name
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.noArgs(qual, args, kwnames) {
			return nil
		}
		s := selfStr(args).S
		if s == "" {
			return Bool(emptyTrue)
		}
		for _, r := range s {
			if !pass(r) {
				return False
			}
		}
		return True
	}
}

// strWhole makes an is* method that looks at the str as a whole.
func strWhole(name string, test func(string) bool) BuiltinFunc {
	qual := "str." + name
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.noArgs(qual, args, kwnames) {
			return nil
		}
		return Bool(test(selfStr(args).S))
	}
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

// digitNo lists the characters of category No whose Numeric_Type is Digit
// (superscripts, subscripts, circled digits...): str.isdigit accepts them.
var digitNo = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00b2, Hi: 0x00b3, Stride: 1}, {Lo: 0x00b9, Hi: 0x00b9, Stride: 1},
		{Lo: 0x1369, Hi: 0x1371, Stride: 1}, {Lo: 0x19da, Hi: 0x19da, Stride: 1},
		{Lo: 0x2070, Hi: 0x2070, Stride: 1}, {Lo: 0x2074, Hi: 0x2079, Stride: 1},
		{Lo: 0x2080, Hi: 0x2089, Stride: 1}, {Lo: 0x2460, Hi: 0x2468, Stride: 1},
		{Lo: 0x2474, Hi: 0x247c, Stride: 1}, {Lo: 0x2488, Hi: 0x2490, Stride: 1},
		{Lo: 0x24ea, Hi: 0x24ea, Stride: 1}, {Lo: 0x24f5, Hi: 0x24fd, Stride: 1},
		{Lo: 0x24ff, Hi: 0x24ff, Stride: 1}, {Lo: 0x2776, Hi: 0x277e, Stride: 1},
		{Lo: 0x2780, Hi: 0x2788, Stride: 1}, {Lo: 0x278a, Hi: 0x2792, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10a40, Hi: 0x10a43, Stride: 1}, {Lo: 0x1f100, Hi: 0x1f10a, Stride: 1},
	},
}

func isDigitRune(r rune) bool { return isDecimalRune(r) || unicode.Is(digitNo, r) }

// hanNumerals are the CJK ideographs with a numeric value (category Lo):
// str.isnumeric accepts them.
const hanNumerals = "〇一二三四五六七八九十百千万億兆零廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬兩"

func isNumericRune(r rune) bool {
	return unicode.IsNumber(r) || (r >= 0x3007 && strings.ContainsRune(hanNumerals, r))
}

func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || isNumericRune(r) }

func isUpperStr(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerRune(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isUpperRune(r)
	}
	return cased
}

func isLowerStr(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperRune(r) || unicode.IsTitle(r) {
			return false
		}
		cased = cased || isLowerRune(r)
	}
	return cased
}

func isTitleStr(s string) bool {
	cased, prev := false, false
	for _, r := range s {
		switch {
		case isUpperRune(r) || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case isLowerRune(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// isIdentifier approximates XID_Start/XID_Continue with Go's categories.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) {
			return false
		}
	}
	return true
}

// fillArg returns the fill character argument of center, ljust and rjust.
func (t *Thread) fillArg(args []*Object) (string, bool) {
	if len(args) < 3 {
		return " ", true
	}
	f := args[2]
	if f.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "The fill character must be a unicode character, not %s", f.typ.Name)
		return "", false
	}
	if asStr(f).runeLen() != 1 {
		t.RaiseMsg(&TypeErrorType, "The fill character must be exactly one character long")
		return "", false
	}
	return asStr(f).S, true
}

// strPadder makes center, ljust and rjust.
func strPadder(name string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args[1:], kwnames, 1, 2) {
			return nil
		}
		width, ok := t.indexArg(args[1])
		if !ok {
			return nil
		}
		fill, ok := t.fillArg(args)
		if !ok {
			return nil
		}
		s := selfStr(args)
		n := int64(s.runeLen())
		if n >= width {
			return strStr(t, args[0])
		}
		if width > maxRepeatBytes/4 {
			return t.RaiseMsg(&MemoryErrorType, "")
		}
		marg := width - n
		var left int64
		switch name {
		case "center":
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		return t.NewStr(strings.Repeat(fill, int(left)) + s.S + strings.Repeat(fill, int(marg-left)))
	}
}

func strZfill(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("str.zfill", args, kwnames) {
		return nil
	}
	width, ok := t.indexArg(args[1])
	if !ok {
		return nil
	}
	s := selfStr(args)
	n := int64(s.runeLen())
	if n >= width {
		return strStr(t, args[0])
	}
	if width > maxRepeatBytes {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	zeros := strings.Repeat("0", int(width-n))
	if s.S != "" && (s.S[0] == '+' || s.S[0] == '-') {
		return t.NewStr(s.S[:1] + zeros + s.S[1:])
	}
	return t.NewStr(zeros + s.S)
}

func strExpandTabs(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("expandtabs", kwnames, "tabsize") {
		return nil
	}
	var sizeArg *Object
	if !t.ParseArgs("expandtabs", args[1:], kwnames, []string{"tabsize"}, 0, &sizeArg) {
		return nil
	}
	size := int64(8)
	if sizeArg != nil {
		var ok bool
		if size, ok = t.indexArg(sizeArg); !ok {
			return nil
		}
	}
	s := selfStr(args).S
	if !strings.ContainsRune(s, '\t') {
		return strStr(t, args[0])
	}
	var b strings.Builder
	col := int64(0)
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				pad := size - col%size
				if int64(b.Len())+pad > maxRepeatBytes {
					return t.RaiseMsg(&MemoryErrorType, "")
				}
				b.WriteString(strings.Repeat(" ", int(pad)))
				col += pad
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return t.NewStr(b.String())
}
