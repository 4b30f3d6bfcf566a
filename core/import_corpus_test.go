package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestImportCorpus runs testdata/imports' programs (packages, relative and
// circular imports, __all__, from-imports of submodules, import errors,
// __import__ hooks, concurrent imports) under every strategy in checked
// mode and on CPython, and compares them.
func TestImportCorpus(t *testing.T) {
	difftest.RunFiles(t, "../testdata/imports", "main_*.py")
}
