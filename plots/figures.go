package plots

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Figure is one written figure.
type Figure struct {
	// Experiment and Host say what it shows.
	Experiment string
	Host       results.Host
	// Title is its title (without the host line).
	Title string
	// PNG and SVG are the files written.
	PNG, SVG string
}

// WriteFigures draws every figure the records allow, for every host
// (only each host's newest run of each experiment), into dir as
// EXPERIMENT-HOSTSLUG.png and .svg. Experiments without data are skipped.
func WriteFigures(recs []results.Record, dir string) ([]Figure, error) {
	return FiguresOf(analysis.ByHost(recs), dir)
}

// FiguresOf draws the figure of every analysed experiment of every host:
// the figure its analysis kind draws, under the title its Spec names.
func FiguresOf(hosts []*analysis.Host, dir string) ([]Figure, error) {
	var out []Figure
	for _, h := range hosts {
		for _, r := range h.Results {
			f := figureMakers[r.Spec.Kind]
			if f == nil || r.Empty() {
				continue
			}
			fig, err := f(r, dir)
			if err != nil {
				return out, fmt.Errorf("plots: %s: %w", h.Host.Key(), err)
			}
			if fig != nil {
				out = append(out, *fig)
			}
		}
	}
	return out, nil
}

// figureMakers draw the figure of one analysed experiment, by kind.
var figureMakers = map[analysis.Kind]func(*analysis.Result, string) (*Figure, error){
	analysis.KindRelative:   relativeFigure,
	analysis.KindScaling:    scalingFigure,
	analysis.KindContention: contentionFigure,
	analysis.KindIO:         ioFigure,
	analysis.KindLatency:    convoyFigure,
}

// titleOf is the Spec's figure title, else the kind's default.
func titleOf(r *analysis.Result, def string) string {
	if r.Spec.Figure != "" {
		return r.Spec.Figure
	}
	return def
}

func stem(dir, experiment string, h results.Host) string {
	return filepath.Join(dir, experiment+"-"+h.Slug())
}

