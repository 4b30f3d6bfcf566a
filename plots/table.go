package plots

import (
	"fmt"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Table is one experiment's numbers for one host.
type Table struct {
	// Experiment and Host say what it shows.
	Experiment string
	Host       results.Host
	// Title is a one-line caption.
	Title string
	// Header and Rows are the cells.
	Header []string
	Rows   [][]string
	// Notes are printed under the table.
	Notes []string
}

// Markdown renders the table (without its title) as a GitHub-flavoured
// Markdown table, columns padded so that it also reads as plain text.
func (t Table) Markdown() string {
	widths := make([]int, len(t.Header))
	for i, h := range t.Header {
		widths[i] = len([]rune(h))
	}
	for _, r := range t.Rows {
		for i := range min(len(r), len(widths)) {
			widths[i] = max(widths[i], len([]rune(r[i])))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i := range widths {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			fmt.Fprintf(&b, " %s%s |", c, strings.Repeat(" ", widths[i]-len([]rune(c))))
		}
		b.WriteString("\n")
	}
	line(t.Header)
	b.WriteString("|")
	for _, w := range widths {
		b.WriteString(strings.Repeat("-", w+2) + "|")
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		line(r)
	}
	for _, n := range t.Notes {
		b.WriteString("\n" + n + "\n")
	}
	return b.String()
}

// est formats an estimate as "median [low–high]" with the given format.
func est(e stats.Estimate, format string) string {
	if !e.Valid() {
		return "–"
	}
	lo, hi := fmt.Sprintf(format, e.Low), fmt.Sprintf(format, e.High)
	if e.N < 2 || lo == hi {
		// An interval that prints as a point says nothing.
		return fmt.Sprintf(format, e.Median)
	}
	return fmt.Sprintf(format+" [%s–%s]", e.Median, lo, hi)
}

// num formats a plain number, "–" for none.
func num(v float64, format string) string {
	if v != v {
		return "–"
	}
	return fmt.Sprintf(format, v)
}

// mib formats bytes as MiB.
func mib(e stats.Estimate) string {
	if !e.Valid() || e.Median == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", e.Median/(1<<20))
}
