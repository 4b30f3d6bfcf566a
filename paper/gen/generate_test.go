package gen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/results/resultstest"
	"github.com/rcvm/rcvm/experiments/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// template is a paper with every block this generator fills, and one it
// does not know.
func template() string {
	var b strings.Builder
	b.WriteString("# Paper\n\nHand-written prose.\n")
	for _, name := range append([]string{"abstract", "hosts", "sizes", "claims", "goals", "anchors", "failures", "cpython-tests", "unknown"}, experimentBlocks...) {
		b.WriteString("\n<!-- BEGIN generated:" + name + " -->\nplaceholder\n<!-- END generated:" + name + " -->\n")
	}
	return b.String()
}

func writeResults(t *testing.T, dir string, recs []results.Record) {
	w, err := results.Create(filepath.Join(dir, "all.jsonl"))
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close())
}

func TestGenerate(t *testing.T) {
	root := t.TempDir()
	o := Options{ResultsDir: filepath.Join(root, "results"), FiguresDir: filepath.Join(root, "figures"),
		PaperPath: filepath.Join(root, "paper.md")}
	recs := append(resultstest.Synthetic("Test CPU A", 2), resultstest.Synthetic("Test CPU B", 4)...)
	failed := recs[0]
	failed.Type, failed.Measurement, failed.Error = results.TypeError, nil, "failed its warm-up run, left out: boom"
	writeResults(t, o.ResultsDir, append(recs, failed))
	require.NoError(t, os.WriteFile(filepath.Join(o.ResultsDir, CPythonTestsFile),
		[]byte(`{"module":"test_bool","runner":"cpython","passed":40,"skipped":1,"status":"done"}
{"module":"test_bool","runner":"gil","passed":36,"failed":4,"skipped":1,"status":"done"}
{"module":"test_bool","runner":"brc","passed":0,"status":"import-error","reason":"ModuleNotFoundError: No module named '_weakref'"}
`), 0o644))
	require.NoError(t, os.WriteFile(o.PaperPath, []byte(template()), 0o644))

	out, err := Generate(o)
	require.NoError(t, err)
	assert.True(t, out.Changed)
	assert.Equal(t, 2, out.Hosts)
	assert.Equal(t, []string{"unknown"}, out.Unfilled)
	assert.Len(t, out.Figures, 12, "six figures per host")

	b, err := os.ReadFile(o.PaperPath)
	require.NoError(t, err)
	paper := string(b)
	assert.Equal(t, 1, strings.Count(paper, "placeholder"), "only the unknown block keeps its text")
	assert.Contains(t, paper, "Hand-written prose.")
	for _, want := range []string{
		"**Host: Test CPU A, 2 cores**", "**Host: Test CPU B, 4 cores**",
		"](figures/overhead-test-cpu-a-2c.png)", "Single-thread time relative to the GIL (median, 95% CI)",
		"mutex +80.0%", // abstract, from the synthetic 1.8× mutex
		"| 5 | Fine-grained locking of reference counts would be slow on one thread.",
		"mutex: 1.80× the GIL's time", "**confirmed**",
		"1.070× (brc, geometric mean of 3 programs)", // anchors
		"warm-up failed, left out: boom",
		"| overhead   | Test CPU A, 2 cores |",
		// CPython's own tests, from the outcomes file beside the records.
		"CPython 3.11's own regression tests (Lib/test), 1 modules",
		"| test_bool | 40 of 41 | 36 of 41 | 90.0% | 0 of 0 † | 0.0% |",
		"- test_bool under brc: import-error (ModuleNotFoundError: No module named '_weakref')",
	} {
		assert.Contains(t, paper, want)
	}
	// Subinterpreters were not measured in the synthetic data.
	assert.Regexp(t, `no subinterpreters scaling data +\| \*\*not measured\*\*`, paper)

	again, err := Generate(o)
	require.NoError(t, err)
	assert.False(t, again.Changed, "regenerating from the same results changes nothing")
}

func TestGenerateWithoutResults(t *testing.T) {
	root := t.TempDir()
	o := Options{ResultsDir: filepath.Join(root, "results"), FiguresDir: filepath.Join(root, "figures"),
		PaperPath: filepath.Join(root, "paper.md")}
	require.NoError(t, os.WriteFile(o.PaperPath, []byte(template()), 0o644))
	out, err := Generate(o)
	require.NoError(t, err)
	assert.Zero(t, out.Hosts)
	b, err := os.ReadFile(o.PaperPath)
	require.NoError(t, err)
	assert.Contains(t, string(b), "_No results yet: run `make paper`")
	assert.Contains(t, string(b), "_No results yet: run `make cpython-tests`")
	assert.NotContains(t, string(b), "confirmed")

	_, err = Generate(Options{ResultsDir: o.ResultsDir, FiguresDir: o.FiguresDir, PaperPath: filepath.Join(root, "nope.md")})
	assert.ErrorContains(t, err, "reading the paper")
}

