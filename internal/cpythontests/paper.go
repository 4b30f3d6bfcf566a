package cpythontests

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadReport reads the outcomes `rcvm cpython-tests -out FILE` wrote (one
// JSON object per line) back into a Report: the modules and runners in the
// order they first appear, CPython as the reference when it ran. A module
// a runner has no outcome for gets one with status "not run".
func ReadReport(r io.Reader) (Report, error) {
	rep := Report{Outcomes: map[string][]Outcome{}}
	byRunner := map[string]map[string]Outcome{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var o Outcome
		if err := json.Unmarshal([]byte(text), &o); err != nil {
			return Report{}, fmt.Errorf("line %d: %w", line, err)
		}
		if o.Module == "" || o.Runner == "" {
			return Report{}, fmt.Errorf("line %d: an outcome needs a module and a runner", line)
		}
		if !contains(rep.Modules, o.Module) {
			rep.Modules = append(rep.Modules, o.Module)
		}
		if byRunner[o.Runner] == nil {
			byRunner[o.Runner] = map[string]Outcome{}
			rep.Runners = append(rep.Runners, o.Runner)
			if o.Runner == "cpython" {
				rep.Reference = "cpython"
			}
		}
		byRunner[o.Runner][o.Module] = o // a later run of a module replaces an earlier
	}
	if err := sc.Err(); err != nil {
		return Report{}, err
	}
	for _, name := range rep.Runners {
		for _, m := range rep.Modules {
			o, ok := byRunner[name][m]
			if !ok {
				o = Outcome{Module: m, Runner: name, Status: "not run"}
			}
			rep.Outcomes[name] = append(rep.Outcomes[name], o)
		}
	}
	return rep, nil
}

// ReadReportFile is ReadReport on a file.
func ReadReportFile(path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, err
	}
	defer f.Close()
	rep, err := ReadReport(f)
	if err != nil {
		return Report{}, fmt.Errorf("%s: %w", path, err)
	}
	return rep, nil
}

// Markdown is the paper's table: a row per module with the tests CPython
// passes and, for every other runner, the tests it passes and their share
// of CPython's, then a total row; a module that did not run to its end on
// some runner says why below the table.
func (r Report) Markdown() string {
	others := []string{}
	for _, name := range r.Runners {
		if name != r.Reference {
			others = append(others, name)
		}
	}
	header := []string{"module"}
	if r.Reference != "" {
		header = append(header, "CPython passes")
	}
	for _, name := range others {
		header = append(header, name+" passes", name+" of CPython's")
	}
	rows := [][]string{}
	// Modules that stopped early for the same reason under a runner share
	// one note.
	var noteOrder []string
	noteModules := map[string][]string{}
	passed := func(name string, o Outcome) string {
		s := fmt.Sprintf("%d of %d", o.Passed, o.Run())
		if o.Status != "done" {
			s += " †"
			note := fmt.Sprintf("under %s: %s", name, o.Status)
			if o.Reason != "" {
				note += " (" + clip(o.Reason, 100) + ")"
			}
			if _, ok := noteModules[note]; !ok {
				noteOrder = append(noteOrder, note)
			}
			noteModules[note] = append(noteModules[note], o.Module)
		}
		return s
	}
	cell := func(name string, o Outcome, ref int) []string {
		cells := []string{passed(name, o)}
		if r.Reference != "" {
			cells = append(cells, percent(PassRate(o.Passed, ref)))
		}
		return cells
	}
	for i, m := range r.Modules {
		row := []string{m}
		ref := 0
		if r.Reference != "" {
			o := r.Outcomes[r.Reference][i]
			ref = o.Passed
			row = append(row, passed("CPython", o))
		}
		for _, name := range others {
			o := r.Outcomes[name][i]
			c := cell(name, o, ref)
			if r.Reference == "" {
				c = c[:1]
			}
			row = append(row, c...)
		}
		rows = append(rows, row)
	}
	total := []string{"**total**"}
	refTotal := 0
	if r.Reference != "" {
		t := Sum(r.Outcomes[r.Reference])
		refTotal = t.Passed
		total = append(total, fmt.Sprintf("**%d** of %d", t.Passed, t.Run))
	}
	for _, name := range others {
		t := Sum(r.Outcomes[name])
		total = append(total, fmt.Sprintf("**%d** of %d", t.Passed, t.Run))
		if r.Reference != "" {
			total = append(total, "**"+percent(PassRate(t.Passed, refTotal))+"**")
		}
	}
	if r.Reference == "" {
		header = header[:1]
		for _, name := range others {
			header = append(header, name+" passes")
		}
	}
	rows = append(rows, total)

	var b strings.Builder
	writeRow := func(cells []string) {
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	writeRow(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	writeRow(sep)
	for _, row := range rows {
		writeRow(row)
	}
	if len(noteOrder) > 0 {
		b.WriteString("\n† did not run to its end (its tests so far count):\n\n")
		for _, n := range noteOrder {
			b.WriteString("- " + strings.Join(noteModules[n], ", ") + " " + n + "\n")
		}
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
