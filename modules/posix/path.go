package posix

import (
	"strings"

	"github.com/rcvm/rcvm/core"
)

// pathArg is a converted path argument (CPython's path_t): a file name given
// as str, bytes or os.PathLike, or, where the function allows it, an open
// file descriptor.
type pathArg struct {
	// obj is the argument as given (borrowed): OSError's filename.
	obj *core.Object
	// name is the file name (the bytes of a bytes path).
	name string
	// fd is the descriptor when isFd.
	fd   int
	isFd bool
	// isBytes: the path was bytes, so names derived from it are bytes too.
	isBytes bool
	// isNone: the argument was None (allowed by nullable converters).
	isNone bool
}

// pathOpts says what a converter accepts.
type pathOpts struct {
	allowFd, nullable bool
}

// convertPath is CPython's path_converter: fn and arg name the argument in
// messages ("stat: path should be string, bytes, os.PathLike or integer,
// not float").
func convertPath(t *core.Thread, fn, arg string, o *core.Object, opts pathOpts) (pathArg, bool) {
	p := pathArg{obj: o}
	if o == core.None && opts.nullable {
		p.isNone = true
		p.name = "."
		return p, true
	}
	if opts.allowFd && core.IsInt(o) {
		n, ok := t.AsCInt(o)
		if !ok {
			return p, false
		}
		p.fd, p.isFd = n, true
		return p, true
	}
	v := o
	var fspathResult *core.Object
	if !core.IsStr(o) && !isBytes(o) {
		m, ok := t.LookupAttr(&o.Type().Object, "__fspath__")
		if m == nil {
			if !ok {
				return p, false
			}
			return p, badPathType(t, fn, arg, o, opts)
		}
		r := t.Call(m, []*core.Object{o}, nil)
		t.Decref(m)
		if r == nil {
			return p, false
		}
		if !core.IsStr(r) && !isBytes(r) {
			t.RaiseMsg(&core.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
			t.Decref(r)
			return p, false
		}
		fspathResult = r
		v = r
	}
	if s, ok := core.StrValue(v); ok {
		p.name = s
	} else {
		b, _ := core.BytesValue(v)
		p.name = string(b)
		p.isBytes = true
	}
	t.XDecref(fspathResult)
	if strings.IndexByte(p.name, 0) >= 0 {
		t.RaiseMsg(&core.ValueErrorType, "%s: embedded null character in %s", fn, arg)
		return p, false
	}
	return p, true
}

func isBytes(o *core.Object) bool {
	_, ok := core.BytesValue(o)
	return ok
}

func badPathType(t *core.Thread, fn, arg string, o *core.Object, opts pathOpts) bool {
	allowed := "string, bytes or os.PathLike"
	switch {
	case opts.allowFd && opts.nullable:
		allowed = "string, bytes, os.PathLike, integer or None"
	case opts.allowFd:
		allowed = "string, bytes, os.PathLike or integer"
	case opts.nullable:
		allowed = "string, bytes, os.PathLike or None"
	}
	t.RaiseMsg(&core.TypeErrorType, "%s: %s should be %s, not %s", fn, arg, allowed, o.Type().Name)
	return false
}

// filename is the object OSError reports for p (nil for a descriptor,
// which CPython does not name).
func (p *pathArg) filename() *core.Object {
	if p.isFd || p.isNone {
		return nil
	}
	return p.obj
}

// newName returns a file name derived from p (a listdir entry, a readlink
// target) as str or bytes, as p was given.
func (p *pathArg) newName(t *core.Thread, s string) *core.Object {
	if p.isBytes {
		return t.NewBytes([]byte(s))
	}
	return t.NewStr(s)
}