func TestClaimsVerdicts(t *testing.T) {
	hg := results.ByHost(resultstest.Synthetic("Test CPU A", 2))[0]
	got := claims(factsOf(analysis.Of(hg)))
	require.Len(t, got, 7)
	want := []string{Confirmed, Confirmed, Confirmed, Confirmed, Confirmed, Confirmed, NotMeasured}
	for i, c := range got {
		assert.Equal(t, want[i], c.Verdict, "%d: %s → %s", i+1, c.Text, c.Result)
	}
	assert.NotContains(t, got[5].Result, "unsafe", "unsafe is no alternative: it is not safe")
}

// TestGoalsVerdicts checks the goals' verdicts on synthetic results whose
// figures miss two goals (rcvm at 2.1× CPython, brc at 1.07× the GIL) and
// meet the scaling ones.
func TestGoalsVerdicts(t *testing.T) {
	hg := results.ByHost(resultstest.Synthetic("Test CPU A", 2))[0]
	got := goals(factsOf(analysis.Of(hg)))
	require.Len(t, got, 8)
	want := []string{NotConfirmed, NotConfirmed, Finding, Confirmed, Confirmed, Confirmed, NotMeasured, NotMeasured}
	for i, c := range got {
		assert.Equal(t, want[i], c.Verdict, "%d: %s → %s", i+1, c.Text, c.Result)
	}
	assert.Contains(t, got[1].Result, "brc: 1.07")
	assert.Contains(t, got[3].Result, "sc_private.py")
	assert.Contains(t, got[6].Result, "no data: no free-threaded CPython peer")
}

func TestBriefError(t *testing.T) {
	tests := []struct{ in, want string }{
		{"failed its warm-up run, left out: /x/rcvm run -strategy gil -report r.json w/bm_a.py 1 5: exit status 1\n" +
			"    Traceback (most recent call last):\n    NameError: name 'time' is not defined",
			"warm-up failed, left out: exit status 1 — NameError: name 'time' is not defined"},
		{"/usr/bin/python3 w/convoy.py 3 40: killed: over the 42s time limit", "killed: over the 42s time limit"},
		{"calibrating bm_a.py: the run time does not grow with N", "calibrating bm_a.py: the run time does not grow with N"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, briefError(tt.in))
	}
}

// TestJudge checks the three-valued verdict at the edges of its rule:
// an interval that touches a threshold from the side the rule accepts is
// decided, one that touches it from the other side straddles it, and an
// interval with less than 95% coverage (fewer than six repetitions) or a
// single run decides nothing, however clear its median looks.
func TestJudge(t *testing.T) {
	atLeast := func(x float64) bool { return x >= 1.5 } // e.g. a speedup goal
	below := func(x float64) bool { return x < 1.2 }    // e.g. "the GIL does not speed up"
	est := func(m, lo, hi float64, n int, conf float64) stats.Estimate {
		return stats.Estimate{Median: m, Low: lo, High: hi, N: n, Confidence: conf}
	}
	tests := []struct {
		name string
		rule func(float64) bool
		e    stats.Estimate
		want string
	}{
		{"interval above", atLeast, est(1.8, 1.6, 1.9, 9, 0.98), Confirmed},
		{"interval below", atLeast, est(1.2, 1.1, 1.4, 9, 0.98), NotConfirmed},
		{"low end on the threshold", atLeast, est(1.6, 1.5, 1.7, 9, 0.98), Confirmed},
		{"high end on the threshold", atLeast, est(1.4, 1.3, 1.5, 9, 0.98), Inconclusive},
		{"just below the threshold", atLeast, est(1.4, 1.3, 1.4999, 9, 0.98), NotConfirmed},
		{"straddles, median above", atLeast, est(1.7, 1.2, 1.9, 9, 0.98), Inconclusive},
		{"straddles, median below", atLeast, est(1.4, 1.2, 1.9, 9, 0.98), Inconclusive},
		{"strict rule, high end on it", below, est(1.1, 0.9, 1.2, 9, 0.98), Inconclusive},
		{"strict rule, low end on it", below, est(1.3, 1.2, 1.4, 9, 0.98), NotConfirmed},
		{"strict rule, under it", below, est(0.95, 0.9, 1.19, 9, 0.98), Confirmed},
		{"six runs reach 95%", atLeast, est(1.8, 1.6, 1.9, 6, 0.96875), Confirmed},
		{"five runs do not", atLeast, est(1.8, 1.6, 1.9, 5, 0.9375), Inconclusive},
		{"five runs, clearly below, still undecided", atLeast, est(1.0, 0.9, 1.1, 5, 0.9375), Inconclusive},
		{"one sample", atLeast, est(1.6, 1.6, 1.6, 1, 0), Inconclusive},
		{"no spread, enough runs", atLeast, est(1.6, 1.6, 1.6, 9, 0.98), Confirmed},
		{"nothing measured", atLeast, stats.Estimate{}, NotMeasured},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Judge(tt.e, tt.rule))
		})
	}
	assert.Equal(t, Inconclusive, allOf([]string{Confirmed, Inconclusive}))
	assert.Equal(t, NotConfirmed, allOf([]string{Inconclusive, NotConfirmed}))
	assert.Equal(t, Confirmed, allOf([]string{Confirmed, Confirmed}))
}
