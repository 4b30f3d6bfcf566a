package plots

import (
	"math"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/stats"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// geoMeanLabel is the last group of a relative bar chart.
const geoMeanLabel = "geo. mean"

// relativeBars draws a Relative as grouped bars: one group per workload and
// one for the geometric mean, one bar per series, each with its confidence
// interval, and a dashed line at 1 (the baseline).
func relativeBars(rel *analysis.Relative, title, ylabel string, legend func(string) string) (*plot.Plot, error) {
	groups := append([]string(nil), rel.Workloads...)
	value := func(s, g string) (stats.Estimate, bool) {
		if g == geoMeanLabel {
			e, ok := rel.GeoMean[s]
			return e, ok && e.Valid()
		}
		e, ok := rel.Ratio[s][g]
		return e, ok && e.Valid()
	}
	groups = append(groups, geoMeanLabel)
	labels := make([]string, len(groups))
	for i, g := range groups {
		labels[i] = shortWorkload(g)
	}
	return groupedBars(title, ylabel, labels, groups, rel.Series, value, 1, "= "+rel.Baseline, legend)
}

// groupedBars draws bars with confidence intervals, grouped on a nominal x
// axis, with an optional dashed reference line at ref (0: none).
func groupedBars(title, ylabel string, labels, groups, series []string,
	value func(series, group string) (stats.Estimate, bool), ref float64, refLabel string, legend func(string) string) (*plot.Plot, error) {
	if legend == nil {
		legend = func(s string) string { return s }
	}
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	p.NominalX(labels...)
	p.X.Tick.Label.Rotation = math.Pi / 6
	p.X.Tick.Label.XAlign = draw.XRight
	p.X.Tick.Label.YAlign = draw.YCenter
	p.Legend.Top = true
	p.Legend.Left = true
	p.Add(horizontalGrid())
	p.Y.Tick.Marker = labelledTicks{}

	n := max(len(series), 1)
	width := 0.8 / float64(n)
	top := ref
	for i, s := range series {
		var errs plotter.XYs
		var yerrs plotter.YErrors
		var first *plotter.Polygon
		for g, grp := range groups {
			e, ok := value(s, grp)
			if !ok {
				continue
			}
			x := float64(g) - 0.4 + width*(float64(i)+0.5)
			poly, err := plotter.NewPolygon(plotter.XYs{
				{X: x - width*0.45, Y: 0}, {X: x + width*0.45, Y: 0},
				{X: x + width*0.45, Y: e.Median}, {X: x - width*0.45, Y: e.Median},
			})
			if err != nil {
				return nil, err
			}
			poly.Color = seriesColor(s)
			poly.LineStyle.Width = 0
			p.Add(poly)
			if first == nil {
				first = poly
			}
			errs = append(errs, plotter.XY{X: x, Y: e.Median})
			yerrs = append(yerrs, struct{ Low, High float64 }{e.Median - e.Low, e.High - e.Median})
			// The axis follows the medians; an interval beyond it is
			// clipped rather than allowed to flatten every bar.
			top = max(top, e.Median)
		}
		if first == nil {
			continue
		}
		p.Legend.Add(legend(s), first)
		eb, err := plotter.NewYErrorBars(errorBars{errs, yerrs})
		if err != nil {
			return nil, err
		}
		eb.LineStyle.Width = vg.Points(0.8)
		eb.CapWidth = vg.Points(3)
		p.Add(eb)
	}
	if ref > 0 {
		l, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: ref}, {X: float64(len(groups)) - 0.5, Y: ref}})
		if err != nil {
			return nil, err
		}
		l.LineStyle.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		l.LineStyle.Width = vg.Points(1)
		p.Add(l)
		if refLabel != "" {
			p.Legend.Add(refLabel, l)
		}
	}
	p.Y.Min = 0
	// Headroom for the legend, which sits top left over the bars.
	p.Y.Max = top * (1.25 + 0.08*float64(len(series)))
	return p, nil
}

// errorBars adapts points and their errors to plotter.NewYErrorBars.
type errorBars struct {
	plotter.XYs
	plotter.YErrors
}
