package core

import (
	"math"
	"math/big"
	"strconv"
	"sync/atomic"
	"unicode/utf8"
)

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
	DictKeyIterType      = iterType("dict_keyiterator", nil)
	DictValueIterType    = iterType("dict_valueiterator", nil)
	DictItemIterType     = iterType("dict_itemiterator", nil)
	DictRevKeyIterType   = iterType("dict_reversekeyiterator", nil)
	DictRevValueIterType = iterType("dict_reversevalueiterator", nil)
	DictRevItemIterType  = iterType("dict_reverseitemiterator", nil)
	SetIterType          = iterType("set_iterator", nil)
	// ReversedType is the built-in reversed: over any sequence with
	// __len__ and __getitem__.
	ReversedType = iterType("reversed", reversedNext)
)

func iterType(name string, next func(t *Thread, o *Object) *Object) Type {
	return Type{Name: name, InstanceKind: KindIterator, Slots: Slots{Next: next}}
}

var seqIterTypes = []*Type{
	&ListIterType, &ListRevIterType, &TupleIterType, &StrASCIIIterType, &StrIterType,
	&RangeIterType, &DictKeyIterType, &DictValueIterType, &DictItemIterType,
	&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType, &SetIterType,
	&ReversedType,
}

func init() {
	for _, tp := range seqIterTypes {
		tp.Iter = iterSelf
		tp.Dealloc = deallocSeqIter
		tp.SetAttr = readOnlySetAttr
		registerType(tp)
	}
	ReversedType.New = reversedNew
	// Set here rather than in the declarations: these functions refer
	// back to the types.
	for _, tp := range []*Type{&DictKeyIterType, &DictValueIterType, &DictItemIterType} {
		tp.Next = dictIterNext
	}
	for _, tp := range []*Type{&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType} {
		tp.Next = dictRevIterNext
	}
	SetIterType.Next = setIterNext
}

// seqIterNext is the Next of list and tuple iterators, and the eval loop's
// FOR_ITER fast path for them. A list is indexed live, under its lock, at
// every step (as CPython's listiterator does), so that appending while
// iterating is seen.
func seqIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	if seq.kind == KindTuple {
		items := asTuple(seq).Items
		if i := s.index; i < len(items) {
			s.index = i + 1
			v := items[i]
			t.Incref(v)
			return v
		}
	} else {
		l := asList(seq)
		l.lk.lock(t)
		// Under the lock, so that threads sharing the iterator take
		// distinct items.
		if i := s.index; i < len(l.Items) {
			v := l.Items[i]
			t.Incref(v)
			s.index = i + 1
			l.lk.unlock(t)
			return v
		}
		l.lk.unlock(t)
	}
	s.exhaust(t)
	return nil
}

func listRevIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	l := asList(seq)
	l.lk.lock(t)
	if i := s.index; i >= 0 && i < len(l.Items) {
		v := l.Items[i]
		t.Incref(v)
		s.index = i - 1
		l.lk.unlock(t)
		return v
	}
	l.lk.unlock(t)
	s.exhaust(t)
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
		s.tid = immortalTid
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
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	str := asStr(seq).S
	if i := s.index; i < len(str) {
		c := str[i]
		if c < utf8.RuneSelf {
			s.index = i + 1
			return &charStrs[c].Object
		}
		r, size := utf8.DecodeRuneInString(str[i:])
		s.index = i + size
		return t.charStr(r)
	}
	s.exhaust(t)
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
// boxes the current value. Under a free-threaded strategy threads may share
// a range iterator (a common way to hand out work), so there each value is
// claimed with one atomic decrement instead.
func rangeIterNext(t *Thread, it *Object) *Object {
	r := asSeqIter(it)
	if t.lockContainers {
		return rangeIterNextShared(t, r)
	}
	if r.n <= 0 {
		return nil
	}
	v := r.cur
	r.n--
	// May wrap past the last value; it is never read then.
	r.cur += r.step
	return t.NewInt(v)
}

