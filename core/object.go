package core

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Kind identifies an object's built-in layout. Hot paths of the eval loop
// switch on it instead of calling through the type's slots.
type Kind uint8

// Object kinds.
const (
	KindNone Kind = iota
	KindBool
	KindInt
	KindFloat
	KindStr
	KindTuple
	KindList
	KindDict
	KindSet
	KindFrozenSet
	KindRange
	KindSlice
	KindFunction
	KindBuiltin
	KindMethod
	KindType
	KindInstance
	KindModule
	KindCell
	KindIterator
	KindGenerator
	KindNotImplemented
	KindEllipsis
	KindBytes
	KindByteArray
	KindMemoryView
	KindOther
	numKinds
)

// Object flags.
const (
	// flagImmortal marks an object whose count is never touched (PEP 683):
	// None, True, False, the small ints, interned names, types and code
	// constants.
	flagImmortal uint8 = 1 << iota
	// flagFreed marks an object that has been deallocated. In checked mode
	// such objects are quarantined rather than reused, so any later count
	// operation on one is a detected use after free.
	flagFreed
	// flagFinalized marks an instance whose __del__ has run (PEP 442's
	// "finalized" bit): a resurrected object is not finalized again.
	flagFinalized
)

// Object is the header every rcvm object starts with. Its fields are a
// union over the strategies: each counting primitive uses a subset (see
// HeaderBytes for what each one needs), so that objects can be handed between
// strategies' code paths without changing layout.
type Object struct {
	// rc is the reference count for plain, atomic and locked counting, and
	// the owner thread's local (biased) count under biased counting.
	rc int64
	// shared is biased counting's shared count, shifted left by two, with the
	// low two bits holding the object's state (PEP 703's ob_ref_shared).
	// Custom counters may use it as they like.
	shared int64
	// tid is biased counting's owner: the id of the thread that created the
	// object, or 0 once the counts have been merged.
	tid   uint32
	kind  Kind
	flags uint8
	// weakrefs is set while the object may have weak references
	// (weakref.go); it sits in what would be padding.
	weakrefs uint8
	// rcmu guards rc under the per-object-mutex strategy.
	rcmu sync.Mutex
	typ  *Type
}

// HeaderSize is the size in bytes of the object header in this build.
const HeaderSize = int(unsafe.Sizeof(Object{}))

// Type returns the object's type.
func (o *Object) Type() *Type { return o.typ }

// Kind returns the object's built-in layout kind.
func (o *Object) Kind() Kind { return o.kind }

// IsImmortal reports whether the object's count is never touched.
func (o *Object) IsImmortal() bool { return o.flags&flagImmortal != 0 }

// IsFreed reports whether the object has been deallocated (checked mode).
func (o *Object) IsFreed() bool { return o.flags&flagFreed != 0 }

// RefcntRaw returns the raw count fields, for strategies and tests: the
// plain/local count, the shared field and the owner thread id.
func (o *Object) RefcntRaw() (rc, shared int64, tid uint32) { return o.rc, o.shared, o.tid }

// Owner returns the object's owner field, read atomically: the id of the
// thread whose count is the plain one under biased counting (and custom
// counting that uses it so), 0 once the object has none.
func (o *Object) Owner() uint32 { return atomic.LoadUint32(&o.tid) }

// RC gives custom counters direct access to the count fields: the
// plain/local count, the shared field and the owner id. A custom Counter
// owns these fields; core does not touch them under CountCustom.
func (o *Object) RC() (rc *int64, shared *int64, tid *uint32) { return &o.rc, &o.shared, &o.tid }

// Lock returns the per-object mutex that the per-object-mutex strategy uses
// to guard the count.
func (o *Object) Lock() *sync.Mutex { return &o.rcmu }

// ptr converts a concrete object pointer to its header. Every concrete type
// embeds Object as its first field, so the addresses coincide.
func ptr[T any](p *T) *Object { return (*Object)(unsafe.Pointer(p)) }

// The singletons.
var (
	None           = newStatic(KindNone, &NoneType)
	NotImplemented = newStatic(KindNotImplemented, &NotImplementedType)
	Ellipsis       = newStatic(KindEllipsis, &EllipsisType)
	trueObj        = &boolObject{Int: Int{V: 1}}
	falseObj       = &boolObject{Int: Int{V: 0}}
	// True and False are the two bool objects.
	True  = initStaticBool(trueObj)
	False = initStaticBool(falseObj)
)

type boolObject struct{ Int }

func newStatic(k Kind, t *Type) *Object {
	return &Object{rc: 1, kind: k, flags: flagImmortal, tid: immortalTid, typ: t}
}

func initStaticBool(b *boolObject) *Object {
	b.rc, b.kind, b.flags, b.typ = 1, KindBool, flagImmortal, &BoolType
	b.tid = immortalTid
	return ptr(&b.Int)
}

// Bool returns True or False.
func Bool(b bool) *Object {
	if b {
		return True
	}
	return False
}
