package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestFinalizers runs __del__ under every strategy in checked mode against
// CPython: an exception in a finalizer is printed as "Exception ignored
// in" (the last stderr line is compared), resurrection keeps the object
// alive without a second finalization, and a finalizer can run on a
// thread other than the one that created the object (not under brc: an
// object another thread drops is queued to its owner, which finalizes it
// when it merges, later than CPython would).
func TestFinalizers(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		{Name: "raises", Src: `
class E:
    def __del__(self):
        raise ValueError("in finalizer")
e = E()
del e
print("continues")
`},
		{Name: "raises while handling", Src: `
class E:
    def __del__(self):
        print("finalizing")
        1 / 0
try:
    try:
        raise KeyError("outer")
    finally:
        E()
except KeyError as k:
    print("outer survives", repr(k))
`},
		{Name: "resurrect", Src: `
saved = []
class R:
    n = 0
    def __del__(self):
        R.n += 1
        saved.append(self)
r = R()
del r
print(R.n, len(saved))
saved.pop()
print(R.n, len(saved))
`},
		{Name: "other thread", Src: `
import _thread, time
class T:
    def __del__(self):
        print("finalized on", "main" if _thread.get_ident() == main else "other")
main = _thread.get_ident()
box = [T()]
done = _thread.allocate_lock()
done.acquire()
def worker():
    box.pop()
    done.release()
_thread.start_new_thread(worker, ())
done.acquire()
print("joined")
`, Strategies: []string{"gil", "mutex", "atomic", "unsafe"}},
		{Name: "nested", Src: `
class Node:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def __del__(self):
        print("del", self.name, self.child is not None)
n = Node("outer", Node("inner"))
n = None
print("end")
`},
	})
}
