package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/modules/sre/internal/table"
)

// The differential test: python3 (CPython 3.11) compiles each pattern of
// table.Cases with its own re._parser and re._compiler, and reports the code,
// the group count and what its _sre finds (match, fullmatch, search, the
// finditer sequence, a search inside pos/endpos); the engine runs the same
// code on the same subjects and must find the same spans and lastindex.

// diffScript answers, for each case, the code and every result.
const diffScript = `
import json, sys, re, re._parser, re._compiler, signal
class Timeout(Exception):
    pass
def alarm(*args):
    raise Timeout
signal.signal(signal.SIGALRM, alarm)
cases = json.load(sys.stdin)
def enc(s, b):
    return s.encode("latin-1") if b else s
def res(m):
    if m is None:
        return None
    return {"spans": [x for r in m.regs for x in r],
            "lastindex": -1 if m.lastindex is None else m.lastindex}
out = []
for c in cases:
    b = c["bytes"]
    pat = enc(c["pat"], b)
    try:
        p = re._parser.parse(pat, c["flags"])
        re._compiler._code(p, c["flags"])
    except re.error:
        if not c.get("mayfail"):
            raise
        out.append(None)
        continue
    code = re._compiler._code(p, c["flags"])
    rx = re.compile(pat, c["flags"])
    subs = []
    if c.get("mayfail"):
        # A generated pattern may backtrack catastrophically: skip it.
        signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        for s in c["subjects"]:
            s = enc(s, b)
            n = len(s)
            subs.append({
                "match": res(rx.match(s)),
                "fullmatch": res(rx.fullmatch(s)),
                "search": res(rx.search(s)),
                "window": res(rx.search(s, 1, n - 1)),
                "iter": [res(m) for m in rx.finditer(s)],
            })
    except Timeout:
        out.append(None)
        continue
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    out.append({"code": code, "groups": p.state.groups - 1, "subjects": subs})
json.dump(out, sys.stdout)
`

type pyResult struct {
	Spans     []int `json:"spans"`
	LastIndex int   `json:"lastindex"`
}

type pySubject struct {
	Match, Fullmatch, Search, Window *pyResult
	Iter                             []*pyResult
}

type pyCase struct {
	Code     []uint32
	Groups   int
	Subjects []pySubject
}

// runDiffScript hands the cases to python3 and decodes its answers.
func runDiffScript(t *testing.T, cases []table.Case) []*pyCase {
	t.Helper()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	type jsCase struct {
		Pat      string   `json:"pat"`
		Flags    int      `json:"flags"`
		Bytes    bool     `json:"bytes"`
		Subjects []string `json:"subjects"`
		MayFail  bool     `json:"mayfail"`
	}
	in := make([]jsCase, len(cases))
	for i, c := range cases {
		in[i] = jsCase{c.Pat, c.Flags, c.Bytes, c.Subjects, c.MayFail}
	}
	js, err := json.Marshal(in)
	require.NoError(t, err)
	cmd := exec.Command(py, "-c", diffScript)
	cmd.Stdin = bytes.NewReader(js)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	require.NoError(t, cmd.Run(), stderr.String())
	var got []*pyCase
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Len(t, got, len(cases))
	return got
}

// engineResult runs one operation and returns what python3 would report.
func engineResult[C Char](st *State[C], ok bool, err error) (*pyResult, error) {
	if err != nil || !ok {
		return nil, err
	}
	spans, err := st.Spans(nil)
	if err != nil {
		return nil, err
	}
	return &pyResult{Spans: spans, LastIndex: st.LastIndex()}, nil
}

