package cpythontests

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/fast_baseline.json with the passes measured now")

const baselinePath = "testdata/fast_baseline.json"

// TestFastSubsetBaseline is make test's guard on the pass rate: the fast
// subset of CPython's tests runs on the rcvm binary ($RCVM_BIN, which make
// unit sets) under gil and brc, and no module may pass fewer tests than
// testdata/fast_baseline.json records. When rcvm passes more, rerun with
// -update to raise the floor:
//
//	RCVM_BIN=$PWD/bin/rcvm go test ./internal/cpythontests -run Baseline -update
func TestFastSubsetBaseline(t *testing.T) {
	bin := os.Getenv("RCVM_BIN")
	if bin == "" {
		t.Skip("RCVM_BIN is not set (make unit sets it to the built binary)")
	}
	data, err := os.ReadFile(baselinePath)
	require.NoError(t, err)
	var floor map[string]map[string]int
	require.NoError(t, json.Unmarshal(data, &floor))

	dir := t.TempDir()
	got := map[string]map[string]int{}
	rep := Report{Modules: Fast}
	for _, strategy := range []string{"gil", "brc"} {
		r := Runner{Name: strategy, Command: []string{bin, "run", "-strategy", strategy}, Timeout: 60 * time.Second, Dir: dir}
		got[strategy] = map[string]int{}
		rep.Runners = append(rep.Runners, strategy)
		if rep.Outcomes == nil {
			rep.Outcomes = map[string][]Outcome{}
		}
		for _, m := range Fast {
			o, err := r.RunModule(context.Background(), m)
			require.NoError(t, err)
			rep.Outcomes[strategy] = append(rep.Outcomes[strategy], o)
			got[strategy][m] = o.Passed
			if !*update {
				assert.GreaterOrEqual(t, o.Passed, floor[strategy][m],
					"%s under %s passes fewer of CPython's tests than the baseline (%s: %s)", m, strategy, o.Status, o.Reason)
			}
		}
	}
	var b bytes.Buffer
	rep.Write(&b)
	t.Log("\n" + b.String())
	if *update {
		out, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(baselinePath, append(out, '\n'), 0o644))
	}
}
