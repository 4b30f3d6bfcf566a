package stats

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want float64
	}{
		{"odd", []float64{3, 1, 2}, 2},
		{"even", []float64{4, 1, 3, 2}, 2.5},
		{"one", []float64{7}, 7},
		{"nan ignored", []float64{1, math.NaN(), 3}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, Median(tt.in), 1e-12)
		})
	}
	assert.True(t, math.IsNaN(Median(nil)))
}

func TestMedianCI(t *testing.T) {
	seq := func(n int) []float64 {
		xs := make([]float64, n)
		for i := range xs {
			xs[n-1-i] = float64(i + 1) // reversed: MedianCI must sort
		}
		return xs
	}
	tests := []struct {
		name      string
		n         int
		low, high float64
		minCover  float64
		maxCover  float64
	}{
		// n=5: even [min,max] covers only 1-2/32 = 0.9375.
		{"n=5 falls short", 5, 1, 5, 0.9375, 0.9375},
		// n=6: [x1,x6] covers 1-2/64 = 0.96875.
		{"n=6", 6, 1, 6, 0.968, 0.969},
		// n=10: [x2,x9] covers 1-2*11/1024 = 0.978515625.
		{"n=10", 10, 2, 9, 0.978, 0.979},
		// n=20: [x6,x15] covers 0.9586 (Hahn & Meeker's table).
		{"n=20", 20, 6, 15, 0.958, 0.959},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := MedianCI(seq(tt.n), Level)
			require.Equal(t, tt.n, e.N)
			assert.InDelta(t, float64(tt.n+1)/2, e.Median, 1e-12)
			assert.Equal(t, tt.low, e.Low)
			assert.Equal(t, tt.high, e.High)
			assert.GreaterOrEqual(t, e.Confidence, tt.minCover)
			assert.LessOrEqual(t, e.Confidence, tt.maxCover)
			assert.True(t, e.Valid())
		})
	}
	empty := MedianCI(nil, Level)
	assert.False(t, empty.Valid())
	one := MedianCI([]float64{2}, Level)
	assert.Equal(t, Estimate{Median: 2, Low: 2, High: 2, N: 1}, one)
}

func TestRatiosAndMeans(t *testing.T) {
	tests := []struct {
		name string
		a, b []float64
		want []float64
	}{
		{"paired", []float64{2, 3, 4}, []float64{1, 1, 2}, []float64{2, 3, 2}},
		{"shorter b", []float64{2, 3}, []float64{1}, []float64{2}},
		{"skips bad", []float64{2, math.NaN(), 4}, []float64{0, 1, 2}, []float64{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, PairedRatios(tt.a, tt.b))
		})
	}
	assert.InDelta(t, 2, GeoMean([]float64{1, 4}), 1e-12)
	assert.True(t, math.IsNaN(GeoMean([]float64{1, 0})))
	assert.True(t, math.IsNaN(GeoMean(nil)))
	assert.InDelta(t, 2.5, Mean([]float64{1, 4}), 1e-12)
	assert.Equal(t, 9.0, Quantile(0.9, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
}
