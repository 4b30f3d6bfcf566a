package core

// Argument checking for built-in functions and methods, in the spirit of
// CPython's Argument Clinic: the messages are CPython's.

// ArgsRange checks that a built-in got between min and max positional
// arguments (max < 0: no upper bound) and no keyword arguments.
func (t *Thread) ArgsRange(name string, args []*Object, kwnames []*Str, min, max int) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", name)
		return false
	}
	n := len(args)
	if n >= min && (max < 0 || n <= max) {
		return true
	}
	switch {
	case min == max && min == 0:
		t.RaiseMsg(&TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		t.RaiseMsg(&TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case min == max:
		t.RaiseMsg(&TypeErrorType, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		t.RaiseMsg(&TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	default:
		t.RaiseMsg(&TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ParseArgs binds a built-in's positional and keyword arguments to its
// parameter names. The first `required` names must be given; out receives
// borrowed references (nil for parameters not given). Names starting with
// '$' are keyword-only (the '$' is not part of the name).
func (t *Thread) ParseArgs(fname string, args []*Object, kwnames []*Str, names []string, required int, out ...**Object) bool {
	npos := len(args) - len(kwnames)
	positional := 0
	for _, n := range names {
		if len(n) > 0 && n[0] == '$' {
			break
		}
		positional++
	}
	if npos > positional {
		t.RaiseMsg(&TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, positional, plural(positional), npos)
		return false
	}
	for i := range out {
		*out[i] = nil
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for k, kw := range kwnames {
		found := false
		for i, n := range names {
			if len(n) > 0 && n[0] == '$' {
				n = n[1:]
			}
			if n == kw.S {
				if *out[i] != nil {
					t.RaiseMsg(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, n, i+1)
					return false
				}
				*out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.S, fname)
			return false
		}
	}
	for i := 0; i < required; i++ {
		if *out[i] == nil {
			n := names[i]
			if len(n) > 0 && n[0] == '$' {
				n = n[1:]
			}
			t.RaiseMsg(&TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
			return false
		}
	}
	return true
}
