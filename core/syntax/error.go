package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error kinds, named after the Python exception the runtime raises.
const (
	KindSyntax      = "SyntaxError"
	KindIndentation = "IndentationError"
	KindTab         = "TabError"
)

// Error is a syntax error with the location fields of CPython's SyntaxError.
// Line and Col are 1-based; Col counts characters, not bytes. EndCol is the
// 1-based column just past the offending span on EndLine, or 0 when the span
// is unknown.
type Error struct {
	Kind     string // KindSyntax, KindIndentation or KindTab
	Msg      string
	Filename string
	Line     int
	Col      int
	EndLine  int
	EndCol   int
	Text     string // the source line Line, without its newline
	// Unlocated marks an error CPython's tokenizer raises without a
	// location when it cannot decode a file (a bad or unknown coding
	// declaration, bytes that are not UTF-8): it is reported without the
	// "File ..., line N" part.
	Unlocated bool
}

// Error renders the error on one line, in the Go "file:line:col: msg" style.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// Format renders the error as CPython 3.11 prints an uncaught SyntaxError
// (without the traceback header): the file and line, the source line with
// its leading whitespace stripped, a caret line, and "Kind: message".
//
// The caret arithmetic mirrors CPython's print_exception/print_error_text: a
// span running onto later lines is cut at the end of the first, an unknown
// span (EndCol <= Col) and any IndentationError or TabError get one caret,
// and no caret is drawn when the column falls inside the stripped
// indentation (or is 0).
func (e *Error) Format() string {
	var b strings.Builder
	if e.Unlocated {
		return e.Kind + ": " + e.Msg + "\n"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" || e.Col > 0 {
		writeErrorText(&b, e)
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

func writeErrorText(b *strings.Builder, e *Error) {
	text := []rune(e.Text)
	offset, end := e.Col, e.EndCol
	if e.Kind != KindSyntax {
		// CPython ignores the span of SyntaxError's subclasses.
		end = -1
	} else if e.EndLine > e.Line {
		// CPython measures the line including its newline here.
		end = len(text) + 1
	}
	if end > len(text)+2 {
		end = len(text) + 2
	}
	reps := 1
	if end > 0 && end > offset {
		reps = end - offset
	}
	offset-- // to 0-based
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	if offset > len(text) {
		offset = len(text)
	}
	b.WriteString("    ")
	b.WriteString(string(text))
	b.WriteString("\n")
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", reps))
	b.WriteString("\n")
}

// Pos is a position in the source: a 1-based line and a 1-based character
// column.
type Pos struct {
	Line int32
	Col  int32
}

// String renders the position as "line:col".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// SourceLine returns line n (1-based) of src without its line terminator,
// or "" when there is no such line.
func SourceLine(src []byte, n int) string {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	line := 1
	start := 0
	for i := 0; i < len(src) && line < n; i++ {
		if src[i] == '\n' || src[i] == '\r' && (i+1 >= len(src) || src[i+1] != '\n') {
			line++
			start = i + 1
		}
	}
	if line != n || start > len(src) {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	s := src[start:end]
	if !utf8.Valid(s) {
		return strings.ToValidUTF8(string(s), "\uFFFD")
	}
	return string(s)
}

// newError builds an error spanning [pos, end). A zero end means "the
// single character at pos".
func newError(kind string, pos, end Pos, format string, args ...any) *Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	e := &Error{Kind: kind, Msg: msg, Line: int(pos.Line), Col: int(pos.Col),
		EndLine: int(end.Line), EndCol: int(end.Col)}
	if end.Line == 0 {
		e.EndLine, e.EndCol = e.Line, e.Col
	}
	return e
}
