package hashes

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"github.com/rcvm/rcvm/core"
)

// stdDigest is a fixed-size hash of Go's standard library.
type stdDigest struct{ h hash.Hash }

func (d stdDigest) Write(p []byte) (int, error) { return d.h.Write(p) }

func (d stdDigest) sum(int) []byte { return d.h.Sum(nil) }

func (d stdDigest) clone() digest {
	// Every hash.Hash of the standard library is a hash.Cloner.
	c, err := d.h.(hash.Cloner).Clone()
	if err != nil {
		panic("hashes: " + err.Error())
	}
	return stdDigest{c}
}

// classic is one of the hashes of _md5, _sha1, _sha256 and _sha512: a
// module function makes its objects, its type is not callable.
type classic struct {
	alg      algorithm
	module   string
	newHash  func() hash.Hash
	typeAttr string // the module's name for the type ("MD5Type")
	doc      string
	sig      *core.Signature
}

var (
	md5Alg    = &classic{alg: algorithm{name: "md5", size: 16, block: 64}, module: "_md5", newHash: md5.New, typeAttr: "MD5Type", doc: "MD5"}
	sha1Alg   = &classic{alg: algorithm{name: "sha1", size: 20, block: 64}, module: "_sha1", newHash: sha1.New, typeAttr: "SHA1Type", doc: "SHA1"}
	sha224Alg = &classic{alg: algorithm{name: "sha224", size: 28, block: 64}, module: "_sha256", newHash: sha256.New224, typeAttr: "SHA224Type", doc: "SHA-224"}
	sha256Alg = &classic{alg: algorithm{name: "sha256", size: 32, block: 64}, module: "_sha256", newHash: sha256.New, typeAttr: "SHA256Type", doc: "SHA-256"}
	sha384Alg = &classic{alg: algorithm{name: "sha384", size: 48, block: 128}, module: "_sha512", newHash: sha512.New384, typeAttr: "SHA384Type", doc: "SHA-384"}
	// CPython 3.11's _sha512 stores its sha512 type as SHA384Type too (it
	// has no SHA512Type): the later store wins.
	sha512Alg = &classic{alg: algorithm{name: "sha512", size: 64, block: 128}, module: "_sha512", newHash: sha512.New, typeAttr: "SHA384Type", doc: "SHA-512"}
)

// classicModules lists each module's hashes in the order CPython adds them.
var classicModules = map[string][]*classic{
	"_md5":    {md5Alg},
	"_sha1":   {sha1Alg},
	"_sha256": {sha224Alg, sha256Alg},
	"_sha512": {sha384Alg, sha512Alg},
}

func init() {
	for name, algs := range classicModules {
		for _, c := range algs {
			c.sig = core.NewSignature(c.alg.name, "string=", "*", "usedforsecurity=")
			newHashType(&c.alg, c.module, "", core.Slots{}, commonMethods, nil)
		}
		core.RegisterModule(name, func(t *core.Thread, m *core.Module) bool {
			for _, c := range algs {
				m.SetAttrString(t, c.typeAttr, &c.alg.tp.Object)
				m.SetFunc(t, c.alg.name, c.constructor)
			}
			return true
		})
	}
}

// constructor is the module function (_md5.md5(string=b”, *,
// usedforsecurity=True)).
func (c *classic) constructor(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, sec *core.Object
	if !c.sig.Parse(t, args, kwnames, &data, &sec) || !usedForSecurity(t, sec) {
		return nil
	}
	o := newHash(t, &c.alg, stdDigest{c.newHash()}, c.alg.size)
	if !initialData(t, o, data) {
		t.Decref(o)
		return nil
	}
	return o
}
