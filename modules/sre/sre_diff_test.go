package sre_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/internal/difftest"
	"github.com/rcvm/rcvm/modules/sre/internal/table"
)

// The module's differential test: every case of the shared table, compiled
// by python3's re._compiler into the arguments of _sre.compile, then run
// through the module's whole surface (match, fullmatch, search, finditer,
// findall, split, sub, subn, the match objects' accessors and reprs) by the
// same program on rcvm, under every strategy in checked mode, and on
// python3.

// compileArgs asks python3 for _sre.compile's arguments for each case.
func compileArgs(t *testing.T, cases []table.Case) []json.RawMessage {
	t.Helper()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	type jsCase struct {
		Pat   string `json:"pat"`
		Flags int    `json:"flags"`
		Bytes bool   `json:"bytes"`
	}
	in := make([]jsCase, len(cases))
	for i, c := range cases {
		in[i] = jsCase{c.Pat, c.Flags, c.Bytes}
	}
	js, err := json.Marshal(in)
	require.NoError(t, err)
	cmd := exec.Command("python3", "-c", `
import json, sys, re._parser as P, re._compiler as C
out = []
for c in json.load(sys.stdin):
    pat = c["pat"].encode("latin-1") if c["bytes"] else c["pat"]
    p = P.parse(pat, c["flags"])
    code = C._code(p, c["flags"])
    ig = [None] * p.state.groups
    for k, i in p.state.groupdict.items():
        ig[i] = k
    out.append([c["flags"] | p.state.flags, code, p.state.groups - 1, p.state.groupdict, ig])
json.dump(out, sys.stdout)
`)
	cmd.Stdin = bytes.NewReader(js)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	var args []json.RawMessage
	require.NoError(t, json.Unmarshal(out, &args))
	require.Len(t, args, len(cases))
	return args
}