// rangeIterNextShared keeps cur at the first value and index at the total
// count: the k-th value claimed is cur + k*step.
func rangeIterNextShared(t *Thread, r *SeqIter) *Object {
	left := atomic.AddInt64(&r.n, -1)
	if left < 0 {
		return nil
	}
	return t.NewInt(r.cur + (int64(r.index)-left-1)*r.step)
}

// newRangeIter returns an iterator over n values from start by step.
func (t *Thread) newRangeIter(start, step, n int64) *Object {
	it := t.newSeqIter(&RangeIterType, nil, int(n))
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
	it.n, it.cur = int64(used), int64(used)
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
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	d := asDict(seq)
	d.lk.lock(t)
	if int64(d.used) != s.n {
		d.lk.unlock(t)
		return t.dictSizeChanged(s)
	}
	for i := s.index; i < len(d.entries); i++ {
		if e := &d.entries[i]; e.key != nil {
			// cur counts the items still expected: one more means that
			// keys were deleted and as many others inserted (CPython's
			// di_len check).
			if s.cur == 0 {
				d.lk.unlock(t)
				s.exhaust(t)
				return t.RaiseMsg(&RuntimeErrorType, "dictionary keys changed during iteration")
			}
			s.index = i + 1
			s.cur--
			r := t.dictIterResult(it.typ, e.key, e.value)
			d.lk.unlock(t)
			return r
		}
	}
	d.lk.unlock(t)
	s.exhaust(t)
	return nil
}

func dictRevIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	d := asDict(seq)
	d.lk.lock(t)
	if int64(d.used) != s.n {
		d.lk.unlock(t)
		return t.dictSizeChanged(s)
	}
	for i := min(s.index, len(d.entries)-1); i >= 0; i-- {
		if e := &d.entries[i]; e.key != nil {
			s.index = i - 1
			r := t.dictIterResult(it.typ, e.key, e.value)
			d.lk.unlock(t)
			return r
		}
	}
	d.lk.unlock(t)
	s.exhaust(t)
	return nil
}

// ---- set iterator ----

func setIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
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
	for i := s.index; i < len(so.table); i++ {
		if k := so.table[i].key; k != nil && k != setDummy {
			s.index = i + 1
			t.Incref(k)
			so.lk.unlock(t)
			return k
		}
	}
	so.lk.unlock(t)
	s.exhaust(t)
	return nil
}

// ---- reversed ----

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

func reversedNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	if i := s.index; i >= 0 {
		v, exhausted := t.getIndexed(seq, i)
		if v != nil {
			s.index = i - 1
			return v
		}
		if !exhausted {
			return nil
		}
	}
	s.exhaust(t)
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
	kind := seq.kind
	if seq.typ.Heap {
		// A class derived from list or dict may define __reversed__,
		// __len__ or __getitem__: the general path below asks for them.
		kind = KindInstance
	}
	switch kind {
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
	if m := t.lookupType(seq.typ, dunderReversed); m != nil {
		if m == None {
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
		}
		return t.Call(m, []*Object{seq}, nil)
	}
	reversible := seq.typ.GetItem != nil && seq.typ.Len != nil && seq.kind != KindSet && seq.kind != KindFrozenSet
	if seq.kind == KindInstance {
		reversible = t.lookupType(seq.typ, dunderGetitem) != nil && t.lookupType(seq.typ, dunderLen) != nil
	}
	if !reversible {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
	}
	n, ok := t.Len(seq)
	if !ok {
		return nil
	}
	return &t.newSeqIter(&ReversedType, seq, n-1).Object
}

// ---- enumerate, zip, map, filter ----

// Enumerate is an enumerate object: it pairs a running count with each
// item of an iterator.
type Enumerate struct {
	Object
	it    *Object
	index int64
	// big is the count once it no longer fits an int64 (or when start did
	// not), advanced with int addition.
	big *Object
}

// Zip is a zip object: tuples of the next items of several iterators.
type Zip struct {
	Object
	its    []*Object
	strict bool
	done   bool
}

// Map is a map object: a function applied to the next items of iterators.
type Map struct {
	Object
	fn  *Object
	its []*Object
}

// Filter is a filter object: the items of an iterator for which a
// function (or, with None, the item itself) is true.
type Filter struct {
	Object
	fn *Object // nil for filter(None, ...)
	it *Object
}

