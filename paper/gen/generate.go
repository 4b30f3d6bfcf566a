package gen

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/plots"
)

// Options say where the paper's parts are.
type Options struct {
	// ResultsDir holds the *.jsonl results files.
	ResultsDir string
	// FiguresDir receives the figures.
	FiguresDir string
	// PaperPath is the Markdown file whose generated blocks are rewritten.
	PaperPath string
}

// Outcome describes a regeneration.
type Outcome struct {
	// Records is the number of records read, Hosts the number of hosts.
	Records, Hosts int
	// Figures are the figures written.
	Figures []plots.Figure
	// Unfilled names blocks of the paper this generator does not know.
	Unfilled []string
	// Changed says whether the paper's text changed.
	Changed bool
}

// Generate reads the results, writes the figures and rewrites the paper's
// generated blocks. With no results at all, the blocks say how to make them.
func Generate(o Options) (*Outcome, error) {
	recs, err := results.LoadDir(o.ResultsDir)
	if err != nil && !errors.Is(err, results.ErrNoResults) && !os.IsNotExist(err) {
		return nil, err
	}
	latest := results.Latest(recs)
	// Each host's experiments are analysed once; the figures, the tables
	// and the paper's facts all read these values.
	analysed := analysis.ByHost(latest)
	figs, err := plots.FiguresOf(analysed, o.FiguresDir)
	if err != nil {
		return nil, err
	}
	in := &input{recs: latest, hosts: results.ByHost(latest), figures: figs, tables: plots.TablesOf(analysed),
		paperDir: filepath.Dir(o.PaperPath), resultsDir: o.ResultsDir, analysed: map[string]*facts{}}
	for _, h := range analysed {
		in.analysed[h.Host.Key()] = factsOf(h)
		for _, r := range h.Results {
			in.experiments = appendNew(in.experiments, r.Experiment)
		}
	}
	doc, err := os.ReadFile(o.PaperPath)
	if err != nil {
		return nil, fmt.Errorf("reading the paper: %w", err)
	}
	text, unfilled, err := Replace(string(doc), in.blocks())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.PaperPath, err)
	}
	out := &Outcome{Records: len(recs), Hosts: len(in.hosts), Figures: figs, Unfilled: unfilled, Changed: text != string(doc)}
	if out.Changed {
		if err := os.WriteFile(o.PaperPath, []byte(text), 0o644); err != nil {
			return nil, err
		}
	}
	return out, nil
}
