package sre

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// match is re.Match: the spans a success found. It never changes once
// made, except for regs, computed once on demand.
type match struct {
	core.Object
	pattern   *core.Object // the re.Pattern
	string    *core.Object // the subject as passed
	sub       *subject     // its characters (a str's are immutable)
	marks     []int        // start and end of group 0, 1, ...; -1 when unset
	inline    [6]int       // marks' storage for up to two groups
	pos       int64
	endpos    int64
	lastindex int
	regs      atomic.Pointer[core.Object]
}

var matchType *core.Type

func init() {
	matchType = core.NewType[match](core.TypeSpec{
		Name: "re.Match",
		Doc:  "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
		Slots: core.Slots{
			Repr: matchRepr,
			GetItem: func(t *core.Thread, o, key *core.Object) *core.Object {
				return asMatch(o).groupValue(t, key, core.None)
			},
		},
		Clear: func(t *core.Thread, o *core.Object) {
			m := asMatch(o)
			t.XDecref(m.pattern)
			t.XDecref(m.string)
			t.XDecref(m.regs.Swap(nil))
			m.pattern, m.string, m.sub, m.marks = nil, nil, nil, nil
		},
		Methods: []core.MethodDef{
			{Name: "group", Fn: matchGroup, Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
			{Name: "start", Fn: matchStart, Doc: "Return index of the start of the substring matched by group."},
			{Name: "end", Fn: matchEnd, Doc: "Return index of the end of the substring matched by group."},
			{Name: "span", Fn: matchSpan, Doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
			{Name: "groups", Fn: matchGroups, Doc: "Return a tuple containing all the subgroups of the match, from 1."},
			{Name: "groupdict", Fn: matchGroupdict, Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
			{Name: "expand", Fn: matchExpand, Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
			{Name: "__copy__", Fn: selfCopy("Match.__copy__")},
			{Name: "__deepcopy__", Fn: selfDeepcopy("Match.__deepcopy__")},
			{Name: "__class_getitem__", Fn: classGetitem("Match.__class_getitem__"), Kind: core.ClassMethod, Doc: "See PEP 585"},
		},
		Members: []core.MemberDef{
			{Name: "string", Type: core.MemberObject, Offset: unsafe.Offsetof(match{}.string), ReadOnly: true, Doc: "The string passed to match() or search()."},
			{Name: "re", Type: core.MemberObject, Offset: unsafe.Offsetof(match{}.pattern), ReadOnly: true, Doc: "The regular expression object."},
			{Name: "pos", Type: core.MemberInt64, Offset: unsafe.Offsetof(match{}.pos), ReadOnly: true, Doc: "The index into the string at which the RE engine started looking for a match."},
			{Name: "endpos", Type: core.MemberInt64, Offset: unsafe.Offsetof(match{}.endpos), ReadOnly: true, Doc: "The index into the string beyond which the RE engine will not go."},
		},
		GetSets: []core.GetSetDef{
			{Name: "lastindex", Get: matchLastindex, Doc: "The integer index of the last matched capturing group."},
			{Name: "lastgroup", Get: matchLastgroup, Doc: "The name of the last matched capturing group."},
			{Name: "regs", Get: matchRegs},
		},
	})
}

func asMatch(o *core.Object) *match { return (*match)(unsafe.Pointer(o)) }

// newMatch turns a session's outcome into a match object, None, or the
// engine's error (CPython's pattern_new_match).
func (p *pattern) newMatch(t *core.Thread, sub *subject, s *session, found bool, err error) *core.Object {
	if err != nil {
		return raiseEngineError(t, err)
	}
	if !found {
		return t.NewRef(core.None)
	}
	m := core.Alloc[match](t, matchType)
	var buf []int
	if n := 2 * (p.groups + 1); n <= int64(len(m.inline)) {
		buf = m.inline[:0]
	} else {
		buf = make([]int, 0, n)
	}
	marks, err := s.spans(buf)
	if err != nil {
		t.Decref(&m.Object)
		return raiseEngineError(t, err)
	}
	m.pattern = t.NewRef(&p.Object)
	m.string = t.NewRef(sub.obj)
	m.sub = sub
	m.marks = marks
	pos, endpos := s.window()
	m.pos, m.endpos = int64(pos), int64(endpos)
	m.lastindex = s.lastIndex()
	return &m.Object
}

func (m *match) pat() *pattern { return asPattern(m.pattern) }

func (m *match) ngroups() int { return len(m.marks) / 2 }

// index resolves a group given by number or name, or raises IndexError
// "no such group" (CPython's match_getindex). nil is group 0.
func (m *match) index(t *core.Thread, g *core.Object) (int, bool) {
	if g == nil {
		return 0, true
	}
	i := int64(-1)
	if core.IsInt(g) || hasIndex(t, g) {
		v := t.Index(g)
		if v == nil {
			return 0, false
		}
		i = clipIndex(v)
		t.Decref(v)
	} else if gi := m.pat().groupindex; gi != nil {
		d, _ := core.AsDict(gi)
		v, ok := d.Get(t, g)
		if !ok {
			return 0, false
		}
		if v != nil && core.IsInt(v) {
			i = clipIndex(v)
		}
	}
	if i < 0 || i >= int64(m.ngroups()) {
		t.RaiseMsg(&core.IndexErrorType, "no such group")
		return 0, false
	}
	return int(i), true
}

// hasIndex reports whether g has __index__ (PyIndex_Check).
func hasIndex(t *core.Thread, g *core.Object) bool {
	return g.Type().Lookup(t, core.Intern("__index__")) != nil
}

// clipIndex is PyNumber_AsSsize_t(v, NULL): an int clipped to int64.
func clipIndex(v *core.Object) int64 {
	if n, ok := core.IntValue(v); ok {
		return n
	}
	if core.BigValue(v).Sign() < 0 {
		return -1 << 63
	}
	return 1<<63 - 1
}

// slice returns group i's string, or def when the group did not take part.
func (m *match) slice(t *core.Thread, i int, def *core.Object) *core.Object {
	a, b := m.marks[2*i], m.marks[2*i+1]
	if m.string == core.None || a < 0 {
		return t.NewRef(def)
	}
	return m.sub.slice(t, min(a, m.sub.n), min(b, m.sub.n))
}

// groupValue is m[g] with def for a group that did not take part.
func (m *match) groupValue(t *core.Thread, g, def *core.Object) *core.Object {
	i, ok := m.index(t, g)
	if !ok {
		return nil
	}
	return m.slice(t, i, def)
}

func matchGroup(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	if !t.NoKeywords("Match.group", kwnames) {
		return nil
	}
	groups := args[1:]
	switch len(groups) {
	case 0:
		return m.slice(t, 0, core.None)
	case 1:
		return m.groupValue(t, groups[0], core.None)
	}
	tup := t.NewTuple(len(groups))
	for i, g := range groups {
		if tup.Items[i] = m.groupValue(t, g, core.None); tup.Items[i] == nil {
			t.Decref(&tup.Object)
			return nil
		}
	}
	return &tup.Object
}

// groupArg parses the optional positional group of start, end and span.
func (m *match) groupArg(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) (int, bool) {
	if !t.NoKeywords("Match."+name, kwnames) || !t.ArgsRange(name, args, nil, 0, 1) {
		return 0, false
	}
	var g *core.Object
	if len(args) == 1 {
		g = args[0]
	}
	return m.index(t, g)
}

func matchStart(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	i, ok := m.groupArg(t, "start", args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewInt(int64(m.marks[2*i]))
}

func matchEnd(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	i, ok := m.groupArg(t, "end", args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewInt(int64(m.marks[2*i+1]))
}

func (m *match) pair(t *core.Thread, i int) *core.Object {
	return t.TupleOwned(t.NewInt(int64(m.marks[2*i])), t.NewInt(int64(m.marks[2*i+1])))
}

func matchSpan(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	i, ok := m.groupArg(t, "span", args[1:], kwnames)
	if !ok {
		return nil
	}
	return m.pair(t, i)
}

var (
	groupsSig    = core.NewTupleSignature("groups", "default=")
	groupdictSig = core.NewTupleSignature("groupdict", "default=")
	expandSig    = core.NewTupleSignature("expand", "template")
)

func matchGroups(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	def := core.None
	var d *core.Object
	if !groupsSig.Parse(t, args[1:], kwnames, &d) {
		return nil
	}
	if d != nil {
		def = d
	}
	tup := t.NewTuple(m.ngroups() - 1)
	for i := range tup.Items {
		if tup.Items[i] = m.slice(t, i+1, def); tup.Items[i] == nil {
			t.Decref(&tup.Object)
			return nil
		}
	}
	return &tup.Object
}

func matchGroupdict(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	def := core.None
	var d *core.Object
	if !groupdictSig.Parse(t, args[1:], kwnames, &d) {
		return nil
	}
	if d != nil {
		def = d
	}
	res := t.NewDict()
	gi := m.pat().groupindex
	if gi == nil {
		return &res.Object
	}
	src, _ := core.AsDict(gi)
	keys, values := src.Items(t)
	defer t.DecrefAll(keys)
	defer t.DecrefAll(values)
	for _, k := range keys {
		v := m.groupValue(t, k, def)
		if v == nil {
			t.Decref(&res.Object)
			return nil
		}
		ok := res.Set(t, k, v)
		t.Decref(v)
		if !ok {
			t.Decref(&res.Object)
			return nil
		}
	}
	return &res.Object
}

// matchExpand is Match.expand(template): re._expand(pattern, match,
// template), as CPython 3.11 delegates it.
func matchExpand(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	m := asMatch(args[0])
	var tmpl *core.Object
	if !expandSig.Parse(t, args[1:], kwnames, &tmpl) {
		return nil
	}
	return callRe(t, "_expand", m.pattern, args[0], tmpl)
}

func matchLastindex(t *core.Thread, o *core.Object) *core.Object {
	m := asMatch(o)
	if m.lastindex >= 0 {
		return t.NewInt(int64(m.lastindex))
	}
	return t.NewRef(core.None)
}

func matchLastgroup(t *core.Thread, o *core.Object) *core.Object {
	m := asMatch(o)
	if ig := m.pat().indexgroup; ig != nil && m.lastindex >= 0 {
		if tup, _ := core.AsTuple(ig); m.lastindex < len(tup.Items) {
			return t.NewRef(tup.Items[m.lastindex])
		}
	}
	return t.NewRef(core.None)
}

// matchRegs is the tuple of every group's span, made once.
func matchRegs(t *core.Thread, o *core.Object) *core.Object {
	m := asMatch(o)
	if r := m.regs.Load(); r != nil {
		return t.NewRef(r)
	}
	tup := t.NewTuple(m.ngroups())
	for i := range tup.Items {
		tup.Items[i] = m.pair(t, i)
	}
	r := &tup.Object
	if !m.regs.CompareAndSwap(nil, r) {
		// Another thread made it first: use theirs.
		t.Decref(r)
		r = m.regs.Load()
	}
	// The match keeps the tuple's first reference.
	return t.NewRef(r)
}

// matchRepr is <re.Match object; span=(0, 3), match='abc'>, the group's
// repr cut at 50 characters as %.50R does.
func matchRepr(t *core.Thread, o *core.Object) *core.Object {
	m := asMatch(o)
	g := m.slice(t, 0, core.None)
	if g == nil {
		return nil
	}
	r, ok := t.ReprString(g)
	t.Decref(g)
	if !ok {
		return nil
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return t.NewStr(fmt.Sprintf("<%s object; span=(%d, %d), match=%s>", "re.Match", m.marks[0], m.marks[1], r))
}
