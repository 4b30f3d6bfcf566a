package core

// Float is a Python float.
type Float struct {
	Object
	V float64
}

func asFloat(o *Object) *Float { return (*Float)(ptrOf(o)) }

// NewFloat returns a float object (a new reference).
func (t *Thread) NewFloat(v float64) *Object {
	f := t.heap.floats.pop()
	if f == nil {
		f = new(Float)
	}
	f.V = v
	t.initObject(&f.Object, KindFloat, &FloatType)
	return &f.Object
}

func deallocFloat(t *Thread, o *Object) {
	if t.recycle(o) {
		t.heap.floats.push(asFloat(o))
	}
}
