// Package difftest runs small Python programs on rcvm and on CPython and
// compares them: the differential test a native module's package (or any
// package of rcvm) uses for its table of snippets.
//
// Each case runs in-process on a VM of every registered strategy in checked
// mode, and once on python3 (the reference: RCVM_PYTHON, else python3 on
// PATH resolved to its real executable). rcvm must print CPython's stdout,
// exit with CPython's status, write nothing on stderr where CPython writes
// nothing (and end with CPython's last stderr line where it writes a
// traceback), and — unless the case says it makes reference cycles — free
// every object it allocated, with no use after free and no count below
// zero.
//
// A module's test is an external test package (package math_test), which
// may import modules/all without an import cycle:
//
//	func TestMath(t *testing.T) {
//		difftest.Run(t, []difftest.Case{
//			difftest.Exprs("errors", "import math", "math.sqrt(-1)", "math.log(0)"),
//			{Name: "prod", Src: "import math\nprint(math.prod([1, 2, 3]))"},
//		})
//	}
package difftest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/rcvm/rcvm/core"
	// The strategies and the native modules every case may use.
	_ "github.com/rcvm/rcvm/modules/all"
	_ "github.com/rcvm/rcvm/strategies/all"
)

// Case is one program.
type Case struct {
	Name string
	// Src is the program's source.
	Src string
	// Want, when not empty, is CPython's expected stdout: the case then
	// runs without python3 too (python3's output, when it is available, must
	// agree with it).
	Want string
	// Args are the program's sys.argv[1:].
	Args []string
	// Cycles marks a program that makes reference cycles: its leaks are
	// not counted (rcvm has no cycle collector yet).
	Cycles bool
	// Strategies limits the run to these strategies (all when empty).
	Strategies []string
	// Threads marks a program that starts threads: it runs only under
	// the strategies that keep counts correct across threads (not
	// unsafe, whose lost updates would be reported as leaks or uses
	// after free). Run and RunFiles set it for a program that imports
	// threading, _thread or concurrent.
	Threads bool
}

// Exprs builds a case that evaluates each expression and prints its repr,
// or the exception it raises as "Type: message". Lines that are
// statements (imports, assignments, defs on one line) start with "!" and
// run as they are:
//
//	difftest.Exprs("deque", "!from collections import deque", "deque([1, 2])", "deque(1)")
func Exprs(name string, lines ...string) Case {
	var b strings.Builder
	for _, l := range lines {
		if s, ok := strings.CutPrefix(l, "!"); ok {
			b.WriteString(s + "\n")
			continue
		}
		fmt.Fprintf(&b, "try:\n    print(repr(%s))\nexcept Exception as e:\n    print(type(e).__name__ + ':', e)\n", l)
	}
	return Case{Name: name, Src: b.String()}
}

// Run runs every case under every strategy, as parallel subtests.
func Run(t *testing.T, cases []Case) {
	t.Helper()
	for _, c := range cases {
		c.Threads = c.Threads || startsThreads.MatchString(c.Src)
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "prog.py")
			if err := os.WriteFile(path, []byte(c.Src), 0o644); err != nil {
				t.Fatal(err)
			}
			want, ok := reference(t, c, path)
			if !ok {
				return
			}
			for _, s := range strategies(c) {
				t.Run(s, func(t *testing.T) {
					got := RunRcvm(t, s, path, c.Args)
					compare(t, c, want, got)
				})
			}
		})
	}
}

// Result is what one run produced.
type Result struct {
	Stdout, Stderr string
	Code           int
	// Stats are rcvm's counters (zero for CPython).
	Stats core.Stats
}

// RunRcvm runs a program file on a new VM with the strategy in checked mode.
func RunRcvm(t testing.TB, strategy, path string, args []string) Result {
	t.Helper()
	var out, errb bytes.Buffer
	vm, err := core.NewVM(core.Config{Strategy: strategy, Checked: true, Stdout: &out, Stderr: &errb,
		Stdlib: Stdlib(), CacheDir: core.DefaultCacheDir()})
	if err != nil {
		t.Fatalf("NewVM(%s): %v", strategy, err)
	}
	res, err := vm.RunFile(path, append([]string{path}, args...))
	if err != nil {
		if ie, ok := err.(*core.InternalError); ok {
			t.Fatalf("rcvm internal error under %s: %s\n%s", strategy, ie.Msg, ie.Stack)
		}
		t.Fatalf("rcvm under %s: %v", strategy, err)
	}
	return Result{Stdout: out.String(), Stderr: errb.String(), Code: res.ExitCode, Stats: res.Stats}
}

