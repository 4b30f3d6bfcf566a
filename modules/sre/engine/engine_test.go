package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/modules/sre/internal/table"
)

// codeOf asks python3 for the SRE code of a str pattern and its group count.
func codeOf(t *testing.T, pat string, flags int) *Program {
	t.Helper()
	got := runDiffScript(t, []table.Case{{Pat: pat, Flags: flags, Subjects: []string{}}})
	p, err := Compile(got[0].Code, got[0].Groups)
	require.NoError(t, err)
	return p
}

func TestCheckInterrupts(t *testing.T) {
	t.Parallel()
	p := codeOf(t, "(a+)+$", 0)
	stop := errors.New("interrupted")
	for _, op := range []string{"match", "search"} {
		calls := 0
		st := NewState(p, []byte(strings.Repeat("a", 40)+"b"), 0, 41)
		st.Check = func() error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		}
		var err error
		if op == "match" {
			_, err = st.Match()
		} else {
			_, err = st.Search()
		}
		require.ErrorIs(t, err, stop, op)
		require.Equal(t, 3, calls, op)
		require.Zero(t, st.top, "the stacks are released after an error")
	}
}

func TestMemoryLimit(t *testing.T) {
	t.Parallel()
	p := codeOf(t, "(?:ab|ba)*c", 0)
	s := []byte(strings.Repeat("ab", 50000))
	st := NewState(p, s, 0, len(s))
	st.MemLimit = 1 << 20
	_, err := st.Match()
	require.ErrorIs(t, err, ErrMemory)
	// Without the cap the same match completes (and fails: no c).
	st.Init(p, s, 0, len(s))
	st.MemLimit = 0
	ok, err := st.Match()
	require.NoError(t, err)
	require.False(t, ok)
}

// TestDeepBacktracking: a match needing a million pending contexts runs
// on the heap, not on the Go stack.
func TestDeepBacktracking(t *testing.T) {
	t.Parallel()
	p := codeOf(t, "(?:(a)|b)*?c", 0)
	s := []byte(strings.Repeat("ab", 150000) + "c")
	st := NewState(p, s, 0, len(s))
	ok, err := st.Match()
	require.NoError(t, err)
	require.True(t, ok)
	spans, err := st.Spans(nil)
	require.NoError(t, err)
	require.Equal(t, []int{0, len(s), len(s) - 3, len(s) - 2}, spans)
}

func TestValidateRejects(t *testing.T) {
	t.Parallel()
	const maxr = MaxRepeat
	for _, tc := range []struct {
		name   string
		code   []uint32
		groups int
	}{
		{"empty", nil, 0},
		{"no SUCCESS at the end", []uint32{opLiteral, 'a'}, 0},
		{"missing argument", []uint32{opLiteral, opSuccess}, 0},
		{"unknown opcode", []uint32{99, opSuccess}, 0},
		{"SUBPATTERN is not executable", []uint32{opSubpattern, opSuccess}, 0},
		{"mark beyond the groups", []uint32{opMark, 4, opSuccess}, 1},
		{"groupref beyond the groups", []uint32{opGroupref, 1, opSuccess}, 1},
		{"bad AT code", []uint32{opAt, 12, opSuccess}, 0},
		{"bad category", []uint32{opIn, 3, opCategory, 18, opFailure, opSuccess}, 0},
		{"set without FAILURE", []uint32{opIn, 3, opLiteral, 'a', opSuccess}, 0},
		{"set skip too long", []uint32{opIn, 30, opLiteral, 'a', opFailure, opSuccess}, 0},
		{"repeat min > max", []uint32{opRepeatOne, 6, 3, 2, opLiteral, 'a', opSuccess, opSuccess}, 0},
		{"repeat item without SUCCESS", []uint32{opRepeatOne, 6, 0, maxr, opLiteral, 'a', opFailure, opSuccess}, 0},
		{"REPEAT not closed by UNTIL", []uint32{opRepeat, 5, 0, maxr, opLiteral, 'a', opSuccess, opSuccess}, 0},
		{"branch jumps disagree", []uint32{opBranch, 5, opLiteral, 'a', opJump, 7, 5, opLiteral, 'b', opJump, 1, 0, opSuccess}, 0},
		{"branch without JUMP", []uint32{opBranch, 5, opLiteral, 'a', opLiteral, 'b', 0, opSuccess}, 0},
		{"INFO with unknown flags", []uint32{opInfo, 4, 8, 0, 0, opSuccess}, 0},
		{"INFO literal without prefix", []uint32{opInfo, 4, infoLiteral, 0, 0, opSuccess}, 0},
		{"bigcharset block out of range", append(append([]uint32{opIn, 68, opBigCharset, 0}, make([]uint32, 64)...), opFailure, opSuccess), 0},
		{"JUMP in the middle", []uint32{opJump, 1, opLiteral, 'a', opSuccess}, 0},
		{"negative groups", []uint32{opSuccess}, -1},
	} {
		_, err := Compile(tc.code, tc.groups)
		require.ErrorIs(t, err, ErrInvalidCode, tc.name)
	}
}

