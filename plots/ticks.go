package plots

import (
	"math"
	"strconv"

	"gonum.org/v1/plot"
)

// labelledTicks puts about six labelled ticks at 1, 2 or 5 × 10^k steps
// (gonum's default labels too few for a reader to read values off).
type labelledTicks struct{}

// Ticks implements plot.Ticker.
func (labelledTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: format(lo)}}
	}
	step := niceStep((hi - lo) / 6)
	var ticks []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+step*1e-9; v += step {
		if math.Abs(v) < step*1e-9 {
			v = 0
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: format(v)})
		// Unlabelled minor ticks halfway.
		if m := v + step/2; m <= hi {
			ticks = append(ticks, plot.Tick{Value: m})
		}
	}
	return ticks
}

// logTicks labels 1, 2 and 5 × 10^k on a log axis, and marks the other
// integers of each decade.
type logTicks struct{}

// Ticks implements plot.Ticker.
func (logTicks) Ticks(lo, hi float64) []plot.Tick {
	if lo <= 0 || !(hi > lo) {
		return []plot.Tick{{Value: hi, Label: format(hi)}}
	}
	var ticks []plot.Tick
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
		d := math.Pow(10, e)
		for m := 1; m <= 9; m++ {
			v := float64(m) * d
			if v < lo*(1-1e-9) || v > hi*(1+1e-9) {
				continue
			}
			t := plot.Tick{Value: v}
			if m == 1 || m == 2 || m == 5 {
				t.Label = format(v)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// niceStep rounds a step up to 1, 2 or 5 × 10^k.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*e {
			return m * e
		}
	}
	return 10 * e
}

// format prints a tick value without noise digits.
func format(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e9)/1e9, 'g', 6, 64)
}
