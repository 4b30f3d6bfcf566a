package sre

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/modules/sre/engine"
)

// pattern is re.Pattern: validated code and what re._compiler knows of
// the pattern. It never changes once made, so threads share it freely.
type pattern struct {
	core.Object
	prog       *engine.Program
	pattern    *core.Object // the source str or bytes, or None
	groupindex *core.Object // dict name -> number, or nil
	indexgroup *core.Object // tuple number -> name, or nil
	groups     int64
	flags      int
	isBytes    int // -1: no source pattern, 0: str, 1: bytes
}

var patternType *core.Type

var (
	matchSig   = core.NewTupleSignature("match", "string", "pos=", "endpos=")
	fullSig    = core.NewTupleSignature("fullmatch", "string", "pos=", "endpos=")
	searchSig  = core.NewTupleSignature("search", "string", "pos=", "endpos=")
	findallSig = core.NewTupleSignature("findall", "string", "pos=", "endpos=")
	iterSig    = core.NewTupleSignature("finditer", "string", "pos=", "endpos=")
	scannerSig = core.NewTupleSignature("scanner", "string", "pos=", "endpos=")
	splitSig   = core.NewTupleSignature("split", "string", "maxsplit=")
	subSig     = core.NewTupleSignature("sub", "repl", "string", "count=")
	subnSig    = core.NewTupleSignature("subn", "repl", "string", "count=")
)

