package core

import (
	"errors"
	"sync"

	"github.com/rcvm/rcvm/core/pycodec"
	"github.com/rcvm/rcvm/core/pynum"
)

// The codec registry of an interpreter (CPython's Python/codecs.c): the
// search functions that codecs.register adds (Lib/encodings registers its
// own), the cache of CodecInfo objects they returned, and the error
// handlers by name. modules/codecs exposes it as _codecs; str.encode and
// bytes.decode consult it for every encoding without a built-in fast path.

type codecRegistry struct {
	mu     sync.Mutex
	search []*Object
	cache  map[string]*Object
	errors map[string]*Object
	// triedEncodings records that the encodings package has been imported
	// (or failed to), as CPython does when the registry is first used.
	triedEncodings bool
}

// RegisterCodecSearch adds a search function (codecs.register).
func (t *Thread) RegisterCodecSearch(fn *Object) bool {
	if fn.typ.Call == nil {
		t.RaiseMsg(&TypeErrorType, "argument must be callable")
		return false
	}
	r := &t.vm.codecs
	t.Incref(fn)
	r.mu.Lock()
	r.search = append(r.search, fn)
	r.mu.Unlock()
	return true
}

// UnregisterCodecSearch removes a search function and clears the cache
// (codecs.unregister).
func (t *Thread) UnregisterCodecSearch(fn *Object) {
	r := &t.vm.codecs
	r.mu.Lock()
	var drop []*Object
	for i, f := range r.search {
		if f == fn {
			r.search = append(r.search[:i:i], r.search[i+1:]...)
			drop = append(drop, f)
			break
		}
	}
	for k, v := range r.cache {
		drop = append(drop, v)
		delete(r.cache, k)
	}
	r.mu.Unlock()
	t.releaseAll(drop)
}

// normalizeEncoding is CPython's normalizestring for the registry: lower
// case, with every run of characters other than letters, digits and '.'
// turned into one '_' (none at the start).
func normalizeEncoding(name string) string {
	b := make([]byte, 0, len(name))
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.'
		if !alnum {
			punct = true
			continue
		}
		if punct && len(b) > 0 {
			b = append(b, '_')
		}
		punct = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// LookupCodec returns the CodecInfo for an encoding (codecs.lookup): from
// the cache, or from the first search function that knows it. It raises
// LookupError "unknown encoding: X" when none does.
func (t *Thread) LookupCodec(encoding string) *Object {
	r := &t.vm.codecs
	key := normalizeEncoding(encoding)
	t.ensureEncodings()
	r.mu.Lock()
	if v, ok := r.cache[key]; ok {
		t.Incref(v)
		r.mu.Unlock()
		return v
	}
	search := append([]*Object(nil), r.search...)
	for _, f := range search {
		t.Incref(f)
	}
	r.mu.Unlock()
	defer t.releaseAll(search)
	name := t.NewStr(key)
	defer t.Decref(name)
	for _, f := range search {
		v := t.Call(f, []*Object{name}, nil)
		if v == nil {
			return nil
		}
		if v == None {
			continue
		}
		if v.kind != KindTuple || len(asTuple(v).Items) != 4 {
			t.Decref(v)
			return t.RaiseMsg(&TypeErrorType, "codec search functions must return 4-tuples")
		}
		r.mu.Lock()
		if r.cache == nil {
			r.cache = make(map[string]*Object)
		}
		if old, ok := r.cache[key]; ok {
			t.Decref(old)
		}
		t.Incref(v)
		r.cache[key] = v
		r.mu.Unlock()
		return v
	}
	return t.RaiseMsg(&LookupErrorType, "unknown encoding: %s", encoding)
}

// HasCodecSearch reports whether any search function is registered.
func (t *Thread) hasCodecSearch() bool {
	r := &t.vm.codecs
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.search) > 0
}

