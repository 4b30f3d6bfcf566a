// Package stats holds the few statistics rcvm's experiments report: the
// median of repeated measurements with a distribution-free 95% confidence
// interval, paired ratios, and the geometric mean of ratios.
//
// The confidence interval on the median is the exact order-statistic
// interval (Hahn and Meeker, "Statistical Intervals", §5.2; also in
// Conover, "Practical Nonparametric Statistics", §3.2): for n sorted samples
// the interval [x(j), x(n+1-j)] contains the true median with probability
// P(j <= B <= n-j) for B ~ Binomial(n, 1/2), computed with
// gonum.org/v1/gonum/stat/distuv. It assumes nothing about the shape of the
// distribution of run times, which is skewed (a run is slowed by noise, never
// sped up), so it suits timing better than a t interval on the mean. Its one
// simplification: with few samples no pair of order statistics reaches 95%
// (n < 6), and the interval is then [min, max] with the coverage it does
// reach recorded in Estimate.Confidence, rather than a wider made-up one.
package stats