func init() {
	patternType = core.NewType[pattern](core.TypeSpec{
		Name: "re.Pattern",
		Doc:  "Compiled regular expression object.",
		Slots: core.Slots{
			Repr:    patternRepr,
			Hash:    patternHash,
			Compare: patternCompare,
		},
		Clear: func(t *core.Thread, o *core.Object) {
			p := (*pattern)(unsafe.Pointer(o))
			t.XDecref(p.pattern)
			t.XDecref(p.groupindex)
			t.XDecref(p.indexgroup)
			p.pattern, p.groupindex, p.indexgroup = nil, nil, nil
		},
		Methods: []core.MethodDef{
			{Name: "match", Fn: patternMatchFn(matchSig, opMatch), Doc: "Matches zero or more characters at the beginning of the string."},
			{Name: "fullmatch", Fn: patternMatchFn(fullSig, opFullmatch), Doc: "Matches against all of the string."},
			{Name: "search", Fn: patternMatchFn(searchSig, opSearch), Doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
			{Name: "sub", Fn: patternSubFn(subSig, false), Doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
			{Name: "subn", Fn: patternSubFn(subnSig, true), Doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
			{Name: "findall", Fn: patternFindall, Doc: "Return a list of all non-overlapping matches of pattern in string."},
			{Name: "split", Fn: patternSplit, Doc: "Split string by the occurrences of pattern."},
			{Name: "finditer", Fn: patternFinditer, Doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
			{Name: "scanner", Fn: patternScannerFn},
			{Name: "__copy__", Fn: selfCopy("Pattern.__copy__")},
			{Name: "__deepcopy__", Fn: selfDeepcopy("Pattern.__deepcopy__")},
			{Name: "__class_getitem__", Fn: classGetitem("Pattern.__class_getitem__"), Kind: core.ClassMethod, Doc: "See PEP 585"},
		},
		Members: []core.MemberDef{
			{Name: "pattern", Type: core.MemberObject, Offset: unsafe.Offsetof(pattern{}.pattern), ReadOnly: true, Doc: "The pattern string from which the RE object was compiled."},
			{Name: "flags", Type: core.MemberInt, Offset: unsafe.Offsetof(pattern{}.flags), ReadOnly: true, Doc: "The regex matching flags."},
			{Name: "groups", Type: core.MemberInt64, Offset: unsafe.Offsetof(pattern{}.groups), ReadOnly: true, Doc: "The number of capturing groups in the pattern."},
		},
		GetSets: []core.GetSetDef{
			{Name: "groupindex", Get: patternGroupindex, Doc: "A dictionary mapping group names to group numbers."},
		},
	})
}

func asPattern(o *core.Object) *pattern { return (*pattern)(unsafe.Pointer(o)) }

// selfArg checks and converts a method's self.
func selfPattern(args []*core.Object) *pattern { return asPattern(args[0]) }

// prepare parses (string, pos, endpos) and gets the subject ready,
// checking that its type agrees with the pattern's (CPython's state_init).
func (p *pattern) prepare(t *core.Thread, strObj, posObj, endObj *core.Object) (*subject, int64, int64, bool) {
	pos, endpos := int64(0), int64(1<<63-1)
	var ok bool
	if posObj != nil {
		if pos, ok = t.AsInt64(posObj); !ok {
			return nil, 0, 0, false
		}
	}
	if endObj != nil {
		if endpos, ok = t.AsInt64(endObj); !ok {
			return nil, 0, 0, false
		}
	}
	sub, ok := p.subject(t, strObj)
	return sub, pos, endpos, ok
}

// subject gets o ready for matching with p.
func (p *pattern) subject(t *core.Thread, o *core.Object) (*subject, bool) {
	sub, ok := getSubject(t, o)
	if !ok {
		return nil, false
	}
	if sub.isBytes && p.isBytes == 0 {
		sub.release(t)
		t.RaiseMsg(&core.TypeErrorType, "cannot use a string pattern on a bytes-like object")
		return nil, false
	}
	if !sub.isBytes && p.isBytes > 0 {
		sub.release(t)
		t.RaiseMsg(&core.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		return nil, false
	}
	return sub, true
}

type matchOp uint8

const (
	opMatch matchOp = iota
	opFullmatch
	opSearch
)

func patternMatchFn(sig *core.Signature, op matchOp) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		p := selfPattern(args)
		var strObj, posObj, endObj *core.Object
		if !sig.Parse(t, args[1:], kwnames, &strObj, &posObj, &endObj) {
			return nil
		}
		sub, pos, endpos, ok := p.prepare(t, strObj, posObj, endObj)
		if !ok {
			return nil
		}
		defer sub.release(t)
		s := p.newSession(t, sub, pos, endpos)
		defer s.done()
		var found bool
		var err error
		if op == opSearch {
			found, err = s.search()
		} else {
			found, err = s.match(op == opFullmatch)
		}
		return p.newMatch(t, sub, s, found, err)
	}
}

// newSession starts a session whose long matches can be interrupted.
func (p *pattern) newSession(t *core.Thread, sub *subject, pos, endpos int64) *session {
	s := newSession(p, sub, pos, endpos)
	if check := interruptCheck(t); check != nil {
		if s.sb != nil {
			s.sb.Check = check
		} else {
			s.sr.Check = check
		}
	}
	return s
}

// patternFindall is Pattern.findall: the matches' strings, or their group
// (one group) or tuple of groups, unmatched groups giving ”.
func patternFindall(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	p := selfPattern(args)
	var strObj, posObj, endObj *core.Object
	if !findallSig.Parse(t, args[1:], kwnames, &strObj, &posObj, &endObj) {
		return nil
	}
	sub, pos, endpos, ok := p.prepare(t, strObj, posObj, endObj)
	if !ok {
		return nil
	}
	defer sub.release(t)
	s := p.newSession(t, sub, pos, endpos)
	defer s.done()
	list := t.NewList(0)
	_, end := s.window()
	for s.startAt() <= end {
		s.reset()
		found, err := s.search()
		if err != nil {
			t.Decref(&list.Object)
			return raiseEngineError(t, err)
		}
		if !found {
			break
		}
		var item *core.Object
		switch p.groups {
		case 0:
			b, e := s.span()
			item = sub.slice(t, b, e)
		case 1:
			item = groupOrEmpty(t, sub, s, 1)
		default:
			tup := t.NewTuple(int(p.groups))
			for g := range tup.Items {
				if tup.Items[g] = groupOrEmpty(t, sub, s, g+1); tup.Items[g] == nil {
					t.Decref(&tup.Object)
					tup = nil
					break
				}
			}
			if tup != nil {
				item = &tup.Object
			}
		}
		if item == nil {
			t.Decref(&list.Object)
			return nil
		}
		list.Append(t, item)
		t.Decref(item)
		s.advance()
	}
	return &list.Object
}

// groupOrEmpty is group g of the session's match, or the empty string.
func groupOrEmpty(t *core.Thread, sub *subject, s *session, g int) *core.Object {
	i, j, ok, err := s.group(g)
	if err != nil {
		return raiseEngineError(t, err)
	}
	if !ok {
		return sub.empty(t)
	}
	return sub.slice(t, i, j)
}

// patternSplit is Pattern.split(string, maxsplit=0).
func patternSplit(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	p := selfPattern(args)
	var strObj, maxObj *core.Object
	if !splitSig.Parse(t, args[1:], kwnames, &strObj, &maxObj) {
		return nil
	}
	maxsplit := int64(0)
	if maxObj != nil {
		var ok bool
		if maxsplit, ok = t.AsInt64(maxObj); !ok {
			return nil
		}
	}
	sub, ok := p.subject(t, strObj)
	if !ok {
		return nil
	}
	defer sub.release(t)
	s := p.newSession(t, sub, 0, 1<<63-1)
	defer s.done()
	list := t.NewList(0)
	fail := func() *core.Object {
		t.Decref(&list.Object)
		return nil
	}
	last := s.startAt()
	for n := int64(0); maxsplit == 0 || n < maxsplit; n++ {
		s.reset()
		found, err := s.search()
		if err != nil {
			t.Decref(&list.Object)
			return raiseEngineError(t, err)
		}
		if !found {
			break
		}
		b, _ := s.span()
		if !appendOwned(t, list, sub.slice(t, last, b)) {
			return fail()
		}
		for g := 1; g <= int(p.groups); g++ {
			i, j, ok, err := s.group(g)
			var item *core.Object
			switch {
			case err != nil:
				item = raiseEngineError(t, err)
			case !ok:
				item = t.NewRef(core.None)
			default:
				item = sub.slice(t, i, j)
			}
			if !appendOwned(t, list, item) {
				return fail()
			}
		}
		s.advance()
		last = s.startAt()
	}
	_, endpos := s.window()
	if !appendOwned(t, list, sub.slice(t, last, endpos)) {
		return fail()
	}
	return &list.Object
}

// appendOwned appends item (a new reference, or nil for an error) to list.
func appendOwned(t *core.Thread, list *core.List, item *core.Object) bool {
	if item == nil {
		return false
	}
	list.Append(t, item)
	t.Decref(item)
	return true
}

// patternFinditer is Pattern.finditer: iter(scanner.search, None).
func patternFinditer(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	sc := patternScanner(t, iterSig, args, kwnames)
	if sc == nil {
		return nil
	}
	search := t.GetAttrString(sc, "search")
	t.Decref(sc)
	if search == nil {
		return nil
	}
	it := t.NewCallIter(search, core.None)
	t.Decref(search)
	return it
}

func patternScannerFn(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	return patternScanner(t, scannerSig, args, kwnames)
}

func selfCopy(name string) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args[1:], kwnames, 0, 0) {
			return nil
		}
		return t.NewRef(args[0])
	}
}

