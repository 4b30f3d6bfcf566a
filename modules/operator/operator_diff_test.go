package operator_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestOperator runs the programs of testdata (every operator function, itemgetter, attrgetter, methodcaller and their reprs, _compare_digest, the errors) under every strategy in
// checked mode and on python3.
func TestOperator(t *testing.T) { difftest.RunFiles(t, "testdata", "operator_*.py") }
