package plots

import (
	"math"
	"strconv"

	"github.com/rcvm/rcvm/experiments/analysis"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// lineOpts shapes a line chart.
type lineOpts struct {
	title, xlabel, ylabel string
	logX, logY            bool
	// scale multiplies every value (e.g. seconds → milliseconds).
	scale float64
	// floor replaces values below it on a log axis.
	floor float64
}

// gridLines draws a Grid: one line per series with its points and their
// confidence intervals.
func gridLines(g *analysis.Grid, o lineOpts) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = o.title
	p.X.Label.Text = o.xlabel
	p.Y.Label.Text = o.ylabel
	p.Legend.Top = true
	p.Legend.Left = true
	p.Add(horizontalGrid())
	if o.scale == 0 {
		o.scale = 1
	}
	clamp := func(v float64) float64 {
		v *= o.scale
		if o.logY && v < o.floor {
			return o.floor
		}
		return v
	}
	top, bottom := 0.0, math.Inf(1)
	for _, s := range g.Series {
		var xys plotter.XYs
		var yerrs plotter.YErrors
		for _, x := range g.X {
			e, ok := g.At(s, x)
			if !ok {
				continue
			}
			y := clamp(e.Median)
			xys = append(xys, plotter.XY{X: x, Y: y})
			yerrs = append(yerrs, struct{ Low, High float64 }{y - clamp(e.Low), clamp(e.High) - y})
			top = max(top, clamp(e.High))
			bottom = min(bottom, clamp(e.Low))
		}
		if len(xys) == 0 {
			continue
		}
		if err := addSeries(p, s, xys, yerrs); err != nil {
			return nil, err
		}
	}
	if o.logX {
		p.X.Scale = plot.LogScale{}
		p.X.Tick.Marker = valueTicks(g.X)
	} else if len(g.X) <= 12 {
		p.X.Tick.Marker = valueTicks(g.X)
	}
	if o.logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
		// Headroom in log space for the legend, top left.
		p.Y.Min = bottom / 1.5
		p.Y.Max = top * math.Pow(10, 0.1*float64(len(g.Series)+1)*math.Max(1, math.Log10(top/bottom))/2)
	} else {
		p.Y.Tick.Marker = labelledTicks{}
		p.Y.Min = 0
		p.Y.Max = top * (1.15 + 0.06*float64(len(g.Series)))
	}
	return p, nil
}

// addSeries adds a line with points, error bars and a legend entry.
func addSeries(p *plot.Plot, name string, xys plotter.XYs, yerrs plotter.YErrors) error {
	return addSeriesTo(p, &p.Legend, name, xys, yerrs)
}

// addSeriesTo is addSeries with the legend entry going to the given legend,
// or nowhere if it is nil.
func addSeriesTo(p *plot.Plot, legend *plot.Legend, name string, xys plotter.XYs, yerrs plotter.YErrors) error {
	l, pts, err := plotter.NewLinePoints(xys)
	if err != nil {
		return err
	}
	l.LineStyle = seriesLine(name)
	pts.GlyphStyle = seriesGlyph(name)
	p.Add(l, pts)
	if legend != nil {
		legend.Add(name, l, pts)
	}
	if yerrs != nil {
		eb, err := plotter.NewYErrorBars(errorBars{xys, yerrs})
		if err != nil {
			return err
		}
		eb.LineStyle.Color = seriesColor(name)
		eb.LineStyle.Width = vg.Points(0.8)
		eb.CapWidth = vg.Points(3)
		p.Add(eb)
	}
	return nil
}

// referenceLine adds a dashed grey line through xys, labelled.
func referenceLine(p *plot.Plot, label string, xys plotter.XYs) error {
	return referenceLineTo(p, &p.Legend, label, xys)
}

// referenceLineTo is referenceLine with the legend entry going to the
// given legend, or nowhere if it is nil.
func referenceLineTo(p *plot.Plot, legend *plot.Legend, label string, xys plotter.XYs) error {
	l, err := plotter.NewLine(xys)
	if err != nil {
		return err
	}
	l.LineStyle.Width = vg.Points(1)
	l.LineStyle.Color = palette[7]
	l.LineStyle.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	p.Add(l)
	if legend != nil {
		legend.Add(label, l)
	}
	return nil
}

// valueTicks labels exactly the given x values.
func valueTicks(xs []float64) plot.ConstantTicks {
	t := make(plot.ConstantTicks, len(xs))
	for i, x := range xs {
		t[i] = plot.Tick{Value: x, Label: strconv.FormatFloat(x, 'g', -1, 64)}
	}
	return t
}

// niceMax rounds v up to a value with one significant digit.
func niceMax(v float64) float64 {
	if v <= 0 {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(v)))
	return math.Ceil(v/e) * e
}

// horizontalGrid is a grid of horizontal lines only: vertical ones would
// cut through bars and points without helping to read them.
func horizontalGrid() *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	return g
}