// pyStr is a Python str literal for s, with escapes for everything but
// printable ASCII.
func pyStr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// pyBytes is a Python bytes literal for s, whose runes stand for bytes.
func pyBytes(s string) string {
	var b strings.Builder
	b.WriteString("b'")
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\x%02x`, r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// jsonToPy turns the JSON of compile's arguments into Python literals
// (they hold only ints, strings, null, lists and objects).
func jsonToPy(raw json.RawMessage) string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		panic(err)
	}
	var lit func(v any) string
	lit = func(v any) string {
		switch x := v.(type) {
		case nil:
			return "None"
		case float64:
			return fmt.Sprintf("%d", int64(x))
		case string:
			return pyStr(x)
		case []any:
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = lit(e)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		case map[string]any:
			var parts []string
			for k, e := range x {
				parts = append(parts, pyStr(k)+": "+lit(e))
			}
			return "{" + strings.Join(parts, ", ") + "}"
		}
		panic(fmt.Sprintf("unexpected %T", v))
	}
	return lit(v)
}

// moduleProgram is the program run on both sides for a chunk of cases.
const moduleProgram = `import _sre
def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r %r %r %r' % (m, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs, [m.span(g) for g in range(m.re.groups + 1)])
def run(pat, args, subjects):
    flags, code, groups, gi, ig = args
    p = _sre.compile(pat, flags, code, groups, gi, tuple(ig))
    print(repr(p), p.groups, p.groupindex, p.flags)
    for s in subjects:
        e, lt = s[:0], '<>' if isinstance(s, str) else b'<>'
        for f in (lambda: [show(p.match(s)), show(p.fullmatch(s)), show(p.search(s)), show(p.search(s, 1, len(s) - 1)), show(p.match(s, 1))],
                  lambda: [show(m) for m in p.finditer(s)],
                  lambda: p.findall(s),
                  lambda: (p.split(s), p.split(s, 1)),
                  lambda: (p.sub(lt, s), p.subn(e, s, 2), p.sub(lambda m: e.join([lt[:1], m.group(), lt[1:]]), s), p.sub(lambda m: None, s)),
                  lambda: isinstance(s, bytes) and (p.findall(bytearray(s)), show(p.search(memoryview(s))), p.sub(lt, bytearray(s)))):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
`

func TestModuleDifferential(t *testing.T) {
	strCases := table.Cases()
	args := compileArgs(t, strCases)
	const chunk = 30
	var progs []difftest.Case
	for start := 0; start < len(strCases); start += chunk {
		var b strings.Builder
		b.WriteString(moduleProgram)
		for i := start; i < min(start+chunk, len(strCases)); i++ {
			c := strCases[i]
			lit := pyStr
			if c.Bytes {
				lit = pyBytes
			}
			subs := make([]string, len(c.Subjects))
			for j, s := range c.Subjects {
				subs[j] = lit(s)
			}
			fmt.Fprintf(&b, "run(%s, %s, [%s])\n", lit(c.Pat), jsonToPy(args[i]), strings.Join(subs, ", "))
		}
		progs = append(progs, difftest.Case{Name: fmt.Sprintf("table %d-%d", start, min(start+chunk, len(strCases))-1), Src: b.String()})
	}
	difftest.Run(t, progs)
}

// TestModuleEdges: argument checking, error messages and the corners of
// the module's objects, through _sre on both sides.
func TestModuleEdges(t *testing.T) {
	pats := []table.Case{{Pat: "(a)(?P<n>b)?"}, {Pat: "x*"}, {Pat: "(?P<first>\\w+) (?P<last>\\w+)"}, {Pat: "a", Bytes: true}}
	args := compileArgs(t, pats)
	var defs strings.Builder
	defs.WriteString("!import _sre\n")
	for i, c := range pats {
		lit := pyStr
		if c.Bytes {
			lit = pyBytes
		}
		fmt.Fprintf(&defs, "!a%d = %s\n!p%d = _sre.compile(%s, a%d[0], a%d[1], a%d[2], a%d[3], tuple(a%d[4]))\n", i, jsonToPy(args[i]), i, lit(c.Pat), i, i, i, i, i)
	}
	pre := strings.Split(strings.TrimSuffix(defs.String(), "\n"), "\n")
	ex := func(name string, lines ...string) difftest.Case {
		return difftest.Exprs(name, append(append([]string{}, pre...), lines...)...)
	}
	difftest.Run(t, []difftest.Case{
		ex("module",
			"_sre.MAGIC", "_sre.CODESIZE", "_sre.MAXREPEAT", "_sre.MAXGROUPS", "_sre.copyright", "_sre.getcodesize()",
			"[_sre.ascii_iscased(c) for c in (65, 97, 48, 200, -1)]",
			"[_sre.unicode_iscased(c) for c in (65, 0xdf, 0x130, 0x2160, 48, 0x10ffff, -1)]",
			"[_sre.ascii_tolower(c) for c in (65, 90, 91, 0xc0, -5)]",
			"[_sre.unicode_tolower(c) for c in (65, 0xc0, 0x130, 0x212a, 0x10400, -5, 2**31 - 1)]",
			"_sre.ascii_tolower('a')", "_sre.unicode_tolower(2**31)", "_sre.ascii_iscased()", "_sre.getcodesize(1)"),
		ex("compile errors",
			"_sre.compile('a', 0, (1,), 0, {}, ())", "_sre.compile('a', 0, [1], 0, [], ())", "_sre.compile('a', 0, [1], 0, {}, [])",
			"_sre.compile('a', 0, [-1], 0, {}, ())", "_sre.compile('a', 0, [2**32], 0, {}, ())", "_sre.compile('a', 0, [2**64], 0, {}, ())",
			"_sre.compile('a', 0, ['x'], 0, {}, ())", "_sre.compile('a', 0, [99, 1], 0, {}, ())", "_sre.compile('a', 0, [], 0, {}, ())",
			"_sre.compile('a', 0, [1], -1, {}, ())", "_sre.compile(1, 0, [1], 0, {}, ())", "_sre.compile('a', 'x', [1], 0, {}, ())",
			"_sre.compile('a', 0, [1], 'x', {}, ())", "_sre.compile(None, 0, [1], 0, {}, ())", "_sre.compile('a', 0, [1], 0, {}, (), 5)",
			"_sre.compile(pattern='a', flags=0, code=[1], groups=0, groupindex={}, indexgroup=())", "_sre.compile('a', 0, [17, 4, 1], 1, {}, ())"),
		ex("pattern",
			"p0", "p0.pattern", "p0.flags", "p0.groups", "dict(p0.groupindex)", "dict(p1.groupindex)", "sorted(p2.groupindex.items())",
			"p0 == p0", "p0 == _sre.compile(p0.pattern, a0[0], a0[1], a0[2], a0[3], tuple(a0[4]))", "p0 != p1", "p0 == 1",
			"hash(p0) == hash(_sre.compile(p0.pattern, a0[0], a0[1], a0[2], a0[3], tuple(a0[4])))",
			"p0.__copy__() is p0", "p0.__deepcopy__({}) is p0", "p0.__deepcopy__()", "type(p0)()", "type(p0).__name__", "type(p0).__module__",
			"p0.match(1)", "p0.match(None)", "p0.match('ab', 'x')", "p0.match('ab', endpos=1.5)", "p0.match('ab', 0, 2, 3)", "p0.match(string='xab', pos=1)",
			"p0.match('ab', -5, 100)", "p0.search('xxab', 3)", "p0.search('xxab', 10)", "p0.search('xxab', 2, 1)", "p1.findall('axxb', 1, 3)",
			"p0.match('ab', bar=1)", "p0.split('xabyaz', maxsplit=1)", "p0.split('ab', -1)", "p1.split('abc')", "p1.sub('-', 'abc')",
			"p1.sub('-', 'abc', count=1)", "p1.subn('-', 'abc')", "p1.sub(lambda m: 1, 'ab')", "p1.sub('-', 'abc', 'x')", "p1.sub(repl='-', string='ab')",
			"p1.sub(lambda m: m.foo, 'ab')", "p1.sub(str.upper, 'ab')", "list(p1.finditer('ab'))", "type(p1.finditer('ab')).__name__",
			"!s = 'zzz' * 3", "p0.sub('-', s) is s", "p0.subn('-', s)", "p0.sub('-', '') == ''", "p0.sub('-', s, 1) is s",
			"p3.sub(b'-', b'bab')", "p3.sub(lambda m: '-', b'bab')", "p3.sub(bytearray(b'--'), b'bab')", "p3.sub(lambda m: memoryview(b'x'), bytearray(b'aba'))",
			"p3.sub(b'-', 'a')", "p0.sub('-', b'a')", "p3.findall(memoryview(b'aba'))", "p3.split(bytearray(b'bab'))", "p3.sub(b'-', b'bbb')",
			"p3", "p3.match(b'abc')", "p3.search(bytearray(b'xa'))"),
		ex("match",
			"!m = p0.match('abc')", "!n = p0.match('ac')", "!r = p2.search(' John Smith ')",
			"m", "m.group()", "m.group(0)", "m.group(1, 2)", "m.group('n')", "m.group(True)", "m.group(3)", "m.group(-1)", "m.group(2**100)",
			"m.group('x')", "m.group([1])", "m.group(1.0)", "m.group(g=1)", "m[0]", "m[1]", "m['n']", "m[5]", "n.group(2)", "n[2]",
			"n.groups()", "n.groups('-')", "n.groups(default=0)", "n.groupdict()", "n.groupdict('?')", "n.groupdict(default=1)",
			"m.start()", "m.end(1)", "m.span('n')", "n.span(2)", "n.start(2)", "m.span(1, 2)", "m.start('q')",
			"m.pos", "m.endpos", "m.string", "m.re is p0", "m.lastindex", "n.lastindex", "m.lastgroup", "n.lastgroup", "m.regs", "m.regs is m.regs",
			"r", "r.groupdict()", "r.lastgroup", "bool(m)", "m.__copy__() is m", "m.__deepcopy__(None) is m", "type(m)()",
			"p1.match('xxxx', 1, 3)", "p1.match('x' * 100)"),
		ex("scanner",
			"!s = p1.scanner('xxaxx')", "s.match()", "s.match()", "s.match()", "s.search()", "s.search()", "s.pattern is p1", "s.match(1)",
			"!s = p0.scanner('ab ab', 1)", "s.search()", "s.search()", "s.match()", "type(s)()"),
	})
}

// TestModuleThreads shares one pattern and one scanner between threads:
// every thread's findall must be right, and the scanner's matches must be
// handed out once each.
func TestModuleThreads(t *testing.T) {
	pats := []table.Case{{Pat: `(\w+)=(\d+)`}}
	args := compileArgs(t, pats)
	src := fmt.Sprintf(`import _sre, _thread
a = %s
p = _sre.compile(%s, a[0], a[1], a[2], a[3], tuple(a[4]))
text = ' '.join('k%%d=%%d' %% (i, i * i) for i in range(300))
sc = p.scanner(text)
done = _thread.allocate_lock()
lock = _thread.allocate_lock()
results, taken, left = [], [], [4]
def work(n):
    got = p.findall(text)
    mine = []
    while True:
        m = sc.search()
        if m is None:
            break
        mine.append(m.group(1))
    with lock:
        results.append(got == p.findall(text) and len(got))
        taken.extend(mine)
        left[0] -= 1
        if left[0] == 0:
            done.release()
done.acquire()
for n in range(4):
    _thread.start_new_thread(work, (n,))
done.acquire()
print(results, len(taken), len(set(taken)), sorted(taken) == sorted(g for g, _ in p.findall(text)))
`, jsonToPy(args[0]), pyStr(pats[0].Pat))
	// unsafe is not thread-safe on purpose (lost updates, races).
	difftest.Run(t, []difftest.Case{{Name: "shared pattern and scanner", Src: src, Strategies: []string{"gil", "mutex", "atomic", "brc"}}})
}