// reference returns CPython's result for the case (or the case's Want);
// ok is false when the case was skipped.
func reference(t *testing.T, c Case, path string) (Result, bool) {
	py := Python()
	if py == "" {
		if c.Want == "" {
			t.Skip("python3 is not available and the case has no Want")
			return Result{}, false
		}
		return Result{Stdout: c.Want}, true
	}
	// -B: CPython must not write __pycache__ beside the corpus.
	cmd := exec.Command(py, append([]string{"-B", path}, c.Args...)...)
	cmd.Dir = filepath.Dir(path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := 0
	if err := cmd.Run(); err != nil {
		ee, isExit := err.(*exec.ExitError)
		if !isExit {
			t.Fatalf("python3: %v", err)
		}
		code = ee.ExitCode()
	}
	r := Result{Stdout: out.String(), Stderr: errb.String(), Code: code}
	if c.Want != "" && c.Want != r.Stdout {
		t.Fatalf("the case's Want disagrees with CPython's output:\n--- Want ---\n%s--- CPython ---\n%s", c.Want, r.Stdout)
	}
	return r, true
}

func compare(t *testing.T, c Case, want, got Result) {
	t.Helper()
	if m := GoCrash(got.Stdout + got.Stderr); m != "" {
		t.Errorf("rcvm printed a Go crash (found %q):\n%s%s", m, got.Stdout, got.Stderr)
	}
	if want.Stdout != got.Stdout {
		t.Errorf("stdout differs from CPython's\n--- CPython ---\n%s--- rcvm ---\n%s--- rcvm's stderr ---\n%s", want.Stdout, got.Stdout, got.Stderr)
	}
	if want.Code != got.Code {
		t.Errorf("exit status %d, CPython's %d; rcvm's stderr:\n%s", got.Code, want.Code, got.Stderr)
	}
	switch {
	case want.Stderr == "" && got.Stderr != "":
		t.Errorf("CPython writes nothing on stderr; rcvm wrote:\n%s", got.Stderr)
	case want.Stderr != "" && lastLine(want.Stderr) != lastLine(got.Stderr):
		t.Errorf("stderr's last line differs\n--- CPython ---\n%s--- rcvm ---\n%s", want.Stderr, got.Stderr)
	}
	s := got.Stats
	if s.UseAfterFree != 0 || s.NegativeRefcount != 0 {
		t.Errorf("checked mode: %d uses after free, %d decrements below zero", s.UseAfterFree, s.NegativeRefcount)
	}
	if !c.Cycles && s.Leaked != 0 {
		t.Errorf("checked mode: %d objects leaked", s.Leaked)
	}
}

// goCrashMarkers are what a Go runtime crash or an unrecovered panic
// prints; none may appear in what rcvm writes, whatever the program does
// (issue 8, item 7).
var goCrashMarkers = []string{"goroutine ", "panic:", "fatal error:"}

// GoCrash returns the first Go crash marker found in out, or "".
func GoCrash(out string) string {
	for _, m := range goCrashMarkers {
		if strings.Contains(out, m) {
			return m
		}
	}
	return ""
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// strategies lists the strategies a case runs under.
func strategies(c Case) []string {
	if len(c.Strategies) > 0 {
		return c.Strategies
	}
	var names []string
	for _, s := range core.Strategies() {
		if c.Threads && s.NotThreadSafe {
			continue
		}
		names = append(names, s.Name)
	}
	return names
}

// startsThreads matches a program that imports a module that starts
// threads (threading, _thread, concurrent.futures): such a program runs
// only under thread-safe strategies.
var startsThreads = regexp.MustCompile(`(?m)^\s*(import|from)\s+[^#\n]*\b(threading|_thread|concurrent)\b`)

// RunFiles runs the files of dir matching pattern ("main_*.py": a corpus
// of programs that import the packages and modules beside them) as cases.
func RunFiles(t *testing.T, dir, pattern string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in %s (%v)", dir, err)
	}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(abs)
		if err != nil {
			t.Fatal(err)
		}
		c := Case{Name: filepath.Base(f), Threads: startsThreads.Match(src)}
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			want, ok := reference(t, c, abs)
			if !ok {
				return
			}
			for _, s := range strategies(c) {
				t.Run(s, func(t *testing.T) {
					compare(t, c, want, RunRcvm(t, s, abs, nil))
				})
			}
		})
	}
}

var stdlib struct {
	once sync.Once
	dir  string
}

// Stdlib is the standard library the cases run with (core.FindStdlib's
// default search; "" when there is none).
func Stdlib() string {
	stdlib.once.Do(func() {
		stdlib.dir, _ = core.FindStdlib(core.DefaultStdlibSearch(""))
	})
	return stdlib.dir
}

var python struct {
	once sync.Once
	path string
}

// Python returns the CPython to compare with (RCVM_PYTHON, else python3 on
// PATH resolved to sys.executable, so that a version manager's shim is not
// timed on every case), or "" when there is none.
func Python() string {
	python.once.Do(func() {
		py := os.Getenv("RCVM_PYTHON")
		if py == "" {
			var err error
			if py, err = exec.LookPath("python3"); err != nil {
				return
			}
		}
		out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output()
		if err != nil {
			return
		}
		if exe := strings.TrimSpace(string(out)); filepath.IsAbs(exe) {
			py = exe
		}
		python.path = py
	})
	return python.path
}
