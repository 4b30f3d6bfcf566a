package results

import (
	"sort"

	"github.com/rcvm/rcvm/experiments/stats"
)

// Summarize returns one summary record per configuration found among the
// measurement records of recs, in the order the configurations first appear.
func Summarize(recs []Record) []Record {
	groups := map[string][]Record{}
	var order []string
	for _, r := range recs {
		if r.Type != TypeMeasurement || r.Measurement == nil {
			continue
		}
		k := r.Experiment + "|" + r.Config.Key()
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	out := make([]Record, 0, len(order))
	for _, k := range order {
		g := groups[k]
		first := g[0]
		out = append(out, Record{
			Type: TypeSummary, Experiment: first.Experiment, Size: first.Size,
			RunID: first.RunID, Config: first.Config, Host: first.Host,
			Summary: summarizeGroup(g),
		})
	}
	return out
}

func summarizeGroup(g []Record) *Summary {
	sort.SliceStable(g, func(i, j int) bool { return g[i].Rep < g[j].Rep })
	// A disturbed run gives way to its round's rerun (as in package
	// analysis): one run per round counts.
	var kept []Record
	disturbed := 0
	for _, r := range g {
		if n := len(kept); n > 0 && kept[n-1].Rep == r.Rep {
			prev := kept[n-1].Measurement
			if prev.Disturbed || !r.Measurement.Disturbed {
				kept[n-1] = r
			}
			disturbed++
			continue
		}
		kept = append(kept, r)
	}
	s := &Summary{Runs: len(kept), DisturbedRuns: disturbed}
	var work, wall, cpu, util, cycles, pauses, rss []float64
	timings := map[string][]float64{}
	for _, r := range kept {
		m := r.Measurement
		if !m.OK() {
			s.Failures++
			continue
		}
		work = append(work, m.WorkSeconds)
		wall = append(wall, m.WallSeconds)
		cpu = append(cpu, m.CPUSeconds)
		if m.WallSeconds > 0 {
			util = append(util, m.CPUSeconds/m.WallSeconds)
		}
		if m.Report != nil {
			cycles = append(cycles, m.Report.GCCycles)
			pauses = append(pauses, m.Report.GCPauseSeconds)
		}
		rss = append(rss, float64(m.MaxRSSBytes))
		for k, v := range m.Timings {
			timings[k] = append(timings[k], v...)
		}
	}
	s.Work = stats.MedianCI(work, stats.Level)
	s.Wall = stats.MedianCI(wall, stats.Level)
	s.CPU = stats.MedianCI(cpu, stats.Level)
	s.Utilisation = zeroNaN(stats.Median(util))
	s.GCCycles = zeroNaN(stats.Median(cycles))
	s.GCPauseSeconds = zeroNaN(stats.Median(pauses))
	s.MedianRSSBytes = zeroNaN(stats.Median(rss))
	if len(timings) > 0 {
		s.TimingMedians = map[string]stats.Estimate{}
		for k, v := range timings {
			s.TimingMedians[k] = stats.MedianCI(v, stats.Level)
		}
	}
	return s
}

// zeroNaN maps NaN (no samples) to 0, which JSON can carry.
func zeroNaN(x float64) float64 {
	if x != x {
		return 0
	}
	return x
}
