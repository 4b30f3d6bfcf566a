package io_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/internal/difftest"
)

// StringIO and BytesIO against CPython's: reading, lines, seeking past
// the end, truncation, newline translation, context managers,
// subclassing, and the errors.
func TestMemoryStreams(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		{Name: "streams", Src: `import _io
s = _io.StringIO('héllo\nworld\n')
print(s.read(3), s.tell(), s.readline(), s.readlines(), s.read(), s.getvalue())
s.seek(0); print(list(s)); s.seek(0, 2); print(s.write('x\ny'), s.getvalue(), s.tell())
s.seek(20); s.write('!'); print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
u = _io.StringIO('a\r\nb\rc\n', newline=None); print(repr(u.getvalue()), u.newlines, u.readlines())
e = _io.StringIO('a\r\nb\rc\n', newline=''); print(e.readlines())
r = _io.StringIO(newline='\r\n'); r.write('a\nb\n'); print(repr(r.getvalue()), r.readline(), r.seek(0), r.readlines())
with _io.StringIO('q') as w: print(w.closed, w.readable(), w.writable(), w.seekable(), w.isatty(), w.line_buffering, w.newlines)
print(w.closed)
b = _io.BytesIO(b'ab\ncd\nef')
print(b.read(1), b.readline(), b.readlines(), b.read(), b.tell(), b.getvalue())
b.seek(0); print(list(b), b.seek(-2, 2), b.read1(), b.read1(5))
b.seek(10); b.write(b'z'); print(b.getvalue(), b.truncate(4), b.getvalue())
ba = bytearray(3); b.seek(0); print(b.readinto(ba), ba)
b.writelines([b'1', bytearray(b'2')]); print(b.getvalue())
with _io.BytesIO() as c: c.write(memoryview(b'mv')); print(c.getvalue())
print(c.closed)
class S(_io.StringIO):
    def extra(self): return self.getvalue().upper()
print(S('sub').extra(), isinstance(S(), _io._TextIOBase), _io.BytesIO.__mro__, _io.DEFAULT_BUFFER_SIZE)
for f in [lambda: w.read(), lambda: c.read(), lambda: _io.StringIO().read('x'), lambda: _io.StringIO(5), lambda: _io.StringIO('a', 'x'), lambda: _io.StringIO().seek(-1), lambda: _io.StringIO().seek(1,1), lambda: _io.StringIO().seek(0,3), lambda: _io.StringIO().truncate(-1), lambda: _io.StringIO().write(1), lambda: _io.BytesIO().write('s'), lambda: _io.BytesIO(1), lambda: _io.BytesIO().seek(-1), lambda: _io.BytesIO().seek(0, 3), lambda: _io.BytesIO().truncate(-1), lambda: _io.BytesIO().read('x'), lambda: _io.text_encoding(None), lambda: _io.BytesIO().readline(None), lambda: next(_io.StringIO()), lambda: issubclass(_io.UnsupportedOperation, OSError)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
`},
		{Name: "threads", Src: "import _io, threading\ns, b = _io.StringIO(), _io.BytesIO()\n" +
			"def work():\n    for i in range(2000):\n        s.write('x'); b.write(b'y'); s.tell(); b.getvalue()\n" +
			"ts = [threading.Thread(target=work) for _ in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n" +
			"print(len(s.getvalue()), len(b.getvalue()), s.getvalue() == 'x' * 8000)\n",
			// unsafe loses counts on purpose when threads share objects.
			Strategies: []string{"gil", "mutex", "atomic", "brc"}},
		difftest.Exprs("mro", "!import _io", "[c.__name__ for c in _io.StringIO.__mro__]",
			"[c.__name__ for c in _io.BytesIO.__mro__]", "_io.DEFAULT_BUFFER_SIZE"),
	})
}

// What _io does not implement yet is refused, naming the feature, never
// half done.
func TestRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prog.py")
	src := "import _io\nfor f in [lambda: _io.FileIO('x'), lambda: _io.TextIOWrapper(None), lambda: _io.open('x'), lambda: _io.BytesIO().getbuffer()]:\n" +
		"    try:\n        f()\n    except TypeError as e:\n        print(e)\n"
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	r := difftest.RunRcvm(t, "gil", path, nil)
	assert.Equal(t, "_io.FileIO is not supported by rcvm\n_io.TextIOWrapper is not supported by rcvm\n"+
		"_io.open() is not supported by rcvm\nBytesIO.getbuffer() is not supported by rcvm\n", r.Stdout)
	assert.Zero(t, r.Stats.Leaked)
}
