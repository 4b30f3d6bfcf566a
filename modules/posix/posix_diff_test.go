package posix_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// setup makes a small tree beside the program (each case runs in its own
// directory): d/ with file f (5 bytes), subdirectory s and link l -> f.
const setup = `!import posix
!base = __file__.rsplit('/', 1)[0]
!d = base + '/d'
!posix.mkdir(d)
!fd = posix.open(d + '/f', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
!posix.write(fd, b'hello')
!posix.close(fd)
!posix.mkdir(d + '/s')
!posix.symlink('f', d + '/l')`

func TestPosix(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("stat", setup,
			"!st = posix.stat(d + '/f')",
			"st.st_size", "oct(st.st_mode)", "len(st)", "st[6]", "st[7] == int(st.st_atime)",
			"type(st.st_mtime).__name__", "st.st_mtime_ns // 10**9 == st[8]", "type(st).__name__", "type(st).__module__",
			"posix.stat_result.n_fields", "posix.stat_result.n_sequence_fields", "posix.stat_result.n_unnamed_fields",
			"posix.lstat(d + '/l').st_mode & 0o170000 == 0o120000", "posix.stat(d + '/l').st_size",
			"posix.stat(d + '/l', follow_symlinks=False).st_size == posix.lstat(d + '/l').st_size",
			"posix.stat(d + '/nope')", "posix.stat(b'/nonexistent-rcvm')", "posix.stat(3.5)", "posix.stat('a\\0b')",
			"posix.lstat(3)", "posix.stat()", "posix.stat(d, dir_fd='x')",
			"!fd = posix.open(d + '/f', posix.O_RDONLY)",
			"posix.fstat(fd).st_size", "posix.stat(fd).st_size",
			"!posix.close(fd)", "posix.fstat(fd)",
			"posix.stat_result((1,) * 10)", "posix.stat_result((1,) * 9)"),
		difftest.Exprs("dirs", setup,
			"sorted(posix.listdir(d))", "sorted(posix.listdir(d.encode()))", "posix.listdir(d + '/f')", "posix.listdir(d + '/x')",
			"posix.mkdir(d + '/s')", "posix.rmdir(d + '/x')", "posix.rmdir(d + '/f')",
			"posix.mkdir(d + '/t', 0o700)", "oct(posix.stat(d + '/t').st_mode & 0o777)", "posix.rmdir(d + '/t')",
			"posix.rename(d + '/zz', d + '/yy')", "posix.rename(d + '/f', b'x')",
			"posix.rename(d + '/f', d + '/g')", "sorted(posix.listdir(d))", "posix.replace(d + '/g', d + '/f')",
			"posix.unlink(d + '/nope')", "posix.remove(d + '/s')", "posix.readlink(d + '/l')", "posix.readlink(d.encode() + b'/l')",
			"posix.readlink(d + '/f')", "posix.access(d + '/f', posix.R_OK)", "posix.access(d + '/nope', posix.F_OK)",
			"posix.chmod(d + '/f', 0o600)", "oct(posix.stat(d + '/f').st_mode)",
			"posix.utime(d + '/f', (1, 2.5))", "posix.stat(d + '/f').st_mtime", "posix.stat(d + '/f').st_atime_ns",
			"posix.utime(d + '/f', ns=(10**9, 3 * 10**9 + 7))", "posix.stat(d + '/f').st_mtime_ns",
			"posix.utime(d + '/f', (1, 2), ns=(1, 2))", "posix.utime(d + '/f', 5)",
			"posix.truncate(d + '/f', 2)", "posix.stat(d + '/f').st_size",
			"posix.link(d + '/f', d + '/h')", "posix.stat(d + '/h').st_nlink", "posix.symlink('f', d + '/l')",
			"type(posix.getcwd()).__name__", "type(posix.getcwdb()).__name__"),
		difftest.Exprs("scandir", setup,
			"sorted((e.name, e.path == d + '/' + e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in posix.scandir(d))",
			"sorted((e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.stat().st_size if e.name != 's' else 0) for e in posix.scandir(d))",
			"sorted(e.path for e in posix.scandir(d + '/'))", "sorted(e.name for e in posix.scandir(d.encode()))",
			"[repr(e) for e in posix.scandir(d) if e.name == 'f']", "[posix.fspath(e) == e.path for e in posix.scandir(d)]",
			"[e.inode() == posix.lstat(e.path).st_ino for e in posix.scandir(d)]",
			"[e.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000 for e in posix.scandir(d) if e.name == 'l']",
			"type(posix.scandir(d)).__name__", "posix.scandir(d + '/x')", "posix.DirEntry()",
			"!with posix.scandir(d) as it: n = len(list(it))", "n",
			"!it = posix.scandir(d)", "it.close()", "list(it)",
			"!e = next(iter(posix.scandir(d)))", "e.name = 'x'", "e.is_dir(1)"),
		difftest.Exprs("fds", setup,
			"!fd = posix.open(d + '/f', posix.O_RDWR)",
			"posix.read(fd, 2)", "posix.lseek(fd, 0, 2)", "posix.write(fd, b'!!')", "posix.lseek(fd, 0, 0)", "posix.read(fd, 100)",
			"posix.read(fd, -1)", "posix.write(fd, 'str')", "posix.write(fd, bytearray(b'ab'))", "posix.write(fd, memoryview(b'cd'))",
			"posix.ftruncate(fd, 3)", "posix.fstat(fd).st_size", "posix.fsync(fd)", "posix.isatty(fd)", "posix.get_inheritable(fd)",
			"posix.get_blocking(fd)", "posix.device_encoding(fd)",
			"!fd2 = posix.dup(fd)", "fd2 != fd", "posix.get_inheritable(fd2)", "posix.close(fd2)",
			"posix.dup2(fd, fd)", "posix.close(fd)", "posix.read(fd, 1)", "posix.close(fd)", "posix.lseek(fd, 0, 0)",
			"posix.open(d + '/nope', posix.O_RDONLY)", "posix.open(d + '/f', posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)",
			"posix.open(d, posix.O_WRONLY)", "posix.read(1.5, 1)", "posix.read('x', 1)",
			"!r, w = posix.pipe()", "posix.write(w, b'xyz')", "posix.read(r, 2)", "posix.read(r, 2)", "posix.close(w)", "posix.read(r, 2)", "posix.close(r)"),
		difftest.Exprs("misc", "!import posix",
			"posix.strerror(2)", "posix.strerror(28)", "posix.strerror(32)", "posix.strerror(99999)", "posix.strerror(-1)",
			"posix.fspath('a')", "posix.fspath(b'a')", "posix.fspath(1)", "posix.fspath(None)",
			"!class P:\n    def __fspath__(self): return 'p'", "posix.fspath(P())",
			"!class Q:\n    def __fspath__(self): return 1", "posix.fspath(Q())", "posix.stat(Q())",
			"len(posix.urandom(16))", "posix.urandom(0)", "posix.urandom(-1)",
			"posix.getpid() > 0", "posix.getppid() > 0", "posix.cpu_count() > 0",
			"posix.getuid() == posix.geteuid()", "type(posix.umask(0o22)).__name__",
			"posix.uname().sysname", "len(posix.uname())", "type(posix.uname()).__name__",
			"len(posix.times())", "type(posix.times().user).__name__", "type(posix.times()).__name__",
			"type(posix.environ).__name__", "all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items())",
			"posix.putenv('RCVM_TEST_X', 'v')", "posix.putenv('', 'v')", "posix.putenv('a=b', 'v')", "posix.putenv('a', 'v\\0')",
			"posix.unsetenv('RCVM_TEST_X')", "posix.unsetenv('a=')", "posix.putenv(1, 'v')",
			"posix.O_RDONLY", "posix.O_WRONLY", "posix.O_RDWR", "posix.O_CREAT", "posix.O_EXCL", "posix.O_TRUNC", "posix.O_APPEND",
			"posix.O_CLOEXEC", "posix.O_DIRECTORY", "posix.O_NOFOLLOW", "posix.O_NONBLOCK",
			"(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)", "posix.WNOHANG", "posix.EX_OK", "posix.EX_USAGE",
			"posix.error", "posix.waitstatus_to_exitcode(256)", "posix.waitstatus_to_exitcode(9)",
			"posix.WIFEXITED(256)", "posix.WEXITSTATUS(256)", "posix.WIFSIGNALED(9)", "posix.WTERMSIG(9)",
			"posix.kill(posix.getpid(), 0)",
			"posix.get_terminal_size(99)", "posix.terminal_size((80, 24))", "posix.terminal_size((80, 24)).columns",
			"'HAVE_FSTATAT' in posix._have_functions", "type(posix._have_functions).__name__"),
	})
}
