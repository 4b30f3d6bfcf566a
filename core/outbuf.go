package core

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/term"
)

// The VM's output buffers for sys.stdout and sys.stderr, with CPython's
// handling of write errors (a full disk, a closed pipe): the error is
// raised as OSError where the write happens, and a flush that fails at exit
// is reported as "Exception ignored" with exit status 120.

// stdoutBufferSize is the buffer of a non-interactive stdout: CPython's
// io.DEFAULT_BUFFER_SIZE.
const stdoutBufferSize = 8192

// lockedWriter is a buffered writer that threads share.
type lockedWriter struct {
	mu   sync.Mutex
	w    io.Writer
	buf  []byte
	size int
	// lineBuffered flushes at every newline, as CPython's stdout on a
	// terminal is.
	lineBuffered bool
}

func newLockedWriter(w io.Writer, size int) *lockedWriter {
	l := &lockedWriter{w: w, size: size, buf: make([]byte, 0, size)}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		l.lineBuffered = true
	}
	return l
}

// WriteString buffers s, writing the buffer out once it is full. When that
// write fails the buffered data is dropped (as CPython's BufferedWriter
// drops what overflows it) and the error is returned.
func (l *lockedWriter) WriteString(s string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, s...)
	if len(l.buf) < l.size && !(l.lineBuffered && strings.IndexByte(s, '\n') >= 0) {
		return nil
	}
	err := l.flushLocked()
	if err != nil {
		l.buf = l.buf[:0]
	}
	return err
}

// Flush writes the buffer out. What could not be written stays buffered,
// so that a later flush (at exit) fails again, as CPython's does.
func (l *lockedWriter) Flush() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flushLocked()
}

func (l *lockedWriter) flushLocked() error {
	for len(l.buf) > 0 {
		n, err := l.w.Write(l.buf)
		rest := copy(l.buf, l.buf[n:])
		l.buf = l.buf[:rest]
		if err != nil {
			return err
		}
		if n == 0 {
			return io.ErrShortWrite
		}
	}
	return nil
}

// raiseWriteError raises the OSError for a failed write to the VM's
// output, without a file name (the Go error names /dev/stdout; CPython's
// does not), and returns nil.
func (t *Thread) raiseWriteError(err error) *Object {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return t.RaiseErrnoFilenames(int(errno), nil, nil)
	}
	return t.RaiseMsg(&OSErrorType, "%s", err.Error())
}

// flushStdoutAtExit flushes stdout at the end of the program, as CPython's
// flush_std_files: a failure is reported as an ignored exception on stderr
// and makes the exit status 120.
func (vm *VM) flushStdoutAtExit(t *Thread, exit int) int {
	err := vm.out.Flush()
	if err == nil {
		return exit
	}
	var errno syscall.Errno
	line := "OSError: " + err.Error()
	if errors.As(err, &errno) {
		line = OSErrorClass(int(errno)).Name + ": [Errno " + strconv.Itoa(int(errno)) + "] " + Strerror(int(errno))
	}
	vm.errw.WriteString("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n" + line + "\n")
	vm.errw.Flush()
	return 120
}
