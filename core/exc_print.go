package core

import (
	"fmt"
	"strings"
)

// The printer of uncaught exceptions, as CPython 3.11's
// PyErr_Display (Python/pythonrun.c): the chain of causes and contexts,
// each traceback, SyntaxError's location lines, the "Type: message" line,
// __notes__, and exception groups drawn as nested boxes.

// FormatException renders an exception as CPython's traceback printer does,
// including chained causes and contexts.
func (t *Thread) FormatException(exc *Object) string {
	p := excPrinter{t: t, seen: map[*Object]bool{}}
	p.recursive(exc)
	return p.b.String()
}

// The limits of CPython's exception-group printer.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
	// tbRecursiveCutoff is how many times a repeated traceback line is
	// shown before "[Previous line repeated N more times]".
	tbRecursiveCutoff = 3
)

type excPrinter struct {
	t    *Thread
	b    strings.Builder
	seen map[*Object]bool
	// depth is the exception-group nesting (CPython's
	// exception_group_depth); needClose asks for a group's closing line.
	depth     int
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

func (p *excPrinter) margin() string {
	if p.depth > 0 {
		return p.indent() + "| "
	}
	return ""
}

// line writes one line with the current margin.
func (p *excPrinter) line(s string) {
	p.b.WriteString(p.margin())
	p.b.WriteString(s)
	p.b.WriteString("\n")
}

func (p *excPrinter) recursive(exc *Object) {
	p.seen[exc] = true
	if isExceptionInstance(exc) {
		p.causeAndContext(exc)
	}
	if isExceptionGroup(exc) {
		p.group(exc)
	} else {
		p.exception(exc)
	}
}

// causeAndContext prints what exc was raised from or during, first.
func (p *excPrinter) causeAndContext(exc *Object) {
	e := asException(exc)
	if e.Cause != nil {
		if !p.seen[e.Cause] {
			p.recursive(e.Cause)
			p.chainMessage("The above exception was the direct cause of the following exception:")
		}
		return
	}
	if e.SuppressContext || e.Context == nil {
		return
	}
	if !p.seen[e.Context] {
		p.recursive(e.Context)
		p.chainMessage("During handling of the above exception, another exception occurred:")
	}
}

func (p *excPrinter) chainMessage(msg string) {
	p.line("")
	p.line(msg)
	p.line("")
}

// exception prints one exception: its traceback, SyntaxError's location,
// the message line and the notes.
func (p *excPrinter) exception(exc *Object) {
	t := p.t
	if !isExceptionInstance(exc) {
		p.line(fmt.Sprintf("TypeError: print_exception(): Exception expected for value, %s found", exc.typ.Name))
		return
	}
	entries := t.tracebackEntries(asException(exc))
	if len(entries) > 0 {
		header, headerMargin := "Traceback (most recent call last):", p.margin()
		if isExceptionGroup(exc) {
			header = "Exception Group Traceback (most recent call last):"
			if p.depth == 1 {
				headerMargin = p.indent() + "+ "
			}
		}
		p.b.WriteString(headerMargin + header + "\n")
		p.frames(entries)
	}
	name := excClassName(exc.typ)
	if exc.typ.IsSubtype(&SyntaxErrorType) {
		if rep := t.syntaxErrorReport(exc, name); rep != "" {
			for _, l := range strings.SplitAfter(strings.TrimSuffix(rep, "\n"), "\n") {
				p.line(strings.TrimSuffix(l, "\n"))
			}
			p.notes(exc)
			return
		}
	}
	s, ok := t.StrString(exc)
	switch {
	case !ok:
		t.ClearExc()
		p.line(name + ": <exception str() failed>")
	case s == "":
		p.line(name)
	default:
		p.line(name + ": " + s)
	}
	p.notes(exc)
}

// frames prints traceback entries, outermost first, folding repeats.
func (p *excPrinter) frames(entries []TraceEntry) {
	var last TraceEntry
	repeats := 0
	flush := func() {
		if n := repeats - tbRecursiveCutoff; n > 0 {
			p.line(fmt.Sprintf("  [Previous line repeated %d more time%s]", n, plural(n)))
		}
	}
	for _, te := range entries {
		if te == last {
			repeats++
		} else {
			flush()
			last, repeats = te, 1
		}
		if repeats > tbRecursiveCutoff {
			continue
		}
		p.line(fmt.Sprintf("  File \"%s\", line %d, in %s", te.Filename, te.Line, te.Func))
		if src := p.t.vm.sourceLine(te.Filename, te.Line); src != "" {
			p.line("    " + src)
		}
	}
	flush()
}

// notes prints __notes__: each note's lines, or the repr of a __notes__
// that is not a sequence.
func (p *excPrinter) notes(exc *Object) {
	t := p.t
	notes := t.GetAttr(exc, dunderNotes)
	if notes == nil {
		t.ClearExc()
		return
	}
	defer t.Decref(notes)
	if !t.isSequence(notes) {
		r, ok := t.ReprString(notes)
		if !ok {
			t.ClearExc()
			r = "<__notes__ repr() failed>"
		}
		// CPython ends this one without a newline.
		p.b.WriteString(p.margin() + r)
		return
	}
	items, ok := t.Collect(notes)
	if !ok {
		t.ClearExc()
		return
	}
	defer t.releaseAll(items)
	for _, n := range items {
		s, ok := t.StrString(n)
		if !ok {
			t.ClearExc()
			p.line("<note str() failed>")
			continue
		}
		for _, l := range strings.Split(s, "\n") {
			p.line(l)
		}
	}
}

// group prints an exception group and its members in nested boxes.
func (p *excPrinter) group(exc *Object) {
	if p.depth > maxGroupDepth {
		p.line(fmt.Sprintf("... (max_group_depth is %d)", maxGroupDepth))
		return
	}
	top := p.depth == 0
	if top {
		p.depth = 1
	}
	p.exception(exc)
	excs := groupExcs(exc)
	n := len(excs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		if truncated {
			p.b.WriteString(p.indent() + lead + "+---------------- ... ----------------\n")
		} else {
			fmt.Fprintf(&p.b, "%s%s+---------------- %d ----------------\n", p.indent(), lead, i+1)
		}
		p.depth++
		if !truncated {
			if p.t.enterRecursive() {
				p.recursive(excs[i])
				p.t.leaveRecursive()
			} else {
				p.t.ClearExc()
			}
		} else {
			rem := len(excs) - maxGroupWidth
			p.line(fmt.Sprintf("and %d more exception%s", rem, plural(rem)))
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// excClassName is the name the printer shows for an exception class:
// module.qualname, without the module for builtins and __main__.
func excClassName(tp *Type) string {
	name := tp.Name
	if tp.Module != "" && tp.Module != "builtins" && tp.Module != "__main__" {
		name = tp.Module + "." + name
	}
	return name
}

// excLine is the last line of a traceback: "Type: message".
func (t *Thread) excLine(exc *Object) string {
	p := excPrinter{t: t}
	name := excClassName(exc.typ)
	s, ok := t.StrString(exc)
	switch {
	case !ok:
		t.ClearExc()
		p.line(name + ": <exception str() failed>")
	case s == "":
		p.line(name)
	default:
		p.line(name + ": " + s)
	}
	return p.b.String()
}