// TestValidateLikeCPython mutates valid programs word by word and asks
// CPython's validator (_sre.compile) whether each result is valid: the
// engine must accept exactly what CPython accepts, and run what it
// accepts without a panic.
func TestValidateLikeCPython(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	base := table.Cases()
	r := rand.New(rand.NewPCG(3, 4))
	want := runDiffScript(t, base)
	var mutants []mutant
	for i := 0; i < 3000; i++ {
		w := want[r.IntN(len(want))]
		code := append([]uint32(nil), w.Code...)
		k := r.IntN(len(code))
		switch r.IntN(3) {
		case 0:
			code[k] = uint32(r.IntN(numOpcodes + 2))
		case 1:
			code[k] += uint32(r.IntN(5)) - 2
		default:
			code = append(code[:k], code[k+1:]...)
		}
		mutants = append(mutants, mutant{code, w.Groups})
	}
	valid := cpythonValidates(t, mutants)
	accepted, crashed := 0, 0
	for i, m := range mutants {
		p, err := Compile(m.Code, m.Groups)
		if valid[i] == nil {
			// CPython's validator crashes on it (unsigned skip
			// arithmetic, e.g. an IN with skip 0): the engine must
			// reject it.
			crashed++
			require.Error(t, err, "code %v groups %d", m.Code, m.Groups)
			continue
		}
		require.Equal(t, *valid[i], err == nil, "code %v groups %d", m.Code, m.Groups)
		if err == nil {
			accepted++
			runCrafted(t, p)
		}
	}
	t.Logf("%d mutants, %d valid, %d crash CPython", len(mutants), accepted, crashed)
}

type mutant struct {
	Code   []uint32 `json:"code"`
	Groups int      `json:"groups"`
}

// cpythonValidates asks _sre.compile about each mutant: true, false, or nil
// when it kills CPython (the run then resumes after it).
func cpythonValidates(t *testing.T, mutants []mutant) []*bool {
	t.Helper()
	const script = `
import json, sys, _sre
for m in json.load(sys.stdin):
    try:
        _sre.compile(None, 0, m["code"], m["groups"], {}, ())
        print(1, flush=True)
    except (RuntimeError, OverflowError):
        print(0, flush=True)
`
	res := make([]*bool, len(mutants))
	for done := 0; done < len(mutants); {
		js, err := json.Marshal(mutants[done:])
		require.NoError(t, err)
		cmd := exec.Command("python3", "-c", script)
		cmd.Stdin = bytes.NewReader(js)
		out, runErr := cmd.Output()
		lines := strings.Fields(string(out))
		for _, l := range lines {
			v := l == "1"
			res[done] = &v
			done++
		}
		if runErr == nil {
			require.Equal(t, len(mutants), done)
			break
		}
		require.Contains(t, runErr.Error(), "signal", "python3 failed otherwise")
		done++ // the one that crashed stays nil
	}
	return res
}

// runCrafted runs p on a few subjects with panics visible and a step
// budget, so that crafted code can neither crash nor hang the engine.
func runCrafted(t *testing.T, p *Program) {
	t.Helper()
	for _, s := range []string{"", "a", "abcabc", "aaaa bbbb", "The quick 123"} {
		for _, search := range []bool{false, true} {
			func() {
				catch := catchPanics
				catchPanics = false
				defer func() { catchPanics = catch }()
				st := NewState(p, []rune(s), 0, len(s))
				budget := 0
				st.Check = func() error {
					if budget++; budget > 100 {
						return errors.New("budget")
					}
					return nil
				}
				var err error
				if search {
					_, err = st.Search()
				} else {
					_, err = st.Match()
				}
				if err != nil && err.Error() != "budget" && !errors.Is(err, ErrInternal) && !errors.Is(err, ErrWrongSpan) {
					t.Fatalf("code %v on %q: %v", p.code, s, err)
				}
			}()
		}
	}
}

// FuzzCrafted runs arbitrary code words that pass validation.
func FuzzCrafted(f *testing.F) {
	f.Add([]byte{opLiteral, 'a', opSuccess}, 0)
	f.Add([]byte{opRepeat, 5, 0, 255, opLiteral, 'a', opMaxUntil, opSuccess}, 0)
	f.Fuzz(func(t *testing.T, words []byte, groups int) {
		code := make([]uint32, len(words))
		for i, w := range words {
			code[i] = uint32(w)
		}
		if p, err := Compile(code, groups%4); err == nil {
			runCrafted(t, p)
		}
	})
}
