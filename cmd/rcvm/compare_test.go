package main

import (
	"path/filepath"
	"regexp"
	"strings"
)

// secondsPattern matches the timing lines of the workloads
// ("Duration: 0.123 seconds", "Latency max: 1.5e-05 seconds"): the number
// differs from run to run, so it is masked before comparing.
var secondsPattern = regexp.MustCompile(`: -?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)? seconds`)

// maskTimings replaces every ": <number> seconds" with ": X seconds".
func maskTimings(s string) string {
	return secondsPattern.ReplaceAllString(s, ": X seconds")
}

// goCrashMarkers are what a Go runtime crash or an unrecovered panic prints.
// rcvm must turn every failure into a Python-level error, so none of them
// may appear in its output, whatever the program does.
var goCrashMarkers = []string{"goroutine ", "panic:", "fatal error:", ".go:"}

// goCrash returns the first Go crash marker found in out, or "".
func goCrash(out string) string {
	for _, m := range goCrashMarkers {
		if strings.Contains(out, m) {
			return m
		}
	}
	return ""
}

// frameLine matches a traceback frame: `  File "path", line N, in name`.
var frameLine = regexp.MustCompile(`^  File "([^"]*)", line (\d+), in (.+)$`)

// syntaxLocation matches a SyntaxError's location: `  File "path", line N`
// (no function name).
var syntaxLocation = regexp.MustCompile(`^  File "([^"]*)", line (\d+)$`)

// hasTraceback reports whether stderr holds a Python traceback.
func hasTraceback(stderr string) bool {
	return strings.Contains(stderr, "Traceback (most recent call last):")
}

// tracebackSkeleton reduces a stderr holding one or more tracebacks to the
// lines both interpreters must agree on:
//   - the headers and exception lines (every non-empty line that does not
//     start with a space: "Traceback (most recent call last):",
//     "Exception in thread Thread-1 (target):", "During handling of the
//     above exception, another exception occurred:", "ValueError: ...");
//   - the frames of the program itself, as "File NAME, line N, in FUNC"
//     with the path reduced to its base name.
//
// Dropped: the echoed source lines and carets (CPython 3.11's column
// markers), the "[Previous line repeated N more times]" note (N depends on
// how the recursion limit is counted) and frames from other files
// (CPython's threading.py appears in a thread's traceback; rcvm has no such
// file).
func tracebackSkeleton(stderr, programName string) []string {
	var out []string
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimRight(line, "\r")
		if m := frameLine.FindStringSubmatch(line); m != nil {
			if filepath.Base(m[1]) == programName {
				out = append(out, "File "+programName+", line "+m[2]+", in "+m[3])
			}
			continue
		}
		if line == "" || strings.HasPrefix(line, " ") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// syntaxErrorReport is the part of a SyntaxError report that rcvm must
// reproduce: where it is and which class of error it is. The message may
// differ (see TestErrors).
type syntaxErrorReport struct {
	// Location is "NAME, line N", or "" if stderr had no location line.
	Location string
	// Type is the exception class on the last line ("SyntaxError",
	// "IndentationError"), or "" if there was none.
	Type string
}

// parseSyntaxError extracts the location and exception type of a
// SyntaxError report (a `  File "...", line N` line, the source line, a
// caret line, and `Type: message`).
func parseSyntaxError(stderr string) syntaxErrorReport {
	var rep syntaxErrorReport
	for _, line := range strings.Split(stderr, "\n") {
		if m := syntaxLocation.FindStringSubmatch(strings.TrimRight(line, "\r")); m != nil {
			rep.Location = filepath.Base(m[1]) + ", line " + m[2]
		}
	}
	last := lastLine(stderr)
	if i := strings.Index(last, ":"); i > 0 {
		rep.Type = last[:i]
	} else {
		rep.Type = last
	}
	return rep
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\r\n"), "\n")
	return strings.TrimRight(lines[len(lines)-1], "\r")
}

// isSyntaxErrorReport reports whether stderr is a compile-time error
// report (SyntaxError or a subclass, no traceback).
func isSyntaxErrorReport(stderr string) bool {
	if hasTraceback(stderr) {
		return false
	}
	rep := parseSyntaxError(stderr)
	return rep.Location != "" && strings.HasSuffix(rep.Type, "Error")
}
