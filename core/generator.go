package core

// Generator is a suspended generator-expression frame. The language subset
// refuses `yield`; the compiler emits generator frames only for generator
// expressions, which is what lets sum(x*x for x in xs) run lazily.
type Generator struct {
	Object
	frame   *Frame
	started bool
	running bool
	done    bool
}

func asGenerator(o *Object) *Generator { return (*Generator)(ptrOf(o)) }

func (t *Thread) newGenerator(f *Frame) *Object {
	g := &Generator{frame: f}
	t.initObject(&g.Object, KindGenerator, &GeneratorType)
	return &g.Object
}

func generatorNext(t *Thread, o *Object) *Object {
	g := asGenerator(o)
	if g.done {
		return nil
	}
	if g.running {
		return t.RaiseMsg(&ValueErrorType, "generator already executing")
	}
	f := g.frame
	if g.started {
		f.stack[f.sp] = None
		f.sp++
	}
	g.started, g.running = true, true
	r := t.run(f)
	g.running = false
	if r != nil && f.yielded {
		return r
	}
	g.done = true
	g.frame = nil
	t.releaseFrame(f)
	if r != nil {
		t.Decref(r)
	}
	return nil
}

func deallocGenerator(t *Thread, o *Object) {
	g := asGenerator(o)
	if g.frame != nil {
		f := g.frame
		g.frame = nil
		t.releaseFrame(f)
	}
	t.recycle(o)
}

func init() {
	GeneratorType.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
	GeneratorType.Next = generatorNext
	GeneratorType.Dealloc = deallocGenerator
}
