package core

// AsSlice returns o as a slice object (its Indices method applies it to a
// sequence's length); ok is false for other objects.
func AsSlice(o *Object) (*Slice, bool) {
	if o.kind != KindSlice {
		return nil, false
	}
	return asSlice(o), true
}
