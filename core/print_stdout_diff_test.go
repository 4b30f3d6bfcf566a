package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// print writes to whatever sys.stdout is when it is called: a replacement
// object captures the output, None swallows it, a missing one is an error.
func TestPrintFollowsSysStdout(t *testing.T) {
	difftest.Run(t, []difftest.Case{{Name: "replaced", Src: `import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
w = W()
old = sys.stdout
sys.stdout = w
print('a', 1, sep='-')
print('b', flush=True)
sys.stdout = None
print('lost')
sys.stdout = old
print(w.parts)
del sys.stdout
try:
    print('y')
except RuntimeError as e:
    sys.stdout = old
    print(e)
`}})
}
