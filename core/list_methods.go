package core

import (
	"slices"
	"sort"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The list type's slots and methods (CPython's Objects/listobject.c).
// Every access to a list's items holds its container lock; Python code
// (comparisons, reprs, key functions) never runs with it held: items are
// taken one at a time as new references, or as a snapshot.

func init() {
	ListType.Dealloc = deallocList
	ListType.Repr = listRepr
	ListType.Len = listLen
	ListType.GetItem = listGetItem
	ListType.SetItem = listSetItem
	ListType.Contains = seqContains
	ListType.Iter = func(t *Thread, o *Object) *Object { return &t.newSeqIter(&ListIterType, o, 0).Object }
	ListType.Compare = seqCompare
	ListType.Binary[bc.Add] = listAdd
	ListType.Binary[bc.Mul] = listMul
	ListType.Inplace[bc.Add] = listInplaceAdd
	ListType.Inplace[bc.Mul] = listInplaceMul
	ListType.New = listNew
	ListType.Hash = hashUnhashable
	ListType.SetAttr = readOnlySetAttr

	ListType.def("append", listAppend)
	ListType.def("extend", listExtend)
	ListType.def("insert", listInsert)
	ListType.def("pop", listPop)
	ListType.def("remove", listRemove)
	ListType.def("index", seqIndexMethod)
	ListType.def("count", seqCountMethod)
	ListType.def("clear", listClear)
	ListType.def("copy", listCopy)
	ListType.def("reverse", listReverse)
	ListType.def("sort", listSort)
}

// maxRepeatItems bounds the length of a repeated list or tuple (see
// maxRepeatBytes).
const maxRepeatItems = 1 << 31

// seqItem returns a new reference to item i of a list or tuple, or nil
// when i is past the end (no exception).
func (t *Thread) seqItem(o *Object, i int) *Object {
	if o.kind == KindTuple {
		items := asTuple(o).Items
		if i < len(items) {
			t.Incref(items[i])
			return items[i]
		}
		return nil
	}
	l := asList(o)
	l.lk.lock(t)
	var v *Object
	if i < len(l.Items) {
		v = l.Items[i]
		t.Incref(v)
	}
	l.lk.unlock(t)
	return v
}

// seqLen returns the current length of a list or tuple.
func (t *Thread) seqLen(o *Object) int {
	if o.kind == KindTuple {
		return len(asTuple(o).Items)
	}
	l := asList(o)
	l.lk.lock(t)
	n := len(l.Items)
	l.lk.unlock(t)
	return n
}

func listLen(t *Thread, o *Object) (int, bool) { return t.seqLen(o), true }

// seqRepr builds "[a, b]" or "(a, b)" (a 1-tuple gets its comma).
func (t *Thread) seqRepr(o *Object, open, close string) *Object {
	items := t.seqSnapshot(o)
	defer t.releaseAll(items)
	if !scalarsOnly(items) {
		if !t.reprEnter(o) {
			return t.NewStr(open + "..." + close)
		}
		defer t.reprLeave(o)
	}
	b := make([]byte, 0, 2+4*len(items))
	b = append(b, open...)
	b, ok := t.reprItems(b, items)
	if !ok {
		return nil
	}
	if len(items) == 1 && o.kind == KindTuple {
		b = append(b, ',')
	}
	b = append(b, close...)
	return t.NewStr(string(b))
}

func listRepr(t *Thread, o *Object) *Object { return t.seqRepr(o, "[", "]") }

// itemsEqual is the == containers use: identity first, strs and machine
// ints compared in Go, anything else through RichEq.
func (t *Thread) itemsEqual(a, b *Object) (bool, bool) {
	if eq, decided := keysMatch(a, b); decided {
		return eq, true
	}
	return t.RichEq(a, b)
}

// seqContains is `in` for lists and tuples: the identity shortcut, then ==.
func seqContains(t *Thread, o, item *Object) (bool, bool) {
	for i := 0; ; i++ {
		x := t.seqItem(o, i)
		if x == nil {
			return false, true
		}
		eq, ok := t.itemsEqual(x, item)
		t.Decref(x)
		if !ok || eq {
			return eq, ok
		}
	}
}

