package compile

import "strings"

// mangle applies Python's private name mangling (CPython's _Py_Mangle):
// inside a class named private, an identifier that starts with two
// underscores, does not end with two and has no dot is renamed
// _Class__name, with the class name's leading underscores stripped. A
// class whose name is all underscores mangles nothing. Mangling is
// idempotent: a mangled name starts with a single underscore.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(private, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}