// runEngine runs every operation of the differential test on s.
func runEngine[C Char](p *Program, s []C) (pySubject, error) {
	var r pySubject
	var err error
	n := len(s)
	st := NewState(p, s, 0, n)
	ok, e := st.Match()
	if r.Match, err = engineResult(st, ok, e); err != nil {
		return r, err
	}
	st.Init(p, s, 0, n)
	st.MatchAll = true
	ok, e = st.Match()
	if r.Fullmatch, err = engineResult(st, ok, e); err != nil {
		return r, err
	}
	st.Init(p, s, 0, n)
	ok, e = st.Search()
	if r.Search, err = engineResult(st, ok, e); err != nil {
		return r, err
	}
	st.Init(p, s, 1, n-1)
	ok, e = st.Search()
	if r.Window, err = engineResult(st, ok, e); err != nil {
		return r, err
	}
	// finditer: the scanner's loop.
	st.Init(p, s, 0, n)
	r.Iter = []*pyResult{}
	for {
		st.Reset()
		ok, e = st.Search()
		m, err := engineResult(st, ok, e)
		if err != nil {
			return r, err
		}
		if m == nil {
			break
		}
		r.Iter = append(r.Iter, m)
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	return r, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// latin1 turns a string whose runes are all below 256 into those bytes.
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestDifferential(t *testing.T) {
	t.Parallel()
	compareWithPython(t, table.Cases())
}

// TestDifferentialRandom runs patterns drawn from a small grammar (groups,
// alternatives, every kind of repeat, backreferences, lookarounds,
// conditionals, atomic groups) over short strings of a two-letter
// alphabet, where every backtracking path gets exercised.
func TestDifferentialRandom(t *testing.T) {
	t.Parallel()
	compareWithPython(t, table.Random(rand.New(rand.NewPCG(1, 2)), 400))
}

func compareWithPython(t *testing.T, cases []table.Case) {
	want := runDiffScript(t, cases)
	total, npat := 0, 0
	for i, c := range cases {
		if want[i] == nil {
			continue // python3 rejected a generated pattern
		}
		npat++
		name := fmt.Sprintf("%d:%q/%d", i, c.Pat, c.Flags)
		p, err := Compile(want[i].Code, want[i].Groups)
		require.NoError(t, err, name)
		for j, subj := range c.Subjects {
			exp := want[i].Subjects[j]
			var reprs []string
			var results []pySubject
			if c.Bytes {
				r, err := runEngine(p, latin1(subj))
				require.NoError(t, err, name)
				reprs, results = append(reprs, "bytes"), append(results, r)
			} else {
				r, err := runEngine(p, []rune(subj))
				require.NoError(t, err, name)
				reprs, results = append(reprs, "runes"), append(results, r)
				if isASCII(subj) {
					r, err := runEngine(p, []byte(subj))
					require.NoError(t, err, name)
					reprs, results = append(reprs, "ascii"), append(results, r)
				}
			}
			for k, got := range results {
				where := fmt.Sprintf("%s on %q (%s)", name, subj, reprs[k])
				if !assertSameSubject(t, where, exp, got) {
					t.Logf("code %v", want[i].Code)
				}
				total++
			}
		}
	}
	t.Logf("%d patterns, %d pattern-subject pairs compared", npat, total)
}

func assertSameSubject(t *testing.T, where string, exp, got pySubject) bool {
	t.Helper()
	ok := true
	check := func(op string, e, g *pyResult) {
		if (e == nil) != (g == nil) || e != nil && (fmt.Sprint(e.Spans) != fmt.Sprint(g.Spans) || e.LastIndex != g.LastIndex) {
			t.Errorf("%s: %s: python3 %s, engine %s", where, op, fmtRes(e), fmtRes(g))
			ok = false
		}
	}
	check("match", exp.Match, got.Match)
	check("fullmatch", exp.Fullmatch, got.Fullmatch)
	check("search", exp.Search, got.Search)
	check("search(pos=1, endpos=n-1)", exp.Window, got.Window)
	var es, gs []string
	for _, m := range exp.Iter {
		es = append(es, fmtRes(m))
	}
	for _, m := range got.Iter {
		gs = append(gs, fmtRes(m))
	}
	if strings.Join(es, " ") != strings.Join(gs, " ") {
		t.Errorf("%s: finditer: python3 %v, engine %v", where, es, gs)
		ok = false
	}
	return ok
}

func fmtRes(r *pyResult) string {
	if r == nil {
		return "None"
	}
	return fmt.Sprintf("%v/%d", r.Spans, r.LastIndex)
}

// TestDifferentialReTests runs the patterns and subjects of CPython's own
// regression table (Lib/test/re_tests.py, from python3's installation)
// through the engine.
func TestDifferentialReTests(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	out, err := exec.Command("python3", "-c", `
import json, re
from test import re_tests
cases = []
for entry in re_tests.tests:
    pat, s = entry[0], entry[1]
    if any(0xd800 <= ord(c) < 0xe000 for c in pat + s):
        continue  # lone surrogates do not survive JSON into Go
    try:
        re.compile(pat)
    except re.error:
        continue
    cases.append([pat, s])
json.dump(cases, __import__("sys").stdout)
`).Output()
	if err != nil {
		t.Skipf("python3 has no test.re_tests: %v", err)
	}
	var pairs [][2]string
	require.NoError(t, json.Unmarshal(out, &pairs))
	require.NotEmpty(t, pairs)
	cases := make([]table.Case, len(pairs))
	for i, p := range pairs {
		cases[i] = table.Case{Pat: p[0], Subjects: []string{p[1]}, MayFail: true}
	}
	compareWithPython(t, cases)
}
