package gen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/results/resultstest"
	"github.com/rcvm/rcvm/experiments/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scalingRecords makes the GIL's runs of the seeds' counting loop at 1 and
// 2 threads, one round per speedup given: the 1-thread run takes 1 s and
// the 2-thread run 2 / speedup s.
func scalingRecords(speedups ...float64) []results.Record {
	h := results.Host{CPU: "Test CPU", Cores: 2}
	var recs []results.Record
	for rep, sp := range speedups {
		for _, t := range []int{1, 2} {
			work := 1.0
			if t == 2 {
				work = 2 / sp
			}
			c := results.Config{Workload: "seed_cpu_threads.py", System: results.SystemRCVM, Strategy: "gil", Threads: t, N: "1",
				Mode: results.ModeTiming}
			recs = append(recs, results.Record{Type: results.TypeMeasurement, Experiment: "scaling", RunID: "r", Host: h, Config: c,
				Measurement: &results.Measurement{Rep: rep, WorkSeconds: work, WallSeconds: work, CPUSeconds: work}})
		}
	}
	return recs
}

// TestGILClaimFromRuns checks the first seed claim ("threads do not speed
// up CPU-bound code under the GIL", speedup below 1.2) from measurement
// records as a quick run writes them, through Verdicts, the function the
// summary of `rcvm experiment` prints: the short, noisy runs that once
// showed a speedup of 1.7 are a "not confirmed", never a "confirmed";
// noise across the threshold, or too few rounds, is "inconclusive".
func TestGILClaimFromRuns(t *testing.T) {
	tests := []struct {
		name     string
		speedups []float64
		want     string
	}{
		{"GIL near 1", []float64{0.95, 0.97, 1.0, 0.96, 0.98, 0.99}, Confirmed},
		{"GIL apparently parallel", []float64{1.7, 1.65, 1.72, 1.68, 1.75, 1.69}, NotConfirmed},
		{"noise across the threshold", []float64{0.9, 1.3, 1.0, 1.25, 0.95, 1.4}, Inconclusive},
		{"interval ends on the threshold", []float64{1.0, 1.1, 1.2, 1.05, 1.15, 1.0}, Inconclusive},
		{"too few rounds", []float64{0.95, 0.97, 1.0}, Inconclusive},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Verdicts(scalingRecords(tt.speedups...))
			require.Len(t, v, 1)
			c := v[0].Claims[0]
			assert.Equal(t, tt.want, c.Verdict, c.Result)
			assert.Equal(t, NotMeasured, v[0].Claims[4].Verdict, "no overhead experiment ran")
		})
	}
}

// TestStarvedRunsDecideNothing: on a machine loaded from outside, the
// one-thread runs wait for a CPU (CPU time a third of wall time, as
// measured on a shared machine during other builds) and the GIL seems to
// speed up 1.7× at 2 threads; no verdict may rest on such runs, whichever
// side the interval falls on, and the result says why.
func TestStarvedRunsDecideNothing(t *testing.T) {
	for _, speedups := range [][]float64{
		{1.7, 1.65, 1.72, 1.68, 1.75, 1.69},
		{0.95, 0.97, 1.0, 0.96, 0.98, 0.99},
	} {
		recs := scalingRecords(speedups...)
		for _, r := range recs {
			if r.Config.Threads == 1 {
				r.Measurement.CPUSeconds = 0.35 * r.Measurement.WallSeconds
			}
		}
		v := Verdicts(recs)
		require.Len(t, v, 1)
		c := v[0].Claims[0]
		assert.Equal(t, Inconclusive, c.Verdict, c.Result)
		assert.Contains(t, c.Result, "gil's one-thread runs on seed_cpu_threads.py kept a CPU busy only 35% of their time (load from outside)")
	}
}

// TestOwnExperimentInPaper: an experiment the rcvm tree does not know,
// whose records carry their analysis (as a researcher's experiment
// registered in their own module writes them), gets its figure and table,
// under the titles its Spec names, in its generated block of the paper.
func TestOwnExperimentInPaper(t *testing.T) {
	spec := results.Analysis{Kind: "relative", Baseline: "gil", Figure: "Sharedmark against the GIL", Table: "Sharedmark's times"}
	var recs []results.Record
	for _, r := range resultstest.Synthetic("Test CPU A", 2) {
		if r.Experiment == "overhead" && (r.Config.Strategy == "gil" || r.Config.Strategy == "brc") {
			r.Experiment, r.Analysis = "mine", &spec
			if r.Config.Strategy == "brc" {
				r.Config.Strategy = "sharedmark"
			}
			recs = append(recs, r)
		}
	}
	root := t.TempDir()
	o := Options{ResultsDir: filepath.Join(root, "results"), FiguresDir: filepath.Join(root, "figures"), PaperPath: filepath.Join(root, "paper.md")}
	writeResults(t, o.ResultsDir, recs)
	require.NoError(t, os.WriteFile(o.PaperPath, []byte("# Mine\n\n<!-- BEGIN generated:mine -->\n<!-- END generated:mine -->\n"), 0o644))
	out, err := Generate(o)
	require.NoError(t, err)
	require.Len(t, out.Figures, 1)
	assert.Equal(t, "mine", out.Figures[0].Experiment)
	b, err := os.ReadFile(o.PaperPath)
	require.NoError(t, err)
	for _, want := range []string{"](figures/mine-test-cpu-a-2c.png)", "Sharedmark against the GIL (median, 95% CI)",
		"*Table: Sharedmark's times", "sharedmark ×gil", "1.070"} {
		assert.Contains(t, string(b), want)
	}
}

// TestMoreRounds: an inconclusive verdict says how many more rounds would
// decide it, from the interval's half-width against the median's distance
// to the threshold (shrinking as 1/√n).
func TestMoreRounds(t *testing.T) {
	atLeast := func(x float64) bool { return x >= 1.5 }
	est := func(m, lo, hi float64, n int) stats.Estimate {
		return stats.Estimate{Median: m, Low: lo, High: hi, N: n, Confidence: 0.98}
	}
	// The lower side is 0.2 wide, the median 0.1 above the threshold:
	// 4 × 9 = 36 rounds.
	assert.Equal(t, "about 27 more rounds to decide, if the median holds", moreRounds(est(1.6, 1.4, 1.8, 9), atLeast))
	assert.Equal(t, "about 27 more rounds to decide, if the median holds", moreRounds(est(1.6, 1.4, 1.65, 9), atLeast),
		"the upper side does not matter")
	assert.Equal(t, "at least 3 more rounds for a 95% interval", moreRounds(est(1.6, 1.4, 1.8, 3), atLeast))
	assert.Equal(t, "the median sits on the threshold", moreRounds(est(1.5, 1.4, 1.6, 9), atLeast))
	assert.Equal(t, "", moreRounds(est(1.8, 1.6, 1.9, 9), atLeast), "decided: no hint")
	v := Verdicts(scalingRecords(0.9, 1.3, 1.0, 1.25, 0.95, 1.4))
	assert.Contains(t, v[0].Claims[0].Result, "more rounds to decide")
}
