package pyfmt

import (
	"math"
	"strconv"
)

// dtoaFlags are CPython's Py_DTSF_* flags for PyOS_double_to_string.
type dtoaFlags uint8

const (
	dtSign      dtoaFlags = 1 << iota // always write a sign
	dtAddDot0                         // "1.0", not "1", when no exponent is used
	dtAlt                             // '#': keep the point and 'g' zeros
	dtNoNegZero                       // 'z': a result that rounds to zero is unsigned
)

// digitsOf returns f's decimal digits (no point, no leading or trailing
// zeros, "0" for zero) and the position of the decimal point, value =
// 0.digits * 10**decpt, as Gay's dtoa does:
//   - mode 0: the shortest digits that round-trip,
//   - mode 2: at most ndigits significant digits, correctly rounded,
//   - mode 3: ndigits digits after the point, correctly rounded.
//
// f must be finite and non-negative. buf is scratch space.
func digitsOf(buf []byte, f float64, mode, ndigits int) (digits []byte, decpt int) {
	switch mode {
	case 0, 2:
		prec := -1
		if mode == 2 {
			prec = ndigits - 1
		}
		s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		// s is "d[.ddd]e±XX": gather the digits in place over the point.
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp := 0
		for _, c := range s[e+2:] {
			exp = exp*10 + int(c-'0')
		}
		if s[e+1] == '-' {
			exp = -exp
		}
		n := 1
		for i := 2; i < e; i++ {
			s[n] = s[i]
			n++
		}
		digits, decpt = s[:n], exp+1
	default:
		s := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		point := len(s)
		n := 0
		for i, c := range s {
			if c == '.' {
				point = i
				continue
			}
			s[n] = c
			n++
		}
		digits, decpt = s[:n], point
		for len(digits) > 0 && digits[0] == '0' {
			digits = digits[1:]
			decpt--
		}
	}
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	if len(digits) == 0 {
		return append(digits[:0], '0'), 1
	}
	return digits, decpt
}

// appendDouble appends PyOS_double_to_string(f, code, precision, flags):
// code is one of e E f F g G, or r for repr (precision unused).
func appendDouble(dst []byte, f float64, code byte, precision int, flags dtoaFlags) []byte {
	upper := code >= 'A' && code <= 'Z'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		name := "inf"
		if math.IsNaN(f) {
			name, neg = "nan", false // the sign of a NaN is never shown
		}
		if upper {
			name = "INF"
			if math.IsNaN(f) {
				name = "NAN"
			}
		}
		switch {
		case neg:
			dst = append(dst, '-')
		case flags&dtSign != 0:
			dst = append(dst, '+')
		}
		return append(dst, name...)
	}
	mode, ndigits := 0, 0
	switch code {
	case 'e':
		precision++
		mode, ndigits = 2, precision
	case 'f':
		mode, ndigits = 3, precision
	case 'g':
		if precision == 0 {
			precision = 1
		}
		mode, ndigits = 2, precision
	}
	var scratch [40]byte
	buf := scratch[:]
	need := 32 // mode 0: at most 17 digits, a point and an exponent
	switch mode {
	case 2:
		need = ndigits + 8
	case 3:
		// Digits before the point: at most e2*log10(2)+1 for f < 2**e2.
		_, e2 := math.Frexp(f)
		need = ndigits + max(0, e2*30103/100000+2) + 8
	}
	if need > len(buf) {
		buf = make([]byte, 0, need)
	}
	digits, decpt := digitsOf(buf, math.Abs(f), mode, ndigits)
	if neg && flags&dtNoNegZero != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	alt := flags&dtAlt != 0
	addDot0 := flags&dtAddDot0 != 0

	// Choose between positional and exponent notation and how far the
	// virtual digit string (digits padded with zeros on both sides) extends,
	// as format_float_short does.
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = precision
	case 'f':
		vEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			vEnd = precision
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	minEnd := decpt
	if !useExp && addDot0 {
		minEnd = decpt + 1
	}
	if vEnd < minEnd {
		vEnd = minEnd
	}

	switch {
	case neg:
		dst = append(dst, '-')
	case flags&dtSign != 0:
		dst = append(dst, '+')
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vStart)
	}
	if decpt > 0 && decpt <= len(digits) {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if len(digits) < decpt {
		dst = appendZeros(dst, decpt-len(digits))
		dst = append(dst, '.')
		dst = appendZeros(dst, vEnd-decpt)
	} else {
		dst = appendZeros(dst, vEnd-len(digits))
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		dst = append(dst, e)
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// AppendFloatRepr appends repr(f) to dst without allocating when dst has
// room (24 bytes always suffice).
func AppendFloatRepr(dst []byte, f float64) []byte {
	return appendDouble(dst, f, 'r', 0, dtAddDot0)
}

// FloatRepr returns repr(f), which is also str(f): the shortest digits that
// round-trip, in exponent notation when the decimal exponent is below -4 or
// at least 16 ("1e+16", "1.5e-05"), else positional with at least one digit
// after the point ("1.0", "0.0001"); "inf", "-inf", "nan", "-0.0".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}