func selfDeepcopy(name string) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args[1:], kwnames, 1, 1) {
			return nil
		}
		return t.NewRef(args[0])
	}
}

// classGetitem is __class_getitem__ (PEP 585): re.Pattern[str] is a
// types.GenericAlias, which rcvm does not have yet.
func classGetitem(name string) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args[1:], kwnames, 1, 1) {
			return nil
		}
		return t.RaiseMsg(&core.NotImplementedErrorType, "types.GenericAlias (%s[...]) is not supported by rcvm", core.TypeName(args[0]))
	}
}

// patternGroupindex returns a copy of the name-to-number dict (CPython
// returns a read-only mappingproxy of it, which rcvm does not have yet).
func patternGroupindex(t *core.Thread, o *core.Object) *core.Object {
	p := asPattern(o)
	d := t.NewDict()
	if p.groupindex != nil {
		src, _ := core.AsDict(p.groupindex)
		keys, values := src.Items(t)
		for i, k := range keys {
			d.Set(t, k, values[i])
		}
		t.DecrefAll(keys)
		t.DecrefAll(values)
	}
	return &d.Object
}

// patternFlagNames are the flags pattern_repr names, in its order.
var patternFlagNames = []struct {
	name  string
	value int
}{
	{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
	{"re.DOTALL", 16}, {"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256},
}

// patternRepr is re.compile('pattern', re.FLAG|...), the pattern's repr cut
// at 200 characters as %.200R does.
func patternRepr(t *core.Thread, o *core.Object) *core.Object {
	p := asPattern(o)
	r, ok := t.ReprString(p.pattern)
	if !ok {
		return nil
	}
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	flags := p.flags
	// re.UNICODE is implied for a str pattern without LOCALE or ASCII.
	if p.isBytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range patternFlagNames {
		if flags&f.value != 0 {
			names = append(names, f.name)
			flags &^= f.value
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strconvHex(uint32(flags)))
	}
	if len(names) == 0 {
		return t.NewStr("re.compile(" + r + ")")
	}
	return t.NewStr("re.compile(" + r + ", " + strings.Join(names, "|") + ")")
}

func strconvHex(v uint32) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var buf [8]byte
	i := len(buf)
	for v != 0 {
		i--
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf[i:])
}

// patternHash combines the source's hash with the code, the flags and the
// kind, as pattern_hash does (so that equal patterns hash alike).
func patternHash(t *core.Thread, o *core.Object) (int64, bool) {
	p := asPattern(o)
	h, ok := t.Hash(p.pattern)
	if !ok {
		return 0, false
	}
	// FNV-1a over the code words.
	code := p.prog.Code()
	var c uint64 = 14695981039346656037
	for _, w := range code {
		c ^= uint64(w)
		c *= 1099511628211
	}
	h ^= int64(c >> 1)
	h ^= int64(p.flags) ^ int64(p.isBytes) ^ int64(len(code))
	if h == -1 {
		h = -2
	}
	return h, true
}

// patternCompare implements == and != (the same flags, kind, code and
// source); the other comparisons are NotImplemented.
func patternCompare(t *core.Thread, a, b *core.Object, op bytecode.CompareOp) *core.Object {
	if op != bytecode.Eq && op != bytecode.Ne {
		return t.NewRef(core.NotImplemented)
	}
	if b.Type() != patternType {
		return t.NewRef(core.NotImplemented)
	}
	eq := a == b
	if !eq {
		l, r := asPattern(a), asPattern(b)
		lc, rc := l.prog.Code(), r.prog.Code()
		eq = l.flags == r.flags && l.isBytes == r.isBytes && len(lc) == len(rc)
		for i := 0; eq && i < len(lc); i++ {
			eq = lc[i] == rc[i]
		}
		if eq {
			var ok bool
			if eq, ok = t.RichEq(l.pattern, r.pattern); !ok {
				return nil
			}
		}
	}
	if op == bytecode.Ne {
		eq = !eq
	}
	return core.Bool(eq)
}
