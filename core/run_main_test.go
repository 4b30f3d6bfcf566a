package core

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runProgram runs p in checked mode and returns stdout, stderr and the
// result.
func runProgram(t *testing.T, p Program) (string, string, Result, error) {
	t.Helper()
	numbersStrategyOnce.Do(func() {
		Register(StrategyInfo{Name: "numbers-test", Description: "plain counting for unit tests", Strategy: numbersPlainStrategy{}})
	})
	var out, errb bytes.Buffer
	vm, err := NewVM(Config{Strategy: "numbers-test", Stdout: &out, Stderr: &errb, Checked: true})
	require.NoError(t, err)
	res, err := vm.Run(p)
	return out.String(), errb.String(), res, err
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	return dir
}

// TestRunForms runs a program in each of the command line's forms and
// checks what CPython 3.11 shows for each (recorded by hand: sys.argv,
// sys.path[0], __file__, __spec__, __package__), and that nothing leaks.
func TestRunForms(t *testing.T) {
	show := "import sys\nprint(sys.argv[1:], sys.path[0] == '' or sys.path[0].endswith(('app', 'forms')), " +
		"__name__, __package__, __spec__ and __spec__.name, __file__.rsplit('/', 2)[-2:] if __file__[0] == '/' else __file__)\n"
	dir := writeFiles(t, map[string]string{
		"forms/app/__main__.py":     show,
		"forms/pk/__init__.py":      "",
		"forms/pk/__main__.py":      show,
		"forms/pk/mod.py":           show,
		"forms/script.py":           show,
		"forms/empty/placeholder.x": "",
	})
	forms := filepath.Join(dir, "forms")
	wd, _ := os.Getwd()
	require.NoError(t, os.Chdir(forms))
	defer os.Chdir(wd)
	tests := []struct {
		name string
		p    Program
		want string
	}{
		{"file", Program{Path: "script.py", Args: []string{"script.py", "a"}}, "['a'] True __main__ None None ['forms', 'script.py']\n"},
		{"directory", Program{Path: "app", Args: []string{"app", "b"}}, "['b'] True __main__  __main__ ['app', '__main__.py']\n"},
		{"package -m", Program{Module: "pk", Args: []string{"-m", "c"}}, "['c'] True __main__ pk pk.__main__ ['pk', '__main__.py']\n"},
		{"module -m", Program{Module: "pk.mod", Args: []string{"-m"}}, "[] True __main__ pk pk.mod ['pk', 'mod.py']\n"},
		{"stdin", Program{Source: []byte(show), Filename: "<stdin>", Args: []string{"-", "d"}}, "['d'] True __main__ None None <stdin>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, res, err := runProgram(t, tt.p)
			require.NoError(t, err)
			assert.Equal(t, tt.want, out)
			assert.Empty(t, errs)
			assert.Zero(t, res.ExitCode)
			assert.Zero(t, res.Stats.Leaked, "leaked")
		})
	}
	failures := []struct {
		name string
		p    Program
		want string
	}{
		{"directory without __main__", Program{Path: "empty", Args: []string{"empty"}}, "can't find '__main__' module in '" + filepath.Join(forms, "empty") + "'\n"},
		{"-m of a missing module", Program{Module: "nosuch", Args: []string{"-m"}}, "No module named nosuch\n"},
		{"-m of a package without __main__", Program{Module: "app.x", Args: []string{"-m"}}, "No module named app.x\n"},
		{"syntax error", Program{Source: []byte("x = (\n"), Filename: "<string>", Args: []string{"-c"}}, "SyntaxError: '(' was never closed\n"},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, res, err := runProgram(t, tt.p)
			require.NoError(t, err)
			assert.Equal(t, 1, res.ExitCode)
			assert.True(t, strings.HasSuffix(errs, tt.want), "stderr: %q", errs)
			// Issue 8 item 17: a run that stops at a SyntaxError used to skip
			// the shutdown and report the builtins as leaked.
			assert.Zero(t, res.Stats.Leaked, "leaked")
		})
	}
	_, _, _, err := runProgram(t, Program{Path: "missing.py", Args: []string{"missing.py"}})
	var oe *OpenError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, filepath.Join(forms, "missing.py"), oe.Path)
}
