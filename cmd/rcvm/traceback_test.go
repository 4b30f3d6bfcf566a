package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// caretLine matches the column markers CPython 3.11 draws under a
// traceback's source line ("    ~~~^~~~"), which rcvm does not draw.
var caretLine = regexp.MustCompile(`^[ |]*[~^]+\s*$`)

// filePath matches the path of a traceback's `File "path"`.
var filePath = regexp.MustCompile(`File "([^"]*)"`)

// withoutCarets drops the caret lines of a traceback and reduces file
// paths to their base names (CPython 3.11 shows the script's absolute
// path).
func withoutCarets(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !caretLine.MatchString(l) {
			out = append(out, filePath.ReplaceAllStringFunc(l, func(m string) string {
				return `File "` + filepath.Base(filePath.FindStringSubmatch(m)[1]) + `"`
			}))
		}
	}
	return strings.Join(out, "\n")
}

// TestTracebackText runs the testdata/tracebacks programs, whose whole
// report of an uncaught exception rcvm must print as CPython does: every line of stderr —
// frames, source lines, chaining messages, notes, SyntaxError locations
// and the boxes of exception groups — except CPython's caret lines.
func TestTracebackText(t *testing.T) {
	for _, p := range listPrograms(t, "testdata/tracebacks", nil) {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			got := runRcvm(t, p)
			requireNoGoCrash(t, got)
			want := runPython(t, p)
			assert.Equal(t, want.Code, got.Code, "exit status differs")
			assert.Equal(t, want.Stdout, got.Stdout, "stdout differs")
			assert.Equal(t, withoutCarets(want.Stderr), withoutCarets(got.Stderr), "stderr differs")
		})
	}
}
