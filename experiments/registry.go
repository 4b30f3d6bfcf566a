package experiments

import (
	"fmt"
	"sort"
	"strings"
)

// All returns every experiment, in the order `rcvm experiment all` and
// `rcvm paper -run` run them.
func All() []Spec {
	return []Spec{Overhead, Scaling, Contention, IO, Convoy, Safety, Memory, VsCPython, Noise}
}

// Lookup finds experiments by name; "all" is every one. Unknown names are
// an error listing the known ones.
func Lookup(names ...string) ([]Spec, error) {
	byName := map[string]Spec{}
	var known []string
	for _, s := range All() {
		byName[s.Name] = s
		known = append(known, s.Name)
	}
	var out []Spec
	seen := map[string]bool{}
	for _, n := range names {
		if n == "all" {
			for _, s := range All() {
				if !seen[s.Name] {
					seen[s.Name] = true
					out = append(out, s)
				}
			}
			continue
		}
		s, ok := byName[n]
		if !ok {
			sort.Strings(known)
			return nil, fmt.Errorf("no experiment %q (known: %s, all)", n, strings.Join(known, ", "))
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no experiment named")
	}
	return out, nil
}
