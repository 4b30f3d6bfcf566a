package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// Future statements (from __future__ import ...), as CPython's future.c:
// they may only open a module (after its docstring); each feature must be
// one CPython knows; annotations makes annotations strings.

// futureFeatures maps the features of Lib/__future__.py to the code flag
// each sets (0: none, the feature is always on).
var futureFeatures = map[string]int{
	"nested_scopes": 0, "generators": 0, "division": 0, "absolute_import": 0,
	"with_statement": 0, "print_function": 0, "unicode_literals": 0,
	"generator_stop": 0, "barry_as_FLUFL": 0x400000,
	"annotations": bytecode.CoFutureAnnots,
}

// futureFlags returns the future flags of a module body (with those opts
// start with), checking its future statements.
func futureFlags(body []syntax.Stmt, opts Options) (int, *syntax.Error) {
	flags := opts.Future
	if opts.Mode == ModeEval {
		return flags, nil
	}
	err := catch(func() {
		for i, s := range body {
			if i == 0 {
				if _, ok := docstring(body); ok {
					continue
				}
			}
			imp, ok := s.(*syntax.ImportFrom)
			if !ok || imp.Module != "__future__" {
				return
			}
			for _, a := range imp.Names {
				f, known := futureFeatures[a.Name]
				switch {
				case a.Name == "braces":
					fail(imp, "not a chance")
				case !known:
					fail(imp, "future feature %s is not defined", a.Name)
				case a.Name == "barry_as_FLUFL":
					fail(imp, "from __future__ import barry_as_FLUFL is not supported by rcvm")
				}
				flags |= f
			}
			imp.Future = true
		}
	})
	return flags, err
}
