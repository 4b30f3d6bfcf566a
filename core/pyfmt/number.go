package pyfmt

import "unicode/utf8"

// number is a formatted number split the way CPython's calc_number_widths
// sees it: sign, prefix, integer digits (which grouping and zero padding
// apply to), an optional decimal point, and the rest (fraction, exponent,
// '%', or the character of a 'c' format).
type number struct {
	neg     bool
	prefix  string
	digits  []byte
	decimal bool
	rest    []byte
}

// appendNumber lays n out in the spec's width: padding, sign, prefix, zero
// padding and grouping of the digits, as CPython's fill_number does. s must
// be resolved.
func appendNumber(dst []byte, n number, s Spec) []byte {
	var sign byte
	switch {
	case n.neg:
		sign = '-'
	case s.Sign == '+' || s.Sign == ' ':
		sign = s.Sign
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if n.decimal {
		nDecimal = 1
	}
	nRest := utf8.RuneCount(n.rest)
	nonDigits := nSign + len(n.prefix) + nDecimal + nRest
	// With a '0' fill and '=' alignment the padding is made of digits:
	// they are grouped along with the number's own.
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigits
	}
	var sep byte
	size := 3
	switch s.Grouping {
	case ',':
		sep = ','
	case '_':
		sep = '_'
		if s.Type == 'b' || s.Type == 'o' || s.Type == 'x' || s.Type == 'X' {
			size = 4
		}
	}
	var gbuf [8]group
	groups, nGrouped := gbuf[:0], 0
	if len(n.digits) > 0 {
		groups, nGrouped = planGroups(groups, len(n.digits), minWidth, sep != 0, size)
	}
	pad := s.Width - (nonDigits + nGrouped)
	left, mid, right := 0, 0, 0
	if pad > 0 {
		switch s.Align {
		case '<':
			right = pad
		case '^':
			left = pad / 2
			right = pad - left
		case '=':
			mid = pad
		default:
			left = pad
		}
	}
	dst = appendFill(dst, s.Fill, left)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, n.prefix...)
	dst = appendFill(dst, s.Fill, mid)
	// The groups were planned from the right; emit them from the left,
	// where the leftmost group starts at the first digit.
	pos := 0
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		dst = appendZeros(dst, g.zeros)
		dst = append(dst, n.digits[pos:pos+g.chars]...)
		pos += g.chars
		if i > 0 {
			dst = append(dst, sep)
		}
	}
	if n.decimal {
		dst = append(dst, '.')
	}
	dst = append(dst, n.rest...)
	return appendFill(dst, s.Fill, right)
}

// group is one run of digits between separators: leading zeros (padding)
// then chars digits of the number.
type group struct{ zeros, chars int }

// planGroups splits ndigits digits, zero-extended to at least minWidth
// characters counting separators, into groups of size from the right, as
// CPython's _PyUnicode_InsertThousandsGrouping does; without separators it is
// one group. It appends the groups, rightmost first, to groups and returns
// them with the total width.
func planGroups(groups []group, ndigits, minWidth int, useSep bool, size int) ([]group, int) {
	if !useSep {
		w := max(ndigits, minWidth, 1)
		return append(groups, group{zeros: w - ndigits, chars: ndigits}), w
	}
	remaining, total := ndigits, 0
	for {
		l := min(size, max(remaining, minWidth, 1))
		g := group{zeros: max(0, l-remaining), chars: max(0, min(remaining, l))}
		if len(groups) > 0 {
			total++
		}
		groups = append(groups, g)
		total += g.zeros + g.chars
		remaining -= g.chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			return groups, total
		}
		minWidth-- // the separator
	}
}

func appendFill(dst []byte, fill rune, n int) []byte {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			dst = append(dst, byte(fill))
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = appendRune(dst, fill)
	}
	return dst
}

// appendRune appends c as UTF-8, or as WTF-8 when c is a surrogate, so that
// chr(0xd800) survives the trip through a Go string.
func appendRune(dst []byte, c rune) []byte {
	if c >= 0xd800 && c <= 0xdfff {
		return append(dst, 0xed, byte(0xa0|(c>>6)&0x1f), byte(0x80|c&0x3f))
	}
	return utf8.AppendRune(dst, c)
}
