package posix

import (
	"os"
	"strings"
	"syscall"

	"github.com/rcvm/rcvm/core"
)

// posix.environ (bytes names and values, as on CPython for POSIX: os.py
// decodes them into os.environ), putenv and unsetenv.

func buildEnviron(t *core.Thread) *core.Object {
	d := t.NewDict()
	for _, kv := range os.Environ() {
		k, v, found := strings.Cut(kv, "=")
		if !found {
			continue
		}
		ko, vo := t.NewBytes([]byte(k)), t.NewBytes([]byte(v))
		// The first definition of a name wins, as in CPython's
		// convertenviron.
		if has, _ := d.Contains(t, ko); !has {
			d.Set(t, ko, vo)
		}
		t.Decref(ko)
		t.Decref(vo)
	}
	return &d.Object
}

// fsConvert is PyUnicode_FSConverter: str, bytes or os.PathLike to the
// bytes the system sees, without NUL bytes.
func fsConvert(t *core.Thread, o *core.Object) (string, bool) {
	var s string
	switch {
	case core.IsStr(o):
		s, _ = core.StrValue(o)
	case isBytes(o):
		b, _ := core.BytesValue(o)
		s = string(b)
	default:
		r := posixFspath(t, []*core.Object{o})
		if r == nil {
			return "", false
		}
		defer t.Decref(r)
		return fsConvert(t, r)
	}
	if strings.IndexByte(s, 0) >= 0 {
		t.RaiseMsg(&core.ValueErrorType, "embedded null byte")
		return "", false
	}
	return s, true
}

// envName converts putenv's name: a name with '=' is refused with
// ValueError, an empty one by setenv(3) itself (EINVAL), as in CPython.
func envName(t *core.Thread, o *core.Object) (string, bool) {
	name, ok := fsConvert(t, o)
	if !ok {
		return "", false
	}
	if strings.Contains(name, "=") {
		t.RaiseMsg(&core.ValueErrorType, "illegal environment variable name")
		return "", false
	}
	return name, true
}

// posixFspath is fspath(path) (PyOS_FSPath).
func posixFspath(t *core.Thread, a []*core.Object) *core.Object {
	o := a[0]
	if core.IsStr(o) || isBytes(o) {
		return t.NewRef(o)
	}
	m, ok := t.LookupAttr(&o.Type().Object, "__fspath__")
	if m == nil {
		if !ok {
			return nil
		}
		return t.RaiseMsg(&core.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	r := t.Call(m, []*core.Object{o}, nil)
	t.Decref(m)
	if r == nil {
		return nil
	}
	if !core.IsStr(r) && !isBytes(r) {
		t.RaiseMsg(&core.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
		t.Decref(r)
		return nil
	}
	return r
}

func init() {
	register(
		funcSpec{"fspath", []string{"path"}, posixFspath},
		funcSpec{"putenv", []string{"name", "value", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			name, ok := envName(t, a[0])
			if !ok {
				return nil
			}
			value, ok := fsConvert(t, a[1])
			if !ok {
				return nil
			}
			if name == "" {
				return t.RaiseErrno(syscall.EINVAL, nil)
			}
			return noneResult(t, os.Setenv(name, value), nil, nil)
		}},
		funcSpec{"unsetenv", []string{"name", "/"}, func(t *core.Thread, a []*core.Object) *core.Object {
			name, ok := fsConvert(t, a[0])
			if !ok {
				return nil
			}
			if name == "" || strings.Contains(name, "=") {
				// unsetenv(3)'s answer, which CPython reports.
				return t.RaiseErrno(syscall.EINVAL, nil)
			}
			return noneResult(t, os.Unsetenv(name), nil, nil)
		}},
	)
}
