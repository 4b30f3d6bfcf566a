package plots

import (
	"fmt"
	"hash/fnv"
	"image/color"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// knownSeries fixes the colour and marker of the usual series, so that a
// strategy looks the same in every figure.
var knownSeries = []string{"gil", "mutex", "atomic", "brc", "unsafe", "CPython", "multiprocessing", "subinterpreters"}

// seriesIndex maps a series name to a stable style index: the known base
// names first, a hash for others (variants such as "gil 1ms" share their
// base's colour but not its dashes).
func seriesIndex(name string) (colour, dash int) {
	base, variant, _ := strings.Cut(name, " ")
	colour = -1
	for i, k := range knownSeries {
		if base == k {
			colour = i
		}
	}
	if colour < 0 {
		h := fnv.New32a()
		h.Write([]byte(base))
		colour = len(knownSeries) + int(h.Sum32()%8)
	}
	if variant != "" {
		d, ok := knownVariants[variant]
		if !ok {
			h := fnv.New32a()
			h.Write([]byte(variant))
			d = 1 + int(h.Sum32()%4)
		}
		dash = d
	}
	return colour, dash
}

// knownVariants fixes the dashes of the convoy experiment's GIL variants;
// the default switch interval is drawn solid like the plain strategy.
var knownVariants = map[string]int{"5ms": 0, "1ms": 1, "20ms": 2, "old": 3}

// palette is colour-blind-safe (Okabe and Ito, 2008), then plotutil's.
var palette = []color.Color{
	color.RGBA{0, 114, 178, 255},   // blue
	color.RGBA{213, 94, 0, 255},    // vermillion
	color.RGBA{0, 158, 115, 255},   // bluish green
	color.RGBA{204, 121, 167, 255}, // reddish purple
	color.RGBA{230, 159, 0, 255},   // orange
	color.RGBA{86, 180, 233, 255},  // sky blue
	color.RGBA{0, 0, 0, 255},       // black
	color.RGBA{150, 150, 150, 255}, // grey
}

func seriesColor(name string) color.Color {
	c, _ := seriesIndex(name)
	if c < len(palette) {
		return palette[c]
	}
	return plotutil.Color(c)
}

func seriesLine(name string) draw.LineStyle {
	_, d := seriesIndex(name)
	return draw.LineStyle{Color: seriesColor(name), Width: vg.Points(1.5), Dashes: plotutil.Dashes(d)}
}

func seriesGlyph(name string) draw.GlyphStyle {
	c, d := seriesIndex(name)
	return draw.GlyphStyle{Color: seriesColor(name), Radius: vg.Points(2.5), Shape: plotutil.Shape(c + d)}
}

// shortWorkload drops a workload's prefix and extension for axis labels.
func shortWorkload(w string) string {
	w = strings.TrimSuffix(w, ".py")
	for _, p := range []string{"bm_", "sc_"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// hostLine describes a host for a title.
func hostLine(h results.Host) string {
	s := h.Key()
	if h.Go != "" {
		s += " · " + h.Go
	}
	if h.Commit != "" && h.Commit != "unknown" {
		s += " · " + h.Commit
	}
	if len(h.Date) >= 10 {
		s += " · " + h.Date[:10]
	}
	return s
}

// titled joins a figure's title and its host line.
func titled(title string, h results.Host) string {
	return fmt.Sprintf("%s\n%s", title, hostLine(h))
}

// intervalNote says what the error bars are: a 95% confidence interval,
// or, when most configurations have too few successful runs for one, the
// range of their runs and the coverage it has.
func intervalNote(ests []stats.Estimate) string {
	count := map[int]int{}
	total := 0
	for _, e := range ests {
		if e.Valid() && e.N >= 2 {
			count[e.N]++
			total++
		}
	}
	// The most common number of runs speaks for the figure.
	n, most := 0, 0
	for k, c := range count {
		if c > most || (c == most && k > n) {
			n, most = k, c
		}
	}
	if n == 0 {
		return "median"
	}
	e := stats.MedianCI(make([]float64, n), stats.Level)
	if e.Confidence >= stats.Level {
		return "median, 95% CI"
	}
	return fmt.Sprintf("median, bars: range of %d runs = %.0f%% CI", n, 100*e.Confidence)
}
