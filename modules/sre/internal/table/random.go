package table

import (
	"math/rand/v2"
	"strings"
)

// Random draws n patterns over the alphabet {a, b} with subjects of
// up to 7 letters. Python rejects some of them (a lookbehind that is not
// fixed-width, a reference to a group not yet closed): those are skipped.
func Random(r *rand.Rand, n int) []Case {
	var subjects []string
	for l := 0; l <= 7; l++ {
		for k := 0; k < 3; k++ {
			var sb strings.Builder
			for i := 0; i < l; i++ {
				sb.WriteByte("ab"[r.IntN(2)])
			}
			subjects = append(subjects, sb.String())
		}
	}
	subjects = append(subjects, "AbBa", "b\na")
	cases := make([]Case, 0, n)
	for i := 0; i < n; i++ {
		g := &patGen{r: r}
		p := g.alt(2)
		flags := 0
		if r.IntN(5) == 0 {
			flags |= I
		}
		if r.IntN(5) == 0 {
			flags |= M
		}
		cases = append(cases, Case{Pat: p, Flags: flags, Subjects: subjects, MayFail: true})
	}
	return cases
}

type patGen struct {
	r      *rand.Rand
	groups int
}

func (g *patGen) alt(depth int) string {
	n := 1
	if g.r.IntN(3) == 0 {
		n = 2 + g.r.IntN(2)
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.seq(depth)
	}
	return strings.Join(parts, "|")
}

func (g *patGen) seq(depth int) string {
	var sb strings.Builder
	for n := 1 + g.r.IntN(3); n > 0; n-- {
		sb.WriteString(g.repeat(depth))
	}
	return sb.String()
}

var quantifiers = []string{"", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,2}?", "*+", "++", "?+", "{1,3}+"}

func (g *patGen) repeat(depth int) string {
	a := g.atom(depth)
	q := quantifiers[g.r.IntN(len(quantifiers))]
	if q != "" && (strings.HasPrefix(a, "(?=") || strings.HasPrefix(a, "(?!") || strings.HasPrefix(a, "(?<") || a == "^" || a == "$" || a == `\b`) {
		q = "" // a repeated assertion is a syntax error
	}
	return a + q
}

func (g *patGen) atom(depth int) string {
	k := g.r.IntN(16)
	if depth <= 0 {
		k %= 5
	}
	switch k {
	case 0, 1:
		return string("ab"[g.r.IntN(2)])
	case 2:
		return []string{".", "[ab]", "[^a]", `\w`, "b"}[g.r.IntN(5)]
	case 3:
		return []string{"^", "$", `\b`, "a", "(?:)"}[g.r.IntN(5)]
	case 4:
		if g.groups > 0 {
			return `\` + string(rune('1'+g.r.IntN(g.groups)))
		}
		return "a"
	case 5, 6, 7:
		if g.groups < 9 {
			g.groups++
			return "(" + g.alt(depth-1) + ")"
		}
		return "(?:" + g.alt(depth-1) + ")"
	case 8, 9:
		return "(?:" + g.alt(depth-1) + ")"
	case 10:
		return "(?=" + g.alt(depth-1) + ")"
	case 11:
		return "(?!" + g.alt(depth-1) + ")"
	case 12:
		return "(?<=" + []string{"a", "b", "ab", "(a)", "[ab]b"}[g.r.IntN(5)] + ")"
	case 13:
		return "(?<!" + []string{"a", "b", "ba", "(b)"}[g.r.IntN(4)] + ")"
	case 14:
		return "(?>" + g.alt(depth-1) + ")"
	default:
		if g.groups > 0 {
			return "(?(" + string(rune('1'+g.r.IntN(g.groups))) + ")" + g.seq(depth-1) + "|" + g.seq(depth-1) + ")"
		}
		return "b"
	}
}
