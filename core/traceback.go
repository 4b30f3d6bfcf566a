package core

// Tracebacks: the frames an exception passed through, innermost last.

// excTraceback is e.__traceback__.
func (t *Thread) excTraceback(e *Exception) *Object { return None }

// setExceptionTraceback is the __traceback__ setter (and with_traceback).
func setExceptionTraceback(t *Thread, o *Object, v *Object) bool {
	if v != None {
		t.RaiseMsg(&TypeErrorType, "__traceback__ must be a traceback or None")
		return false
	}
	asException(o).Traceback = nil
	return true
}

// copyTraceback gives dst src's traceback (a part split from a group
// keeps its group's). The slice's capacity is cut so that frames added
// to one later do not show in the other.
func (t *Thread) copyTraceback(dst, src *Exception) {
	dst.Traceback = src.Traceback[:len(src.Traceback):len(src.Traceback)]
}

// sameTraceback reports whether two exceptions share one traceback.
func sameTraceback(a, b *Exception) bool {
	if len(a.Traceback) != len(b.Traceback) {
		return false
	}
	return len(a.Traceback) == 0 || &a.Traceback[0] == &b.Traceback[0]
}

// tracebackEntries returns an exception's traceback entries, outermost
// first (the order they are printed in).
func (t *Thread) tracebackEntries(e *Exception) []TraceEntry {
	out := make([]TraceEntry, len(e.Traceback))
	for i, te := range e.Traceback {
		out[len(out)-1-i] = te
	}
	return out
}
