package compile

import (
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/syntax"
)

func FuzzCompile(f *testing.F) {
	for _, p := range stackPrograms {
		f.Add(p)
	}
	for _, c := range codegenCases {
		f.Add(c.src)
	}
	for _, c := range compileErrors {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		code, err := File("f.py", []byte(src))
		if err != nil {
			e, ok := err.(*syntax.Error)
			if !ok || strings.Contains(e.Msg, "internal compiler error") {
				t.Fatalf("compiling %q: %v", src, err)
			}
			return
		}
		for _, c := range allCodes(code) {
			if err := simulate(c); err != nil {
				t.Fatalf("compiling %q: %v", src, err)
			}
		}
	})
}
