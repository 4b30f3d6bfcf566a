package core

import "unicode/utf8"

// The built-in iterators over containers: list, tuple, str, dict, set and
// range iterators and their reversed forms (all on the SeqIter layout), the
// generic __getitem__ iterator, and the reversed type.

// Iterator types.
var (
	ListIterType         = iterType("list_iterator", seqIterNext)
	ListRevIterType      = iterType("list_reverseiterator", listRevIterNext)
	TupleIterType        = iterType("tuple_iterator", seqIterNext)
	StrASCIIIterType     = iterType("str_ascii_iterator", strIterNext)
	StrIterType          = iterType("str_iterator", strIterNext)
	RangeIterType        = iterType("range_iterator", rangeIterNext)
	DictKeyIterType      = iterType("dict_keyiterator", dictIterNext)
	DictValueIterType    = iterType("dict_valueiterator", dictIterNext)
	DictItemIterType     = iterType("dict_itemiterator", dictIterNext)
	DictRevKeyIterType   = iterType("dict_reversekeyiterator", dictRevIterNext)
	DictRevValueIterType = iterType("dict_reversevalueiterator", dictRevIterNext)
	DictRevItemIterType  = iterType("dict_reverseitemiterator", dictRevIterNext)
	SetIterType          = iterType("set_iterator", setIterNext)
	// SeqIterType iterates over an object that has __getitem__ but no
	// __iter__ (CPython's PySeqIter_Type, named "iterator").
	SeqIterType = iterType("iterator", genericSeqIterNext)
	// ReversedType is the built-in reversed: over any sequence with
	// __len__ and __getitem__.
	ReversedType = iterType("reversed", reversedNext)
)

func iterType(name string, next func(t *Thread, o *Object) *Object) Type {
	return Type{Name: name, InstanceKind: KindIterator, Next: next}
}

var seqIterTypes = []*Type{
	&ListIterType, &ListRevIterType, &TupleIterType, &StrASCIIIterType, &StrIterType,
	&RangeIterType, &DictKeyIterType, &DictValueIterType, &DictItemIterType,
	&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType, &SetIterType,
	&SeqIterType, &ReversedType,
}

func init() {
	for _, tp := range seqIterTypes {
		tp.Iter = iterSelf
		tp.Dealloc = deallocSeqIter
		tp.SetAttr = readOnlySetAttr
		registerType(tp)
	}
	ReversedType.New = reversedNew
}

// seqIterNext is the Next of list and tuple iterators, and the eval loop's
// FOR_ITER fast path for them. A list is indexed live, under its lock, at
// every step (as CPython's listiterator does), so that appending while
// iterating is seen.
func seqIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	if seq.kind == KindTuple {
		items := asTuple(seq).Items
		if s.index < len(items) {
			v := items[s.index]
			s.index++
			t.Incref(v)
			return v
		}
	} else {
		l := asList(seq)
		l.lk.lock(t)
		if s.index < len(l.Items) {
			v := l.Items[s.index]
			t.Incref(v)
			l.lk.unlock(t)
			s.index++
			return v
		}
		l.lk.unlock(t)
	}
	s.seq = nil
	t.Decref(seq)
	return nil
}

func listRevIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	l := asList(seq)
	l.lk.lock(t)
	if s.index >= 0 && s.index < len(l.Items) {
		v := l.Items[s.index]
		t.Incref(v)
		l.lk.unlock(t)
		s.index--
		return v
	}
	l.lk.unlock(t)
	s.seq = nil
	t.Decref(seq)
	return nil
}

// charStrs holds the immortal one-character strs for the code points below
// 256, as CPython caches its latin-1 singletons: iterating over or indexing
// a str then allocates nothing.
var charStrs [256]Str

func init() {
	for i := range charStrs {
		s := &charStrs[i]
		s.S = string(rune(i))
		s.rc, s.kind, s.flags, s.typ = 1, KindStr, flagImmortal, &StrType
		s.hash.Store(-1)
		s.Hash()
		s.isASCII()
	}
}

// charStr returns a new reference to the one-character str r.
func (t *Thread) charStr(r rune) *Object {
	if r >= 0 && r < 256 {
		return &charStrs[r].Object
	}
	return t.NewStr(string(r))
}

func strIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	str := asStr(seq).S
	if s.index < len(str) {
		c := str[s.index]
		if c < utf8.RuneSelf {
			s.index++
			return &charStrs[c].Object
		}
		r, size := utf8.DecodeRuneInString(str[s.index:])
		s.index += size
		return t.charStr(r)
	}
	s.seq = nil
	t.Decref(seq)
	return nil
}

// newStrIter returns iter(s).
func (t *Thread) newStrIter(o *Object) *Object {
	tp := &StrIterType
	if asStr(o).isASCII() {
		tp = &StrASCIIIterType
	}
	return &t.newSeqIter(tp, o, 0).Object
}

// rangeIterNext is the Next of range iterators and the eval loop's FOR_ITER
// fast path for them: the hottest iterator, so it only counts down and
// boxes the current value.
func rangeIterNext(t *Thread, it *Object) *Object {
	r := asSeqIter(it)
	if r.n <= 0 {
		return nil
	}
	v := r.cur
	r.n--
	// May wrap past the last value; it is never read then.
	r.cur += r.step
	return t.NewInt(v)
}

// newRangeIter returns an iterator over n values from start by step.
func (t *Thread) newRangeIter(start, step, n int64) *Object {
	it := t.newSeqIter(&RangeIterType, nil, 0)
	it.cur, it.step, it.n = start, step, n
	return &it.Object
}

// ---- dict iterators ----

