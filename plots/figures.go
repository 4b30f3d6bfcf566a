package plots

import (
	"fmt"
	"path/filepath"

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
	var out []Figure
	for _, hg := range results.ByHost(results.Latest(recs)) {
		for _, f := range figureMakers {
			fig, err := f(hg, dir)
			if err != nil {
				return out, fmt.Errorf("plots: %s: %w", hg.Host.Key(), err)
			}
			if fig != nil {
				out = append(out, *fig)
			}
		}
	}
	return out, nil
}

// figureMakers draw one figure of one host each, or return nil.
var figureMakers = []func(results.HostGroup, string) (*Figure, error){
	overheadFigure, scalingFigure, contentionFigure, ioFigure, convoyFigure, vsCPythonFigure,
}

func stem(dir, experiment string, h results.Host) string {
	return filepath.Join(dir, experiment+"-"+h.Slug())
}

func finish(p *plot.Plot, err error, experiment, title string, hg results.HostGroup, dir string, w, h vg.Length) (*Figure, error) {
	if err != nil {
		return nil, err
	}
	png, svg, err := save(single(p), w, h, stem(dir, experiment, hg.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: experiment, Host: hg.Host, Title: title, PNG: png, SVG: svg}, nil
}

func overheadFigure(hg results.HostGroup, dir string) (*Figure, error) {
	rel := analysis.CompareTo(hg.Records, "overhead", "gil")
	if rel == nil || len(rel.Series) == 0 {
		return nil, nil
	}
	title := fmt.Sprintf("Single-thread time relative to the GIL (%s)", intervalNote(relEstimates(rel)))
	p, err := relativeBars(rel, titled(title, hg.Host), "time / time with the GIL (lower is faster)", nil)
	return finish(p, err, "overhead", title, hg, dir, 8*vg.Inch, 4.5*vg.Inch)
}

func vsCPythonFigure(hg results.HostGroup, dir string) (*Figure, error) {
	rel := analysis.CompareTo(hg.Records, "vscpython", "CPython")
	if rel == nil || len(rel.Series) == 0 {
		return nil, nil
	}
	title := fmt.Sprintf("rcvm's single-thread time relative to CPython (%s)", intervalNote(relEstimates(rel)))
	p, err := relativeBars(rel, titled(title, hg.Host), "time / CPython's time (lower is faster)",
		func(s string) string { return "rcvm, " + s })
	return finish(p, err, "vscpython", title, hg, dir, 8*vg.Inch, 4.5*vg.Inch)
}

func scalingFigure(hg results.HostGroup, dir string) (*Figure, error) {
	sc := analysis.ScalingOf(hg.Records, "scaling", hg.Host.Cores)
	if sc == nil {
		return nil, nil
	}
	var ests []stats.Estimate
	for _, byS := range sc.Curves {
		for _, c := range byS {
			for _, p := range c.Points {
				ests = append(ests, p.Speedup)
			}
		}
	}
	title := fmt.Sprintf("Speedup with the same work per thread: threads × time(1) / time(threads) (%s)", intervalNote(ests))
	d, rows, cols, err := scalingPanels(sc, titled(title, hg.Host))
	if err != nil {
		return nil, err
	}
	w := vg.Length(cols)*3.6*vg.Inch + 1.9*vg.Inch
	h := vg.Length(rows)*3.2*vg.Inch + vg.Points(34)
	png, svg, err := save(d, w, h, stem(dir, "scaling", hg.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: "scaling", Host: hg.Host, Title: title, PNG: png, SVG: svg}, nil
}

func contentionFigure(hg results.HostGroup, dir string) (*Figure, error) {
	g := analysis.ContentionOf(hg.Records, "contention")
	if g == nil {
		return nil, nil
	}
	title := fmt.Sprintf("Cost per reference operation as threads share more objects (%s threads; %s)",
		threadsOf(hg.Records, "contention"), intervalNote(gridEstimates(g)))
	c, err := gridLines(g, lineOpts{title: titled(title, hg.Host), xlabel: "objects shared by all threads (%)",
		ylabel: "wall time per operation per thread (ns)"})
	return finishChart(c, err, "contention", title, hg, dir)
}

func ioFigure(hg results.HostGroup, dir string) (*Figure, error) {
	g := analysis.IOOf(hg.Records, "io")
	if g == nil {
		return nil, nil
	}
	n := sizeOf(hg.Records, "io")
	title := fmt.Sprintf("Threads that each sleep %g s: time of the run (%s)", n, intervalNote(gridEstimates(g)))
	var refs []reference
	if n > 0 {
		var serial plotter.XYs
		for _, x := range g.X {
			serial = append(serial, plotter.XY{X: x, Y: x * n})
		}
		refs = append(refs, reference{"serial: threads × N", serial})
	}
	c, err := gridLines(g, lineOpts{title: titled(title, hg.Host), xlabel: "threads", ylabel: "time (s)",
		logX: true, logY: true, floor: 1e-3}, refs...)
	return finishChart(c, err, "io", title, hg, dir)
}

func convoyFigure(hg results.HostGroup, dir string) (*Figure, error) {
	g := analysis.ConvoyOf(hg.Records, "convoy", "Latency median")
	if g == nil {
		return nil, nil
	}
	title := fmt.Sprintf("Wake-up delay of a thread sleeping 1 ms beside CPU-bound threads (%s)", intervalNote(gridEstimates(g)))
	c, err := gridLines(g, lineOpts{title: titled(title, hg.Host), xlabel: "threads (1 sleeper + threads − 1 CPU-bound)",
		ylabel: "median delay beyond 1 ms (ms)", logY: true, scale: 1000, floor: 1e-3})
	return finishChart(c, err, "convoy", title, hg, dir)
}

// finishChart saves a line chart with its side legend.
func finishChart(c *chart, err error, experiment, title string, hg results.HostGroup, dir string) (*Figure, error) {
	if err != nil {
		return nil, err
	}
	png, svg, err := save(c.draw, 7*vg.Inch+sideLegendWidth, 4.5*vg.Inch, stem(dir, experiment, hg.Host))
	if err != nil {
		return nil, err
	}
	return &Figure{Experiment: experiment, Host: hg.Host, Title: title, PNG: png, SVG: svg}, nil
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
