package pyfmt

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/pynum"
	"github.com/stretchr/testify/assert"
)

// Live tests: random values, specs and % formats, compared with python3.

const pyPrelude = `
import sys
sys.set_int_max_str_digits(4300)
def dec(tok):
    kind, val = tok[0], tok[1:]
    if kind == "i": return int(val)
    if kind == "b": return val == "1"
    if kind == "f": return float.fromhex(val)
    return bytes.fromhex(val).decode("utf-8", "surrogatepass")
def enc(s):
    return "R" + s.encode("utf-8", "surrogatepass").hex()
def err(e):
    return "E" + type(e).__name__ + ":" + str(e)
`

// encodeArg writes a value for the prelude's dec.
func encodeArg(a PercentArg) string {
	switch v := a.(type) {
	case Int64Arg:
		return "i" + strconv.FormatInt(int64(v), 10)
	case BigArg:
		return "i" + v.V.String()
	case BoolArg:
		if v {
			return "b1"
		}
		return "b0"
	case FloatArg:
		return "f" + strconv.FormatFloat(float64(v), 'x', -1, 64)
	case StrArg:
		return "s" + hex.EncodeToString([]byte(v))
	}
	panic("unexpected argument")
}

func encodeResult(s string, err error) string {
	if err != nil {
		var e *pynum.Error
		if errors.As(err, &e) {
			return "E" + e.Kind.String() + ":" + e.Msg
		}
		return "E" + err.Error()
	}
	return "R" + hex.EncodeToString([]byte(s))
}

func decodeForMessage(r string) string {
	if strings.HasPrefix(r, "R") {
		b, _ := hex.DecodeString(r[1:])
		return strconv.Quote(string(b))
	}
	return r
}

var textAlphabet = []string{"a", "b", "Z", " ", "'", "\"", "\\", "\n", "\t", "\x00", "\x7f", "é", "€", "日", "😀",
	"\u00a0", "\u0085", "\u200b", "\u2028", "\U000e0001", "\u0378", "\u00ad", "\U0010ffff", "\ufeff", "\u0301"}

func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := rng.Intn(n + 1); i > 0; i-- {
		b.WriteString(textAlphabet[rng.Intn(len(textAlphabet))])
	}
	return b.String()
}

func randomFloat(rng *rand.Rand) float64 {
	switch rng.Intn(7) {
	case 0:
		return math.Float64frombits(rng.Uint64())
	case 1:
		f, _ := strconv.ParseFloat(fmt.Sprintf("%d.%03d", rng.Intn(20000)-10000, rng.Intn(1000)), 64)
		return f
	case 2:
		return []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 5e-324,
			math.MaxFloat64, 0.5, 2.5, -1.5, 1e16, 1e-5, 0.0001, 9.5, 99.5, 0.125}[rng.Intn(16)]
	case 3:
		return float64(rng.Int63n(1<<20)-1<<19) / 64
	case 4:
		return -rng.Float64() * 1e-3
	}
	return (rng.Float64() - 0.5) * math.Pow(10, float64(rng.Intn(50)-25))
}

func randomArg(rng *rand.Rand) PercentArg {
	switch rng.Intn(9) {
	case 0, 1:
		return Int64Arg(rng.Int63n(2000) - 1000)
	case 2:
		return Int64Arg(int64(rng.Uint64()))
	case 3:
		v := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(64+rng.Intn(300))))
		if rng.Intn(2) == 0 {
			v.Neg(v)
		}
		return BigArg{v}
	case 4, 5:
		return FloatArg(randomFloat(rng))
	case 6:
		return BoolArg(rng.Intn(2) == 0)
	case 7:
		return Int64Arg(rng.Int63n(0x110100))
	}
	return StrArg(randomText(rng, 4))
}

func pick(rng *rand.Rand, p float64, s []string) string {
	if rng.Float64() < p {
		return s[rng.Intn(len(s))]
	}
	return ""
}