// newDictIter returns an iterator of type tp (one of the dict iterator
// types) over d.
func (t *Thread) newDictIter(tp *Type, d *Dict) *Object {
	d.lk.lock(t)
	used, start := d.used, 0
	if tp == &DictRevKeyIterType || tp == &DictRevValueIterType || tp == &DictRevItemIterType {
		start = len(d.entries) - 1
	}
	d.lk.unlock(t)
	it := t.newSeqIter(tp, &d.Object, start)
	it.n = int64(used)
	return &it.Object
}

// dictIterResult builds what a dict iterator yields for an entry, taking
// new references.
func (t *Thread) dictIterResult(tp *Type, key, value *Object) *Object {
	switch tp {
	case &DictKeyIterType, &DictRevKeyIterType:
		t.Incref(key)
		return key
	case &DictValueIterType, &DictRevValueIterType:
		t.Incref(value)
		return value
	}
	r := t.NewTuple(2)
	t.Incref(key)
	t.Incref(value)
	r.Items[0], r.Items[1] = key, value
	return &r.Object
}

// dictSizeChanged raises the error of a dict iterator whose dict changed
// size; the iterator stays in that state (CPython makes it sticky).
func (t *Thread) dictSizeChanged(s *SeqIter) *Object {
	s.n = -1
	return t.RaiseMsg(&RuntimeErrorType, "dictionary changed size during iteration")
}

func dictIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	d := asDict(seq)
	d.lk.lock(t)
	if int64(d.used) != s.n {
		d.lk.unlock(t)
		return t.dictSizeChanged(s)
	}
	for s.index < len(d.entries) {
		e := &d.entries[s.index]
		s.index++
		if e.key != nil {
			r := t.dictIterResult(it.typ, e.key, e.value)
			d.lk.unlock(t)
			return r
		}
	}
	d.lk.unlock(t)
	s.seq = nil
	t.Decref(seq)
	return nil
}

func dictRevIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	d := asDict(seq)
	d.lk.lock(t)
	if int64(d.used) != s.n {
		d.lk.unlock(t)
		return t.dictSizeChanged(s)
	}
	for s.index >= 0 && s.index < len(d.entries) {
		e := &d.entries[s.index]
		s.index--
		if e.key != nil {
			r := t.dictIterResult(it.typ, e.key, e.value)
			d.lk.unlock(t)
			return r
		}
	}
	d.lk.unlock(t)
	s.seq = nil
	t.Decref(seq)
	return nil
}

// ---- set iterator ----

func setIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	so := asSet(seq)
	so.lk.lock(t)
	if int64(so.used) != s.n {
		so.lk.unlock(t)
		s.n = -1
		return t.RaiseMsg(&RuntimeErrorType, "Set changed size during iteration")
	}
	for s.index < len(so.table) {
		k := so.table[s.index].key
		s.index++
		if k != nil && k != setDummy {
			t.Incref(k)
			so.lk.unlock(t)
			return k
		}
	}
	so.lk.unlock(t)
	s.seq = nil
	t.Decref(seq)
	return nil
}

// ---- the generic sequence iterator and reversed ----

// NewSeqIterGeneric returns an iterator that calls o[0], o[1], ... until
// IndexError or StopIteration (iter() of an object that defines only
// __getitem__).
func (t *Thread) NewSeqIterGeneric(o *Object) *Object {
	return &t.newSeqIter(&SeqIterType, o, 0).Object
}

// getIndexed returns seq[i] for a generic sequence; exhausted is true when
// that raised IndexError or StopIteration (the exception is cleared).
func (t *Thread) getIndexed(seq *Object, i int) (v *Object, exhausted bool) {
	key := t.NewInt(int64(i))
	v = t.GetItem(seq, key)
	t.Decref(key)
	if v == nil && (t.ExcMatches(&IndexErrorType) || t.ExcMatches(&StopIterationType)) {
		t.ClearExc()
		return nil, true
	}
	return v, false
}

func genericSeqIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	v, exhausted := t.getIndexed(seq, s.index)
	if v != nil {
		s.index++
		return v
	}
	if exhausted {
		s.seq = nil
		t.Decref(seq)
	}
	return nil
}

func reversedNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.seq
	if seq == nil {
		return nil
	}
	if s.index >= 0 {
		v, exhausted := t.getIndexed(seq, s.index)
		if v != nil {
			s.index--
			return v
		}
		if !exhausted {
			return nil
		}
	}
	s.seq = nil
	t.Decref(seq)
	return nil
}

// reversedNew is reversed(seq): the container's own reverse iterator when
// it has one (list, range, dict and its views, __reversed__), otherwise an
// index iterator over __len__ and __getitem__.
func reversedNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return t.RaiseMsg(&TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	switch seq.kind {
	case KindList:
		l := asList(seq)
		l.lk.lock(t)
		n := len(l.Items)
		l.lk.unlock(t)
		return &t.newSeqIter(&ListRevIterType, seq, n-1).Object
	case KindRange:
		return t.rangeReversed(asRange(seq))
	case KindDict:
		return t.newDictIter(&DictRevKeyIterType, asDict(seq))
	}
	if seq.typ == &DictKeysType || seq.typ == &DictValuesType || seq.typ == &DictItemsType {
		return dictViewReversed(t, seq)
	}
	if m := seq.typ.Lookup(Intern("__reversed__")); m != nil {
		if m == None {
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
		}
		return t.Call(m, []*Object{seq}, nil)
	}
	if seq.typ.GetItem == nil || seq.typ.Len == nil || seq.kind == KindDict || seq.kind == KindSet || seq.kind == KindFrozenSet {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
	}
	n, ok := t.Len(seq)
	if !ok {
		return nil
	}
	return &t.newSeqIter(&ReversedType, seq, n-1).Object
}
