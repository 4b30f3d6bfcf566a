package core

// Instance is an instance of a class defined by the program.
type Instance struct {
	Object
	Dict *Dict
}

func asInstance(o *Object) *Instance { return (*Instance)(ptrOf(o)) }

// descriptorGet applies a descriptor (property, staticmethod, classmethod)
// found on o's class; it returns nil without an exception when v is not one.
func descriptorGet(t *Thread, v, o *Object) *Object {
	return nil
}
