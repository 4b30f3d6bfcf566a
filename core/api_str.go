package core

// Extension API helpers for str objects and iterators that native modules
// need (modules/sre).

// StrIsASCII reports whether the str o is pure ASCII, so that its UTF-8
// bytes are its code points (computed once per object).
func StrIsASCII(o *Object) bool { return asStr(o).isASCII() }

// NewCallIter returns iter(fn, sentinel): an iterator calling fn until it
// returns sentinel (a new reference; fn and sentinel are borrowed).
func (t *Thread) NewCallIter(fn, sentinel *Object) *Object { return t.newCallIter(fn, sentinel) }
