package string_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestString runs the programs of testdata (formatter_parser on fixed and generated format strings, formatter_field_name_split) under every strategy in
// checked mode and on python3.
func TestString(t *testing.T) { difftest.RunFiles(t, "testdata", "string_*.py") }