func finish(p *plot.Plot, err error, r *analysis.Result, title, dir string, w, h vg.Length) (*Figure, error) {
	if err != nil {
		return nil, err
	}
	png, svg, err := save(single(p), w, h, stem(dir, r.Experiment, r.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: r.Experiment, Host: r.Host, Title: title, PNG: png, SVG: svg}, nil
}

// relativeFigure draws times relative to a baseline: the overhead
// experiment's against the GIL, vscpython's against CPython.
func relativeFigure(r *analysis.Result, dir string) (*Figure, error) {
	rel := r.Relative
	base := rel.Baseline
	var legend func(string) string
	def := fmt.Sprintf("Single-thread time relative to %s", baselineName(base))
	ylabel := fmt.Sprintf("time / time with %s (lower is faster)", baselineName(base))
	if results.IsCPython(base) {
		def = "rcvm's single-thread time relative to " + base
		ylabel = "time / " + base + "'s time (lower is faster)"
		legend = func(s string) string {
			if results.IsCPython(s) {
				return s
			}
			return "rcvm, " + s
		}
	}
	title := fmt.Sprintf("%s (%s)", titleOf(r, def), intervalNote(relEstimates(rel)))
	p, err := relativeBars(rel, titled(title, r.Host), ylabel, legend)
	return finish(p, err, r, title, dir, 8*vg.Inch, 4.5*vg.Inch)
}

// baselineName names a baseline series in prose ("the GIL" for gil).
func baselineName(s string) string {
	if s == "gil" {
		return "the GIL"
	}
	return s
}

func scalingFigure(r *analysis.Result, dir string) (*Figure, error) {
	sc := r.Scaling
	var ests []stats.Estimate
	for _, byS := range sc.Curves {
		for _, c := range byS {
			for _, p := range c.Points {
				ests = append(ests, p.Speedup)
			}
		}
	}
	title := fmt.Sprintf("%s (%s)", titleOf(r, "Speedup with the same work per thread: threads × time(1) / time(threads)"), intervalNote(ests))
	d, rows, cols, err := scalingPanels(sc, titled(title, r.Host))
	if err != nil {
		return nil, err
	}
	w := vg.Length(cols)*3.6*vg.Inch + 1.9*vg.Inch
	h := vg.Length(rows)*3.2*vg.Inch + vg.Points(34)
	png, svg, err := save(d, w, h, stem(dir, r.Experiment, r.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: r.Experiment, Host: r.Host, Title: title, PNG: png, SVG: svg}, nil
}

func contentionFigure(r *analysis.Result, dir string) (*Figure, error) {
	g := r.Grid
	title := fmt.Sprintf("%s (%s threads; %s)", titleOf(r, "Cost per reference operation as threads share more objects"),
		threadsOf(r.Records, r.Experiment), intervalNote(gridEstimates(g)))
	c, err := gridLines(g, lineOpts{title: titled(title, r.Host), xlabel: "objects shared by all threads (%)",
		ylabel: "wall time per operation per thread (ns)"})
	return finishChart(c, err, r, title, dir)
}

func ioFigure(r *analysis.Result, dir string) (*Figure, error) {
	g := r.Grid
	n := sizeOf(r.Records, r.Experiment)
	title := fmt.Sprintf("%s (%s)", titleOf(r, fmt.Sprintf("Threads that each sleep %g s: time of the run", n)), intervalNote(gridEstimates(g)))
	var refs []reference
	if n > 0 {
		var serial plotter.XYs
		for _, x := range g.X {
			serial = append(serial, plotter.XY{X: x, Y: x * n})
		}
		refs = append(refs, reference{"serial: threads × N", serial})
	}
	c, err := gridLines(g, lineOpts{title: titled(title, r.Host), xlabel: "threads", ylabel: "time (s)",
		logX: true, logY: true, floor: 1e-3}, refs...)
	return finishChart(c, err, r, title, dir)
}

func convoyFigure(r *analysis.Result, dir string) (*Figure, error) {
	g := r.Grid
	title := fmt.Sprintf("%s (%s)", titleOf(r, "Wake-up delay of a thread sleeping 1 ms beside CPU-bound threads"), intervalNote(gridEstimates(g)))
	c, err := gridLines(g, lineOpts{title: titled(title, r.Host), xlabel: "threads (1 sleeper + threads − 1 CPU-bound)",
		ylabel: lowerFirst(strings.TrimPrefix(r.Spec.Label, "Latency ")) + " delay beyond 1 ms (ms)", logY: true, scale: 1000, floor: 1e-3})
	return finishChart(c, err, r, title, dir)
}

// lowerFirst lower-cases a label's first letter, for an axis.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// finishChart saves a line chart with its side legend.
func finishChart(c *chart, err error, r *analysis.Result, title, dir string) (*Figure, error) {
	if err != nil {
		return nil, err
	}
	png, svg, err := save(c.draw, 7*vg.Inch+sideLegendWidth, 4.5*vg.Inch, stem(dir, r.Experiment, r.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: r.Experiment, Host: r.Host, Title: title, PNG: png, SVG: svg}, nil
}

// sizeOf returns an experiment's N as a number (0 if none or not numeric).
func sizeOf(recs []results.Record, experiment string) float64 {
	for _, r := range recs {
		if r.Experiment == experiment && r.Type == results.TypeMeasurement {
			var v float64
			if _, err := fmt.Sscan(r.Config.N, &v); err == nil {
				return v
			}
		}
	}
	return 0
}

// threadsOf returns the thread count(s) of an experiment, for a title.
func threadsOf(recs []results.Record, experiment string) string {
	seen := map[int]bool{}
	s := ""
	for _, r := range recs {
		if r.Experiment == experiment && r.Type == results.TypeMeasurement && !seen[r.Config.Threads] {
			seen[r.Config.Threads] = true
			if s != "" {
				s += ", "
			}
			s += fmt.Sprint(r.Config.Threads)
		}
	}
	return s
}

func relEstimates(rel *analysis.Relative) []stats.Estimate {
	var out []stats.Estimate
	for _, byW := range rel.Ratio {
		for _, e := range byW {
			out = append(out, e)
		}
	}
	for _, e := range rel.GeoMean {
		out = append(out, e)
	}
	return out
}

func gridEstimates(g *analysis.Grid) []stats.Estimate {
	var out []stats.Estimate
	for _, byX := range g.Value {
		for _, e := range byX {
			out = append(out, e)
		}
	}
	return out
}
