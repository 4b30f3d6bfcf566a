package command

import (
	"flag"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
)

// TestSplitRunArgs: rcvm's own flags end where the program starts, and
// the program's arguments are never taken for rcvm's.
func TestSplitRunArgs(t *testing.T) {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.String("strategy", "gil", "")
	fs.Bool("checked", false, "")
	fs.Duration("switch-interval", time.Millisecond, "")
	tests := []struct {
		args       []string
		own, progs []string
	}{
		{[]string{"prog.py", "-checked"}, nil, []string{"prog.py", "-checked"}},
		{[]string{"-checked", "-strategy", "brc", "prog.py", "x"}, []string{"-checked", "-strategy", "brc"}, []string{"prog.py", "x"}},
		{[]string{"-strategy=brc", "-m", "json.tool", "-v"}, []string{"-strategy=brc"}, []string{"-m", "json.tool", "-v"}},
		{[]string{"-c", "print(1)", "-strategy"}, nil, []string{"-c", "print(1)", "-strategy"}},
		{[]string{"-checked", "-", "a"}, []string{"-checked"}, []string{"-", "a"}},
		{[]string{"-checked", "--", "-weird.py"}, []string{"-checked"}, []string{"-weird.py"}},
		{[]string{"-nosuchflag", "prog.py"}, []string{"-nosuchflag"}, []string{"prog.py"}},
	}
	for _, tt := range tests {
		own, rest := splitRunArgs(fs, tt.args)
		if len(own) == 0 {
			own = nil
		}
		assert.Equal(t, tt.own, own, "%q", tt.args)
		assert.Equal(t, tt.progs, rest, "%q", tt.args)
	}
}

// TestRunProgram: the program forms and the sys.argv CPython gives each.
func TestRunProgram(t *testing.T) {
	p, code := runProgram([]string{"-m", "json.tool", "x"})
	assert.Zero(t, code)
	assert.Equal(t, core.Program{Module: "json.tool", Args: []string{"-m", "x"}}, p)
	p, _ = runProgram([]string{"-c", "pass", "y"})
	assert.Equal(t, core.Program{Source: []byte("pass"), Filename: "<string>", Args: []string{"-c", "y"}}, p)
	p, _ = runProgram([]string{"-c=pass"})
	assert.Equal(t, core.Program{Source: []byte("pass"), Filename: "<string>", Args: []string{"-c"}}, p)
	p, _ = runProgram([]string{"dir", "z"})
	assert.Equal(t, core.Program{Path: "dir", Args: []string{"dir", "z"}}, p)
	_, code = runProgram([]string{"-m"})
	assert.Equal(t, 2, code)

	r, w, err := os.Pipe()
	require.NoError(t, err)
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	w.WriteString("print('from stdin')\n")
	w.Close()
	p, code = runProgram([]string{"-", "a"})
	assert.Zero(t, code)
	assert.Equal(t, core.Program{Source: []byte("print('from stdin')\n"), Filename: "<stdin>", Args: []string{"-", "a"}}, p)
}
