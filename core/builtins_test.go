package core

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// numbersPlainStrategy is a minimal plan for these tests: plain counting,
// no scheduler (the programs are single-threaded).
type numbersPlainStrategy struct{}

func (numbersPlainStrategy) NewPlan(vm *VM, opts Options) (Plan, error) {
	return Plan{Counting: CountPlain}, nil
}

var numbersStrategyOnce sync.Once

// runNumbersScript runs a program in checked mode and returns what it
// printed on stdout and stderr, and its result.
func runNumbersScript(t testing.TB, src string) (string, string, Result) {
	t.Helper()
	numbersStrategyOnce.Do(func() {
		Register(StrategyInfo{Name: "numbers-test", Description: "plain counting for unit tests", Strategy: numbersPlainStrategy{}})
	})
	var out, errb bytes.Buffer
	vm, err := NewVM(Config{Strategy: "numbers-test", Stdout: &out, Stderr: &errb, Checked: true})
	require.NoError(t, err)
	res, err := vm.RunSource("test.py", []byte(src), []string{"test.py"})
	require.NoError(t, err)
	return out.String(), errb.String(), res
}

func TestNumbersDevScript(t *testing.T) {
	path := os.Getenv("NUMBERS_SCRIPT")
	if path == "" {
		t.Skip("NUMBERS_SCRIPT not set")
	}
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	out, errs, res := runNumbersScript(t, string(src))
	os.Stdout.WriteString(out)
	os.Stderr.WriteString(errs)
	t.Logf("exit=%d leaked=%d uaf=%d neg=%d", res.ExitCode, res.Stats.Leaked, res.Stats.UseAfterFree, res.Stats.NegativeRefcount)
}