// ensureEncodings imports the encodings package the first time the
// registry is needed, as CPython's _PyCodecRegistry_Init does; when it
// cannot be imported (no standard library, or an import failure) the
// built-in codecs still work.
func (t *Thread) ensureEncodings() {
	r := &t.vm.codecs
	r.mu.Lock()
	tried := r.triedEncodings
	r.triedEncodings = true
	r.mu.Unlock()
	if tried || importHook == nil {
		return
	}
	saved := t.TakeExc()
	if m := importHook(t, "encodings"); m != nil {
		t.Decref(m)
	} else {
		t.ClearExc()
	}
	if saved != nil {
		t.Raise(saved)
	}
}

// importHook imports a module by name for the runtime's own needs (set by
// the import machinery; nil until it exists).
var importHook func(t *Thread, name string) *Object

// RegisterErrorHandler registers fn under name (codecs.register_error).
func (t *Thread) RegisterErrorHandler(name string, fn *Object) bool {
	if fn.typ.Call == nil {
		t.RaiseMsg(&TypeErrorType, "handler must be callable")
		return false
	}
	r := &t.vm.codecs
	t.Incref(fn)
	r.mu.Lock()
	if r.errors == nil {
		r.errors = make(map[string]*Object)
	}
	old := r.errors[name]
	r.errors[name] = fn
	r.mu.Unlock()
	t.XDecref(old)
	return true
}

// LookupErrorHandler returns the handler registered under name
// (codecs.lookup_error): the built-in ones are functions of core.
func (t *Thread) LookupErrorHandler(name string) *Object {
	r := &t.vm.codecs
	r.mu.Lock()
	fn := r.errors[name]
	if fn != nil {
		t.Incref(fn)
	}
	r.mu.Unlock()
	if fn != nil {
		return fn
	}
	if b, ok := builtinErrorFuncs[name]; ok {
		return &b.Object
	}
	return t.RaiseMsg(&LookupErrorType, "unknown error handler name '%s'", name)
}

// builtinErrorFuncs are the Python-callable built-in error handlers
// (codecs.strict_errors and friends), by registered name.
var builtinErrorFuncs = map[string]*Builtin{}

func init() {
	for name, fname := range map[string]string{
		"strict": "strict_errors", "ignore": "ignore_errors", "replace": "replace_errors",
		"xmlcharrefreplace": "xmlcharrefreplace_errors", "backslashreplace": "backslashreplace_errors",
		"namereplace": "namereplace_errors", "surrogatepass": "surrogatepass", "surrogateescape": "surrogateescape",
	} {
		kind, _ := pycodec.BuiltinHandler(name)
		builtinErrorFuncs[name] = newStaticBuiltin(fname, func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange(fname, args, kwnames, 1, 1) {
				return nil
			}
			return t.applyBuiltinHandler(kind, args[0])
		})
	}
}

// applyBuiltinHandler calls a built-in error handler on a Python exception
// object, as codecs.lookup_error(name)(exc) does.
func (t *Thread) applyBuiltinHandler(kind pycodec.HandlerKind, exc *Object) *Object {
	if kind == pycodec.Strict {
		if exc.kind != KindInstance || !exc.typ.IsException {
			return t.RaiseMsg(&TypeErrorType, "codec must pass exception instance")
		}
		t.Raise(t.NewRef(exc))
		return nil
	}
	e, ok := t.codecErrorOf(exc)
	if !ok {
		return nil
	}
	rep, err := pycodec.ApplyBuiltin(kind, e)
	if err != nil {
		var ce *pycodec.Error
		if errors.As(err, &ce) && ce == e {
			t.Raise(t.NewRef(exc))
			return nil
		}
		return t.raiseNum(err)
	}
	var r *Object
	if rep.IsBytes {
		r = t.NewBytes(rep.Bytes)
	} else {
		r = t.NewStr(rep.Text)
	}
	pos := t.NewInt(int64(rep.Pos))
	tup := t.TupleOf(r, pos)
	t.Decref(r)
	t.Decref(pos)
	return tup
}