// seqCompare compares two lists or two tuples lexicographically: the first
// differing items decide, else the lengths.
func seqCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if a.kind != b.kind || (a.kind != KindList && a.kind != KindTuple) {
		return NotImplemented
	}
	if op == bc.Eq || op == bc.Ne {
		if t.seqLen(a) != t.seqLen(b) {
			return Bool(op == bc.Ne)
		}
	}
	for i := 0; ; i++ {
		x := t.seqItem(a, i)
		y := t.seqItem(b, i)
		if x == nil || y == nil {
			t.XDecref(x)
			t.XDecref(y)
			return Bool(compareResult(t.seqLen(a)-t.seqLen(b), op))
		}
		eq, ok := t.itemsEqual(x, y)
		if !ok || !eq {
			var r *Object
			switch {
			case !ok:
			case op == bc.Eq:
				r = False
			case op == bc.Ne:
				r = True
			default:
				r = t.RichCompare(x, y, op)
			}
			t.Decref(x)
			t.Decref(y)
			return r
		}
		t.Decref(x)
		t.Decref(y)
	}
}

func listGetItem(t *Thread, o, key *Object) *Object {
	l := asList(o)
	if key.kind == KindInt && asInt(key).Big == nil {
		return t.listItem(l, asInt(key).V)
	}
	if key.kind == KindSlice {
		start, stop, step, ok := asSlice(key).unpack(t)
		if !ok {
			return nil
		}
		l.lk.lock(t)
		start, _, step, n := adjustIndices(int64(len(l.Items)), start, stop, step)
		r := t.NewList(int(n))
		for i, j := int64(0), start; i < n; i, j = i+1, j+step {
			x := l.Items[j]
			t.Incref(x)
			r.Items = append(r.Items, x)
		}
		l.lk.unlock(t)
		return &r.Object
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return nil
	}
	if !isIndex {
		return t.RaiseMsg(&TypeErrorType, "list indices must be integers or slices, not %s", key.typ.Name)
	}
	return t.listItem(l, i)
}

// listItem returns a new reference to l[i], negative i counting from the
// end.
func (t *Thread) listItem(l *List, i int64) *Object {
	l.lk.lock(t)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.lk.unlock(t)
		return t.RaiseMsg(&IndexErrorType, "list index out of range")
	}
	v := l.Items[i]
	t.Incref(v)
	l.lk.unlock(t)
	return v
}

func listSetItem(t *Thread, o, key, value *Object) bool {
	l := asList(o)
	if key.kind == KindSlice {
		return t.listSetSlice(l, asSlice(key), value)
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "list indices must be integers or slices, not %s", key.typ.Name)
		return false
	}
	if value != nil {
		t.Incref(value)
	}
	l.lk.lock(t)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.lk.unlock(t)
		t.XDecref(value)
		t.RaiseMsg(&IndexErrorType, "list assignment index out of range")
		return false
	}
	old := l.Items[i]
	if value != nil {
		l.Items[i] = value
	} else {
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[n-1] = nil
		l.Items = l.Items[:n-1]
	}
	l.lk.unlock(t)
	t.Decref(old)
	return true
}

