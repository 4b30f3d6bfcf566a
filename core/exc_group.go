package core

import "fmt"

// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, str,
// derive, split and subgroup, and the runtime halves of except*: matching
// a clause against the exception raised (CHECK_EG_MATCH) and computing
// what to re-raise at the end of the try statement (PREP_RERAISE_STAR).

func exceptionGroupNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	pos := args[:len(args)-len(kwnames)]
	if len(pos) != 2 {
		return t.RaiseMsg(&TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	msg, seq := pos[0], pos[1]
	if !msg.typ.IsSubtype(&StrType) {
		return t.RaiseMsg(&TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeNameOrNone(msg))
	}
	if !t.isSequence(seq) {
		return t.RaiseMsg(&TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	excs, ok := t.Collect(seq)
	if !ok {
		return nil
	}
	defer t.releaseAll(excs)
	if len(excs) == 0 {
		return t.RaiseMsg(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, e := range excs {
		if !isExceptionInstance(e) {
			return t.RaiseMsg(&ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(&ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case cls == &ExceptionGroupType:
		if nestedBase {
			return t.RaiseMsg(&TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case cls == &BaseExceptionGroupType:
		if !nestedBase {
			cls = &ExceptionGroupType
		}
	case nestedBase && cls.IsSubtype(&ExceptionType):
		return t.RaiseMsg(&TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
	}
	e := t.allocException(cls, groupLayout, pos)
	e.setField(t, groupMessage, msg)
	tup := t.TupleOf(excs...)
	e.setField(t, groupExceptions, tup)
	t.Decref(tup)
	return &e.Object
}

// isSequence is PySequence_Check: a list, tuple, str, range, or an object
// whose class defines __getitem__ (dicts and sets are not sequences).
func (t *Thread) isSequence(o *Object) bool {
	switch o.kind {
	case KindList, KindTuple, KindStr, KindRange:
		return true
	case KindDict, KindSet, KindFrozenSet:
		return false
	}
	return o.typ.Heap && t.lookupType(o.typ, dunderGetitem) != nil
}

func exceptionGroupInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	return baseExceptionInit(t, e, args, kwnames)
}

// exceptionGroupStr is "message (2 sub-exceptions)".
func exceptionGroupStr(t *Thread, o *Object) *Object {
	e := asException(o)
	msg, ok := t.StrString(orNone(e.field(groupMessage)))
	if !ok {
		return nil
	}
	n := 0
	if excs := e.field(groupExceptions); excs != nil {
		n = len(asTuple(excs).Items)
	}
	s := "s"
	if n <= 1 {
		s = ""
	}
	return t.formatStr("%s (%d sub-exception%s)", msg, n, s)
}

// formatStr returns a new str from a Go format.
func (t *Thread) formatStr(format string, args ...any) *Object {
	return t.NewStr(fmt.Sprintf(format, args...))
}

// groupExcs returns a group's exceptions (borrowed).
func groupExcs(o *Object) []*Object {
	if excs := asException(o).field(groupExceptions); excs != nil {
		return asTuple(excs).Items
	}
	return nil
}

func isExceptionGroup(o *Object) bool {
	return isExceptionInstance(o) && o.typ.IsSubtype(&BaseExceptionGroupType)
}

// groupDerive is BaseExceptionGroup.derive(excs): a group of the same
// message (always a BaseExceptionGroup; subclasses override it).
func groupDerive(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("derive", args[1:], kwnames, 1, 1) {
		return nil
	}
	if !isExceptionGroup(args[0]) {
		return t.RaiseMsg(&TypeErrorType, "descriptor 'derive' requires a 'BaseExceptionGroup' object but received a '%s'", args[0].typ.Name)
	}
	return t.constructException(&BaseExceptionGroupType, []*Object{orNone(asException(args[0]).field(groupMessage)), args[1]}, nil)
}

// groupMatcher is how split and subgroup match a leaf exception.
type groupMatcher struct {
	kind  uint8 // matchByType, matchByPredicate, matchByIdentity
	value *Object
	ids   map[*Object]bool
}

const (
	matchByType uint8 = iota
	matchByPredicate
	matchByIdentity
)

func (t *Thread) newGroupMatcher(v *Object) (groupMatcher, bool) {
	// 3.11 takes only Python functions as predicates (3.12: any callable).
	if v.kind == KindFunction {
		return groupMatcher{kind: matchByPredicate, value: v}, true
	}
	if isExceptionClass(v) {
		return groupMatcher{kind: matchByType, value: v}, true
	}
	if v.kind == KindTuple {
		ok := true
		for _, x := range asTuple(v).Items {
			ok = ok && isExceptionClass(x)
		}
		if ok {
			return groupMatcher{kind: matchByType, value: v}, true
		}
	}
	t.RaiseMsg(&TypeErrorType, "expected a function, exception type or tuple of exception types")
	return groupMatcher{}, false
}

func (t *Thread) groupMatches(m groupMatcher, exc *Object) (bool, bool) {
	switch m.kind {
	case matchByType:
		return givenExceptionMatches(exc, m.value), true
	case matchByPredicate:
		r := t.Call(m.value, []*Object{exc}, nil)
		if r == nil {
			return false, false
		}
		defer t.Decref(r)
		return t.Truth(r)
	}
	return !isExceptionGroup(exc) && m.ids[exc], true
}

// givenExceptionMatches is PyErr_GivenExceptionMatches for an instance
// against a class or a tuple of classes.
func givenExceptionMatches(exc, against *Object) bool {
	if against.kind == KindTuple {
		for _, x := range asTuple(against).Items {
			if givenExceptionMatches(exc, x) {
				return true
			}
		}
		return false
	}
	return isExceptionClass(against) && exc.typ.IsSubtype(asType(against))
}

// groupSplit splits exc by m into the matching part and, with
// wantRest, the rest (new references or nil), keeping the nesting.
func (t *Thread) groupSplit(exc *Object, m groupMatcher, wantRest bool) (match, rest *Object, ok bool) {
	is, ok := t.groupMatches(m, exc)
	if !ok {
		return nil, nil, false
	}
	if is {
		return t.NewRef(exc), nil, true
	}
	if !isExceptionGroup(exc) {
		if wantRest {
			rest = t.NewRef(exc)
		}
		return nil, rest, true
	}
	var matches, rests []*Object
	defer func() {
		t.releaseAll(matches)
		t.releaseAll(rests)
	}()
	for _, e := range groupExcs(exc) {
		if !t.enterRecursive() {
			return nil, nil, false
		}
		m2, r2, ok := t.groupSplit(e, m, wantRest)
		t.leaveRecursive()
		if !ok {
			return nil, nil, false
		}
		if m2 != nil {
			matches = append(matches, m2)
		}
		if r2 != nil {
			rests = append(rests, r2)
		}
	}
	if match, ok = t.groupSubset(exc, matches); !ok {
		return nil, nil, false
	}
	if wantRest {
		if rest, ok = t.groupSubset(exc, rests); !ok {
			t.XDecref(match)
			return nil, nil, false
		}
	}
	return match, rest, true
}

// groupSubset derives a group of excs from orig, with orig's traceback,
// cause, context and a copy of its notes; nil when excs is empty.
func (t *Thread) groupSubset(orig *Object, excs []*Object) (*Object, bool) {
	if len(excs) == 0 {
		return nil, true
	}
	lst := t.ListOf(excs...)
	eg := t.CallMethod(orig, "derive", lst)
	t.Decref(lst)
	if eg == nil {
		return nil, false
	}
	if !isExceptionGroup(eg) {
		t.Decref(eg)
		t.RaiseMsg(&TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		return nil, false
	}
	o, n := asException(orig), asException(eg)
	t.copyTraceback(n, o)
	t.setContext(n, o.Context)
	t.setCause(n, o.Cause)
	notes := t.GetAttr(orig, dunderNotes)
	if notes == nil {
		if !t.ExcMatches(&AttributeErrorType) {
			t.Decref(eg)
			return nil, false
		}
		t.ClearExc()
		return eg, true
	}
	defer t.Decref(notes)
	if t.isSequence(notes) {
		items, ok := t.Collect(notes)
		if !ok {
			t.Decref(eg)
			return nil, false
		}
		cp := t.ListOf(items...)
		t.releaseAll(items)
		ok = t.SetAttr(eg, dunderNotes, cp)
		t.Decref(cp)
		if !ok {
			t.Decref(eg)
			return nil, false
		}
	}
	return eg, true
}

func groupSplitMethod(wantRest bool) BuiltinFunc {
	name := "subgroup"
	if wantRest {
		name = "split"
	}
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args[1:], kwnames, 1, 1) {
			return nil
		}
		if !isExceptionGroup(args[0]) {
			return t.RaiseMsg(&TypeErrorType, "descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'", name, args[0].typ.Name)
		}
		m, ok := t.newGroupMatcher(args[1])
		if !ok {
			return nil
		}
		match, rest, ok := t.groupSplit(args[0], m, wantRest)
		if !ok {
			return nil
		}
		if !wantRest {
			if match == nil {
				return None
			}
			return match
		}
		r := t.TupleOf(orNone(match), orNone(rest))
		t.XDecref(match)
		t.XDecref(rest)
		return r
	}
}

func init() {
	BaseExceptionGroupType.Str = exceptionGroupStr
	BaseExceptionGroupType.def("__str__", slotMethod("__str__", exceptionGroupStr))
	BaseExceptionGroupType.def("derive", groupDerive)
	BaseExceptionGroupType.def("split", groupSplitMethod(true))
	BaseExceptionGroupType.def("subgroup", groupSplitMethod(false))
}

// exceptStarMatch matches the exception exc against an except* clause's
// type (CPython's CHECK_EG_MATCH): match is the part the clause handles
// (a naked exception is wrapped in an ExceptionGroup with its traceback),
// rest what is left; either may be nil. Both are new references.
func (t *Thread) exceptStarMatch(exc, typ *Object) (match, rest *Object, ok bool) {
	if !t.checkExceptStarType(typ) {
		return nil, nil, false
	}
	if exc == nil || exc == None {
		return nil, nil, true
	}
	if givenExceptionMatches(exc, typ) {
		if isExceptionGroup(exc) {
			return t.NewRef(exc), nil, true
		}
		excs := t.TupleOf(exc)
		msg := t.NewStr("")
		wrapped := t.constructException(&BaseExceptionGroupType, []*Object{msg, excs}, nil)
		t.Decref(msg)
		t.Decref(excs)
		if wrapped == nil {
			return nil, nil, false
		}
		t.copyTraceback(asException(wrapped), asException(exc))
		return wrapped, nil, true
	}
	if isExceptionGroup(exc) {
		m, ok := t.newGroupMatcher(typ)
		if !ok {
			return nil, nil, false
		}
		return t.groupSplit(exc, m, true)
	}
	return nil, t.NewRef(exc), true
}

// checkExceptStarType rejects what an except* clause may not name.
func (t *Thread) checkExceptStarType(typ *Object) bool {
	items := []*Object{typ}
	if typ.kind == KindTuple {
		items = asTuple(typ).Items
	}
	for _, x := range items {
		if !isExceptionClass(x) {
			t.RaiseMsg(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			return false
		}
		if asType(x).IsSubtype(&BaseExceptionGroupType) {
			t.RaiseMsg(&TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			return false
		}
	}
	return true
}

// prepReraiseStar computes the exception a try-except* statement raises
// at its end (CPython's _PyExc_PrepReraiseStar): orig is the exception
// that was caught, excs what each except* clause raised or re-raised (nil
// or None for none). Re-raised parts keep their place in orig's nesting;
// newly raised exceptions join them in a new ExceptionGroup. The result is
// a new reference, None when nothing is left to raise, or nil on error.
func (t *Thread) prepReraiseStar(orig *Object, excs []*Object) *Object {
	var live []*Object
	for _, e := range excs {
		if e != nil && e != None {
			live = append(live, e)
		}
	}
	if len(live) == 0 {
		return None
	}
	if !isExceptionGroup(orig) {
		// A naked exception was caught and wrapped: only one clause ran.
		return t.NewRef(live[0])
	}
	var raised, reraised []*Object
	for _, e := range live {
		if sameExceptionMetadata(e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	ids := map[*Object]bool{}
	for _, e := range reraised {
		collectLeafIDs(e, ids)
	}
	keep, _, ok := t.groupSplit(orig, groupMatcher{kind: matchByIdentity, ids: ids}, false)
	if !ok {
		return nil
	}
	if len(raised) == 0 {
		if keep == nil {
			return None
		}
		return keep
	}
	if keep != nil {
		raised = append(raised, keep)
		defer t.Decref(keep)
	}
	if len(raised) == 1 {
		return t.NewRef(raised[0])
	}
	lst := t.ListOf(raised...)
	msg := t.NewStr("")
	r := t.constructException(&BaseExceptionGroupType, []*Object{msg, lst}, nil)
	t.Decref(msg)
	t.Decref(lst)
	return r
}

// sameExceptionMetadata reports whether two exceptions share their
// traceback, cause and context: e is orig, or a part split from it.
func sameExceptionMetadata(a, b *Object) bool {
	ea, eb := asException(a), asException(b)
	// CPython 3.11 also compares a notes field that stays NULL (the notes
	// live in the instance dict), so notes do not count.
	return ea.Cause == eb.Cause && ea.Context == eb.Context && sameTraceback(ea, eb)
}

func collectLeafIDs(e *Object, ids map[*Object]bool) {
	if e == nil || e == None {
		return
	}
	if !isExceptionGroup(e) {
		ids[e] = true
		return
	}
	for _, x := range groupExcs(e) {
		collectLeafIDs(x, ids)
	}
}
