package hashes

import (
	"math/big"

	"github.com/rcvm/rcvm/core"
)

// blake2Variant is blake2b or blake2s: the limits of its parameters.
type blake2Variant struct {
	alg                                  algorithm
	maxDigest, maxKey, saltSize, perSize int
	// maxOffset is the largest node_offset (48 bits for BLAKE2s).
	maxOffset uint64
	doc       string
	sig       *core.Signature
	make      func(p *blake2Params) digest
}

var (
	blake2bVariant = &blake2Variant{alg: algorithm{name: "blake2b", block: 128}, maxDigest: 64, maxKey: 64, saltSize: 16, perSize: 16,
		maxOffset: 1<<64 - 1, doc: "Return a new BLAKE2b hash object.", make: func(p *blake2Params) digest { return newBlake2b(p) }}
	blake2sVariant = &blake2Variant{alg: algorithm{name: "blake2s", block: 64}, maxDigest: 32, maxKey: 32, saltSize: 8, perSize: 8,
		maxOffset: 1<<48 - 1, doc: "Return a new BLAKE2s hash object.", make: func(p *blake2Params) digest { return newBlake2s(p) }}
	blake2Variants = []*blake2Variant{blake2bVariant, blake2sVariant}
)

func init() {
	for _, v := range blake2Variants {
		v.sig = core.NewSignature(v.alg.name, "data=", "/", "*", "digest_size=", "key=", "salt=", "person=", "fanout=",
			"depth=", "leaf_size=", "node_offset=", "node_depth=", "inner_size=", "last_node=", "usedforsecurity=")
		variant := v
		newHashType(&v.alg, "_blake2", v.doc, core.Slots{New: func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
			return variant.construct(t, args, kwnames)
		}}, commonMethods, nil)
		for _, c := range []struct {
			name string
			v    int
		}{{"SALT_SIZE", v.saltSize}, {"PERSON_SIZE", v.perSize}, {"MAX_KEY_SIZE", v.maxKey}, {"MAX_DIGEST_SIZE", v.maxDigest}} {
			v.alg.tp.AddClassInt(c.name, c.v)
		}
	}
	core.RegisterModule("_blake2", func(t *core.Thread, m *core.Module) bool {
		for _, v := range blake2Variants {
			m.AddType(t, v.alg.tp)
			prefix := "BLAKE2B_"
			if v == blake2sVariant {
				prefix = "BLAKE2S_"
			}
			for _, c := range []struct {
				name string
				n    int
			}{{"SALT_SIZE", v.saltSize}, {"PERSON_SIZE", v.perSize}, {"MAX_KEY_SIZE", v.maxKey}, {"MAX_DIGEST_SIZE", v.maxDigest}} {
				if !m.SetOwned(t, prefix+c.name, t.NewInt(int64(c.n))) {
					return false
				}
			}
		}
		return true
	})
}

