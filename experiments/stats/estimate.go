package stats

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/stat/distuv"
)

// Level is the confidence level the experiments ask for.
const Level = 0.95

// Estimate is a median with its confidence interval.
type Estimate struct {
	// Median of the samples.
	Median float64 `json:"median"`
	// Low and High bound the confidence interval on the median.
	Low  float64 `json:"ci_low"`
	High float64 `json:"ci_high"`
	// Confidence is the coverage the interval actually has (at least Level
	// when there are enough samples; see the package comment).
	Confidence float64 `json:"confidence"`
	// N is the number of samples.
	N int `json:"n"`
}

// Valid reports whether the estimate rests on at least one sample.
func (e Estimate) Valid() bool { return e.N > 0 }

// Median returns the median of xs (the mean of the two middle values when
// len(xs) is even), or NaN for no samples. xs is not modified.
func Median(xs []float64) float64 {
	s := sorted(xs)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	return (s[(n-1)/2] + s[n/2]) / 2
}

// MedianCI returns the median of xs with the order-statistic confidence
// interval at the given level (for example Level). NaN samples are ignored;
// with none left the result is the zero Estimate.
func MedianCI(xs []float64, level float64) Estimate {
	s := sorted(xs)
	n := len(s)
	if n == 0 {
		// The zero Estimate (N = 0) rather than NaNs: it must survive JSON.
		return Estimate{}
	}
	e := Estimate{Median: (s[(n-1)/2] + s[n/2]) / 2, N: n}
	j, cover := orderRank(n, level)
	e.Low, e.High, e.Confidence = s[j-1], s[n-j], cover
	return e
}

// orderRank returns the 1-based rank j of the lower order statistic of the
// narrowest symmetric interval [x(j), x(n+1-j)] with coverage >= level, and
// that coverage. When even [x(1), x(n)] falls short it returns j = 1.
func orderRank(n int, level float64) (int, float64) {
	if n < 2 {
		return 1, 0
	}
	b := distuv.Binomial{N: float64(n), P: 0.5}
	coverage := func(j int) float64 {
		// P(j <= B <= n-j) = F(n-j) - F(j-1).
		return b.CDF(float64(n-j)) - b.CDF(float64(j-1))
	}
	best := 1
	for j := 2; j <= n/2; j++ {
		if coverage(j) < level {
			break
		}
		best = j
	}
	return best, coverage(best)
}

// sorted returns a sorted copy of xs without NaNs.
func sorted(xs []float64) []float64 {
	s := make([]float64, 0, len(xs))
	for _, x := range xs {
		if !math.IsNaN(x) {
			s = append(s, x)
		}
	}
	sort.Float64s(s)
	return s
}
