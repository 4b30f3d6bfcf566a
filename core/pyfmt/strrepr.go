package pyfmt

import "github.com/rcvm/rcvm/core/pynum"

// StrRepr returns repr(s) for a str: quoted with ' unless s contains ' and
// not ", escaping backslash, the quote, \t \n \r, other control characters
// as \xNN, and non-printable non-ASCII characters as \xNN, \uNNNN or
// \UNNNNNNNN; printable non-ASCII characters are kept. Printability is Go's
// unicode.IsPrint, an approximation of Python's str.isprintable that
// differs only for characters Unicode assigned after version 14.0 (CPython
// 3.11's tables). The implementation lives in pynum, whose int() and float()
// error messages quote their argument.
func StrRepr(s string) string { return pynum.StrRepr(s) }

// ASCII returns ascii(s) for a str, or the !a conversion: StrRepr with
// every non-ASCII character escaped as well.
func ASCII(s string) string { return pynum.ASCIIRepr(s) }

// EscapeNonASCII turns any repr into ascii()'s form: ascii(x) is
// EscapeNonASCII(repr(x)) for every object, e.g. a list of strs.
func EscapeNonASCII(repr string) string { return pynum.EscapeNonASCII(repr) }
