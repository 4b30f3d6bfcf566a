// Package plots draws rcvm's figures (PNG and SVG, with gonum.org/v1/plot)
// and tables (Markdown) from results files only: it reads records (package
// results), never runs anything, and draws each host's results separately,
// with the host in every title.
//
// Figures: single-thread overhead bars with 95% confidence intervals and the
// geometric mean; speedup curves with the ideal line, one panel per
// workload; contention, I/O and convoy line charts; rcvm against CPython.
// Tables: one per experiment, including the safety and memory experiments,
// which are tables only.
package plots
