package gen

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/plots"
)

// noResults is what a block says when its experiment has not been run.
const noResults = "_No results yet: run `make paper` (or `rcvm experiment %s -out paper/results` and `rcvm paper`)._"

// input is what the blocks are built from.
type input struct {
	recs     []results.Record // latest run per experiment and host
	hosts    []results.HostGroup
	figures  []plots.Figure
	tables   []plots.Table
	paperDir string
	// resultsDir holds the results files (and CPythonTestsFile).
	resultsDir string
	// analysed are each host's facts, by host key, from its experiments
	// analysed once; experiments names every experiment with results.
	analysed    map[string]*facts
	experiments []string
}

// facts returns a host's facts.
func (in *input) facts(hg results.HostGroup) *facts {
	if f, ok := in.analysed[hg.Host.Key()]; ok {
		return f
	}
	return factsOf(analysis.Of(hg))
}

// appendNew appends s to list unless present.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// experimentBlocks are the blocks that show one experiment's figures and
// tables, by experiment name.
var experimentBlocks = []string{"overhead", "scaling", "contention", "io", "convoy", "safety", "memory", "vscpython", "noise"}

// blocks builds every generated block.
func (in *input) blocks() map[string]string {
	b := map[string]string{
		"abstract": in.abstract(),
		"hosts":    in.hostsTable(),
		"sizes":    in.sizesTable(),
		"claims":   in.claimsTables(),
		"goals":    in.goalsTables(),
		"anchors":  in.anchorsTables(),
		"failures": in.failures(),
		// CPython's own tests are not an experiment: their outcomes are
		// a file of their own (see CPythonTestsFile).
		"cpython-tests": in.cpythonTests(),
		// ccbench has a table of its own: its figures are ccbench's.
		"ccbench": in.ccbench(),
	}
	// A block per experiment: the built-in ones (which say "no results
	// yet" without data) and any other the results hold, so that a
	// researcher's experiment fills a generated:NAME block of their paper.
	for _, e := range experimentBlocks {
		b[e] = in.experiment(e)
	}
	for _, e := range in.experiments {
		if _, taken := b[e]; !taken {
			b[e] = in.experiment(e)
		}
	}
	return b
}

// perHost writes one section per host, with a heading when there are
// several hosts.
func (in *input) perHost(body func(hg results.HostGroup) string) string {
	var parts []string
	for _, hg := range in.hosts {
		s := body(hg)
		if s == "" {
			continue
		}
		if len(in.hosts) > 1 {
			s = fmt.Sprintf("**Host: %s**\n\n%s", hg.Host.Key(), s)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "\n\n")
}

func (in *input) experiment(name string) string {
	out := in.perHost(func(hg results.HostGroup) string {
		var parts []string
		for _, f := range in.figures {
			if f.Experiment == name && f.Host.Key() == hg.Host.Key() {
				parts = append(parts, fmt.Sprintf("![%s](%s)\n\n*%s — %s. [SVG](%s)*",
					f.Title, in.rel(f.PNG), f.Title, hg.Host.Key(), in.rel(f.SVG)))
			}
		}
		for _, t := range plots.TablesFor(in.tables, name) {
			if t.Host.Key() == hg.Host.Key() {
				parts = append(parts, fmt.Sprintf("*Table: %s — %s.*\n\n%s", t.Title, hg.Host.Key(), strings.TrimSpace(t.Markdown())))
			}
		}
		return strings.Join(parts, "\n\n")
	})
	if out == "" {
		return fmt.Sprintf(noResults, name)
	}
	return out
}

// rel makes a path relative to the paper's directory, with forward slashes.
func (in *input) rel(p string) string {
	if r, err := filepath.Rel(in.paperDir, p); err == nil {
		p = r
	}
	return filepath.ToSlash(p)
}

func (in *input) claimsTables() string {
	return in.verdictTables("claim (seed programs)", claims)
}

func (in *input) goalsTables() string {
	return in.verdictTables("goal", goals)
}

// verdictTables tabulates checked statements, one table per host.
func (in *input) verdictTables(what string, check func(*facts) []Claim) string {
	out := in.perHost(func(hg results.HostGroup) string {
		t := plots.Table{Header: []string{"#", what, "measurement that tests it", "rule", "result", "verdict"}}
		for i, c := range check(in.facts(hg)) {
			t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), c.Text, c.Test, c.Rule, c.Result, "**" + c.Verdict + "**"})
		}
		return strings.TrimSpace(t.Markdown())
	})
	if out == "" {
		return fmt.Sprintf(noResults, "all")
	}
	return out
}

func (in *input) anchorsTables() string {
	out := in.perHost(func(hg results.HostGroup) string {
		t := plots.Table{Header: []string{"figure", "source", "published", "rcvm", "rcvm / published", "why they differ"}}
		for _, a := range anchors(in.facts(hg)) {
			ratio := "–"
			if !math.IsNaN(a.Ratio) {
				ratio = fmt.Sprintf("%.2f", a.Ratio)
			}
			t.Rows = append(t.Rows, []string{a.Figure, a.Source, a.Published, a.RCVM, ratio, a.Note})
		}
		return strings.TrimSpace(t.Markdown())
	})
	if out == "" {
		return fmt.Sprintf(noResults, "all")
	}
	return out
}
