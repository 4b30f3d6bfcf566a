// Package random is CPython's _random module (Modules/_randommodule.c):
// the Random type that random.py derives from, a Mersenne Twister seeded
// exactly as CPython seeds it, so that random.seed(n) gives CPython's
// sequences.
package random

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
	"os"
	"time"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("_random", build) }

// generator is _random.Random. A mutex-like container lock serialises
// threads sharing one generator (CPython's GIL does the same).
type generator struct {
	core.Object
	lk core.ContainerLock
	mt mt
}

var randomType *core.Type

func init() {
	randomType = core.NewType[generator](core.TypeSpec{
		Name:         "_random.Random",
		Doc:          "Random() -> create a random number generator with its own internal state.",
		Subclassable: true,
		Slots:        core.Slots{New: randomNew},
		Init:         randomInit,
		Methods: []core.MethodDef{
			{Name: "random", Fn: randomRandom, Doc: "random() -> x in the interval [0, 1)."},
			{Name: "seed", Fn: randomSeedMethod, Doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
			{Name: "getstate", Fn: randomGetstate, Doc: "getstate() -> tuple containing the current state."},
			{Name: "setstate", Fn: randomSetstate, Doc: "setstate(state) -> None.  Restores generator state."},
			{Name: "getrandbits", Fn: randomGetrandbits, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
		},
	})
}

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "Module implements the Mersenne Twister random number generator.")
	m.AddType(t, randomType)
	return true
}

func self(o *core.Object) *generator { return (*generator)(unsafe.Pointer(o)) }

func randomNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	g := core.Alloc[generator](t, cls)
	// A subclass whose __init__ never seeds still gets a valid state.
	g.mt.seedTimePid()
	return &g.Object
}

func randomInit(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	if o.Type() == randomType && !t.NoKeywords("Random", kwnames) {
		return false
	}
	pos, _ := core.Positional(args, kwnames)
	if len(pos) > 1 {
		t.RaiseMsg(&core.TypeErrorType, "Random() requires 0 or 1 argument")
		return false
	}
	var arg *core.Object
	if len(pos) == 1 {
		arg = pos[0]
	}
	return seed(t, self(o), arg)
}

// seedTimePid is random_seed_time_pid, the fallback without urandom.
func (m *mt) seedTimePid() {
	now := time.Now().UnixNano()
	key := []uint32{uint32(now), uint32(uint64(now) >> 32), uint32(os.Getpid()), uint32(time.Now().UnixNano())}
	m.initByArray(key)
}

// seed is random_seed: None seeds from the system's entropy; an int by its
// absolute value split into 32-bit words; anything else by its hash.
func seed(t *core.Thread, g *generator, arg *core.Object) bool {
	var key []uint32
	if arg == nil || arg == core.None {
		var buf [mtN * 4]byte
		g.lk.Lock(t)
		defer g.lk.Unlock(t)
		if _, err := rand.Read(buf[:]); err != nil {
			g.mt.seedTimePid()
			return true
		}
		key = make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		g.mt.initByArray(key)
		return true
	}
	var n *big.Int
	if core.IsInt(arg) {
		// int.__abs__, never a subclass's __abs__ (bpo-31478).
		n = new(big.Int).Abs(core.BigValue(arg))
	} else {
		h, ok := t.Hash(arg)
		if !ok {
			return false
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	words := n.Bits()
	bits := n.BitLen()
	used := 1
	if bits > 0 {
		used = (bits-1)/32 + 1
	}
	key = make([]uint32, used)
	for i := range key {
		w := words
		wi, shift := (i*32)/64, uint((i*32)%64)
		if wi < len(w) {
			key[i] = uint32(uint64(w[wi]) >> shift)
		}
	}
	g.lk.Lock(t)
	g.mt.initByArray(key)
	g.lk.Unlock(t)
	return true
}

func randomSeedMethod(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("seed", args[1:], kwnames, 0, 1) {
		return nil
	}
	var arg *core.Object
	if len(args) == 2 {
		arg = args[1]
	}
	if !seed(t, self(args[0]), arg) {
		return nil
	}
	return t.NewRef(core.None)
}

func randomRandom(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("Random.random", args[1:], kwnames, 0, 0) {
		return nil
	}
	g := self(args[0])
	g.lk.Lock(t)
	v := g.mt.random()
	g.lk.Unlock(t)
	return t.NewFloat(v)
}

func randomGetstate(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("Random.getstate", args[1:], kwnames, 0, 0) {
		return nil
	}
	g := self(args[0])
	g.lk.Lock(t)
	st := g.mt
	g.lk.Unlock(t)
	items := make([]*core.Object, 0, mtStateSize)
	for _, w := range st.state {
		items = append(items, t.NewInt(int64(w)))
	}
	items = append(items, t.NewInt(int64(st.index)))
	return t.TupleOwned(items...)
}

func randomSetstate(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("setstate", args[1:], kwnames, 1, 1) {
		return nil
	}
	tup, ok := core.AsTuple(args[1])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "state vector must be a tuple")
	}
	if len(tup.Items) != mtStateSize {
		return t.RaiseMsg(&core.ValueErrorType, "state vector is the wrong size")
	}
	var st mt
	for i := 0; i < mtN; i++ {
		w, ok := asUnsignedLong(t, tup.Items[i])
		if !ok {
			return nil
		}
		st.state[i] = uint32(w)
	}
	idx, ok := asLong(t, tup.Items[mtN])
	if !ok {
		return nil
	}
	if idx < 0 || idx > mtN {
		return t.RaiseMsg(&core.ValueErrorType, "invalid state")
	}
	st.index = int(idx)
	g := self(args[0])
	g.lk.Lock(t)
	g.mt = st
	g.lk.Unlock(t)
	return t.NewRef(core.None)
}

// asUnsignedLong is PyLong_AsUnsignedLong: ints only, no __index__.
func asUnsignedLong(t *core.Thread, o *core.Object) (uint64, bool) {
	if !core.IsInt(o) {
		t.RaiseMsg(&core.TypeErrorType, "an integer is required")
		return 0, false
	}
	b := core.BigValue(o)
	if b.Sign() < 0 {
		t.RaiseMsg(&core.OverflowErrorType, "can't convert negative value to unsigned int")
		return 0, false
	}
	if !b.IsUint64() {
		t.RaiseMsg(&core.OverflowErrorType, "Python int too large to convert to C unsigned long")
		return 0, false
	}
	return b.Uint64(), true
}

// asLong is PyLong_AsLong (through __index__).
func asLong(t *core.Thread, o *core.Object) (int64, bool) { return t.AsCLong(o) }

func randomGetrandbits(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("getrandbits", args[1:], kwnames, 1, 1) {
		return nil
	}
	if core.IsFloat(args[1]) {
		return t.RaiseMsg(&core.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	k, ok := t.AsCInt(args[1])
	if !ok {
		return nil
	}
	if k < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "number of bits must be non-negative")
	}
	g := self(args[0])
	if k == 0 {
		return t.NewInt(0)
	}
	g.lk.Lock(t)
	if k <= 32 {
		v := g.mt.uint32() >> (32 - k)
		g.lk.Unlock(t)
		return t.NewInt(int64(v))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := 0; i < words; i, k = i+1, k-32 {
		r := g.mt.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		// big-endian for big.Int.SetBytes: word i from the right
		binary.BigEndian.PutUint32(buf[4*(words-1-i):], r)
	}
	g.lk.Unlock(t)
	return t.NewBigInt(new(big.Int).SetBytes(buf))
}
