package results

import "sort"

// Latest keeps, for every experiment and host, only the records of the
// newest run (the greatest RunID), so that a rerun supersedes an older file
// left beside it instead of mixing with it.
func Latest(recs []Record) []Record {
	newest := map[string]string{}
	for _, r := range recs {
		k := r.Experiment + "\x00" + r.Host.Key()
		if r.RunID > newest[k] {
			newest[k] = r.RunID
		}
	}
	out := make([]Record, 0, len(recs))
	for _, r := range recs {
		if r.RunID == newest[r.Experiment+"\x00"+r.Host.Key()] {
			out = append(out, r)
		}
	}
	return out
}

// HostGroup is the records measured on one host.
type HostGroup struct {
	// Host is the first record's host (its Go version, commit and date
	// describe that record; the others share its Key).
	Host    Host
	Records []Record
}

// ByHost splits recs by Host.Key, sorted by key.
func ByHost(recs []Record) []HostGroup {
	idx := map[string]int{}
	var groups []HostGroup
	for _, r := range recs {
		k := r.Host.Key()
		i, ok := idx[k]
		if !ok {
			i = len(groups)
			idx[k] = i
			groups = append(groups, HostGroup{Host: r.Host})
		}
		groups[i].Records = append(groups[i].Records, r)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Host.Key() < groups[j].Host.Key() })
	return groups
}

// Filter returns the records of the given experiment and type.
func Filter(recs []Record, experiment, typ string) []Record {
	var out []Record
	for _, r := range recs {
		if r.Experiment == experiment && r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

// Experiments lists the distinct experiment names in recs, sorted.
func Experiments(recs []Record) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range recs {
		if !seen[r.Experiment] {
			seen[r.Experiment] = true
			out = append(out, r.Experiment)
		}
	}
	sort.Strings(out)
	return out
}
