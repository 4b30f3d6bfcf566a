package cpythontests

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Totals sums one runner's outcomes over modules.
type Totals struct {
	Run, Passed, Failed, Errors, Skipped int
	// Modules counts the modules, Done those that ran to the end.
	Modules, Done int
}

// Sum adds up outcomes.
func Sum(outcomes []Outcome) Totals {
	var t Totals
	for _, o := range outcomes {
		t.Run += o.Run()
		t.Passed += o.Passed
		t.Failed += o.Failed
		t.Errors += o.Errors
		t.Skipped += o.Skipped
		t.Modules++
		if o.Status == "done" {
			t.Done++
		}
	}
	return t
}

// PassRate is passed over what the reference passed, or -1 when the
// reference passed nothing.
func PassRate(passed, reference int) float64 {
	if reference == 0 {
		return -1
	}
	return float64(passed) / float64(reference)
}

// Report holds the outcomes of a run: by runner, one per module, in the
// order of Modules.
type Report struct {
	Modules []string
	// Reference is the CPython runner's name ("" when CPython did not run).
	Reference string
	Runners   []string
	Outcomes  map[string][]Outcome
}

// Write prints a table with a row per module and runner (tests run,
// passed, failed, errors, skipped, the pass rate against CPython, the
// status), then a total line per runner: "N passed, N failed".
func (r Report) Write(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "module\trunner\trun\tpassed\tfailed\terrors\tskipped\tof CPython's\tstatus\t")
	for i, m := range r.Modules {
		for _, name := range r.Runners {
			o := r.Outcomes[name][i]
			rate := ""
			if r.Reference != "" && name != r.Reference {
				rate = percent(PassRate(o.Passed, r.Outcomes[r.Reference][i].Passed))
			}
			status := o.Status
			if o.Reason != "" {
				status += ": " + clip(o.Reason, 60)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", m, name, o.Run(), o.Passed, o.Failed, o.Errors, o.Skipped, rate, status)
		}
	}
	tw.Flush()
	for _, name := range r.Runners {
		t := Sum(r.Outcomes[name])
		line := fmt.Sprintf("%s: %d passed, %d failed (%d errors, %d skipped; %d of %d modules ran to the end)",
			name, t.Passed, t.Failed+t.Errors, t.Errors, t.Skipped, t.Done, t.Modules)
		if r.Reference != "" && name != r.Reference {
			line += fmt.Sprintf("; %s of the %d tests CPython passes", percent(PassRate(t.Passed, Sum(r.Outcomes[r.Reference]).Passed)), Sum(r.Outcomes[r.Reference]).Passed)
		}
		fmt.Fprintln(w, line)
	}
}

func percent(r float64) string {
	if r < 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*r)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
