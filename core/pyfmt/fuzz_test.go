package pyfmt

import (
	"math/big"
	"strings"
	"testing"
)

// The fuzz targets check that no spec or format string makes the formatters
// panic; their seeds run with the ordinary tests.

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"*^+z#012,.3f", "0=10,", "é<5", "abc", ".", "_x", "#010_b", "\u0665.\u0661", "c", "99999999999999999999"} {
		f.Add(s, int64(-1234), 1234.5, "héllo")
	}
	f.Fuzz(func(t *testing.T, specText string, i int64, x float64, s string) {
		spec, err := ParseSpec(specText)
		if err != nil || spec.Width > 1e5 || spec.Precision > 1e5 {
			return // huge results are legitimate but slow the fuzzer down
		}
		_, _ = FormatInt64(i, spec)
		_, _ = FormatInt(new(big.Int).Lsh(big.NewInt(i), 70), spec)
		_, _ = FormatFloat(x, spec)
		_, _ = FormatString(s, spec)
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s %d %f", "%(a)s", "%*.*f", "%#08x", "%c", "%", "%(a", "%5%", "%.f%%"} {
		f.Add(s, int64(65), 2.5, "x")
	}
	f.Fuzz(func(t *testing.T, format string, i int64, x float64, s string) {
		if hasLongNumber(format) || (strings.Contains(format, "*") && (i > 1e5 || i < -1e5)) {
			return // may ask for huge widths: legitimate but slow
		}
		args := []PercentArg{Int64Arg(i), FloatArg(x), StrArg(s), Int64Arg(i % 50), StrArg(s)}
		_, _ = Percent(format, args)
		_, _ = PercentMap(format, args[:1], mapping{"a": StrArg(s), "": FloatArg(x)})
	})
}

// hasLongNumber reports whether s holds a run of six or more digits.
func hasLongNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