// The functional iterator types.
var (
	EnumerateType = iterType("enumerate", enumerateNext)
	ZipType       = iterType("zip", zipNext)
	MapType       = iterType("map", mapNext)
	FilterType    = iterType("filter", filterNext)
)

func init() {
	for _, tp := range []*Type{&EnumerateType, &ZipType, &MapType, &FilterType} {
		tp.Iter = iterSelf
		tp.SetAttr = readOnlySetAttr
		registerType(tp)
	}
	EnumerateType.New, EnumerateType.Dealloc = enumerateNew, deallocEnumerate
	ZipType.New, ZipType.Dealloc = zipNew, deallocZip
	MapType.New, MapType.Dealloc = mapNew, deallocMap
	FilterType.New, FilterType.Dealloc = filterNew, deallocFilter
}

// getIters returns new references to iter(x) for each x; on failure the
// ones already made are released.
func (t *Thread) getIters(iterables []*Object) ([]*Object, bool) {
	its := make([]*Object, len(iterables))
	for i, x := range iterables {
		it := t.GetIter(x)
		if it == nil {
			t.releaseAll(its[:i])
			return nil, false
		}
		its[i] = it
	}
	return its, true
}

// invalidKeyword raises CPython's error for a keyword a built-in type's
// constructor does not accept.
func (t *Thread) invalidKeyword(fname string, kwnames []*Str, allowed ...string) bool {
	for _, k := range kwnames {
		ok := false
		for _, a := range allowed {
			ok = ok || k.S == a
		}
		if !ok {
			t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.S, fname)
			return true
		}
	}
	return false
}

func enumerateNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("enumerate", kwnames, "iterable", "start") {
		return nil
	}
	var iterable, start *Object
	if !t.ParseArgs("enumerate", args, kwnames, []string{"iterable", "start"}, 0, &iterable, &start) {
		return nil
	}
	if iterable == nil {
		return t.RaiseMsg(&TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	e := &Enumerate{}
	if start != nil {
		n := t.pyIndex(start)
		if n == nil {
			return nil
		}
		if v, ok := IntValue(n); ok {
			e.index = v
			t.Decref(n)
		} else {
			e.big = n
		}
	}
	it := t.GetIter(iterable)
	if it == nil {
		t.XDecref(e.big)
		return nil
	}
	e.it = it
	t.initObject(&e.Object, KindIterator, &EnumerateType)
	return &e.Object
}

func enumerateNext(t *Thread, o *Object) *Object {
	e := asEnumerate(o)
	x := t.Next(e.it)
	if x == nil {
		return nil
	}
	var count *Object
	if e.big == nil {
		count = t.NewInt(e.index)
		if e.index == math.MaxInt64 {
			// The next count does not fit: continue with int objects.
			e.big = t.NewBigInt(new(big.Int).Add(big.NewInt(e.index), big.NewInt(1)))
		} else {
			e.index++
		}
	} else {
		// The tuple takes over the counter's reference.
		count = e.big
		e.big = t.NewBigInt(new(big.Int).Add(bigOf(count), big.NewInt(1)))
	}
	r := t.NewTuple(2)
	r.Items[0], r.Items[1] = count, x
	return &r.Object
}

func asEnumerate(o *Object) *Enumerate { return (*Enumerate)(ptrOf(o)) }

func deallocEnumerate(t *Thread, o *Object) {
	e := asEnumerate(o)
	it, big := e.it, e.big
	e.it, e.big = nil, nil
	t.XDecref(it)
	t.XDecref(big)
	t.recycle(o)
}

func zipNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("zip", kwnames, "strict") {
		return nil
	}
	npos := len(args) - len(kwnames)
	strict := false
	if len(kwnames) > 0 {
		v, ok := t.Truth(args[npos])
		if !ok {
			return nil
		}
		strict = v
	}
	its, ok := t.getIters(args[:npos])
	if !ok {
		return nil
	}
	z := &Zip{its: its, strict: strict}
	t.initObject(&z.Object, KindIterator, &ZipType)
	return &z.Object
}

