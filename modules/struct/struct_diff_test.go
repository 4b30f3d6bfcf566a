package structmod_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestStruct runs the programs of testdata under every strategy in checked
// mode and on python3: every code in every byte order (packing, unpacking,
// native alignment, half floats rounded as CPython rounds them), the
// range and type errors of each code and order, pack_into/unpack_from
// offsets, iter_unpack, Struct, the format cache, and huge sizes.
func TestStruct(t *testing.T) { difftest.RunFiles(t, "testdata", "struct_*.py") }
