package selectmod_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

func TestSelect(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("select", "!import select, posix", "!r, w = posix.pipe()",
			"!def n(x): return [[{r: 'r', w: 'w'}.get(f, f) for f in l] for l in x]",
			"!def q(x): return sorted(({r: 'r', w: 'w'}[fd], ev) for fd, ev in x)",
			"n(select.select([r], [w], [], 0))", "posix.write(w, b'x')", "n(select.select([r], [], [], 0.01))",
			"!class F:\n    def __init__(self, fd): self.fd = fd\n    def fileno(self): return self.fd",
			"[len(x) for x in select.select([F(r)], [F(w)], [F(r)], None)]",
			"select.select([], [], [], -1)", "select.select([object()], [], [])", "select.select(1, [], [])",
			"select.select([-1], [], [], 0)", "select.select([5000], [], [], 0)", "select.select([], [], [], 'x')",
			"!p = select.poll()", "p.register(r)", "p.register(w, select.POLLOUT)", "q(p.poll(0))",
			"p.modify(w, select.POLLIN)", "q(p.poll(0))", "p.unregister(w)",
			"!try:\n    p.unregister(w)\nexcept KeyError as e:\n    print('KeyError', e.args[0] == w)", "p.modify(w, 1)",
			"p.poll('x')", "type(p).__name__", "select.error", "select.PIPE_BUF",
			"(select.POLLIN, select.POLLOUT, select.POLLPRI, select.POLLERR, select.POLLHUP, select.POLLNVAL)",
			"posix.close(r)", "posix.close(w)"),
	})
}
