package engine

import (
	"strings"
	"syscall"
	"testing"
)

// cpuTime is the process's user and system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// benchText is a ~1 MB English-like text.
var benchText = strings.Repeat("The quick brown fox jumps over the lazy dog; 12 cats and 345 dogs sleep. ", 14000) + "Twain"

// benchPatterns are searched through benchText to its end (findall-like).
var benchPatterns = []struct{ name, pat string }{
	{"literal", "Twain"},
	{"literalIgnore", "(?i)twain"},
	{"charsetPrefix", "[TW]wain"},
	{"words", `\w+`},
	{"digits", `\d+`},
	{"alternation", "fox|cat|dog"},
	{"lazy", `q.*?z`},
	{"group", `(\w+)\s+(\w+)`},
	{"backref", `(\w)\1`},
}

func BenchmarkFindall(b *testing.B) {
	for _, bp := range benchPatterns {
		b.Run(bp.name, func(b *testing.B) {
			p := codeOf(&testing.T{}, bp.pat, 0)
			s := []byte(benchText)
			st := NewState(p, s, 0, len(s))
			b.SetBytes(int64(len(s)))
			cpu0 := cpuTime()
			for b.Loop() {
				st.Init(p, s, 0, len(s))
				n := 0
				for {
					st.Reset()
					ok, _ := st.Search()
					if !ok {
						break
					}
					n++
					st.MustAdvance = st.Ptr == st.Start
					st.Start = st.Ptr
				}
			}
			// On a shared machine wall time is noisy: report the
			// process's CPU time per operation too.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}
