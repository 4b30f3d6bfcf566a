package core

// __del__ finalizers, with CPython 3.4+'s semantics (PEP 442): when an
// instance's count reaches zero its class's __del__ runs once, on the
// object temporarily brought back to life with a count of one; if the
// finalizer stored a new reference to the object somewhere, the object is
// resurrected and lives on (and its __del__ does not run again when it
// dies later); otherwise deallocation continues. An exception raised by
// __del__ cannot propagate: it is reported on stderr as "Exception ignored
// in: <the finalizer>" with its traceback (PyErr_WriteUnraisable), and
// the exception being raised or handled when the object died is left as
// it was.

var dunderDel = Intern("__del__")

// finalize runs o's __del__ if its class has one and it has not run yet.
// It reports whether o was resurrected, in which case the caller must not
// free it.
func (t *Thread) finalize(o *Object) bool {
	if o.flags&flagFinalized != 0 {
		return false
	}
	del := t.lookupType(o.typ, dunderDel)
	if del == nil {
		return false
	}
	o.flags |= flagFinalized
	// Bring o back with one reference, owned by this thread, as a new
	// object is: the finalizer works on a live object.
	o.rc, o.shared, o.tid = 1, 0, t.ownerTid
	t.Incref(del)
	saved := t.TakeExc()
	var r *Object
	if del.kind == KindFunction {
		r = t.Call(del, []*Object{o}, nil)
	} else if m := t.GetAttr(o, dunderDel); m != nil {
		r = t.Call(m, nil, nil)
		t.Decref(m)
	}
	if r == nil {
		t.writeUnraisable(del)
	} else {
		t.Decref(r)
	}
	t.Decref(del)
	t.restoreExc(saved)
	if t.RefCount(o) == 1 {
		// Only the finalizer's reference is left: o dies now (the count
		// goes back to zero without a second deallocation).
		o.rc, o.shared = 0, 0
		return false
	}
	// Resurrected: drop the finalizer's reference. The deallocation that
	// brought us here did not free o after all; if another thread drops
	// the last new reference meanwhile, o is deallocated (and counted)
	// again from that Decref.
	t.heap.acct.freed--
	t.Decref(o)
	return true
}

// restoreExc makes exc (taken with TakeExc, possibly nil) the exception
// being raised again, dropping any raised since.
func (t *Thread) restoreExc(exc *Object) {
	if t.exc != nil {
		t.XDecref(t.TakeExc())
	}
	t.exc = exc
}

// writeUnraisable reports the exception being raised, which cannot
// propagate out of where it happened (a finalizer), and clears it, as
// CPython's default sys.unraisablehook prints it: "Exception ignored in:
// <repr of obj>", then the traceback.
func (t *Thread) writeUnraisable(obj *Object) {
	exc := t.TakeExc()
	if exc == nil {
		return
	}
	where := "<object repr() failed>"
	if r := t.Repr(obj); r != nil {
		where = asStr(r).S
		t.Decref(r)
	} else {
		t.XDecref(t.TakeExc())
	}
	t.writeStderr("Exception ignored in: " + where + "\n" + t.FormatException(exc))
	t.Decref(exc)
}

// clearNamespace empties a module's namespace at shutdown, the most
// recently bound name first, each value released after its name is gone.
// Without a cycle collector this approximates what CPython gets from its
// final collection, which runs the finalizers of the objects a module's
// functions keep alive (through their __globals__) while the module's
// other names are still bound: an object created after the class and the
// globals its __del__ uses is finalized while they are still there.
func (t *Thread) clearNamespace(d *Dict) {
	keys, values := d.Items(t)
	for i := len(keys) - 1; i >= 0; i-- {
		d.Delete(t, keys[i])
		t.Decref(keys[i])
		t.Decref(values[i])
	}
	d.Clear(t)
}
