package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// Future statements (`from __future__ import x`): CPython's compile-time
// checks (future.c). Every feature 3.11 knows is mandatory in 3.11 except
// annotations (PEP 563), which makes annotations strings, and
// barry_as_FLUFL, which rcvm refuses.

// futureFeatures are the names __future__ defines in 3.11.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// leadingFutures returns the future statements at the start of a module:
// after the docstring, before any other statement.
func leadingFutures(body []syntax.Stmt) map[*syntax.ImportFrom]bool {
	out := map[*syntax.ImportFrom]bool{}
	for i, s := range body {
		if _, isDoc := docstring(body[i:]); i == 0 && isDoc {
			continue
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		out[imp] = true
	}
	return out
}

// futureFlags returns the future flags of a module body: those opts
// start with, and CO_FUTURE_ANNOTATIONS if its leading future statements
// ask for it.
func futureFlags(body []syntax.Stmt, opts Options) (int, *syntax.Error) {
	flags := opts.Future
	if opts.Mode == ModeEval {
		return flags, nil
	}
	err := catch(func() {
		for imp := range leadingFutures(body) {
			for _, a := range imp.Names {
				switch a.Name {
				case "annotations":
					flags |= bytecode.CoFutureAnnots
				case "barry_as_FLUFL":
					fail(a, "from __future__ import barry_as_FLUFL is not supported by rcvm")
				}
			}
		}
	})
	return flags, err
}

// futureImport checks a `from __future__ import ...` statement.
func (c *compiler) futureImport(s *syntax.ImportFrom) {
	if s.Level != 0 {
		return
	}
	if !c.future[s] {
		fail(s, "from __future__ imports must occur at the beginning of the file")
	}
	for _, a := range s.Names {
		switch {
		case a.Name == "braces":
			fail(a, "not a chance")
		case a.Name == "*":
			fail(a, "future feature * is not defined")
		case !futureFeatures[a.Name]:
			fail(a, "future feature %s is not defined", a.Name)
		}
	}
}