func randomSpec(rng *rand.Rand) string {
	var b strings.Builder
	if rng.Intn(5) == 0 {
		b.WriteString(pick(rng, 1, []string{"*", "0", "x", "é", " ", "{", "<", "=", "😀"}))
		b.WriteString(pick(rng, 1, []string{"<", ">", "=", "^"}))
	} else {
		b.WriteString(pick(rng, 0.4, []string{"<", ">", "=", "^"}))
	}
	b.WriteString(pick(rng, 0.3, []string{"+", "-", " "}))
	b.WriteString(pick(rng, 0.1, []string{"z"}))
	b.WriteString(pick(rng, 0.2, []string{"#"}))
	b.WriteString(pick(rng, 0.25, []string{"0"}))
	if rng.Intn(2) == 0 {
		b.WriteString(strconv.Itoa(rng.Intn(26)))
	}
	b.WriteString(pick(rng, 0.2, []string{",", "_"}))
	if rng.Intn(5) < 2 {
		b.WriteString("." + strconv.Itoa(rng.Intn(25)))
	}
	types := []string{"b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "", "", ""}
	b.WriteString(pick(rng, 0.97, types))
	if rng.Intn(40) == 0 {
		b.WriteString(pick(rng, 1, []string{"q", "é", ",", "d", "\x01"}))
	}
	return b.String()
}

func TestLiveFormat(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	type tc struct {
		arg  PercentArg
		spec string
	}
	var cases []tc
	var lines []string
	for i := 0; i < 12000; i++ {
		c := tc{randomArg(rng), randomSpec(rng)}
		cases = append(cases, c)
		lines = append(lines, encodeArg(c.arg)+" "+hex.EncodeToString([]byte(c.spec)))
	}
	got := runPython(t, pyPrelude+`
for line in sys.stdin:
    a, s = line.split(" ")
    v, spec = dec(a), bytes.fromhex(s.strip()).decode("utf-8")
    try:
        print(enc(format(v, spec)))
    except Exception as e:
        print(err(e))
`, lines)
	for i, c := range cases {
		s, err := format(c.arg, c.spec)
		r, _ := c.arg.Repr()
		if want := got[i]; want != encodeResult(s, err) {
			t.Errorf("format(%s, %q): python %s, got %s", r, c.spec, decodeForMessage(want), decodeForMessage(encodeResult(s, err)))
		}
	}
}

// randomPercentFormat returns a format and, per argument it consumes,
// whether that argument is a '*' width or precision.
func randomPercentFormat(rng *rand.Rand) (string, []bool) {
	var b strings.Builder
	var need []bool
	for n := 1 + rng.Intn(3); n > 0; n-- {
		b.WriteString(pick(rng, 0.3, []string{"x", "é ", "|", "ab"}))
		b.WriteString("%")
		for _, f := range []string{"-", "+", " ", "#", "0"} {
			if rng.Intn(5) == 0 {
				b.WriteString(f)
			}
		}
		switch rng.Intn(5) {
		case 0:
			b.WriteString("*")
			need = append(need, true)
		case 1, 2:
			b.WriteString(strconv.Itoa(rng.Intn(20)))
		}
		switch rng.Intn(6) {
		case 0:
			b.WriteString(".*")
			need = append(need, true)
		case 1, 2:
			b.WriteString("." + strconv.Itoa(rng.Intn(20)))
		case 3:
			b.WriteString(".")
		}
		conv := pick(rng, 1, []string{"s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "d", "s", "f"})
		if rng.Intn(30) == 0 {
			conv = pick(rng, 1, []string{"%", "y", "é", "l", ""})
		}
		b.WriteString(conv)
		need = append(need, false)
	}
	b.WriteString(pick(rng, 0.2, []string{"%%", "end"}))
	return b.String(), need
}

func TestLivePercent(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	type tc struct {
		format string
		args   []PercentArg
	}
	var cases []tc
	var lines []string
	for i := 0; i < 8000; i++ {
		f, need := randomPercentFormat(rng)
		switch rng.Intn(12) {
		case 0:
			need = append(need, false) // one argument too many
		case 1:
			need = need[:len(need)-1] // one too few
		}
		c := tc{format: f}
		enc := []string{hex.EncodeToString([]byte(f))}
		for _, star := range need {
			a := randomArg(rng)
			if star && rng.Intn(10) != 0 {
				// A plausible '*' value; any other argument only rarely,
				// as a huge precision makes both sides print megabytes.
				a = Int64Arg(rng.Intn(30) - 10)
			}
			c.args = append(c.args, a)
			enc = append(enc, encodeArg(a))
		}
		cases = append(cases, c)
		lines = append(lines, strings.Join(enc, " "))
	}
	got := runPython(t, pyPrelude+`
for line in sys.stdin:
    p = line.split()
    fmt = bytes.fromhex(p[0]).decode("utf-8") if p else ""
    args = tuple(dec(a) for a in p[1:])
    try:
        print(enc(fmt % args))
    except Exception as e:
        print(err(e))
`, lines)
	for i, c := range cases {
		s, err := Percent(c.format, c.args)
		if want := got[i]; want != encodeResult(s, err) {
			var rs []string
			for _, a := range c.args {
				r, _ := a.Repr()
				rs = append(rs, r)
			}
			t.Errorf("%q %% (%s): python %s, got %s", c.format, strings.Join(rs, ", "), decodeForMessage(want), decodeForMessage(encodeResult(s, err)))
		}
	}
}

func TestLiveRepr(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	var floats []float64
	var texts []string
	var lines []string
	for i := 0; i < 6000; i++ {
		f := randomFloat(rng)
		s := randomText(rng, 6)
		floats, texts = append(floats, f), append(texts, s)
		lines = append(lines, encodeArg(FloatArg(f))+" "+encodeArg(StrArg(s)))
	}
	got := runPython(t, pyPrelude+`
for line in sys.stdin:
    a, b = line.split()
    print(enc(repr(dec(a)) + "|" + repr(dec(b)) + "|" + ascii(dec(b))))
`, lines)
	for i := range floats {
		want := encodeResult(FloatRepr(floats[i])+"|"+StrRepr(texts[i])+"|"+ASCII(texts[i]), nil)
		assert.Equal(t, decodeForMessage(got[i]), decodeForMessage(want), "repr(%v), repr(%q)", floats[i], texts[i])
	}
}
