// Package pyfmt reproduces CPython 3.11's text formatting in pure Go, with no
// dependency on the rcvm runtime: repr() of floats and strs, ascii(), the
// format-spec mini-language of format() and f-strings for int, float and
// str, printf-style % formatting, and int to str conversion in any base
// with bin(), oct() and hex() prefixes.
//
// Every error is a *pynum.Error: its Kind names the Python exception class
// to raise and its Msg is CPython's message, so the runtime can raise the
// very exception CPython would.
//
// Float formatting follows CPython's PyOS_double_to_string (which drives
// repr, format and %): the digits come from strconv, which, like David Gay's
// dtoa that CPython uses, produces the shortest round-tripping digits or the
// correctly rounded (half-even) digits for a precision; the layout around
// them (exponent thresholds, padding zeros, trailing-point and dot-zero
// rules) is CPython's.
//
// Simplifications, and why:
//   - The 'n' presentation type formats as the C locale does (no grouping,
//     '.' as the decimal point): rcvm programs cannot change the locale.
//   - A width or precision that would make a result larger than MaxOutput
//     raises MemoryError at once instead of letting Go exhaust memory
//     (CPython tries to allocate and usually raises MemoryError itself).
//   - Strings are Go strings holding UTF-8; lone surrogates are WTF-8 and
//     stray bytes are shown as surrogate escapes (see pynum.StrRepr). Width,
//     precision and alignment count code points, as Python does.
package pyfmt
