package math

import (
	"math"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// libmCases are random arguments and the results CPython 3.11.7 (glibc)
// gives for them.
var libmCases = []struct {
	name    string
	fn      func(float64) float64
	x, want float64
}{
	{"exp", libmExp, -0x1.523db82c83272p+3, 0x1.aebcbaf2ac0c0p-16},
	{"exp", libmExp, -0x1.4f2f4e989f05cp+4, 0x1.b6a5201534d50p-31},
	{"exp", libmExp, 0x1.21cb4feb96b7cp+3, 0x1.0bd31c5659375p+13},
	{"exp", libmExp, -0x1.9a760ee572744p+4, 0x1.fc3c9fc2da6d3p-38},
	{"exp", libmExp, 0x1.1392e41a5d660p+1, 0x1.1384d568ffd83p+3},
	{"exp", libmExp, -0x1.01e0956421814p+3, 0x1.4bb73fb4da5d3p-12},
	{"log", libmLog, 0x1.ef8b0e72bf97cp+18, 0x1.a46356bba6ea8p+3},
	{"log", libmLog, 0x1.ac355208f105cp-1, -0x1.6e02148c7f354p-3},
	{"log", libmLog, 0x1.6470806af9951p-966, -0x1.4e9fe570b0823p+9},
	{"log", libmLog, 0x1.2a7e91fca7436p+0, 0x1.3a84e3988a0ccp-3},
	{"log", libmLog, 0x1.6bef44a03ed4fp+15, 0x1.57f7d867dba32p+3},
	{"log", libmLog, 0x1.c7c7f10fc959fp-965, -0x1.4e27b47197e05p+9},
	{"log2", libmLog2, 0x1.d04ffac6e0571p-965, -0x1.e2120ddbda0c2p+9},
	{"log2", libmLog2, 0x1.1c407ad47c916p-964, -0x1.e1ecab2da8179p+9},
	{"log2", libmLog2, 0x1.9243c0e0ceffcp+17, 0x1.1a6e98ce3119ap+4},
	{"log2", libmLog2, 0x1.c6b0999d7f0a3p+18, 0x1.2d4283cb4f482p+4},
	{"log2", libmLog2, 0x1.32f61e9fcc712p-1, -0x1.79e67a8a962aep-1},
	{"log2", libmLog2, 0x1.2536745ef84fcp+18, 0x1.2322033708628p+4},
	{"log10", libmLog10, 0x1.7579da5cb9b30p+0, 0x1.4feb24c8afbfdp-3},
	{"log10", libmLog10, 0x1.42317826b6e2ap+17, 0x1.4de9a89520b9bp+2},
	{"log10", libmLog10, 0x1.efbce5acf3508p-968, -0x1.231c2a82c3520p+8},
	{"log10", libmLog10, 0x1.f4f3b2c656bc0p-966, -0x1.2280e01d2eb46p+8},
	{"log10", libmLog10, 0x1.669529cc144fep-1, -0x1.3cc9377d98d02p-3},
	{"log10", libmLog10, 0x1.7a7d656fad6ffp-965, -0x1.2252fa49528d6p+8},
	{"sin", libmSin, -0x1.5c000145eedcep+6, 0x1.a4c4f1dd7457dp-1},
	{"sin", libmSin, 0x1.71dadd0c4c640p+5, 0x1.8e8305fc05790p-1},
	{"sin", libmSin, -0x1.30a0d18e9300cp+5, -0x1.7b439f37e7f2dp-2},
	{"sin", libmSin, 0x1.f2db1aba7a0c0p+3, 0x1.e51fb9cae1972p-4},
	{"sin", libmSin, 0x1.21fabf2c628c8p+5, -0x1.fc5f2e151dcc2p-1},
	{"sin", libmSin, -0x1.5be62abc52d68p+3, 0x1.fc1604941f38cp-1},
	{"cos", libmCos, 0x1.5a9abe9d28858p+5, 0x1.957f6e5a8ee1fp-1},
	{"cos", libmCos, 0x1.35a1da12dd826p+6, -0x1.b3455d34209f0p-2},
	{"cos", libmCos, -0x1.e9954b66f98e8p+4, 0x1.5e6d53bb7153ap-1},
	{"cos", libmCos, 0x1.6084d3922b664p+6, 0x1.f9094361273d9p-1},
	{"cos", libmCos, -0x1.ce83cd2cc7d90p+4, -0x1.9cd9b8f7ed6a0p-1},
	{"cos", libmCos, 0x1.62f14a3ed69bcp+4, -0x1.f68471cdd07b3p-1},
	{"tan", libmTan, -0x1.42eb2e86b1140p+0, -0x1.906ca747a1fbap+1},
	{"tan", libmTan, -0x1.c2de186e5a78ap+5, 0x1.8a5814c940041p-3},
	{"tan", libmTan, -0x1.541be20621c7fp+5, 0x1.3849208bb90e7p+3},
	{"tan", libmTan, 0x1.7d61a3e985e10p+5, 0x1.390e2cd63d693p-1},
	{"tan", libmTan, -0x1.46ba38c39ec04p+4, 0x1.16e98726406f6p+13},
	{"tan", libmTan, 0x1.4d73f68f24670p+6, -0x1.1effcf3b3e266p+3},
	{"asin", libmAsin, -0x1.c9dfbad7c1900p-8, -0x1.c9e0aef8510a8p-8},
	{"asin", libmAsin, -0x1.55a413c681070p-1, -0x1.76088c2a8ebf9p-1},
	{"asin", libmAsin, -0x1.92dd78e6afd00p-3, -0x1.958275cc922b5p-3},
	{"asin", libmAsin, -0x1.c6fc471dda8ecp-2, -0x1.d7778f0c71667p-2},
	{"asin", libmAsin, -0x1.73c9a21721d6ap-1, -0x1.a01a81dac367bp-1},
	{"asin", libmAsin, -0x1.1c955445a3d40p-3, -0x1.1d81d803bc19fp-3},
	{"acos", libmAcos, 0x1.9b66091d1a690p-4, 0x1.785e368ee422ep+0},
	{"acos", libmAcos, 0x1.a6b3516a50df4p-2, 0x1.2530e79a273a6p+0},
	{"acos", libmAcos, 0x1.f2246d2dec36ap-1, 0x1.dd92ca81e0051p-3},
	{"acos", libmAcos, 0x1.763781e25a760p-2, 0x1.3259e6fcfa055p+0},
	{"acos", libmAcos, -0x1.e9b66215a4418p-3, 0x1.cfefd1d1feaf2p+0},
	{"acos", libmAcos, -0x1.13b5e06cae9fcp-1, 0x1.11d9746938dfcp+1},
	{"atan", libmAtan, -0x1.4d9cbc0a60d39p+6, -0x1.8f0df8a10652ap+0},
	{"atan", libmAtan, -0x1.16f61754cde79p+6, -0x1.8e740ed084708p+0},
	{"atan", libmAtan, 0x1.fb40dc9d559d0p+4, 0x1.8a0d3aa1078cep+0},
	{"atan", libmAtan, -0x1.86597c3f80f45p+6, -0x1.8f802b5cfb025p+0},
	{"atan", libmAtan, 0x1.08dff61ee98fcp+6, 0x1.8e4217dfb995ep+0},
	{"atan", libmAtan, -0x1.fc405bdb735f9p+5, -0x1.8e183da25efe4p+0},
	{"sinh", libmSinh, -0x1.a2b1694f047d4p+3, -0x1.d5fa3e795ea88p+17},
	{"sinh", libmSinh, -0x1.542691ddb9f6cp+4, -0x1.978e5995f35b7p+29},
	{"sinh", libmSinh, 0x1.09a899627bc10p+1, 0x1.f5eeb2d1220b6p+1},
	{"sinh", libmSinh, 0x1.a5ae042fd8028p+2, 0x1.6b6f0aa8d8027p+8},
	{"sinh", libmSinh, -0x1.5c43fc8b41a9ep+3, -0x1.a03e2b8e22f7cp+14},
	{"sinh", libmSinh, -0x1.678734b524090p+4, -0x1.560e8cf2a6eb0p+31},
	{"cosh", libmCosh, 0x1.58d57895dbe58p+4, 0x1.11122c6d1302ep+30},
	{"cosh", libmCosh, 0x1.b03709b21c72ep+4, 0x1.f6362c0dd5eb2p+37},
	{"cosh", libmCosh, 0x1.29891dc249bb8p+3, 0x1.552041f0a3cb1p+12},
	{"cosh", libmCosh, 0x1.cc62ffccf5528p+3, 0x1.b062d0a681760p+19},
	{"cosh", libmCosh, -0x1.4cf9e92072c50p+1, 0x1.b1ce7f8638e14p+2},
	{"cosh", libmCosh, 0x1.6423ec1598a9ap+4, 0x1.14c8b9fb59aa9p+31},
	{"tanh", libmTanh, 0x1.cebb42eff00c4p-1, 0x1.6faeb4d36e371p-1},
	{"tanh", libmTanh, 0x1.71d15bcc41698p-2, 0x1.6289449d6848cp-2},
	{"tanh", libmTanh, 0x1.e58dd991cbc60p-4, 0x1.e34ad9ed991f7p-4},
	{"tanh", libmTanh, -0x1.a181bd33b90c0p-3, -0x1.9bd14e4146203p-3},
	{"tanh", libmTanh, -0x1.b1af35cafd300p-3, -0x1.ab50ef3fc06fdp-3},
	{"tanh", libmTanh, -0x1.2ebaeaecf9980p-5, -0x1.2e97a8a62a86bp-5},
	{"asinh", libmAsinh, -0x1.3e9565a719d30p+4, -0x1.d7b07b5959fc3p+1},
	{"asinh", libmAsinh, -0x1.ef06555a87cd8p+5, -0x1.346050e9e5cecp+2},
	{"asinh", libmAsinh, 0x1.83bbecb4e0566p+6, 0x1.5119ca8cbd784p+2},
	{"asinh", libmAsinh, -0x1.7bfcf05e284f0p+3, -0x1.95ac417fec75ep+1},
	{"asinh", libmAsinh, -0x1.380eaee1fea06p+6, -0x1.4334868229f7ep+2},
	{"asinh", libmAsinh, 0x1.4253c59507be0p+4, 0x1.d92ed0a3a5cf3p+1},
	{"acosh", libmAcosh, 0x1.6456ac3c17a61p+3, 0x1.8cf66d41df073p+1},
	{"acosh", libmAcosh, 0x1.c8e48296f9a88p+5, 0x1.2f3ca8e27b0e3p+2},
	{"acosh", libmAcosh, 0x1.b10083210b834p+5, 0x1.2bcc98f4a5962p+2},
	{"acosh", libmAcosh, 0x1.7bc8a11cffaa3p+6, 0x1.4fc575b3b6fb6p+2},
	{"acosh", libmAcosh, 0x1.ee147521864b5p+5, 0x1.343edf0d45fa5p+2},
	{"acosh", libmAcosh, 0x1.fd84fd5478a2ep+2, 0x1.61c3072cc46f8p+1},
	{"exp2", libmExp2, -0x1.185d8c764fcd0p+4, 0x1.645a3917119b4p-18},
	{"exp2", libmExp2, -0x1.db477cf8b21e0p+2, 0x1.7d07be21825ebp-8},
	{"exp2", libmExp2, 0x1.0210fefc8ab74p+3, 0x1.0bb8041f0ee76p+8},
	{"exp2", libmExp2, 0x1.b53fd251afce8p+4, 0x1.415e2622730c9p+27},
	{"exp2", libmExp2, 0x1.88c088aecc670p+2, 0x1.197406273bb09p+6},
	{"exp2", libmExp2, -0x1.8d08951424970p+0, 0x1.5d7c39eab9cc3p-2},
}

func TestLibmMatchesCPython(t *testing.T) {
	for _, c := range libmCases {
		assert.Equal(t, c.want, c.fn(c.x), "%s(%x)", c.name, c.x)
	}
}

// TestLibmFastPathsAgree checks that whenever a fast path claims its
// rounding is decided, it agrees with the accurate evaluation.
func TestLibmFastPathsAgree(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		x := (rng.Float64()*2 - 1) * math.Pow(10, float64(rng.Intn(9)-4))
		if s, c, ok := fastSinCos(x); ok {
			ss, cc := ddSinCosOf(x)
			if r, ok := s.roundChecked(fastEps); ok {
				assert.Equal(t, ss.round(), r, "sin(%x)", x)
			}
			if r, ok := c.roundChecked(fastEps); ok {
				assert.Equal(t, cc.round(), r, "cos(%x)", x)
			}
		}
		e := x / 1000
		if m, k, ok := fastExp(e); ok {
			if r, ok := m.roundChecked(fastEps); ok {
				mm, kk := ddExpParts(dd{e, 0})
				assert.Equal(t, mm.roundScaled(kk), math.Ldexp(r, k), "exp(%x)", e)
			}
		}
		if ax := math.Abs(x); ax > 0 {
			if l, ok := fastLog(ax); ok {
				if r, ok := l.roundChecked(fastEps); ok {
					assert.Equal(t, ddLog(ax).round(), r, "log(%x)", ax)
				}
			}
		}
	}
}

func TestLibmSpecialValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	cases := []struct {
		name    string
		fn      func(float64) float64
		x, want float64
	}{
		{"exp", libmExp, inf, inf}, {"exp", libmExp, -inf, 0}, {"exp", libmExp, 710, inf}, {"exp", libmExp, -746, 0},
		{"exp", libmExp, 0, 1}, {"exp", libmExp, -745, 5e-324}, {"log", libmLog, 1, 0}, {"log", libmLog, 0, -inf},
		{"log", libmLog, inf, inf}, {"log2", libmLog2, 1024, 10}, {"log10", libmLog10, 1000, 3}, {"log10", libmLog10, 1e-300, -300},
		{"sin", libmSin, 0, 0}, {"cos", libmCos, 0, 1}, {"tan", libmTan, 0, 0}, {"atan", libmAtan, inf, math.Pi / 2},
		{"asin", libmAsin, 1, math.Pi / 2}, {"acos", libmAcos, -1, math.Pi}, {"acos", libmAcos, 1, 0},
		{"sinh", libmSinh, 1e-300, 1e-300}, {"cosh", libmCosh, 0, 1}, {"tanh", libmTanh, 30, 1}, {"exp2", libmExp2, 10, 1024},
		{"sin", libmSin, 1e300, -0.8178819121159085}, {"cos", libmCos, 0x1p1000, 0.9872460775989135},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.fn(c.x), "%s(%v)", c.name, c.x)
	}
	for _, fn := range []func(float64) float64{libmExp, libmLog, libmSin, libmCos, libmTan, libmAsin, libmAtan, libmSinh, libmTanh} {
		assert.True(t, math.IsNaN(fn(nan)))
	}
	assert.True(t, math.IsNaN(libmLog(-1)))
	assert.True(t, math.IsNaN(libmSin(inf)))
	assert.True(t, math.IsNaN(libmAsin(2)))
	assert.Equal(t, 5.0, libmHypot([]float64{3, 4}))
	assert.Equal(t, inf, libmHypot([]float64{nan, inf}))
	assert.True(t, math.IsNaN(libmHypot([]float64{nan, 1})))
	assert.Equal(t, 0x1.6a09e667f3bcdp+1023, libmHypot([]float64{0x1p1023, 0x1p1023}))
}

var libmSink float64

func BenchmarkLibmSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += libmSin(1.2345 + float64(i&7))
	}
}

func BenchmarkLibmExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += libmExp(1.2345 + float64(i&7))
	}
}

func BenchmarkLibmLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += libmLog(1.2345 + float64(i&7))
	}
}

func BenchmarkLibmAtan2(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += libmAtan2(1.2345+float64(i&7), 0.7)
	}
}
