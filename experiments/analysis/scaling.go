package analysis

import (
	"sort"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// ScalingPoint is one thread count of a scaling curve.
type ScalingPoint struct {
	Threads int
	// Work is the run's work time in seconds.
	Work stats.Estimate
	// Speedup is threads × time(1 thread) / time(threads), per rep pair:
	// with the same work per thread, the ideal is min(threads, cores).
	Speedup stats.Estimate
	// Efficiency is the median speedup over its ideal, min(threads, cores).
	Efficiency float64
	// Utilisation is the median CPU time / wall time: the cores kept busy;
	// UtilisationCI is that median with its confidence interval.
	Utilisation   float64
	UtilisationCI stats.Estimate
}

// Curve is one series on one workload.
type Curve struct {
	Workload, Series string
	Points           []ScalingPoint
}

// Point returns the point at a thread count.
func (c *Curve) Point(threads int) (ScalingPoint, bool) {
	for _, p := range c.Points {
		if p.Threads == threads {
			return p, true
		}
	}
	return ScalingPoint{}, false
}

// Last returns the point with the most threads.
func (c *Curve) Last() ScalingPoint { return c.Points[len(c.Points)-1] }

// Scaling is the scaling experiment of one host.
type Scaling struct {
	// Cores is the host's core count (the ideal speedup's ceiling).
	Cores     int
	Workloads []string
	Series    []string
	Threads   []int
	// Curves by workload, then series.
	Curves map[string]map[string]*Curve
}

// Curve returns a curve, or nil.
func (s *Scaling) Curve(workload, series string) *Curve {
	if s == nil || s.Curves[workload] == nil {
		return nil
	}
	return s.Curves[workload][series]
}

// ScalingOf computes the curves of an experiment's records (every
// workload × series measured at 1 thread and more). It returns nil if there
// are none.
func ScalingOf(recs []results.Record, experiment string, cores int) *Scaling {
	sc := &Scaling{Cores: max(cores, 1), Curves: map[string]map[string]*Curve{}}
	byKey := map[string]map[int]*group{}
	for _, g := range collect(recs, experiment) {
		if len(g.reps) == 0 {
			continue
		}
		k := g.cfg.Workload + "\x00" + g.cfg.Series() + "\x00" + join(g.cfg.Args)
		if byKey[k] == nil {
			byKey[k] = map[int]*group{}
			sc.Workloads = appendUnique(sc.Workloads, g.cfg.Workload)
			sc.Series = appendUnique(sc.Series, g.cfg.Series())
		}
		byKey[k][g.cfg.Threads] = g
		sc.Threads = appendUniqueInt(sc.Threads, g.cfg.Threads)
	}
	sort.Ints(sc.Threads)
	for _, byThreads := range byKey {
		one := byThreads[1]
		if one == nil {
			continue
		}
		c := &Curve{Workload: one.cfg.Workload, Series: one.cfg.Series()}
		for _, t := range sc.Threads {
			g := byThreads[t]
			if g == nil {
				continue
			}
			ideal := float64(min(t, sc.Cores))
			sp := paired(one, g, func(x, y *results.Measurement) float64 {
				return float64(t) * x.WorkSeconds / y.WorkSeconds
			})
			p := ScalingPoint{Threads: t, Work: stats.MedianCI(g.values(work), stats.Level),
				Speedup: stats.MedianCI(sp, stats.Level)}
			p.Efficiency = p.Speedup.Median / ideal
			p.UtilisationCI = stats.MedianCI(g.values(func(m *results.Measurement) float64 {
				if m.WallSeconds <= 0 {
					return 0
				}
				return m.CPUSeconds / m.WallSeconds
			}), stats.Level)
			p.Utilisation = p.UtilisationCI.Median
			c.Points = append(c.Points, p)
		}
		if sc.Curves[c.Workload] == nil {
			sc.Curves[c.Workload] = map[string]*Curve{}
		}
		sc.Curves[c.Workload][c.Series] = c
	}
	if len(sc.Curves) == 0 {
		return nil
	}
	return sc
}

func join(args []string) string {
	s := ""
	for _, a := range args {
		s += a + " "
	}
	return s
}

// find returns the group of one series on one workload at t threads
// (the first whose extra arguments match args), or nil.
func find(groups []*group, workload, series string, t int) *group {
	for _, g := range groups {
		if g.cfg.Workload == workload && g.cfg.Series() == series && g.cfg.Threads == t {
			return g
		}
	}
	return nil
}

// ThreadRatio is the time of a series at num threads over its time at den
// threads, per repetition (both ran in the same round), summarised by the
// median and its confidence interval: the I/O claim's "does the time grow
// with the threads". The zero Estimate if either is missing.
func ThreadRatio(recs []results.Record, experiment, workload, series string, num, den int) stats.Estimate {
	groups := collect(recs, experiment)
	a, b := find(groups, workload, series, num), find(groups, workload, series, den)
	if a == nil || b == nil {
		return stats.Estimate{}
	}
	return stats.MedianCI(paired(a, b, func(x, y *results.Measurement) float64 {
		return x.WorkSeconds / y.WorkSeconds
	}), stats.Level)
}

// SpeedupRatio is series a's speedup at t threads over series b's, per
// repetition (the four runs of a round), with its confidence interval:
// whether one implementation scales better than another on the same
// workload, measured side by side. The zero Estimate if a run is missing.
func SpeedupRatio(recs []results.Record, experiment, workload, a, b string, t int) stats.Estimate {
	groups := collect(recs, experiment)
	a1, at := find(groups, workload, a, 1), find(groups, workload, a, t)
	b1, bt := find(groups, workload, b, 1), find(groups, workload, b, t)
	if a1 == nil || at == nil || b1 == nil || bt == nil {
		return stats.Estimate{}
	}
	var ratios []float64
	for r, x1 := range a1.reps {
		xt, y1, yt := at.reps[r], b1.reps[r], bt.reps[r]
		if xt == nil || y1 == nil || yt == nil || xt.WorkSeconds <= 0 || y1.WorkSeconds <= 0 {
			continue
		}
		// (t·a1/at) / (t·b1/bt)
		ratios = append(ratios, (x1.WorkSeconds/xt.WorkSeconds)/(y1.WorkSeconds/yt.WorkSeconds))
	}
	return stats.MedianCI(ratios, stats.Level)
}
