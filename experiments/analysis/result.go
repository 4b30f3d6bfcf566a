package analysis

import "github.com/rcvm/rcvm/experiments/results"

// Result is one experiment analysed on one host, once: the figures, the
// tables and the paper all read this value. Which field is set follows
// Spec.Kind.
type Result struct {
	// Experiment is its name, Spec how it was analysed, Host where it ran.
	Experiment string
	Spec       Spec
	Host       results.Host
	// Records are the experiment's records on this host (its newest run).
	Records []results.Record

	Relative   *Relative   // KindRelative
	Scaling    *Scaling    // KindScaling
	Grid       *Grid       // KindIO, KindLatency, KindContention
	Safety     []SafetyRow // KindSafety
	Memory     []MemoryRow // KindMemory
	Noise      []NoiseRow  // KindNoise
	NoisePairs []NoisePair // KindNoise
}

// Empty reports whether the analysis found nothing to show.
func (r *Result) Empty() bool {
	return r == nil || (r.Relative == nil && r.Scaling == nil && r.Grid == nil && len(r.Safety) == 0 &&
		len(r.Memory) == 0 && len(r.Noise) == 0)
}

// Analyse analyses one experiment's records of one host with a Spec.
func Analyse(h results.Host, recs []results.Record, experiment string, s Spec) *Result {
	r := &Result{Experiment: experiment, Spec: s, Host: h, Records: recs}
	switch s.Kind {
	case KindRelative:
		if rel := CompareTo(recs, experiment, s.Baseline); rel != nil && len(rel.Series) > 0 {
			r.Relative = rel
		}
	case KindScaling:
		r.Scaling = ScalingOf(recs, experiment, h.Cores)
	case KindIO:
		r.Grid = IOOf(recs, experiment)
	case KindLatency:
		r.Grid = ConvoyOf(recs, experiment, s.Label)
	case KindContention:
		r.Grid = ContentionOf(recs, experiment)
	case KindSafety:
		r.Safety = SafetyOf(recs, experiment)
	case KindMemory:
		r.Memory = MemoryOf(recs, experiment)
	case KindNoise:
		r.Noise, r.NoisePairs = NoiseOf(recs, experiment)
	}
	return r
}

// Host is every experiment of one host analysed, in the order the
// experiments first appear in its records.
type Host struct {
	Host    results.Host
	Records []results.Record
	Results []*Result
}

// Get returns the result of an experiment, or nil.
func (h *Host) Get(experiment string) *Result {
	if h == nil {
		return nil
	}
	for _, r := range h.Results {
		if r.Experiment == experiment {
			return r
		}
	}
	return nil
}

// SpecOf is how an experiment's records are analysed: as they say
// (Record.Analysis), else as Builtin says for a built-in experiment; false
// for neither.
func SpecOf(recs []results.Record, experiment string) (Spec, bool) {
	for _, r := range recs {
		if r.Experiment == experiment && r.Analysis != nil && r.Analysis.Kind != "" {
			return *r.Analysis, true
		}
	}
	s, ok := Builtin[experiment]
	return s, ok
}

// Of analyses every experiment of one host's records.
func Of(hg results.HostGroup) *Host {
	h := &Host{Host: hg.Host, Records: hg.Records}
	byExp := map[string][]results.Record{}
	var order []string
	for _, r := range hg.Records {
		if _, ok := byExp[r.Experiment]; !ok {
			order = append(order, r.Experiment)
		}
		byExp[r.Experiment] = append(byExp[r.Experiment], r)
	}
	for _, e := range order {
		if s, ok := SpecOf(byExp[e], e); ok {
			h.Results = append(h.Results, Analyse(hg.Host, byExp[e], e, s))
		}
	}
	return h
}

// ByHost analyses the newest run of every experiment on every host.
func ByHost(recs []results.Record) []*Host {
	var out []*Host
	for _, hg := range results.ByHost(results.Latest(recs)) {
		out = append(out, Of(hg))
	}
	return out
}
