package core

// The bytes() and bytearray() constructors (bytes_new, bytearray___init__).

func bytesNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&BytesType, cls, args, kwnames); ok {
		return o
	}
	if len(args) == 1 && len(kwnames) == 0 {
		if x := args[0]; x.typ == &BytesType && cls == &BytesType {
			return t.NewRef(x)
		}
		// __bytes__ comes first, even before the int check.
		if x := args[0]; x.kind == KindInstance {
			if m := t.lookupType(x.typ, dunderBytes); m != nil {
				r := t.Call(m, []*Object{x}, nil)
				if r == nil {
					return nil
				}
				if r.kind != KindBytes {
					t.Decref(r)
					return t.RaiseMsg(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.typ.Name)
				}
				return r
			}
		}
	}
	data, ok := t.bytesSource("bytes", args, kwnames)
	if !ok {
		return nil
	}
	return t.NewBytes(data)
}

var dunderBytes = Intern("__bytes__")

// bytesSource computes the initial contents of bytes(...) or
// bytearray(...) from (source, encoding, errors), with CPython's errors.
// The result is owned by the caller.
func (t *Thread) bytesSource(name string, args []*Object, kwnames []*Str) ([]byte, bool) {
	npos := len(args) - len(kwnames)
	if len(args) > 3 {
		t.RaiseMsg(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
		return nil, false
	}
	var vals [3]*Object
	copy(vals[:], args[:npos])
	for k, kw := range kwnames {
		i := -1
		switch kw.S {
		case "source":
			i = 0
		case "encoding":
			i = 1
		case "errors":
			i = 2
		}
		if i < 0 {
			t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.S, name)
			return nil, false
		}
		if vals[i] != nil {
			t.RaiseMsg(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, kw.S, i+1)
			return nil, false
		}
		vals[i] = args[npos+k]
	}
	x, encObj, errObj := vals[0], vals[1], vals[2]
	var encoding, errors string
	for i, o := range []*Object{encObj, errObj} {
		if o == nil {
			continue
		}
		if o.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "%s() argument '%s' must be str, not %s", name, [...]string{"encoding", "errors"}[i], o.typ.Name)
			return nil, false
		}
	}
	if encObj != nil {
		encoding = asStr(encObj).S
	}
	if errObj != nil {
		errors = asStr(errObj).S
	}
	if x == nil {
		switch {
		case encObj != nil:
			t.RaiseMsg(&TypeErrorType, "encoding without a string argument")
			return nil, false
		case errObj != nil:
			t.RaiseMsg(&TypeErrorType, "errors without a string argument")
			return nil, false
		}
		return []byte{}, true
	}
	if encObj != nil {
		if x.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "encoding without a string argument")
			return nil, false
		}
		r := t.EncodeStr(x, encoding, errors)
		if r == nil {
			return nil, false
		}
		b := append([]byte(nil), asBytes(r).V...)
		t.Decref(r)
		return b, true
	}
	if errObj != nil {
		if x.kind == KindStr {
			t.RaiseMsg(&TypeErrorType, "string argument without an encoding")
		} else {
			t.RaiseMsg(&TypeErrorType, "errors without a string argument")
		}
		return nil, false
	}
	if x.kind == KindStr {
		t.RaiseMsg(&TypeErrorType, "string argument without an encoding")
		return nil, false
	}
	if n, isIndex, ok := t.indexOf(x, &OverflowErrorType); !ok {
		return nil, false
	} else if isIndex {
		if n < 0 {
			t.RaiseMsg(&ValueErrorType, "negative count")
			return nil, false
		}
		if n > maxRepeatBytes {
			t.RaiseMsg(&MemoryErrorType, "")
			return nil, false
		}
		return make([]byte, n), true
	}
	if b, ok := t.bytesLikeOf(x); ok {
		return append([]byte(nil), b...), true
	}
	if x.typ.Iter == nil && t.lookupType(x.typ, dunderGetitem) == nil {
		t.RaiseMsg(&TypeErrorType, "cannot convert '%s' object to %s", x.typ.Name, name)
		return nil, false
	}
	rangeMsg := "bytes must be in range(0, 256)"
	if name == "bytearray" {
		rangeMsg = "byte must be in range(0, 256)"
	}
	return t.bytesFromIterable(x, rangeMsg)
}
