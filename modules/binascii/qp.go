package binascii

import (
	"bytes"

	"github.com/rcvm/rcvm/core"
)

var (
	a2bQPSig = core.NewSignature("a2b_qp", "data", "header=")
	b2aQPSig = core.NewSignature("b2a_qp", "data", "quotetabs=", "istext=", "header=")
)

const upperHex = "0123456789ABCDEF"

// maxLineSize is quoted-printable's line limit (RFC 1521).
const maxLineSize = 76

// a2bQP is a2b_qp(data, header=False): "=XX" escapes and soft line breaks
// ("=" at the end of a line) decoded; with header, '_' is a space. A
// malformed escape is kept as it is, as CPython keeps it.
func a2bQP(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, hd *core.Object
	if !a2bQPSig.Parse(t, args, kwnames, &data, &hd) {
		return nil
	}
	s, ok := asciiArg(t, data)
	if !ok {
		return nil
	}
	header, ok := flagArg(t, hd, false)
	if !ok {
		return nil
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '=':
			i++
			if i >= len(s) {
				return t.NewBytes(out)
			}
			hi, ok1 := hexValue(s[i])
			var lo byte
			ok2 := false
			if i+1 < len(s) {
				lo, ok2 = hexValue(s[i+1])
			}
			switch {
			case s[i] == '\n' || s[i] == '\r':
				// A soft line break: skip to the end of the line.
				if s[i] != '\n' {
					for i < len(s) && s[i] != '\n' {
						i++
					}
				}
				if i < len(s) {
					i++
				}
			case s[i] == '=':
				// "==" from broken encoders.
				out = append(out, '=')
				i++
			case ok1 && ok2:
				out = append(out, hi<<4|lo)
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return t.NewBytes(out)
}

// b2aQP is b2a_qp(data, quotetabs=False, istext=True, header=False):
// quoted-printable, lines broken at 76 characters with soft breaks, the
// line ends of the input kept (CRLF everywhere when the first line ends in
// CRLF), as CPython's encoder writes it.
func b2aQP(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, qt, it, hd *core.Object
	if !b2aQPSig.Parse(t, args, kwnames, &data, &qt, &it, &hd) {
		return nil
	}
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	quotetabs, ok := flagArg(t, qt, false)
	if !ok {
		return nil
	}
	istext, ok := flagArg(t, it, true)
	if !ok {
		return nil
	}
	header, ok := flagArg(t, hd, false)
	if !ok {
		return nil
	}
	return t.NewBytes(encodeQP(b, quotetabs, istext, header))
}

// encodeQP is b2a_qp's encoder.
func encodeQP(in []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	if p := bytes.IndexByte(in, '\n'); p > 0 && in[p-1] == '\r' {
		crlf = true
	}
	softBreak := func(out []byte) []byte {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		return append(out, '\n')
	}
	out := make([]byte, 0, len(in)+len(in)/8)
	linelen := 0
	for i := 0; i < len(in); {
		c := in[i]
		if mustQuote(in, i, linelen, quotetabs, istext, header) {
			if linelen+3 >= maxLineSize {
				out = softBreak(out)
				linelen = 0
			}
			out = append(out, '=', upperHex[c>>4], upperHex[c&0xf])
			i++
			linelen += 3
			continue
		}
		if istext && (c == '\n' || (i+1 < len(in) && c == '\r' && in[i+1] == '\n')) {
			linelen = 0
			// Whitespace at the end of a line is quoted.
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ws := out[n-1]
				out = append(out[:n-1], '=', upperHex[ws>>4], upperHex[ws&0xf])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if i+1 != len(in) && in[i+1] != '\n' && linelen+1 >= maxLineSize {
			out = softBreak(out)
			linelen = 0
		}
		linelen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		i++
	}
	return out
}

// mustQuote reports whether in[i] is written as "=XX".
func mustQuote(in []byte, i, linelen int, quotetabs, istext, header bool) bool {
	c := in[i]
	last := i+1 == len(in)
	switch {
	case c > 126, c == '=', header && c == '_':
		return true
	case c == '.' && linelen == 0 && (last || in[i+1] == '\n' || in[i+1] == '\r' || in[i+1] == 0):
		return true
	case !istext && (c == '\r' || c == '\n'):
		return true
	case (c == '\t' || c == ' ') && last:
		return true
	case c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')):
		return true
	}
	return false
}
