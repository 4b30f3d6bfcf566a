package hashes

import (
	"crypto/sha3"
	"encoding/hex"

	"github.com/rcvm/rcvm/core"
)

// sha3Digest is a fixed-size SHA-3 hash.
type sha3Digest struct{ h *sha3.SHA3 }

func (d sha3Digest) Write(p []byte) (int, error) { return d.h.Write(p) }

func (d sha3Digest) sum(int) []byte { return d.h.Sum(nil) }

func (d sha3Digest) clone() digest {
	c, err := d.h.Clone()
	if err != nil {
		panic("hashes: " + err.Error())
	}
	return sha3Digest{c.(*sha3.SHA3)}
}

// shakeDigest is SHAKE128 or SHAKE256: sum squeezes a copy of the state,
// so that digest(n) can be asked again with another n.
type shakeDigest struct {
	s    *sha3.SHAKE
	make func() *sha3.SHAKE
}

func (d shakeDigest) Write(p []byte) (int, error) { return d.s.Write(p) }

func (d shakeDigest) copyState() *sha3.SHAKE {
	st, err := d.s.MarshalBinary()
	if err != nil {
		panic("hashes: " + err.Error())
	}
	c := d.make()
	if err := c.UnmarshalBinary(st); err != nil {
		panic("hashes: " + err.Error())
	}
	return c
}

func (d shakeDigest) sum(n int) []byte {
	out := make([]byte, n)
	d.copyState().Read(out)
	return out
}

func (d shakeDigest) clone() digest { return shakeDigest{d.copyState(), d.make} }

// sha3Alg is one type of _sha3, with the Keccak parameters its private
// attributes show.
type sha3Alg struct {
	alg          algorithm
	capacityBits int
	suffix       byte
	newDigest    func() digest
	sig          *core.Signature
}

var sha3Algs = []*sha3Alg{
	{alg: algorithm{name: "sha3_224", size: 28, block: 144}, capacityBits: 448, suffix: 6, newDigest: func() digest { return sha3Digest{sha3.New224()} }},
	{alg: algorithm{name: "sha3_256", size: 32, block: 136}, capacityBits: 512, suffix: 6, newDigest: func() digest { return sha3Digest{sha3.New256()} }},
	{alg: algorithm{name: "sha3_384", size: 48, block: 104}, capacityBits: 768, suffix: 6, newDigest: func() digest { return sha3Digest{sha3.New384()} }},
	{alg: algorithm{name: "sha3_512", size: 64, block: 72}, capacityBits: 1024, suffix: 6, newDigest: func() digest { return sha3Digest{sha3.New512()} }},
	{alg: algorithm{name: "shake_128", block: 168, xof: true}, capacityBits: 256, suffix: 0x1f, newDigest: func() digest { return shakeDigest{sha3.NewSHAKE128(), sha3.NewSHAKE128} }},
	{alg: algorithm{name: "shake_256", block: 136, xof: true}, capacityBits: 512, suffix: 0x1f, newDigest: func() digest { return shakeDigest{sha3.NewSHAKE256(), sha3.NewSHAKE256} }},
}

// sha3ByType finds a _sha3 type's parameters.
var sha3ByType = map[*core.Type]*sha3Alg{}

func init() {
	for _, a := range sha3Algs {
		a.sig = core.NewSignature(a.alg.name, "data=", "/", "*", "usedforsecurity=")
		methods := commonMethods
		doc := a.alg.name + "([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of " + itoa(a.alg.size) + " bytes."
		if a.alg.xof {
			methods = []core.MethodDef{commonMethods[0],
				{Name: "digest", Fn: shakeDigestMethod, Doc: "Return the digest value as a bytes object."},
				{Name: "hexdigest", Fn: shakeHexdigestMethod, Doc: "Return the digest value as a string of hexadecimal digits."},
				commonMethods[3]}
			doc = a.alg.name + "([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object."
		}
		newHashType(&a.alg, "_sha3", doc, core.Slots{New: sha3New}, methods, []core.GetSetDef{
			{Name: "_capacity_bits", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewInt(int64(sha3ByType[o.Type()].capacityBits))
			}},
			{Name: "_rate_bits", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewInt(int64(1600 - sha3ByType[o.Type()].capacityBits))
			}},
			{Name: "_suffix", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewBytes([]byte{sha3ByType[o.Type()].suffix})
			}},
		})
		sha3ByType[a.alg.tp] = a
	}
	core.RegisterModule("_sha3", func(t *core.Thread, m *core.Module) bool {
		for _, a := range sha3Algs {
			m.AddType(t, a.alg.tp)
		}
		// CPython 3.11 uses the tiny_sha3 implementation.
		return m.SetOwned(t, "implementation", t.NewStr("tiny_sha3")) && m.SetOwned(t, "keccakopt", t.NewInt(0))
	})
}

// sha3New makes a _sha3 object: sha3_256(data=b”, /, *,
// usedforsecurity=True).
func sha3New(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	a := sha3ByType[cls]
	var data, sec *core.Object
	if !a.sig.Parse(t, args, kwnames, &data, &sec) || !usedForSecurity(t, sec) {
		return nil
	}
	o := newHash(t, &a.alg, a.newDigest(), a.alg.size)
	if !initialData(t, o, data) {
		t.Decref(o)
		return nil
	}
	return o
}

// shakeLength is the length argument of a SHAKE digest: a non-negative
// int below 2**29, with the errors of CPython's unsigned long converter.
func shakeLength(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) (int, bool) {
	if !t.ArgsRange(name, args, kwnames, 1, 1) {
		return 0, false
	}
	o := args[0]
	if !core.IsInt(o) {
		t.RaiseMsg(&core.TypeErrorType, "an integer is required")
		return 0, false
	}
	v := core.BigValue(o)
	switch {
	case v.Sign() < 0:
		t.RaiseMsg(&core.ValueErrorType, "value must be positive")
		return 0, false
	case v.BitLen() > 64:
		t.RaiseMsg(&core.OverflowErrorType, "Python int too large to convert to C unsigned long")
		return 0, false
	case v.BitLen() > 29:
		t.RaiseMsg(&core.ValueErrorType, "length is too large")
		return 0, false
	}
	return int(v.Int64()), true
}

func shakeDigestMethod(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	n, ok := shakeLength(t, h.alg.tp.Name+".digest", args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewBytes(h.sum(n))
}

func shakeHexdigestMethod(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	n, ok := shakeLength(t, h.alg.tp.Name+".hexdigest", args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewStr(hex.EncodeToString(h.sum(n)))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
