package compile

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// progGen writes random, valid functions that nest loops, try statements,
// with statements and early exits, to exercise block unwinding.
type progGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *progGen) line(indent int, format string, args ...any) {
	g.b.WriteString(strings.Repeat("    ", indent))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

func (g *progGen) expr() string {
	exprs := []string{"x", "x + 1", "f(x, *a, k=x)", "o.m(x)[0]", "[v for v in a if v]",
		"(x, -1, 'c')", "x and y or z", "a < x < b", "{k: v for k, v in d}", "sum(v for v in a)",
		"lambda q=x: q + x", "f'{x!r:>{y}}'", "x if y else z", "not x"}
	return exprs[g.r.Intn(len(exprs))]
}

func (g *progGen) body(indent, depth int, inLoop bool) {
	n := 1 + g.r.Intn(3)
	for i := 0; i < n; i++ {
		g.stmt(indent, depth, inLoop)
	}
}

func (g *progGen) stmt(indent, depth int, inLoop bool) {
	k := g.r.Intn(14)
	if depth <= 0 && k < 7 {
		k += 7
	}
	switch k {
	case 0:
		g.line(indent, "for x in %s:", g.expr())
		g.body(indent+1, depth-1, true)
		if g.r.Intn(2) == 0 {
			g.line(indent, "else:")
			g.body(indent+1, depth-1, inLoop)
		}
	case 1:
		g.line(indent, "while %s:", g.expr())
		g.body(indent+1, depth-1, true)
	case 2:
		g.line(indent, "try:")
		g.body(indent+1, depth-1, inLoop)
		g.line(indent, "except E as e:")
		g.body(indent+1, depth-1, inLoop)
		if g.r.Intn(2) == 0 {
			g.line(indent, "except:")
			g.body(indent+1, depth-1, inLoop)
		}
		if g.r.Intn(2) == 0 {
			g.line(indent, "else:")
			g.body(indent+1, depth-1, inLoop)
		}
		if g.r.Intn(2) == 0 {
			g.line(indent, "finally:")
			g.body(indent+1, depth-1, inLoop)
		}
	case 3:
		g.line(indent, "try:")
		g.body(indent+1, depth-1, inLoop)
		g.line(indent, "finally:")
		g.body(indent+1, depth-1, inLoop)
	case 4:
		g.line(indent, "with %s as y, cm():", g.expr())
		g.body(indent+1, depth-1, inLoop)
	case 5:
		g.line(indent, "if %s:", g.expr())
		g.body(indent+1, depth-1, inLoop)
		g.line(indent, "else:")
		g.body(indent+1, depth-1, inLoop)
	case 6:
		g.line(indent, "def inner(p=x):")
		g.body(indent+1, depth-1, false)
	case 7, 8:
		if inLoop {
			g.line(indent, "%s", []string{"break", "continue"}[g.r.Intn(2)])
			return
		}
		g.line(indent, "x = %s", g.expr())
	case 9:
		g.line(indent, "return %s", g.expr())
	case 10:
		g.line(indent, "return")
	case 11:
		g.line(indent, "x, *y = %s", g.expr())
	case 12:
		g.line(indent, "o.a[x] += %s", g.expr())
	default:
		g.line(indent, "raise E(%s)", g.expr())
	}
}

// TestRandomPrograms compiles random nestings of blocks and checks every
// code object with the stack and block simulator.
func TestRandomPrograms(t *testing.T) {
	g := &progGen{r: rand.New(rand.NewSource(42))}
	for i := 0; i < 400; i++ {
		g.b.Reset()
		g.line(0, "def f(x, y, z, a, b, d, o):")
		g.body(1, 4, false)
		src := g.b.String()
		code, err := Source("r.py", src)
		require.NoError(t, err, src)
		for _, c := range allCodes(code) {
			require.NoError(t, simulate(c), src)
		}
	}
}
