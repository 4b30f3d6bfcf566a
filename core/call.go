package core

// callFunction calls a Python function.
func (t *Thread) callFunction(f *Function, args []*Object, kwnames []*Str) *Object {
	panic("not yet")
}