// codecErrorOf reads a Python codec exception into a pycodec.Error, with
// start and end clamped to the object as CPython's
// PyUnicodeEncodeError_GetStart and friends do.
func (t *Thread) codecErrorOf(exc *Object) (*pycodec.Error, bool) {
	if exc.kind != KindInstance || !isUnicodeErrorWithFields(exc) {
		t.RaiseMsg(&TypeErrorType, "don't know how to handle %s in error callback", exc.typ.Name)
		return nil, false
	}
	ex := asException(exc)
	e := &pycodec.Error{Encode: !exc.typ.IsSubtype(&UnicodeDecodeErrorType)}
	obj := ex.field(uniObject)
	if e.Encode {
		if obj == nil || obj.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "object attribute must be unicode")
			return nil, false
		}
		e.Text = pynum.Runes(asStr(obj).S)
	} else {
		data, ok := BytesValue(orNone(obj))
		if !ok {
			t.RaiseMsg(&TypeErrorType, "object attribute must be bytes")
			return nil, false
		}
		e.Data = data
	}
	n := int64(len(e.Text) + len(e.Data))
	for i, f := range []int{uniStart, uniEnd} {
		x, _ := IntValue(orNone(ex.field(f)))
		if i == 0 {
			x = max(min(x, n-1), 0)
			e.Start = int(x)
		} else {
			x = min(max(x, 1), n)
			e.End = int(x)
		}
	}
	if enc := ex.field(uniEncoding); enc != nil && enc.kind == KindStr {
		e.Encoding = asStr(enc).S
	}
	if r := ex.field(uniReason); r != nil && r.kind == KindStr {
		e.Reason = asStr(r).S
	}
	return e, true
}

// codecHandler returns the pycodec handler for an errors argument: built-in
// names directly, others through the registry at the first error. input is
// the object being encoded or decoded, for the exception objects custom
// handlers receive.
func (t *Thread) codecHandler(errors string, input *Object) *pycodec.Handler {
	if errors == "" {
		return pycodec.StrictHandler
	}
	return pycodec.NewHandler(errors, func(name string) (func(*pycodec.Error) (pycodec.Replacement, error), error) {
		fn := t.LookupErrorHandler(name)
		if fn == nil {
			return nil, errCodecRaised
		}
		// The function stays referenced by the registry (or is immortal)
		// while the codec runs; drop this lookup's reference now.
		t.Decref(fn)
		return func(e *pycodec.Error) (pycodec.Replacement, error) {
			return t.callErrorHandler(fn, e, input)
		}, nil
	})
}

// callErrorHandler calls a Python error handler with the exception for e
// and checks its (replacement, position) result.
func (t *Thread) callErrorHandler(fn *Object, e *pycodec.Error, input *Object) (pycodec.Replacement, error) {
	exc := t.newCodecException(e, input)
	r := t.Call(fn, []*Object{exc}, nil)
	t.Decref(exc)
	if r == nil {
		return pycodec.Replacement{}, errCodecRaised
	}
	defer t.Decref(r)
	msg := "decoding error handler must return (str, int) tuple"
	if e.Encode {
		msg = "encoding error handler must return (str/bytes, int) tuple"
	}
	if r.kind != KindTuple || len(asTuple(r).Items) != 2 {
		t.RaiseMsg(&TypeErrorType, "%s", msg)
		return pycodec.Replacement{}, errCodecRaised
	}
	items := asTuple(r).Items
	var rep pycodec.Replacement
	switch {
	case items[0].kind == KindStr:
		rep.Text = asStr(items[0]).S
	case e.Encode && items[0].kind == KindBytes:
		rep.Bytes, rep.IsBytes = append([]byte(nil), asBytes(items[0]).V...), true
	default:
		t.RaiseMsg(&TypeErrorType, "%s", msg)
		return pycodec.Replacement{}, errCodecRaised
	}
	if !isIntLike(items[1]) {
		t.RaiseMsg(&TypeErrorType, "%s", msg)
		return pycodec.Replacement{}, errCodecRaised
	}
	pos, ok := t.ssizeArg(items[1])
	if !ok {
		return pycodec.Replacement{}, errCodecRaised
	}
	rep.Pos = int(pos)
	return rep, nil
}
