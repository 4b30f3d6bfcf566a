package main

// Unit tests of the harness's own helpers. They need neither rcvm nor
// python3, so they run (and must pass) even before rcvm builds.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMaskTimings(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Duration: 0.4289520550000816 seconds\n", "Duration: X seconds\n"},
		{"Duration with threads: 12 seconds", "Duration with threads: X seconds"},
		{"Latency max: 1.5e-05 seconds", "Latency max: X seconds"},
		{"Latency mean: -0.0001 seconds", "Latency mean: X seconds"},
		{"Latency: 3. seconds", "Latency: X seconds"},
		{"Counts: [10000, 10000]\n", "Counts: [10000, 10000]\n"},
		{"took 5 seconds", "took 5 seconds"}, // no colon: not a timing line
		{"a: 1 seconds\nb: 2.5 seconds\n", "a: X seconds\nb: X seconds\n"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, maskTimings(tc.in))
		})
	}
}

func TestGoCrash(t *testing.T) {
	tests := []struct {
		name, out, want string
	}{
		{"clean", "Traceback (most recent call last):\nValueError: x\n", ""},
		{"panic", "panic: runtime error: index out of range\n", "panic:"},
		{"goroutine dump", "goroutine 1 [running]:\n", "goroutine "},
		{"go source position", "\t/work/main/core/eval.go:120 +0x1d\n", ".go:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, goCrash(tc.out))
		})
	}
}

const threadTraceback = `Exception in thread Thread-1 (target):
Traceback (most recent call last):
  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap_inner
    self.run()
  File "/work/main/testdata/errors/thread_exception.py", line 6, in target
    raise ValueError("failure inside the thread")
ValueError: failure inside the thread
`

const chainedTraceback = `Traceback (most recent call last):
  File "/abs/path/chained.py", line 6, in parse
    return int(text)
           ^^^^^^^^^
ValueError: invalid literal for int() with base 10: 'twelve'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "chained.py", line 11, in <module>
    print(parse("twelve"))
  File "chained.py", line 8, in parse
    raise RuntimeError("could not parse " + repr(text))
RuntimeError: could not parse 'twelve'
`

const recursionTraceback = `Traceback (most recent call last):
  File "rec.py", line 7, in <module>
    forever(0)
  File "rec.py", line 4, in forever
    return forever(n + 1)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
`

func TestTracebackSkeleton(t *testing.T) {
	tests := []struct {
		name, stderr, program string
		want                  []string
	}{
		{"thread, foreign frames dropped", threadTraceback, "thread_exception.py", []string{
			"Exception in thread Thread-1 (target):",
			"Traceback (most recent call last):",
			"File thread_exception.py, line 6, in target",
			"ValueError: failure inside the thread",
		}},
		{"chained, paths reduced to base names", chainedTraceback, "chained.py", []string{
			"Traceback (most recent call last):",
			"File chained.py, line 6, in parse",
			"ValueError: invalid literal for int() with base 10: 'twelve'",
			"During handling of the above exception, another exception occurred:",
			"Traceback (most recent call last):",
			"File chained.py, line 11, in <module>",
			"File chained.py, line 8, in parse",
			"RuntimeError: could not parse 'twelve'",
		}},
		{"repeat note dropped", recursionTraceback, "rec.py", []string{
			"Traceback (most recent call last):",
			"File rec.py, line 7, in <module>",
			"File rec.py, line 4, in forever",
			"RecursionError: maximum recursion depth exceeded",
		}},
		{"windows line ends", "Traceback (most recent call last):\r\n  File \"a.py\", line 1, in <module>\r\nKeyError: 'k'\r\n", "a.py", []string{
			"Traceback (most recent call last):",
			"File a.py, line 1, in <module>",
			"KeyError: 'k'",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, hasTraceback(tc.stderr))
			assert.Equal(t, tc.want, tracebackSkeleton(tc.stderr, tc.program))
		})
	}
}

func TestParseSyntaxError(t *testing.T) {
	tests := []struct {
		name, stderr string
		want         syntaxErrorReport
		isReport     bool
	}{
		{"syntax error", "  File \"/x/bad.py\", line 3\n    x = 1 +* 2\n           ^\nSyntaxError: invalid syntax\n",
			syntaxErrorReport{Location: "bad.py, line 3", Type: "SyntaxError"}, true},
		{"indentation error", "  File \"ind.py\", line 4\n    b = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
			syntaxErrorReport{Location: "ind.py, line 4", Type: "IndentationError"}, true},
		{"sys.exit message", "fatal: configuration missing\n",
			syntaxErrorReport{Type: "fatal"}, false},
		{"traceback is not a syntax report", recursionTraceback,
			syntaxErrorReport{Type: "RecursionError"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, parseSyntaxError(tc.stderr))
			assert.Equal(t, tc.isReport, isSyntaxErrorReport(tc.stderr))
		})
	}
}

func TestRefusedKeyword(t *testing.T) {
	tests := []struct{ file, want string }{
		{"yield_from.py", "yield"},
		{"async_def.py", "async"},
		{"match_statement.py", "match"},
		{"yield.py", "yield"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			assert.Equal(t, tc.want, refusedKeyword(tc.file))
		})
	}
}

func TestVariantFlags(t *testing.T) {
	tests := []struct {
		name string
		v    variant
		want []string
	}{
		{"default strategy", variant{}, []string{"-stats", "s.json"}},
		{"checked gil", variant{Strategy: "gil", Checked: true}, []string{"-strategy", "gil", "-checked", "-stats", "s.json"}},
		{"extra flags", variant{Strategy: "brc", Flags: []string{"-switch-interval", "1ms"}},
			[]string{"-strategy", "brc", "-switch-interval", "1ms", "-stats", "s.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.v.flags("s.json"))
		})
	}
}

func TestVariantApply(t *testing.T) {
	p := program{Path: "/w/bm.py", Args: []string{"1", "5"}}
	tests := []struct {
		name     string
		v        variant
		workload bool
		want     []string
	}{
		{"threads replace THREADS", variant{Threads: 4}, true, []string{"4", "5"}},
		{"no thread count", variant{}, true, []string{"1", "5"}},
		{"not a workload", variant{Threads: 4}, false, []string{"1", "5"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.v.apply(p, tc.workload)
			assert.Equal(t, tc.want, got.Args)
			assert.Equal(t, []string{"1", "5"}, p.Args, "apply must not modify its argument")
		})
	}
}

func TestParseStats(t *testing.T) {
	tests := []struct {
		name, data string
		wantErr    bool
	}{
		{"object", `{"strategy": "gil", "leaked": 0, "use_after_free": 0}`, false},
		{"null", `null`, true},
		{"two objects", `{"a": 1} {"b": 2}`, true},
		{"garbage", `leaked=0`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := parseStats([]byte(tc.data))
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "gil", s["strategy"])
			assert.Zero(t, s.counter(t, "leaked"))
		})
	}
}
