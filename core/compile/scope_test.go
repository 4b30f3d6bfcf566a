package compile

import (
	"testing"

	"github.com/rcvm/rcvm/core/syntax"
	"github.com/stretchr/testify/require"
)

// bindings resolves src and returns, for the scope named by qualname, the
// binding of each listed name.
func bindings(t *testing.T, src string, path ...string) map[string]binding {
	t.Helper()
	f, err := syntax.Parse("t.py", []byte(src))
	require.NoError(t, err)
	_, top, serr := buildSymtable(f, Options{})
	require.Nil(t, serr)
	s := top
	for _, name := range path {
		var next *scope
		for _, c := range s.children {
			if c.name == name {
				next = c
				break
			}
		}
		require.NotNil(t, next, "no scope %s", name)
		s = next
	}
	return s.resolved
}

func TestScopes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		path []string
		want map[string]binding
	}{
		{"locals and globals", "def f(a):\n    b = a\n    return c + len(b)\n", []string{"f"},
			map[string]binding{"a": bindLocal, "b": bindLocal, "c": bindGlobalImplicit, "len": bindGlobalImplicit}},
		{"assignment anywhere makes local", "def f():\n    print(x)\n    x = 1\n", []string{"f"},
			map[string]binding{"x": bindLocal}},
		{"captured local is a cell", "def f(a):\n    b = 1\n    def g(): return a + b\n", []string{"f"},
			map[string]binding{"a": bindCell, "b": bindCell, "g": bindLocal}},
		{"free in inner", "def f(a):\n    def g(): return a\n", []string{"f", "g"},
			map[string]binding{"a": bindFree}},
		{"free through intermediate", "def f(a):\n    def g():\n        def h(): return a\n", []string{"f", "g"},
			map[string]binding{"a": bindFree, "h": bindLocal}},
		{"global statement", "def f():\n    global x\n    x = 1\n", []string{"f"},
			map[string]binding{"x": bindGlobalExplicit}},
		{"global hides enclosing", "def f():\n    x = 1\n    def g():\n        global x\n        return x\n", []string{"f"},
			map[string]binding{"x": bindLocal}},
		{"nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n", []string{"f", "g"},
			map[string]binding{"x": bindFree}},
		{"class names invisible to methods", "class C:\n    x = 1\n    def m(self): return x\n", []string{"C", "m"},
			map[string]binding{"x": bindGlobalImplicit, "self": bindLocal}},
		{"class body locals", "class C:\n    x = 1\n    y = x + z\n", []string{"C"},
			map[string]binding{"x": bindLocal, "y": bindLocal, "z": bindGlobalImplicit}},
		{"class reads enclosing function", "def f():\n    v = 1\n    class C:\n        w = v\n", []string{"f", "C"},
			map[string]binding{"v": bindFree, "w": bindLocal}},
		{"class passes free through", "def f():\n    v = 1\n    class C:\n        def m(self): return v\n", []string{"f", "C"},
			map[string]binding{"v": bindFree, "m": bindLocal}},
		{"super makes __class__ free", "class C:\n    def m(self): return super().m()\n", []string{"C", "m"},
			map[string]binding{"__class__": bindFree, "super": bindGlobalImplicit}},
		{"comprehension locals", "def f(xs):\n    return [x + y for x in xs]\n", []string{"f", "<listcomp>"},
			map[string]binding{".0": bindLocal, "x": bindLocal, "y": bindGlobalImplicit}},
		{"comprehension captures", "def f(xs, k):\n    return [x * k for x in xs]\n", []string{"f"},
			map[string]binding{"k": bindCell, "xs": bindLocal}},
		{"lambda default in enclosing scope", "def f(d):\n    return lambda x=d: x\n", []string{"f"},
			map[string]binding{"d": bindLocal}},
		{"except name is local", "def f():\n    try: pass\n    except E as e: pass\n", []string{"f"},
			map[string]binding{"e": bindLocal, "E": bindGlobalImplicit}},
		{"import binds top name", "def f():\n    import a.b\n    import c.d as e\n    from g import h as i\n", []string{"f"},
			map[string]binding{"a": bindLocal, "e": bindLocal, "i": bindLocal}},
		{"annotation without value is local", "def f():\n    x: int\n", []string{"f"},
			map[string]binding{"x": bindLocal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bindings(t, tt.src, tt.path...)
			for name, want := range tt.want {
				require.Equal(t, want, got[name], name)
			}
		})
	}
}

func TestNameInstructions(t *testing.T) {
	code := mustCompile(t, `
x = 1
def f(a):
    global x
    x = a
    def g():
        return a
    class C:
        y = a
        z = x
    return g, C
`)
	require.Contains(t, listing(findCode(code, "f")), "STORE_GLOBAL x")
	require.Equal(t, "LOAD_DEREF a\nRETURN_VALUE", listing(findCode(code, "f.<locals>.g")))
	c := listing(findCode(code, "f.<locals>.C"))
	require.Contains(t, c, "LOAD_DEREF a\nSTORE_NAME y")
	require.Contains(t, c, "LOAD_NAME x\nSTORE_NAME z")
	require.Contains(t, listing(code), "STORE_GLOBAL x")
}
