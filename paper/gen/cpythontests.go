package gen

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/rcvm/rcvm/internal/cpythontests"
)

// CPythonTestsFile is the name, in the results directory, of the outcomes
// `rcvm cpython-tests -out` writes (`make cpython-tests` puts them there):
// JSON lines, but not *.jsonl, which are experiment records.
const CPythonTestsFile = "cpython-tests.json"

// cpythonTests is the block of CPython's own regression tests: a row per
// module, CPython's run beside each strategy's.
func (in *input) cpythonTests() string {
	path := filepath.Join(in.resultsDir, CPythonTestsFile)
	rep, err := cpythontests.ReadReportFile(path)
	switch {
	case os.IsNotExist(err):
		return "_No results yet: run `make cpython-tests` (or `rcvm cpython-tests -out " + filepath.ToSlash(path) + "` and `rcvm paper`)._"
	case err != nil:
		return fmt.Sprintf("_The outcomes could not be read: %v._", err)
	case len(rep.Modules) == 0:
		return "_No outcomes in " + filepath.ToSlash(path) + "._"
	}
	return fmt.Sprintf("*Table: CPython 3.11's own regression tests (Lib/test), %d modules, on CPython and on rcvm: "+
		"tests passed of those that ran (skips included), and the share of the tests CPython passes.*\n\n%s",
		len(rep.Modules), rep.Markdown())
}
