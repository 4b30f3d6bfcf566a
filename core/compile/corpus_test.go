package compile

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/syntax"
	"github.com/stretchr/testify/require"
)

// TestCorpus compiles the programs the corpus helper writes: the
// conformance programs and workloads must compile, the refused ones must be
// refused naming their feature, and the syntax-error ones must fail.
func TestCorpus(t *testing.T) {
	files := corpus(t)
	if len(files) == 0 {
		t.Skip("no corpus in this checkout")
	}
	for path, src := range files {
		dir := filepath.Base(filepath.Dir(path))
		base := filepath.Base(path)
		t.Run(dir+"/"+base, func(t *testing.T) {
			_, err := File(path, src)
			switch {
			case dir == "refused":
				require.Error(t, err)
				keyword := strings.SplitN(base, "_", 2)[0]
				msg := err.(*syntax.Error).Msg
				require.Contains(t, msg, "not supported")
				require.Contains(t, msg, keyword)
			case dir == "errors" && strings.HasPrefix(base, "syntax_"):
				require.Error(t, err)
				require.IsType(t, &syntax.Error{}, err)
			default:
				require.NoError(t, err)
			}
		})
	}
}
