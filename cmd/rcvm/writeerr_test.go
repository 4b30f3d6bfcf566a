package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Write errors on stdout (issue 8, items 10 and 11): a full device and a
// closed pipe raise OSError/BrokenPipeError where the write happens, and a
// flush that fails at exit is reported as CPython reports it, with exit
// status 120. The expected results are CPython 3.11's (PYTHONUNBUFFERED
// unset), recorded by hand.
func TestStdoutWriteErrors(t *testing.T) {
	bin := requireRcvm(t)
	const fullMsg = "OSError: [Errno 28] No space left on device"
	const pipeMsg = "BrokenPipeError: [Errno 32] Broken pipe"
	const ignored = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
	cases := []struct {
		name, src, sink string
		code            int
		stderr          []string
	}{
		{"full at exit", "print('hi')\n", "full", 120, []string{ignored, fullMsg}},
		{"full while printing", "for i in range(100000): print('hi', i)\n", "full", 1, []string{fullMsg}},
		{"full on flush", "print('hi', flush=True)\n", "full", 120, []string{fullMsg, ignored, fullMsg}},
		{"full caught", "import sys\ntry:\n    print('hi', flush=True)\nexcept OSError as e:\n    print(type(e).__name__, e.errno, file=sys.stderr)\n", "full", 120, []string{"OSError 28", ignored, fullMsg}},
		{"full sys.stdout.write", "import sys\nsys.stdout.write('x')\nsys.stdout.flush()\n", "full", 120, []string{fullMsg, ignored, fullMsg}},
		{"pipe while printing", "for i in range(1000000): print('hi', i)\n", "pipe", 1, []string{pipeMsg}},
	}
	dir := t.TempDir()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "prog"+string(rune('a'+i))+".py")
			require.NoError(t, os.WriteFile(path, []byte(c.src), 0o644))
			cmd := exec.Command(bin, "run", path)
			cmd.Env = append(os.Environ(), "PYTHONUNBUFFERED=")
			var errb bytes.Buffer
			cmd.Stderr = &errb
			switch c.sink {
			case "full":
				f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
				if err != nil {
					t.Skip("no /dev/full")
				}
				defer f.Close()
				cmd.Stdout = f
				_ = cmd.Run()
			case "pipe":
				out, err := cmd.StdoutPipe()
				require.NoError(t, err)
				require.NoError(t, cmd.Start())
				line, err := bufio.NewReader(out).ReadString('\n')
				require.NoError(t, err)
				assert.Equal(t, "hi 0\n", line)
				out.Close() // as `| head -1` does
				_ = cmd.Wait()
			}
			assert.Equal(t, c.code, cmd.ProcessState.ExitCode(), "stderr:\n%s", errb.String())
			lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
			var tail []string
			for _, l := range lines {
				// The traceback's frames are not compared, only its
				// last line and the lines of the exit report.
				if !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "Traceback") {
					tail = append(tail, l)
				}
			}
			assert.Equal(t, c.stderr, tail)
		})
	}
}
