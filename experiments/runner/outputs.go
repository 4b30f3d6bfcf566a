package runner

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
)

// timingLine matches the workloads' "Latency...: X seconds" and
// "Duration...: X seconds" lines.
var timingLine = regexp.MustCompile(`(?m)^((?:Latency|Duration)[^:\n]*):[ \t]*([-+0-9.eE]+)[ \t]*seconds`)

// parseTimings extracts the timing lines' numbers by label, and the
// program's own work time (NaN if none): the largest Duration, or with sum
// set (a pyperformance script, whose every benchmark prints
// "Duration NAME: X seconds" for its own timed loops) their sum.
func parseTimings(out string, sum bool) (map[string][]float64, float64) {
	timings := map[string][]float64{}
	work := math.NaN()
	for _, m := range timingLine.FindAllStringSubmatch(out, -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			continue
		}
		label := strings.TrimSpace(m[1])
		timings[label] = append(timings[label], v)
		if !strings.HasPrefix(label, "Duration") {
			continue
		}
		switch {
		case math.IsNaN(work):
			work = v
		case sum:
			work += v
		case v > work:
			work = v
		}
	}
	if len(timings) == 0 {
		return nil, work
	}
	return timings, work
}

// ftTimings rewrites ftscalingbench.py's "NAME   X ms" lines for workload
// NAME into "Duration NAME: S seconds" lines (one per process), the form
// parseTimings reads.
func ftTimings(out, name string) string {
	re := regexp.MustCompile(`(?m)^(?:\x1b\[[0-9;]*m)?` + regexp.QuoteMeta(name) + `[ \t]+([0-9.]+) ms\b`)
	var b strings.Builder
	b.WriteString(out)
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		ms, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			continue
		}
		fmt.Fprintf(&b, "\nDuration %s: %g seconds\n", name, ms/1000)
	}
	return b.String()
}

// readOutputs reads the children's -report and -stats files into m,
// combining several children's: counts and times add up, peaks take the
// maximum.
func readOutputs(m *results.Measurement, ps []process) error {
	for _, p := range ps {
		if p.report != "" {
			var r results.Report
			if err := readJSON(p.report, &r); err != nil {
				return fmt.Errorf("runner: rcvm's -report: %w", err)
			}
			m.Report = mergeReport(m.Report, r)
		}
		if p.stats != "" {
			var raw map[string]any
			if err := readJSON(p.stats, &raw); err != nil {
				return fmt.Errorf("runner: rcvm's -stats: %w", err)
			}
			if m.Stats == nil {
				m.Stats = map[string]float64{}
			}
			for k, v := range raw {
				if f, ok := v.(float64); ok {
					m.Stats[k] += f
				}
			}
		}
	}
	return nil
}

func mergeReport(acc *results.Report, r results.Report) *results.Report {
	if acc == nil {
		return &r
	}
	acc.WallSeconds = max(acc.WallSeconds, r.WallSeconds)
	acc.CPUSeconds += r.CPUSeconds
	acc.GCCycles += r.GCCycles
	acc.GCPauseSeconds += r.GCPauseSeconds
	acc.PeakHeapBytes = max(acc.PeakHeapBytes, r.PeakHeapBytes)
	acc.ObjectsAllocated += r.ObjectsAllocated
	acc.HeaderBytes = max(acc.HeaderBytes, r.HeaderBytes)
	return acc
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return fmt.Errorf("the program wrote no %s", path)
		}
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
