package core

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// Str is a Python str. S holds UTF-8; Python indexes by code point, so
// strings that are not pure ASCII are indexed through their runes.
type Str struct {
	Object
	S string
	// hash caches the str's hash; -1 (never a Python hash) means not yet
	// computed. Atomic because a str may be shared by threads running in
	// parallel, as CPython's free-threaded build caches it atomically too.
	hash atomic.Int64
	// ascii: 0 unknown, 1 pure ASCII, 2 not.
	ascii atomic.Uint32
}

func asStr(o *Object) *Str { return (*Str)(ptrOf(o)) }

// NewStr returns a str object (a new reference).
func (t *Thread) NewStr(s string) *Object {
	p := t.heap.strs.pop()
	if p == nil {
		p = new(Str)
	}
	p.S = s
	p.hash.Store(-1)
	p.ascii.Store(0)
	t.initObject(&p.Object, KindStr, &StrType)
	return &p.Object
}

func deallocStr(t *Thread, o *Object) {
	s := asStr(o)
	s.S = ""
	if t.recycle(o) {
		t.heap.strs.push(s)
	}
}

// Hash returns the str's hash, computing it once.
func (s *Str) Hash() int64 {
	h := s.hash.Load()
	if h == -1 {
		h = hashString(s.S)
		s.hash.Store(h)
	}
	return h
}

// isASCII reports whether the string is pure ASCII (cached).
func (s *Str) isASCII() bool {
	a := s.ascii.Load()
	if a == 0 {
		a = 1
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				a = 2
				break
			}
		}
		s.ascii.Store(a)
	}
	return a == 1
}

// Intern returns the process-wide immortal str object for a name. Interned
// strs are shared by all threads and VMs and never freed.
func Intern(s string) *Str {
	if v, ok := internedGlobal.Load(s); ok {
		return v.(*Str)
	}
	p := &Str{S: s}
	p.hash.Store(-1)
	p.rc, p.kind, p.flags, p.typ = 1, KindStr, flagImmortal, &StrType
	p.tid = immortalTid
	p.Hash()
	p.isASCII()
	v, _ := internedGlobal.LoadOrStore(s, p)
	return v.(*Str)
}

// internedGlobal holds the interned names of every VM in the process: they
// are immortal, and PEP 684 lets interpreters share immortal objects.
var internedGlobal sync.Map

// strSeed is the process's str-hash seed. CPython randomises str hashes per
// process too (PYTHONHASHSEED), so no program may depend on their values.
var strSeed = maphash.MakeSeed()

func hashString(s string) int64 {
	if s == "" {
		return 0 // as CPython's hash('') and hash(b'')
	}
	h := int64(maphash.String(strSeed, s) >> 1)
	if h == -1 {
		h = -2
	}
	return h
}