// listSetSlice performs l[slice] = value, or del l[slice] when value is
// nil (list_ass_subscript).
func (t *Thread) listSetSlice(l *List, sl *Slice, value *Object) bool {
	start, stop, step, ok := sl.unpack(t)
	if !ok {
		return false
	}
	// Small slices are handled in stack buffers: slice assignment is a
	// hot operation (fannkuch's prefix reversal).
	var itemBuf, dropBuf [16]*Object
	var items []*Object
	if value != nil {
		if value.typ.Iter == nil {
			if step == 1 {
				t.RaiseMsg(&TypeErrorType, "can only assign an iterable")
			} else {
				t.RaiseMsg(&TypeErrorType, "must assign iterable to extended slice")
			}
			return false
		}
		// A snapshot, so that l[:] = l works.
		if items, ok = t.collectInto(itemBuf[:0], value); !ok {
			return false
		}
	}
	l.lk.lock(t)
	start, stop, step, n := adjustIndices(int64(len(l.Items)), start, stop, step)
	dropped := dropBuf[:0]
	switch {
	case step == 1:
		if stop < start {
			stop = start
		}
		dropped = append(dropped, l.Items[start:stop]...)
		l.Items = replaceRange(l.Items, int(start), int(stop), items)
	case value == nil:
		kept := l.Items[:0]
		next := start
		if step < 0 {
			// Visit the selected items in increasing order.
			next = start + (n-1)*step
			step = -step
		}
		for i, x := range l.Items {
			if n > 0 && int64(i) == next {
				dropped = append(dropped, x)
				next += step
				n--
				continue
			}
			kept = append(kept, x)
		}
		clear(l.Items[len(kept):])
		l.Items = kept
	default:
		if int64(len(items)) != n {
			l.lk.unlock(t)
			t.releaseAll(items)
			t.RaiseMsg(&ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
			return false
		}
		for i, j := int64(0), start; i < n; i, j = i+1, j+step {
			dropped = append(dropped, l.Items[j])
			l.Items[j] = items[i]
		}
	}
	l.lk.unlock(t)
	t.releaseAll(dropped)
	return true
}

// replaceRange replaces s[start:stop] with items in place, growing s only
// when its capacity is short, and clears the slots it vacates.
func replaceRange(s []*Object, start, stop int, items []*Object) []*Object {
	n := len(s)
	d := len(items) - (stop - start)
	if d > 0 {
		s = slices.Grow(s, d)[:n+d]
	}
	copy(s[stop+d:], s[stop:n])
	if d < 0 {
		clear(s[n+d : n])
		s = s[:n+d]
	}
	copy(s[start:], items)
	return s
}

// collectInto is Collect appending to buf, so that small lists and tuples
// are snapshot without allocating.
func (t *Thread) collectInto(buf []*Object, iterable *Object) ([]*Object, bool) {
	switch {
	case iterable.typ == &TupleType:
		for _, x := range asTuple(iterable).Items {
			t.Incref(x)
			buf = append(buf, x)
		}
		return buf, true
	case iterable.typ == &ListType:
		l := asList(iterable)
		l.lk.lock(t)
		for _, x := range l.Items {
			t.Incref(x)
			buf = append(buf, x)
		}
		l.lk.unlock(t)
		return buf, true
	}
	items, ok := t.Collect(iterable)
	return append(buf, items...), ok
}

// concatLists returns a new list holding a's items then b's.
func (t *Thread) concatLists(a, b *List) *Object {
	x := t.seqSnapshot(&a.Object)
	y := t.seqSnapshot(&b.Object)
	r := t.NewList(len(x) + len(y))
	r.Items = append(append(r.Items, x...), y...)
	return &r.Object
}

func listAdd(t *Thread, a, b *Object) *Object {
	if a.kind != KindList {
		return NotImplemented
	}
	if b.kind != KindList {
		if r := tryReflected(t, a, b, bc.Add, a.typ); r != NotImplemented {
			return r
		}
		return t.RaiseMsg(&TypeErrorType, "can only concatenate list (not \"%s\") to list", b.typ.Name)
	}
	return t.concatLists(asList(a), asList(b))
}

// repeatItems returns items repeated n times, with a new reference per
// copy, or false with MemoryError when the result would be too large.
func (t *Thread) repeatItems(items []*Object, n int64) ([]*Object, bool) {
	if len(items) == 0 || n == 0 {
		return nil, true
	}
	if n > maxRepeatItems/int64(len(items)) {
		t.RaiseMsg(&MemoryErrorType, "")
		return nil, false
	}
	out := make([]*Object, 0, int64(len(items))*n)
	for k := int64(0); k < n; k++ {
		for _, x := range items {
			t.Incref(x)
			out = append(out, x)
		}
	}
	return out, true
}

func listMul(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &ListType)
	if done {
		return r
	}
	items := t.seqSnapshot(seq)
	out, ok := t.repeatItems(items, n)
	t.releaseAll(items)
	if !ok {
		return nil
	}
	l := t.NewList(0)
	l.Items = append(l.Items, out...)
	return &l.Object
}

// extend appends new references to the items of iterable.
func (l *List) extend(t *Thread, iterable *Object) bool {
	var buf [16]*Object
	items, ok := t.collectInto(buf[:0], iterable)
	if !ok {
		return false
	}
	l.lk.lock(t)
	l.Items = append(l.Items, items...)
	l.lk.unlock(t)
	return true
}

func listInplaceAdd(t *Thread, a, b *Object) *Object {
	if !asList(a).extend(t, b) {
		return nil
	}
	return t.NewRef(a)
}

func listInplaceMul(t *Thread, a, b *Object) *Object {
	if b.kind != KindInt && b.kind != KindBool && (b.kind != KindInstance || t.lookupType(b.typ, dunderIndex) == nil) {
		return t.RaiseMsg(&TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.typ.Name)
	}
	n, ok := t.indexArg(b)
	if !ok {
		return nil
	}
	if n < 0 {
		n = 0
	}
	l := asList(a)
	if n == 0 {
		t.listClearItems(l)
		return t.NewRef(a)
	}
	items := t.seqSnapshot(a)
	extra, ok := t.repeatItems(items, n-1)
	t.releaseAll(items)
	if !ok {
		return nil
	}
	l.lk.lock(t)
	l.Items = append(l.Items, extra...)
	l.lk.unlock(t)
	return t.NewRef(a)
}

func listNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&ListType, cls, args, kwnames); ok {
		return o
	}
	if !t.ArgsRange("list", args, kwnames, 0, 1) {
		return nil
	}
	l := t.NewList(0)
	if len(args) == 1 && !l.extend(t, args[0]) {
		t.Decref(&l.Object)
		return nil
	}
	return &l.Object
}

func listAppend(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("list.append", args, kwnames) {
		return nil
	}
	asList(args[0]).Append(t, args[1])
	return None
}

func listExtend(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("list.extend", args, kwnames) {
		return nil
	}
	if !asList(args[0]).extend(t, args[1]) {
		return nil
	}
	return None
}

func listInsert(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("insert", args[1:], kwnames, 2, 2) {
		return nil
	}
	i, ok := t.indexArg(args[1])
	if !ok {
		return nil
	}
	l, v := asList(args[0]), args[2]
	t.Incref(v)
	l.lk.lock(t)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = v
	l.lk.unlock(t)
	return None
}

func listPop(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("pop", args[1:], kwnames, 0, 1) {
		return nil
	}
	i := int64(-1)
	if len(args) > 1 {
		var ok bool
		if i, ok = t.indexArg(args[1]); !ok {
			return nil
		}
	}
	l := asList(args[0])
	l.lk.lock(t)
	n := int64(len(l.Items))
	if n == 0 {
		l.lk.unlock(t)
		return t.RaiseMsg(&IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.lk.unlock(t)
		return t.RaiseMsg(&IndexErrorType, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	l.lk.unlock(t)
	// The list's reference passes to the caller.
	return v
}

// seqFind returns the index of the first item equal to x in [start, end),
// or -1.
func (t *Thread) seqFind(o, x *Object, start, end int64) (int64, bool) {
	for i := start; i < end; i++ {
		v := t.seqItem(o, int(i))
		if v == nil {
			break
		}
		eq, ok := t.itemsEqual(v, x)
		t.Decref(v)
		if !ok {
			return 0, false
		}
		if eq {
			return i, true
		}
	}
	return -1, true
}

func listRemove(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("list.remove", args, kwnames) {
		return nil
	}
	l := asList(args[0])
	i, ok := t.seqFind(args[0], args[1], 0, int64(t.seqLen(args[0])))
	if !ok {
		return nil
	}
	if i < 0 {
		return t.RaiseMsg(&ValueErrorType, "list.remove(x): x not in list")
	}
	l.lk.lock(t)
	if i >= int64(len(l.Items)) {
		l.lk.unlock(t)
		return None
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[len(l.Items)-1] = nil
	l.Items = l.Items[:len(l.Items)-1]
	l.lk.unlock(t)
	t.Decref(v)
	return None
}

// seqIndexMethod is list.index and tuple.index.
func seqIndexMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("index", args[1:], kwnames, 1, 3) {
		return nil
	}
	var startArg, endArg *Object
	if len(args) > 2 {
		startArg = args[2]
	}
	if len(args) > 3 {
		endArg = args[3]
	}
	n := int64(t.seqLen(args[0]))
	start, ok := t.optIndexArg(startArg, 0)
	if !ok {
		return nil
	}
	end, ok := t.optIndexArg(endArg, n)
	if !ok {
		return nil
	}
	start, end = adjustRange(start, end, n)
	i, ok := t.seqFind(args[0], args[1], start, end)
	if !ok {
		return nil
	}
	if i < 0 {
		if args[0].kind == KindTuple {
			return t.RaiseMsg(&ValueErrorType, "tuple.index(x): x not in tuple")
		}
		r, ok := t.ReprString(args[1])
		if !ok {
			return nil
		}
		return t.RaiseMsg(&ValueErrorType, "%s is not in list", r)
	}
	return t.NewInt(i)
}

// seqCountMethod is list.count and tuple.count.
func seqCountMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	name := "list.count"
	if args[0].kind == KindTuple {
		name = "tuple.count"
	}
	if !t.oneArg(name, args, kwnames) {
		return nil
	}
	count := int64(0)
	for i := 0; ; i++ {
		v := t.seqItem(args[0], i)
		if v == nil {
			return t.NewInt(count)
		}
		eq, ok := t.itemsEqual(v, args[1])
		t.Decref(v)
		if !ok {
			return nil
		}
		if eq {
			count++
		}
	}
}

// listClearItems empties l, dropping its references after unlocking.
func (t *Thread) listClearItems(l *List) {
	l.lk.lock(t)
	items := l.Items
	l.Items = nil
	l.lk.unlock(t)
	t.releaseAll(items)
}

func listClear(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("list.clear", args, kwnames) {
		return nil
	}
	t.listClearItems(asList(args[0]))
	return None
}

func listCopy(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("list.copy", args, kwnames) {
		return nil
	}
	items := t.seqSnapshot(args[0])
	l := t.NewList(0)
	l.Items = append(l.Items, items...)
	return &l.Object
}

func listReverse(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("list.reverse", args, kwnames) {
		return nil
	}
	l := asList(args[0])
	l.lk.lock(t)
	reverseObjects(l.Items)
	l.lk.unlock(t)
	return None
}

func reverseObjects(s []*Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// sortPairs sorts values by keys (the values themselves when there is no
// key function) with Python's < : stable, with fast paths for ints, floats
// and strs. The first failing comparison is remembered and every later one
// answers false, so that the sort ends quickly and cleanly.
type sortPairs struct {
	t      *Thread
	keys   []*Object
	values []*Object
	failed bool
}

// Len is the number of items being sorted.
func (s *sortPairs) Len() int { return len(s.values) }

// Swap exchanges two items, and their keys.
func (s *sortPairs) Swap(i, j int) {
	s.values[i], s.values[j] = s.values[j], s.values[i]
	if s.keys != nil {
		s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	}
}

// Less is Python's < on the keys.
func (s *sortPairs) Less(i, j int) bool {
	if s.failed {
		return false
	}
	a, b := s.values[i], s.values[j]
	if s.keys != nil {
		a, b = s.keys[i], s.keys[j]
	}
	if a.kind == b.kind && !a.typ.Heap && !b.typ.Heap {
		switch a.kind {
		case KindInt:
			x, y := asInt(a), asInt(b)
			if x.Big == nil && y.Big == nil {
				return x.V < y.V
			}
		case KindFloat:
			return asFloat(a).V < asFloat(b).V
		case KindStr:
			return asStr(a).S < asStr(b).S
		}
	}
	lt, ok := s.t.RichBool(a, b, bc.Lt)
	if !ok {
		s.failed = true
		return false
	}
	return lt
}

// listSort is list.sort(*, key=None, reverse=False). While it sorts, the
// list appears empty (its items are detached), as in CPython, so that a key
// function or comparison that looks at the list sees no half-sorted state;
// a list modified meanwhile raises ValueError and loses the modification.
func listSort(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(args)-1 > len(kwnames) {
		return t.RaiseMsg(&TypeErrorType, "sort() takes no positional arguments")
	}
	if t.invalidKeyword("sort", kwnames, "key", "reverse") {
		return nil
	}
	var key, reverse *Object
	for i, k := range kwnames {
		if k.S == "key" {
			key = args[1+i]
		} else {
			reverse = args[1+i]
		}
	}
	rev := false
	if reverse != nil {
		v, ok := t.indexArg(reverse)
		if !ok {
			return nil
		}
		rev = v != 0
	}
	l := asList(args[0])
	l.lk.lock(t)
	items := l.Items
	l.Items = nil
	l.lk.unlock(t)

	s := &sortPairs{t: t, values: items}
	ok := true
	if key != nil && key != None {
		s.keys = make([]*Object, len(items))
		for i, x := range items {
			k := t.Call(key, []*Object{x}, nil)
			if k == nil {
				ok = false
				break
			}
			s.keys[i] = k
		}
	}
	if ok && len(items) > 1 {
		// Reversing before and after a stable sort keeps equal items in
		// their original order, as CPython's reverse=True does.
		if rev {
			reverseObjects(s.values)
			reverseObjects(s.keys)
		}
		sort.Stable(s)
		if rev {
			reverseObjects(s.values)
			reverseObjects(s.keys)
		}
		ok = !s.failed
	}
	t.releaseAll(s.keys)

	l.lk.lock(t)
	added := l.Items
	l.Items = items
	l.lk.unlock(t)
	t.releaseAll(added)
	if !ok {
		return nil
	}
	if added != nil {
		return t.RaiseMsg(&ValueErrorType, "list modified during sort")
	}
	return None
}
