// Package analysis turns the records of one host (see results.ByHost) into
// the quantities the figures, tables and the paper show: overhead ratios,
// speedups, costs per operation, latencies, safety and memory counts.
//
// Times are the programs' own WorkSeconds (their "Duration" line), which
// leave out interpreter start-up. Ratios between configurations are taken
// per repetition (rep r of A against rep r of B, which ran in the same
// interleaved round) and then summarised by their median and its 95%
// order-statistic confidence interval (package stats); a geometric mean
// over workloads is likewise taken per repetition first.
package analysis
