package sre_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
	"github.com/rcvm/rcvm/modules/sre/internal/table"
)

// The table once more, through CPython's own re package (re.compile,
// re._parser and re._compiler running on rcvm, templates through
// re._subx and re._expand) rather than code python3 compiled.

// requireRe skips the test while `import re` fails on rcvm for reasons
// outside this module (the standard library's re needs enum, functools and
// copyreg, hence imports, generators and the class model), saying why.
func requireRe(t *testing.T) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "probe.py")
	if err := os.WriteFile(path, []byte("import re\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := difftest.RunRcvm(t, "gil", path, nil); r.Code != 0 {
		lines := strings.Split(strings.TrimSpace(r.Stderr), "\n")
		t.Skipf("import re does not work on rcvm yet: %s", lines[len(lines)-1])
	}
}

const reProgram = `import re
def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r %r' % (m, m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
def run(pat, flags, subjects):
    p = re.compile(pat, flags)
    print(repr(p), p.groups, sorted(p.groupindex.items()))
    for s in subjects:
        e = s[:0]
        t = r'<\g<0>>' if isinstance(s, str) else rb'<\g<0>>'
        for f in (lambda: [show(p.match(s)), show(p.fullmatch(s)), show(p.search(s)), show(p.search(s, 1, len(s) - 1))],
                  lambda: [show(m) for m in p.finditer(s)],
                  lambda: (p.findall(s), p.split(s), p.split(s, 1)),
                  lambda: (p.sub(t, s), p.subn(e, s, 2), [m.expand(t) for m in p.finditer(s)])):
            try:
                print(f())
            except Exception as exc:
                print(type(exc).__name__, exc)
`

func TestReDifferential(t *testing.T) {
	requireRe(t)
	cases := table.Cases()
	const chunk = 40
	var progs []difftest.Case
	for start := 0; start < len(cases); start += chunk {
		var b strings.Builder
		b.WriteString(reProgram)
		for _, c := range cases[start:min(start+chunk, len(cases))] {
			lit := pyStr
			if c.Bytes {
				lit = pyBytes
			}
			subs := make([]string, len(c.Subjects))
			for j, s := range c.Subjects {
				subs[j] = lit(s)
			}
			fmt.Fprintf(&b, "run(%s, %d, [%s])\n", lit(c.Pat), c.Flags, strings.Join(subs, ", "))
		}
		progs = append(progs, difftest.Case{Name: fmt.Sprintf("re %d-%d", start, min(start+chunk, len(cases))-1), Src: b.String()})
	}
	difftest.Run(t, progs)
}

// TestReConformance runs the re programs of testdata/re: CPython's re
// package used broadly (flags, Unicode, templates, split and sub rules,
// groups, scanners, errors).
func TestReConformance(t *testing.T) {
	requireRe(t)
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata: %v", err)
	}
	var progs []difftest.Case
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, difftest.Case{Name: filepath.Base(f), Src: string(src)})
	}
	difftest.Run(t, progs)
}
