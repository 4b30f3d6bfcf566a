package engine

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestUnicodeClasses compares the engine's \w, \d, \s, lower-casing and
// cased test with CPython's over every code point: python3 lists, as
// ranges, the code points its own sre puts in each class.
func TestUnicodeClasses(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	const script = `
import re, _sre
every = "".join(map(chr, range(0x110000)))
def ranges(name, cps):
    out, lo, prev = [], None, None
    for c in cps:
        if lo is None:
            lo = prev = c
        elif c == prev + 1:
            prev = c
        else:
            out.append("%d-%d" % (lo, prev)); lo = prev = c
    if lo is not None:
        out.append("%d-%d" % (lo, prev))
    print(name, " ".join(out))
for name, pat in (("word", r"\w"), ("digit", r"\d"), ("space", r"\s")):
    ranges(name, [ord(c) for c in re.findall(pat, every)])
ranges("cased", [c for c in range(0x110000) if _sre.unicode_iscased(c)])
ranges("lowered", [c for c in range(0x110000) if _sre.unicode_tolower(c) != c])
print("lower", " ".join("%d:%d" % (c, _sre.unicode_tolower(c)) for c in range(0x110000) if _sre.unicode_tolower(c) != c))
`
	out, err := exec.Command("python3", "-c", script).Output()
	require.NoError(t, err)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, rest, _ := strings.Cut(line, " ")
		want := map[uint32]uint32{}
		for _, f := range strings.Fields(rest) {
			if a, b, ok := strings.Cut(f, "-"); ok {
				lo, _ := strconv.Atoi(a)
				hi, _ := strconv.Atoi(b)
				for c := lo; c <= hi; c++ {
					want[uint32(c)] = 1
				}
			} else {
				a, b, _ := strings.Cut(f, ":")
				c, _ := strconv.Atoi(a)
				l, _ := strconv.Atoi(b)
				want[uint32(c)] = uint32(l)
			}
		}
		bad := 0
		for c := uint32(0); c < 0x110000; c++ {
			var got uint32
			switch name {
			case "word":
				got = b2u(category(catUniWord, c))
			case "digit":
				got = b2u(category(catUniDigit, c))
			case "space":
				got = b2u(category(catUniSpace, c))
			case "cased":
				got = b2u(IsCasedUnicode(c))
			case "lowered":
				got = b2u(LowerUnicode(c) != c)
			case "lower":
				if l := LowerUnicode(c); l != c {
					got = l
				}
			}
			if got != want[c] {
				if bad++; bad <= 5 {
					t.Errorf("%s: U+%04X: engine %d, CPython %d", name, c, got, want[c])
				}
			}
		}
	}
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
