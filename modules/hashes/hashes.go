// Package hashes is CPython's built-in hash modules, the constructors
// hashlib.py falls back to when there is no _hashlib (OpenSSL): _md5,
// _sha1, _sha256 (sha224, sha256), _sha512 (sha384, sha512), _blake2
// (blake2b, blake2s) and _sha3 (sha3_224 ... sha3_512, shake_128,
// shake_256), as Modules/md5module.c, sha*module.c, _blake2/ and _sha3/
// define them.
//
// The six modules live in one package because their hash objects are one
// type machinery (update, digest, hexdigest, copy, name, digest_size,
// block_size, the buffer checks of CPython's hashlib.h) over different
// algorithms; a package per module would repeat it six times. The
// algorithms are Go's crypto/md5, sha1, sha256, sha512 and sha3; BLAKE2
// is implemented here (blake2.go) because golang.org/x/crypto's BLAKE2
// has no salt, personalization or tree parameters, which _blake2 takes.
//
// Thread safety: every hash object has its own mutex, taken around each
// update, digest and copy, so that threads sharing one object never see
// a torn state (CPython locks hash objects the same way). As CPython does
// for updates of at least 2048 bytes (HASHLIB_GIL_MINSIZE), a large
// update runs detached from the strategy (the GIL is released), so that
// threads hashing in parallel scale as they do on CPython.
package hashes

import (
	"encoding/hex"
	"sync"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// gilMinSize is CPython's HASHLIB_GIL_MINSIZE: updates this large release
// the GIL while they hash.
const gilMinSize = 2048

// digest is the running state of one hash computation.
type digest interface {
	Write(p []byte) (int, error)
	// sum returns the digest of what was written so far, n bytes long
	// (n matters only for an extendable-output function), leaving the
	// state as it was.
	sum(n int) []byte
	// clone returns an independent copy of the state.
	clone() digest
}

// algorithm describes one hash type.
type algorithm struct {
	// name is hashlib's name ("sha224"), the name attribute.
	name string
	// size is the digest size in bytes (0 for SHAKE, whose digest takes a
	// length); blake2 objects carry their own.
	size, block int
	// xof marks SHAKE: digest(length) and hexdigest(length).
	xof bool
	tp  *core.Type
}

// hashObject is the layout of every hash type.
type hashObject struct {
	core.Object
	mu   sync.Mutex
	d    digest
	alg  *algorithm
	size int
}

func self(o *core.Object) *hashObject { return (*hashObject)(unsafe.Pointer(o)) }

// newHash returns a new hash object of alg's type holding d (a new
// reference).
func newHash(t *core.Thread, alg *algorithm, d digest, size int) *core.Object {
	h := core.Alloc[hashObject](t, alg.tp)
	h.d, h.alg, h.size = d, alg, size
	return &h.Object
}

// dataArg is hashlib.h's GET_BUFFER_VIEW_OR_ERROUT: the bytes of a
// bytes-like object; a str must be encoded first.
func dataArg(t *core.Thread, o *core.Object) ([]byte, bool) {
	if core.IsStr(o) {
		t.RaiseMsg(&core.TypeErrorType, "Strings must be encoded before hashing")
		return nil, false
	}
	b, ok := t.BytesLike(o)
	if !ok {
		t.RaiseMsg(&core.TypeErrorType, "object supporting the buffer API required")
	}
	return b, ok
}

// write feeds b to h's state under its lock, detached from the strategy
// for large inputs.
func (h *hashObject) write(t *core.Thread, b []byte) {
	if len(b) >= gilMinSize {
		t.Blocking(func() {
			h.mu.Lock()
			h.d.Write(b)
			h.mu.Unlock()
		})
		return
	}
	h.mu.Lock()
	h.d.Write(b)
	h.mu.Unlock()
}

// initialData hashes a constructor's data argument (nil: none given).
func initialData(t *core.Thread, o *core.Object, data *core.Object) bool {
	if data == nil {
		return true
	}
	b, ok := dataArg(t, data)
	if ok {
		self(o).write(t, b)
	}
	return ok
}

// usedForSecurity evaluates the usedforsecurity keyword as CPython's bool
// converter does (its truth value; every algorithm here is allowed).
func usedForSecurity(t *core.Thread, o *core.Object) bool {
	if o == nil {
		return true
	}
	_, ok := t.Truth(o)
	return ok
}

func hashUpdate(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	if !t.ArgsRange(h.alg.tp.Name+".update", args[1:], kwnames, 1, 1) {
		return nil
	}
	b, ok := dataArg(t, args[1])
	if !ok {
		return nil
	}
	h.write(t, b)
	return t.NewRef(core.None)
}

// sum returns h's digest of n bytes (its digest size for a fixed-size
// hash).
func (h *hashObject) sum(n int) []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.d.sum(n)
}

func hashDigest(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	if !t.ArgsRange(h.alg.tp.Name+".digest", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.NewBytes(h.sum(h.size))
}

func hashHexdigest(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	if !t.ArgsRange(h.alg.tp.Name+".hexdigest", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.NewStr(hex.EncodeToString(h.sum(h.size)))
}

// hashCopy is copy(). The classic modules (_md5, _sha1, _sha256, _sha512)
// declare it with Argument Clinic's defining_class, whose messages name
// only the method.
func hashCopy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	h := self(args[0])
	name := h.alg.tp.Name + ".copy"
	if h.alg.tp.Module != "_blake2" && h.alg.tp.Module != "_sha3" {
		// Keywords are ignored there, as CPython's parser for a method
		// without parameters ignores them.
		if len(args)-len(kwnames) > 1 {
			return t.RaiseMsg(&core.TypeErrorType, "copy() takes no arguments")
		}
	} else if !t.ArgsRange(name, args[1:], kwnames, 0, 0) {
		return nil
	}
	h.mu.Lock()
	d := h.d.clone()
	h.mu.Unlock()
	return newHash(t, h.alg, d, h.size)
}

func getName(t *core.Thread, o *core.Object) *core.Object { return t.NewStr(self(o).alg.name) }

func getDigestSize(t *core.Thread, o *core.Object) *core.Object {
	return t.NewInt(int64(self(o).size))
}

func getBlockSize(t *core.Thread, o *core.Object) *core.Object {
	return t.NewInt(int64(self(o).alg.block))
}

// commonMethods are every fixed-size hash type's methods.
var commonMethods = []core.MethodDef{
	{Name: "update", Fn: hashUpdate, Doc: "Update this hash object's state with the provided string."},
	{Name: "digest", Fn: hashDigest, Doc: "Return the digest value as a bytes object."},
	{Name: "hexdigest", Fn: hashHexdigest, Doc: "Return the digest value as a string of hexadecimal digits."},
	{Name: "copy", Fn: hashCopy, Doc: "Return a copy of the hash object."},
}

var commonGetSets = []core.GetSetDef{
	{Name: "name", Get: getName},
	{Name: "digest_size", Get: getDigestSize},
	{Name: "block_size", Get: getBlockSize},
}

// newHashType creates the type of alg, named module.typeName.
func newHashType(alg *algorithm, module, doc string, slots core.Slots, methods []core.MethodDef, getsets []core.GetSetDef) {
	alg.tp = core.NewType[hashObject](core.TypeSpec{
		Name:    module + "." + alg.name,
		Doc:     doc,
		Slots:   slots,
		Methods: methods,
		GetSets: append(append([]core.GetSetDef(nil), commonGetSets...), getsets...),
		Clear:   func(t *core.Thread, o *core.Object) { self(o).d = nil },
	})
}