func asZip(o *Object) *Zip { return (*Zip)(ptrOf(o)) }

func zipNext(t *Thread, o *Object) *Object {
	z := asZip(o)
	if len(z.its) == 0 || z.done {
		return nil
	}
	r := t.NewTuple(len(z.its))
	for i, it := range z.its {
		x := t.Next(it)
		if x == nil {
			for j := 0; j < i; j++ {
				t.Decref(r.Items[j])
				r.Items[j] = nil
			}
			t.Decref(&r.Object)
			if t.Failed() {
				return nil
			}
			z.done = true
			if z.strict {
				return t.zipStrictCheck(z, i)
			}
			return nil
		}
		r.Items[i] = x
	}
	return &r.Object
}

// zipStrictCheck runs when iterator i of a strict zip is exhausted: every
// other iterator must be exhausted too (PEP 618's messages).
func (t *Thread) zipStrictCheck(z *Zip, i int) *Object {
	plural := func(i int) string {
		if i == 1 {
			return "argument 1"
		}
		return "arguments 1-" + strconv.Itoa(i)
	}
	if i > 0 {
		return t.RaiseMsg(&ValueErrorType, "zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(z.its); j++ {
		x := t.Next(z.its[j])
		if x != nil {
			t.Decref(x)
			return t.RaiseMsg(&ValueErrorType, "zip() argument %d is longer than %s", j+1, plural(j))
		}
		if t.Failed() {
			return nil
		}
	}
	return nil
}

func deallocZip(t *Thread, o *Object) {
	z := asZip(o)
	its := z.its
	z.its = nil
	t.releaseAll(its)
	t.recycle(o)
}

func mapNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return t.RaiseMsg(&TypeErrorType, "map() must have at least two arguments.")
	}
	its, ok := t.getIters(args[1:])
	if !ok {
		return nil
	}
	m := &Map{fn: t.NewRef(args[0]), its: its}
	t.initObject(&m.Object, KindIterator, &MapType)
	return &m.Object
}

func asMap(o *Object) *Map { return (*Map)(ptrOf(o)) }

func mapNext(t *Thread, o *Object) *Object {
	m := asMap(o)
	var buf [4]*Object
	args := buf[:0]
	if len(m.its) > len(buf) {
		args = make([]*Object, 0, len(m.its))
	}
	for _, it := range m.its {
		x := t.Next(it)
		if x == nil {
			t.releaseAll(args)
			return nil
		}
		args = append(args, x)
	}
	r := t.Call(m.fn, args, nil)
	t.releaseAll(args)
	return r
}

func deallocMap(t *Thread, o *Object) {
	m := asMap(o)
	fn, its := m.fn, m.its
	m.fn, m.its = nil, nil
	t.Decref(fn)
	t.releaseAll(its)
	t.recycle(o)
}

func filterNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return t.RaiseMsg(&TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	it := t.GetIter(args[1])
	if it == nil {
		return nil
	}
	f := &Filter{it: it}
	// filter(None, x) and filter(bool, x) test the items' truth directly.
	if args[0] != None && args[0] != &BoolType.Object {
		f.fn = t.NewRef(args[0])
	}
	t.initObject(&f.Object, KindIterator, &FilterType)
	return &f.Object
}

func asFilter(o *Object) *Filter { return (*Filter)(ptrOf(o)) }

func filterNext(t *Thread, o *Object) *Object {
	f := asFilter(o)
	for {
		x := t.Next(f.it)
		if x == nil {
			return nil
		}
		var keep, ok bool
		if f.fn == nil {
			keep, ok = t.Truth(x)
		} else {
			r := t.Call(f.fn, []*Object{x}, nil)
			if r == nil {
				t.Decref(x)
				return nil
			}
			keep, ok = t.Truth(r)
			t.Decref(r)
		}
		if !ok {
			t.Decref(x)
			return nil
		}
		if keep {
			return x
		}
		t.Decref(x)
	}
}

func deallocFilter(t *Thread, o *Object) {
	f := asFilter(o)
	fn, it := f.fn, f.it
	f.fn, f.it = nil, nil
	t.XDecref(fn)
	t.Decref(it)
	t.recycle(o)
}
