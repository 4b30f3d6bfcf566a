package plots

import (
	"math"

	"github.com/rcvm/rcvm/experiments/analysis"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// scalingPanels draws one speedup panel per workload, in a grid, under a
// common title; each panel has the ideal line min(threads, cores).
func scalingPanels(sc *analysis.Scaling, title string) (drawer, int, int, error) {
	cols := min(3, len(sc.Workloads))
	rows := (len(sc.Workloads) + cols - 1) / cols
	plots := make([][]*plot.Plot, rows)
	for i := range plots {
		plots[i] = make([]*plot.Plot, cols)
	}
	// One legend for all panels, in a column on the right.
	legend := plot.NewLegend()
	legend.Top = true
	legend.Left = true
	legend.TextStyle.Font.Size = vg.Points(10)
	legend.ThumbnailWidth = vg.Points(20)
	seen := map[string]bool{}
	entry := func(name string) *plot.Legend {
		if seen[name] {
			return nil
		}
		seen[name] = true
		return &legend
	}
	maxT := float64(sc.Threads[len(sc.Threads)-1])
	for i, w := range sc.Workloads {
		p := plot.New()
		p.Title.Text = shortWorkload(w)
		p.X.Label.Text = "threads"
		p.Y.Label.Text = "speedup (×)"
		p.Add(plotter.NewGrid())
		p.Y.Tick.Marker = labelledTicks{}
		ideal := plotter.XYs{}
		for _, t := range sc.Threads {
			ideal = append(ideal, plotter.XY{X: float64(t), Y: math.Min(float64(t), float64(sc.Cores))})
		}
		if err := referenceLineTo(p, entry("ideal"), "ideal", ideal); err != nil {
			return nil, 0, 0, err
		}
		// The axis follows the medians and the ideal; a wild interval is
		// clipped rather than allowed to flatten every curve.
		top := float64(sc.Cores)
		for _, s := range sc.Series {
			c := sc.Curve(w, s)
			if c == nil {
				continue
			}
			var xys plotter.XYs
			var yerrs plotter.YErrors
			for _, pt := range c.Points {
				e := pt.Speedup
				if !e.Valid() {
					continue
				}
				xys = append(xys, plotter.XY{X: float64(pt.Threads), Y: e.Median})
				yerrs = append(yerrs, struct{ Low, High float64 }{e.Median - e.Low, e.High - e.Median})
				top = max(top, e.Median)
			}
			if len(xys) == 0 {
				continue
			}
			if err := addSeriesTo(p, entry(s), s, xys, yerrs); err != nil {
				return nil, 0, 0, err
			}
		}
		p.X.Min, p.X.Max = 0.8, maxT+0.2
		p.X.Tick.Marker = threadTicks(sc.Threads)
		p.Y.Min = 0
		p.Y.Max = niceMax(top * 1.15)
		plots[i/cols][i%cols] = p
	}
	d := func(c draw.Canvas) {
		titleHeight := vg.Points(34)
		legendWidth := 1.9 * vg.Inch
		drawTitle(c, title)
		body := draw.Crop(c, 0, -legendWidth, 0, -titleHeight)
		tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Millimeter * 4, PadY: vg.Millimeter * 4,
			PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
		canvases := plot.Align(plots, tiles, body)
		for r := range plots {
			for k, p := range plots[r] {
				if p != nil {
					p.Draw(canvases[r][k])
				}
			}
		}
		side := draw.Crop(c, c.Max.X-c.Min.X-legendWidth+vg.Millimeter*3, 0, 0, -titleHeight-vg.Millimeter*8)
		legend.Draw(side)
	}
	return d, rows, cols, nil
}

// threadTicks labels the thread counts.
func threadTicks(ts []int) plot.ConstantTicks {
	xs := make([]float64, len(ts))
	for i, t := range ts {
		xs[i] = float64(t)
	}
	return valueTicks(xs)
}

// drawTitle writes a centred, possibly multi-line title at the top of c.
func drawTitle(c draw.Canvas, title string) {
	sty := text.Style{Font: font.From(plot.DefaultFont, 12), XAlign: draw.XCenter, YAlign: draw.YTop,
		Handler: plot.DefaultTextHandler, Color: palette[6]}
	c.FillText(sty, vg.Point{X: (c.Min.X + c.Max.X) / 2, Y: c.Max.Y - vg.Points(4)}, title)
}
