package core_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestImportStress has threads import the same modules concurrently, in
// different orders and through packages, under every strategy in checked
// mode (and under the race detector in make race): each module must be
// executed once, every thread must get the same module objects, and
// nothing may leak.
func TestImportStress(t *testing.T) {
	dir := t.TempDir()
	const nmods = 12
	write := func(name, src string) {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	write("tally.py", "runs = []\n")
	write("spkg/__init__.py", "import tally\ntally.runs.append('spkg')\n")
	for i := 0; i < nmods; i++ {
		// Each module imports the next one, so that imports overlap.
		next := ""
		if i+1 < nmods {
			next = fmt.Sprintf("import m%d\n", i+1)
		}
		write(fmt.Sprintf("m%d.py", i), fmt.Sprintf("import tally\ntally.runs.append('m%d')\n%sVALUE = %d\n", i, next, i))
		write(fmt.Sprintf("spkg/s%d.py", i), fmt.Sprintf("import tally\nfrom . import s%d as me\ntally.runs.append('s%d')\n", i, i))
	}
	var b strings.Builder
	b.WriteString("import threading, tally\nseen = []\n")
	b.WriteString("def worker(k):\n    got = []\n    for j in range(" + fmt.Sprint(nmods) + "):\n")
	b.WriteString("        i = (j + 5 * k) % " + fmt.Sprint(nmods) + "\n")
	b.WriteString("        m = __import__('m%d' % i)\n        s = __import__('spkg.s%d' % i, fromlist=['x'])\n")
	b.WriteString("        got.append((m.VALUE, id(m), id(s)))\n    seen.append(sorted(got))\n")
	b.WriteString("ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]\n")
	b.WriteString("for t in ts: t.start()\nfor t in ts: t.join()\n")
	b.WriteString("print(len(tally.runs), len(set(tally.runs)), all(s == seen[0] for s in seen), len(seen))\n")
	write("main.py", b.String())
	want := fmt.Sprintf("%d %d True 8\n", 2*nmods+1, 2*nmods+1)
	// The thread-safe strategies (unsafe counts without synchronisation on
	// purpose; the unit tests' own strategies are single-threaded).
	for _, s := range []string{"gil", "mutex", "atomic", "brc"} {
		t.Run(s, func(t *testing.T) {
			r := difftest.RunRcvm(t, s, filepath.Join(dir, "main.py"), nil)
			assert.Equal(t, want, r.Stdout, r.Stderr)
			assert.Zero(t, r.Code)
			assert.Zero(t, r.Stats.Leaked, "leaked")
			assert.Zero(t, r.Stats.UseAfterFree, "use after free")
			assert.Zero(t, r.Stats.NegativeRefcount, "negative counts")
		})
	}
}
