package plots

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/results/resultstest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteFiguresTwoHosts(t *testing.T) {
	recs := append(resultstest.Synthetic("Test CPU A", 2), resultstest.Synthetic("Test CPU B", 4)...)
	dir := t.TempDir()
	if d := os.Getenv("RCVM_PLOTS_KEEP"); d != "" {
		dir = d // to look at the figures
	}
	figs, err := WriteFigures(recs, dir)
	require.NoError(t, err)
	exps := map[string]int{}
	for _, f := range figs {
		exps[f.Experiment]++
		for _, p := range []string{f.PNG, f.SVG} {
			st, err := os.Stat(p)
			require.NoError(t, err)
			assert.Greater(t, st.Size(), int64(1000), p)
			assert.Contains(t, filepath.Base(p), f.Host.Slug())
		}
	}
	for _, e := range []string{"overhead", "scaling", "contention", "io", "convoy", "vscpython"} {
		assert.Equal(t, 2, exps[e], "one %s figure per host", e)
	}
	svg, err := os.ReadFile(figs[0].SVG)
	require.NoError(t, err)
	assert.Contains(t, string(svg), "Test CPU A, 2 cores", "the host is in the title")
}

func TestWriteFiguresEmpty(t *testing.T) {
	figs, err := WriteFigures(nil, t.TempDir())
	require.NoError(t, err)
	assert.Empty(t, figs)
}

func TestTables(t *testing.T) {
	tables := Tables(append(resultstest.Synthetic("Test CPU A", 2), resultstest.Synthetic("Test CPU B", 4)...))
	for _, e := range []string{"overhead", "scaling", "contention", "io", "convoy", "safety", "memory", "vscpython"} {
		require.Len(t, TablesFor(tables, e), 2, e)
	}
	tests := []struct {
		exp  string
		want []string
	}{
		{"overhead", []string{"| workload ", "atomic ×gil", "| bm_float.py ", "1.250", "**geometric mean**"}},
		{"scaling", []string{"speedup at 2", "speedup at 4", "| sc_private.py ", "| multiprocessing "}},
		{"safety", []string{"| unsafe ", "leaked objects", "| 72 "}},
		{"memory", []string{"header bytes", "| 16 "}},
		{"convoy", []string{"| gil 5ms ", "5.1"}},
		{"io", []string{"threads 16"}},
		{"vscpython", []string{"×CPython", "2.100"}},
	}
	for _, tt := range tests {
		t.Run(tt.exp, func(t *testing.T) {
			md := TablesFor(tables, tt.exp)[0].Markdown()
			for _, w := range tt.want {
				assert.Contains(t, md, w)
			}
			lines := strings.Split(strings.TrimSpace(md), "\n")
			assert.Regexp(t, `^(\|-+)+\|$`, lines[1])
		})
	}
}

func TestStyles(t *testing.T) {
	c1, d1 := seriesIndex("gil")
	c2, d2 := seriesIndex("gil 1ms")
	assert.Equal(t, c1, c2, "a variant keeps its strategy's colour")
	assert.Zero(t, d1)
	assert.NotZero(t, d2)
	c3, _ := seriesIndex("myrc")
	assert.GreaterOrEqual(t, c3, len(knownSeries))
	assert.Equal(t, "float", shortWorkload("bm_float.py"))
	assert.Equal(t, 20.0, niceMax(14))
	assert.Equal(t, "–", est(results.Summary{}.Wall, "%.2f"))
}