// construct is blake2b(data=b”, /, *, digest_size=64, key=b”, salt=b”,
// person=b”, fanout=1, depth=1, leaf_size=0, node_offset=0,
// node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
// the arguments are converted in order, then checked in CPython's order.
func (v *blake2Variant) construct(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, dsz, key, salt, person, fanout, depth, leaf, offset, ndepth, inner, last, sec *core.Object
	if !v.sig.Parse(t, args, kwnames, &data, &dsz, &key, &salt, &person, &fanout, &depth, &leaf, &offset, &ndepth, &inner, &last, &sec) {
		return nil
	}
	p := blake2Params{digestSize: v.maxDigest, fanout: 1, depth: 1}
	ok := intParam(t, dsz, &p.digestSize) && bufParam(t, key, &p.key) && bufParam(t, salt, &p.salt) &&
		bufParam(t, person, &p.person) && intParam(t, fanout, &p.fanout) && intParam(t, depth, &p.depth)
	if !ok {
		return nil
	}
	leafSize, ok := unsignedParam(t, leaf, "Python int too large to convert to C unsigned long")
	if !ok {
		return nil
	}
	if p.nodeOffset, ok = unsignedParam(t, offset, "int too big to convert"); !ok {
		return nil
	}
	if !intParam(t, ndepth, &p.nodeDepth) || !intParam(t, inner, &p.innerLen) {
		return nil
	}
	if last != nil {
		if p.lastNode, ok = t.Truth(last); !ok {
			return nil
		}
	}
	if !usedForSecurity(t, sec) {
		return nil
	}
	switch {
	case p.digestSize <= 0 || p.digestSize > v.maxDigest:
		return t.RaiseMsg(&core.ValueErrorType, "digest_size must be between 1 and %d bytes", v.maxDigest)
	case len(p.salt) > v.saltSize:
		return t.RaiseMsg(&core.ValueErrorType, "maximum salt length is %d bytes", v.saltSize)
	case len(p.person) > v.perSize:
		return t.RaiseMsg(&core.ValueErrorType, "maximum person length is %d bytes", v.perSize)
	case p.fanout < 0 || p.fanout > 255:
		return t.RaiseMsg(&core.ValueErrorType, "fanout must be between 0 and 255")
	case p.depth <= 0 || p.depth > 255:
		return t.RaiseMsg(&core.ValueErrorType, "depth must be between 1 and 255")
	case leafSize > 0xffffffff:
		return t.RaiseMsg(&core.OverflowErrorType, "leaf_size is too large")
	case p.nodeOffset > v.maxOffset:
		return t.RaiseMsg(&core.OverflowErrorType, "node_offset is too large")
	case p.nodeDepth < 0 || p.nodeDepth > 255:
		return t.RaiseMsg(&core.ValueErrorType, "node_depth must be between 0 and 255")
	case p.innerLen < 0 || p.innerLen > v.maxDigest:
		return t.RaiseMsg(&core.ValueErrorType, "inner_size must be between 0 and is %d", v.maxDigest)
	case len(p.key) > v.maxKey:
		return t.RaiseMsg(&core.ValueErrorType, "maximum key length is %d bytes", v.maxKey)
	}
	p.leafSize = uint32(leafSize)
	o := newHash(t, &v.alg, v.make(&p), p.digestSize)
	if !initialData(t, o, data) {
		t.Decref(o)
		return nil
	}
	return o
}

// intParam converts an optional int parameter (C int), keeping *dst when
// it was not given.
func intParam(t *core.Thread, o *core.Object, dst *int) bool {
	if o == nil {
		return true
	}
	n, ok := t.AsCInt(o)
	*dst = n
	return ok
}

// bufParam converts an optional Py_buffer parameter (key, salt, person).
func bufParam(t *core.Thread, o *core.Object, dst *[]byte) bool {
	if o == nil {
		return true
	}
	b, ok := t.BytesLike(o)
	if !ok {
		t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
		return false
	}
	*dst = b
	return true
}

var maxUint64 = new(big.Int).SetUint64(1<<64 - 1)

// unsignedParam is CPython's unsigned long (long long) converter: an int, "value must be positive" below zero, overflow
// (with the converter's message) past 64 bits.
func unsignedParam(t *core.Thread, o *core.Object, overflow string) (uint64, bool) {
	if o == nil {
		return 0, true
	}
	// PyLong_AsUnsignedLong takes ints only (no __index__).
	if !core.IsInt(o) {
		t.RaiseMsg(&core.TypeErrorType, "an integer is required")
		return 0, false
	}
	v := core.BigValue(o)
	if v.Sign() < 0 {
		t.RaiseMsg(&core.ValueErrorType, "value must be positive")
		return 0, false
	}
	if v.Cmp(maxUint64) > 0 {
		t.RaiseMsg(&core.OverflowErrorType, "%s", overflow)
		return 0, false
	}
	return v.Uint64(), true
}
