package core

// The run-time side of the match statement: MATCH_SEQUENCE and
// MATCH_MAPPING's type tests, MATCH_KEYS and MATCH_CLASS (CPython's
// match_keys and match_class in Python/ceval.c).

// Collection kinds for pattern matching (Py_TPFLAGS_SEQUENCE,
// Py_TPFLAGS_MAPPING).
const (
	collSequence = 1
	collMapping  = 2
)

// abcSequenceFlag and abcMappingFlag are the values collections.abc's
// Sequence and Mapping put in __abc_tpflags__.
const (
	abcSequenceFlag = 1 << 5
	abcMappingFlag  = 1 << 6
)

var dunderAbcTpflags = Intern("__abc_tpflags__")

// collectionKind says whether instances of tp match sequence or mapping
// patterns. As in CPython the kind is inherited along the chain of
// primary bases: the built-in sequences and mappings have it, and a class
// derived from collections.abc.Sequence or Mapping gets it from the
// __abc_tpflags__ in that class's namespace (which CPython's _abc module
// turns into the type flag; the pure-Python abc leaves it there). A class
// registered with an ABC (Sequence.register(C)) is not seen: that needs
// the _abc module, which rcvm does not have yet.
func collectionKind(t *Thread, tp *Type) int {
	for b := tp; b != nil; b = b.Base {
		switch b {
		case &ListType, &TupleType, &RangeType, &MemoryViewType:
			return collSequence
		case &DictType:
			return collMapping
		case &StrType, &BytesType, &ByteArrayType:
			return 0
		}
		switch {
		case b.Module == "collections" && b.Name == "deque", b.Module == "array" && b.Name == "array":
			return collSequence
		case b.Name == "mappingproxy" && b.Module == "":
			return collMapping
		}
		if b.Heap && b.Dict != nil && isABCMeta(b.typ) {
			if v := b.Dict.typeGet(t, dunderAbcTpflags); v != nil && v.kind == KindInt {
				flags, _ := IntValue(v)
				switch {
				case flags&abcSequenceFlag != 0:
					return collSequence
				case flags&abcMappingFlag != 0:
					return collMapping
				}
			}
		}
	}
	return 0
}

// isABCMeta reports whether meta is abc.ABCMeta or derives from it: only
// its classes turn __abc_tpflags__ into a type flag.
func isABCMeta(meta *Type) bool {
	for _, m := range meta.MRO {
		if m.Name == "ABCMeta" {
			return true
		}
	}
	return false
}

// matchKeys looks the keys (a tuple) up in the mapping subj with its get
// method: a new tuple of the values, None when a key is missing, nil with
// an exception set.
func (t *Thread) matchKeys(subj, keys *Object) *Object {
	ks := asTuple(keys).Items
	if len(ks) == 0 {
		return &t.NewTuple(0).Object
	}
	get := t.GetAttr(subj, Intern("get"))
	if get == nil {
		return nil
	}
	defer t.Decref(get)
	dummy := t.Call(&ObjectType.Object, nil, nil)
	if dummy == nil {
		return nil
	}
	defer t.Decref(dummy)
	seen := t.NewSet()
	defer t.Decref(&seen.Object)
	values := make([]*Object, 0, len(ks))
	for _, k := range ks {
		dup, ok := seen.Contains(t, k)
		if ok && !dup {
			ok = seen.Add(t, k)
		}
		if !ok || dup {
			if dup {
				if r := t.Repr(k); r != nil {
					t.RaiseMsg(&ValueErrorType, "mapping pattern checks duplicate key (%s)", asStr(r).S)
					t.Decref(r)
				}
			}
			t.releaseAll(values)
			return nil
		}
		v := t.Call(get, []*Object{k, dummy}, nil)
		if v == nil {
			t.releaseAll(values)
			return nil
		}
		if v == dummy {
			t.Decref(v)
			t.releaseAll(values)
			return None
		}
		values = append(values, v)
	}
	return t.TupleOwned(values...)
}

// matchSelfType reports whether a single positional sub-pattern of a
// class pattern naming tp matches the subject itself (CPython's
// _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
func matchSelfType(tp *Type) bool {
	for b := tp; b != nil; b = b.Base {
		switch b {
		case &BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType, &FrozenSetType,
			&IntType, &ListType, &SetType, &StrType, &TupleType:
			return true
		}
	}
	return false
}

// matchClass implements MATCH_CLASS: the tuple of the attributes the
// sub-patterns match, None when subj does not match, nil with an
// exception set.
func (t *Thread) matchClass(subj, cls, names *Object, nargs int) *Object {
	if cls.kind != KindType {
		return t.RaiseMsg(&TypeErrorType, "called match pattern must be a type")
	}
	tp := asType(cls)
	r := builtinIsinstance(t, []*Object{subj, cls}, nil)
	if r == nil {
		return nil
	}
	is := r == True
	t.Decref(r)
	if !is {
		return None
	}
	seen := map[string]bool{}
	var attrs []*Object
	failed := func() *Object {
		t.releaseAll(attrs)
		if t.Failed() {
			return nil
		}
		return None
	}
	if nargs > 0 {
		matchSelf := false
		var margs []*Object
		ma := t.GetAttr(cls, Intern("__match_args__"))
		switch {
		case ma != nil:
			defer t.Decref(ma)
			if ma.typ != &TupleType {
				t.RaiseMsg(&TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", tp.Name, ma.typ.Name)
				return failed()
			}
			margs = asTuple(ma).Items
		case t.ExcMatches(&AttributeErrorType):
			t.ClearExc()
			matchSelf = matchSelfType(tp)
		default:
			return nil
		}
		allowed := len(margs)
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			t.RaiseMsg(&TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", tp.Name, allowed, plural, nargs)
			return failed()
		}
		if matchSelf {
			t.Incref(subj)
			attrs = append(attrs, subj)
		} else {
			for _, name := range margs[:nargs] {
				if name.typ != &StrType {
					t.RaiseMsg(&TypeErrorType, "__match_args__ elements must be strings (got %s)", name.typ.Name)
					return failed()
				}
				a := t.matchClassAttr(subj, tp, asStr(name), seen)
				if a == nil {
					return failed()
				}
				attrs = append(attrs, a)
			}
		}
	}
	for _, name := range asTuple(names).Items {
		a := t.matchClassAttr(subj, tp, asStr(name), seen)
		if a == nil {
			return failed()
		}
		attrs = append(attrs, a)
	}
	return t.TupleOwned(attrs...)
}

// matchClassAttr gets the attribute a class sub-pattern matches: nil with
// no exception set when subj lacks it.
func (t *Thread) matchClassAttr(subj *Object, tp *Type, name *Str, seen map[string]bool) *Object {
	if seen[name.S] {
		return t.RaiseMsg(&TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", tp.Name, name.S)
	}
	seen[name.S] = true
	a := t.GetAttr(subj, name)
	if a == nil && t.ExcMatches(&AttributeErrorType) {
		t.ClearExc()
	}
	return a
}
