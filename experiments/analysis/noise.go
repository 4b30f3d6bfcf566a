package analysis

import (
	"math"
	"sort"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
	"gonum.org/v1/gonum/stat"
)

// NoiseRow is one series on one workload of the noise experiment: the
// spread of its single-thread times measured in several ways, each the
// 95% interval's half-width relative to the median (RelHalfWidth).
type NoiseRow struct {
	Workload, Series string
	// Rounds is the number of rounds; Disturbed the runs that waited for a
	// CPU (CPU time / wall time under the threshold) and were run again.
	Rounds, Disturbed int
	// Raw is the work time keeping each round's first run, disturbed or
	// not; Clean with disturbed runs replaced by their reruns; CPU the
	// process's CPU time (rusage) of the clean runs.
	Raw, Clean, CPU stats.Estimate
}

// NoisePair compares two series of one workload that ran in the same
// rounds: how much of the variance the rounds share, which pairing
// cancels.
type NoisePair struct {
	Workload, A, B string
	// Ratio is the per-round ratio A/B; Correlation the correlation of the
	// two series' log times across rounds (near 1: the noise is the
	// round's, shared; near 0: each process's own).
	Ratio       stats.Estimate
	Correlation float64
}

// RelHalfWidth is an interval's half-width relative to its median (NaN
// without one).
func RelHalfWidth(e stats.Estimate) float64 {
	if !e.Valid() || e.Median == 0 {
		return math.NaN()
	}
	return (e.High - e.Low) / 2 / math.Abs(e.Median)
}

// NoiseOf analyses the noise experiment.
func NoiseOf(recs []results.Record, experiment string) ([]NoiseRow, []NoisePair) {
	raw := map[string]map[int]float64{}
	disturbed := map[string]int{}
	for _, r := range recs {
		if r.Type != results.TypeMeasurement || r.Experiment != experiment || r.Measurement == nil || !r.Measurement.OK() {
			continue
		}
		k := r.Config.Key()
		if raw[k] == nil {
			raw[k] = map[int]float64{}
		}
		if _, ok := raw[k][r.Rep]; !ok {
			raw[k][r.Rep] = r.WorkSeconds
		}
		if r.Disturbed {
			disturbed[k]++
		}
	}
	var rows []NoiseRow
	byWorkload := map[string][]*group{}
	var workloads []string
	for _, g := range collect(recs, experiment) {
		if len(g.reps) == 0 {
			continue
		}
		k := g.cfg.Key()
		var first []float64
		for _, v := range raw[k] {
			first = append(first, v)
		}
		rows = append(rows, NoiseRow{Workload: g.cfg.Workload, Series: g.cfg.Series(), Rounds: len(g.reps), Disturbed: disturbed[k],
			Raw: stats.MedianCI(first, stats.Level), Clean: stats.MedianCI(g.values(work), stats.Level),
			CPU: stats.MedianCI(g.values(func(m *results.Measurement) float64 { return m.CPUSeconds }), stats.Level)})
		if byWorkload[g.cfg.Workload] == nil {
			workloads = append(workloads, g.cfg.Workload)
		}
		byWorkload[g.cfg.Workload] = append(byWorkload[g.cfg.Workload], g)
	}
	var pairs []NoisePair
	for _, w := range workloads {
		gs := byWorkload[w]
		for i := 1; i < len(gs); i++ {
			a, b := gs[i], gs[0]
			var la, lb []float64
			reps := make([]int, 0, len(a.reps))
			for r := range a.reps {
				reps = append(reps, r)
			}
			sort.Ints(reps)
			for _, r := range reps {
				if y, ok := b.reps[r]; ok && a.reps[r].WorkSeconds > 0 && y.WorkSeconds > 0 {
					la = append(la, math.Log(a.reps[r].WorkSeconds))
					lb = append(lb, math.Log(y.WorkSeconds))
				}
			}
			p := NoisePair{Workload: w, A: a.cfg.Series(), B: b.cfg.Series(), Correlation: math.NaN(),
				Ratio: stats.MedianCI(paired(a, b, func(x, y *results.Measurement) float64 { return x.WorkSeconds / y.WorkSeconds }), stats.Level)}
			if len(la) >= 3 {
				p.Correlation = stat.Correlation(la, lb, nil)
			}
			pairs = append(pairs, p)
		}
	}
	return rows, pairs
}
