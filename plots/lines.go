package plots

import (
	"math"
	"strconv"

	"github.com/rcvm/rcvm/experiments/analysis"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
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

// sideLegendWidth is the column on the right of a line chart that holds
// its legend, outside the data, however many series there are.
const sideLegendWidth = 1.7 * vg.Inch

// chart is a plot with its legend kept apart, drawn in a column on the
// right.
type chart struct {
	p      *plot.Plot
	legend plot.Legend
}

// draw draws the plot and, beside it, the legend.
func (c *chart) draw(dc draw.Canvas) {
	c.p.Draw(draw.Crop(dc, 0, -sideLegendWidth, 0, 0))
	side := draw.Crop(dc, dc.Max.X-dc.Min.X-sideLegendWidth+vg.Millimeter*3, 0, 0, -vg.Points(40))
	c.legend.Draw(side)
}

// gridLines draws a Grid: one line per series with its points and their
// confidence intervals; refs adds labelled reference lines.
func gridLines(g *analysis.Grid, o lineOpts, refs ...reference) (*chart, error) {
	c := &chart{p: plot.New(), legend: plot.NewLegend()}
	p := c.p
	c.legend.Top, c.legend.Left = true, true
	c.legend.TextStyle.Font.Size = vg.Points(10)
	c.legend.ThumbnailWidth = vg.Points(22)
	p.Title.Text = o.title
	p.X.Label.Text = o.xlabel
	p.Y.Label.Text = o.ylabel
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
		if err := addSeriesTo(p, &c.legend, s, xys, yerrs); err != nil {
			return nil, err
		}
	}
	for _, r := range refs {
		if err := referenceLineTo(p, &c.legend, r.label, r.xys); err != nil {
			return nil, err
		}
		for _, xy := range r.xys {
			top = max(top, xy.Y)
		}
	}
	if o.logX {
		p.X.Scale = plot.LogScale{}
		p.X.Tick.Marker = valueTicks(g.X)
		lo, hi := math.Inf(1), 0.0
		for _, x := range g.X {
			if x > 0 {
				lo, hi = min(lo, x), max(hi, x)
			}
		}
		p.X.Min, p.X.Max = logRange(lo, hi, 1.3)
	} else if len(g.X) <= 12 {
		p.X.Tick.Marker = valueTicks(g.X)
	}
	if o.logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
		p.Y.Min, p.Y.Max = logRange(bottom, top, 1.3)
	} else {
		p.Y.Tick.Marker = labelledTicks{}
		p.Y.Min, p.Y.Max = 0, top*1.05
	}
	return c, nil
}

// logRange returns the range of a log axis showing the positive values
// lo..hi with a margin of the factor pad on both sides. A log scale panics
// on a range that is empty or reaches zero, which one data point (a single
// thread count) or none would give: such a range widens to a decade
// around its value, or to 1..10.
func logRange(lo, hi, pad float64) (float64, float64) {
	if !(lo > 0) || math.IsInf(lo, 0) || !(hi >= lo) || math.IsInf(hi, 0) {
		return 1, 10
	}
	if hi == lo {
		return lo / math.Sqrt(10), hi * math.Sqrt(10)
	}
	return lo / pad, hi * pad
}

// reference is a labelled reference line of a chart.
type reference struct {
	label string
	xys   plotter.XYs
}

// addSeriesTo adds a line with points and error bars, with its legend entry
// going to the given legend, or nowhere if it is nil.
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

// referenceLineTo adds a labelled dashed grey line through xys, its legend
// entry going to the given legend, or nowhere if it is nil.
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
