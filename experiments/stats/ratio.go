package stats

import (
	"math"

	"gonum.org/v1/gonum/stat"
)

// PairedRatios returns a[i]/b[i] for every i where both are present and b[i]
// is positive. Interleaved repetitions pair naturally (rep i of A ran next to
// rep i of B), so the ratio of a pair cancels the drift both runs shared.
func PairedRatios(a, b []float64) []float64 {
	n := min(len(a), len(b))
	out := make([]float64, 0, n)
	for i := 0; i < n; i++ {
		if math.IsNaN(a[i]) || math.IsNaN(b[i]) || b[i] <= 0 {
			continue
		}
		out = append(out, a[i]/b[i])
	}
	return out
}

// GeoMean returns the geometric mean of positive xs, or NaN if there are none
// or any is not positive (a geometric mean of ratios needs every ratio).
func GeoMean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	for _, x := range xs {
		if !(x > 0) {
			return math.NaN()
		}
	}
	return stat.GeometricMean(xs, nil)
}

// Mean returns the arithmetic mean of xs, or NaN for none.
func Mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return stat.Mean(xs, nil)
}

// Quantile returns the p-quantile (0 <= p <= 1) of xs by the empirical
// distribution function, or NaN for no samples. xs is not modified.
func Quantile(p float64, xs []float64) float64 {
	s := sorted(xs)
	if len(s) == 0 {
		return math.NaN()
	}
	return stat.Quantile(p, stat.Empirical, s, nil)
}
