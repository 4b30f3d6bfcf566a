// Package pycodec reproduces CPython 3.11's built-in text codecs in pure Go,
// with no dependency on the rcvm runtime: UTF-8, UTF-16 and UTF-32 (with
// and without byte-order marks), ASCII, Latin-1, the charmap codecs that
// Lib/encodings builds on, unicode_escape, raw_unicode_escape and the bytes
// escape codec, together with the error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
// surrogatepass and handlers supplied by the caller).
//
// Text is a Python str held in a Go string as generalised UTF-8 (see
// pynum.DecodeRune): lone surrogates are their three-byte sequences. Every
// error position is CPython's: code points into the text when encoding,
// bytes into the data when decoding. Where CPython's codecs treat a
// built-in error handler inline (the utf-8 encoder's surrogateescape that
// escapes a prefix of the failing run, for instance), so do these; other
// handlers are applied as CPython's Python/codecs.c applies them.
//
// Errors are *Error (a UnicodeEncodeError or UnicodeDecodeError the runtime
// raises with CPython's attributes and message), *pynum.Error (TypeError,
// IndexError-like misuse), or whatever a Custom handler returns.
package pycodec
