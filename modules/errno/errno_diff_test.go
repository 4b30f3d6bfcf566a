package errno_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

func TestErrno(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("names", "!import errno",
			"sorted((n, v) for n, v in vars(errno).items() if n.startswith('E'))",
			"sorted(errno.errorcode.items())",
			"errno.ENOENT", "errno.EWOULDBLOCK == errno.EAGAIN", "errno.errorcode[errno.EPIPE]",
			"OSError(errno.ENOSPC, 'x').__class__.__name__"),
	})
}
