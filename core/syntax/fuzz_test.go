package syntax

import (
	"strings"
	"testing"
)

// fuzzSeeds are snippets covering the lexer's and parser's paths.
var fuzzSeeds = []string{
	"x = 1\n",
	"if a:\n    b\nelif c:\n\td\nelse:\n  e\n",
	"def f(a, b=1, *c, d, **e) -> int:\n    return a ** -b\n",
	"class C(B):\n    @property\n    def x(self): return super().x\n",
	"f'{a!r:>{w}} {{}} {b=}' rb'x' '\\x41\\u00e9' '''t\nq'''\n",
	"[x for x in y if x] + {k: v for k, v in d} + (g for g in h)\n",
	"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    del a[0]\n",
	"with a as b, (c as d):\n    pass\n",
	"x = (1 +\n", "'abc\n", "0x_ff 1e-3 1_0.5 0777 1__0 1j\n", "a, *b = c\n",
	"lambda *, k=1: k\nmatch x:\n  case 1: pass\n", "if x = 1:\n", "print 'x'\n",
	"f(a b)\n", "x = \\\n", " \t\f x\n", "\xef\xbb\xbfx\r\ny\r", "f'{x:{y:{z}}}'\n",
}

func FuzzLexer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, err := prepare("f.py", []byte(src))
		if err != nil {
			return
		}
		s := newScanner(text)
		for i := 0; i <= len(text)+maxIndent+2; i++ {
			tk := s.next()
			if tk.err != nil || tk.kind == EOF {
				return
			}
		}
		t.Fatalf("scanner did not reach EOF")
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := Parse("f.py", []byte(src))
		if err != nil {
			e, ok := err.(*Error)
			if !ok || e.Msg == "" || e.Line < 0 || strings.Contains(e.Msg, "internal parser error") {
				t.Fatalf("bad error %#v", err)
			}
			_ = e.Format()
			return
		}
		_ = Dump(file)
	})
}
