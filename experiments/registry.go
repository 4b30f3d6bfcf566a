package experiments

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// All returns every experiment, in the order `rcvm experiment all` and
// `rcvm paper -run` run them: the built-in ones, then those registered.
func All() []Spec {
	registeredMu.Lock()
	defer registeredMu.Unlock()
	return append([]Spec{Overhead, Scaling, Contention, IO, Convoy, Safety, Memory, VsCPython, Noise}, registered...)
}

var (
	registeredMu sync.Mutex
	registered   []Spec
)

// Register adds an experiment, typically from an init function of a
// researcher's own package beside their strategy: `rcvm experiment NAME`
// then runs it, and its records carry its Spec.Analysis, so that
// `rcvm paper` draws its figure and table (by the analysis kind, under the
// titles the Spec names) and fills a `generated:NAME` block of the paper.
// It panics on a name already taken or a spec without workloads or
// series, as a programming error.
func Register(s Spec) {
	if s.Name == "" || s.Name == "all" || s.Name == "list" || len(s.Workloads) == 0 || len(s.Series) == 0 {
		panic(fmt.Sprintf("experiments.Register: experiment %q needs a name (not all or list), workloads and series", s.Name))
	}
	for _, have := range append(All(), Extra()...) {
		if have.Name == s.Name {
			panic(fmt.Sprintf("experiments.Register: experiment %q already exists", s.Name))
		}
	}
	registeredMu.Lock()
	defer registeredMu.Unlock()
	registered = append(registered, s)
}

// Lookup finds experiments by name; "all" is every one. Unknown names are
// an error listing the known ones.
func Lookup(names ...string) ([]Spec, error) {
	byName := map[string]Spec{}
	var known []string
	for _, s := range append(All(), Extra()...) {
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
