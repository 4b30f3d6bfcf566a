package core

// Coroutines (async def) and asynchronous generators (async def with
// yield) share Generator's machinery; this file holds their types.

var (
	// CoroutineType is types.CoroutineType.
	CoroutineType = Type{Name: "coroutine", InstanceKind: KindGenerator}
	// AsyncGeneratorType is types.AsyncGeneratorType.
	AsyncGeneratorType = Type{Name: "async_generator", InstanceKind: KindGenerator}
)

// asyncGenState is an async generator's state beyond a generator's.
type asyncGenState struct {
	// finalizer is the sys.set_asyncgen_hooks finalizer, once hooked.
	finalizer *Object
}

// clearAsyncGen drops an async generator's extra references.
func (t *Thread) clearAsyncGen(g *Generator) {
	if f := g.ag.finalizer; f != nil {
		g.ag.finalizer = nil
		t.Decref(f)
	}
}

func init() {
	registerType(&CoroutineType)
	registerType(&AsyncGeneratorType)
}
