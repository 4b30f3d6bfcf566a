package itertools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// product, permutations, combinations and combinations_with_replacement.
// Each keeps its pool(s) as Go slices of references and its position as
// indices, and builds a new tuple for every result.

type combinatoric struct {
	core.Object
	lk      core.ContainerLock
	pools   [][]*core.Object // product: one per argument (repeated); others: one
	indices []int
	cycles  []int // permutations
	r       int
	started bool
	stopped bool
}

var (
	combinationsSig = core.NewTupleSignature("combinations", "iterable", "r")
	cwrSig          = core.NewTupleSignature("combinations_with_replacement", "iterable", "r")
	permutationsSig = core.NewTupleSignature("permutations", "iterable", "r=")
)

func init() {
	clear := func(t *core.Thread, o *core.Object) {
		c := (*combinatoric)(unsafe.Pointer(o))
		pools := c.pools
		c.pools = nil
		// product's repeated pools share their slices, but each entry
		// holds its own reference (productNew takes them).
		for _, p := range pools {
			t.DecrefAll(p)
		}
	}
	mk := func(name, doc string, newFn newFunc, next func(*core.Thread, *core.Object) *core.Object) *core.Type {
		return newIterType[combinatoric](core.TypeSpec{
			Name: "itertools." + name, Doc: doc,
			Slots: core.Slots{New: newFn, Next: next},
			Clear: clear,
		})
	}
	mk("product", "Cartesian product of input iterables.  Equivalent to nested for-loops.", productNew, productNext)
	mk("permutations", "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)", permutationsNew, permutationsNext)
	mk("combinations", "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)", combNew(combinationsSig), combinationsNext)
	mk("combinations_with_replacement", "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')", combNew(cwrSig), cwrNext)
}

// tuple builds the result tuple from pool items chosen by idx.
func (c *combinatoric) tuple(t *core.Thread, pick func(i int) *core.Object) *core.Object {
	items := make([]*core.Object, c.r)
	for i := range items {
		items[i] = t.NewRef(pick(i))
	}
	return t.TupleOwned(items...)
}

// next returns the iterator's next tuple, under its lock: advance moves
// the indices on (on every call but the first) and reports false when
// there are no more results; pick chooses the item at each position.
func (c *combinatoric) next(t *core.Thread, advance func() bool, pick func(i int) *core.Object) *core.Object {
	c.lk.Lock(t)
	defer c.lk.Unlock(t)
	if c.stopped {
		return nil
	}
	if c.started && !advance() {
		c.stopped = true
		return nil
	}
	c.started = true
	return c.tuple(t, pick)
}

// fromPool picks the items of a one-pool iterator by its indices.
func (c *combinatoric) fromPool(i int) *core.Object { return c.pools[0][c.indices[i]] }

func productNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	pos, kwv := core.Positional(args, kwnames)
	repeat := int64(1)
	for i, k := range kwnames {
		if k.S != "repeat" {
			return t.RaiseMsg(&core.TypeErrorType, "'%s' is an invalid keyword argument for product()", k.S)
		}
		n, ok := t.AsInt64(kwv[i])
		if !ok {
			return nil
		}
		repeat = n
	}
	if repeat < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "repeat argument cannot be negative")
	}
	if len(pos) > 0 && repeat > int64(^uint(0)>>1)/int64(len(pos)) {
		return t.RaiseMsg(&core.OverflowErrorType, "repeat argument too large")
	}
	base := make([][]*core.Object, len(pos))
	for i, a := range pos {
		items, ok := t.Collect(a)
		if !ok {
			for _, b := range base[:i] {
				t.DecrefAll(b)
			}
			return nil
		}
		base[i] = items
	}
	pools := make([][]*core.Object, 0, len(pos)*int(repeat))
	for r := int64(0); r < repeat; r++ {
		pools = append(pools, base...)
	}
	if repeat == 0 {
		for _, b := range base {
			t.DecrefAll(b)
		}
	} else {
		// Each base pool is referenced repeat times: take the extra
		// references so that Clear can release every entry.
		for r := int64(1); r < repeat; r++ {
			for _, b := range base {
				for _, x := range b {
					t.Incref(x)
				}
			}
		}
	}
	c := core.Alloc[combinatoric](t, cls)
	c.pools, c.r = pools, len(pools)
	c.indices = make([]int, len(pools))
	for _, p := range pools {
		c.stopped = c.stopped || len(p) == 0
	}
	return &c.Object
}

func productNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*combinatoric)(unsafe.Pointer(o))
	advance := func() bool {
		for i := len(c.pools) - 1; i >= 0; i-- {
			c.indices[i]++
			if c.indices[i] < len(c.pools[i]) {
				return true
			}
			c.indices[i] = 0
		}
		return false
	}
	return c.next(t, advance, func(i int) *core.Object { return c.pools[i][c.indices[i]] })
}

func onePool(t *core.Thread, cls *core.Type, iterable *core.Object, r int) *core.Object {
	items, ok := t.Collect(iterable)
	if !ok {
		return nil
	}
	c := core.Alloc[combinatoric](t, cls)
	c.pools, c.r = [][]*core.Object{items}, r
	return &c.Object
}

func combNew(sig *core.Signature) newFunc {
	return func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
		var iterable, robj *core.Object
		if !sig.Parse(t, args, kwnames, &iterable, &robj) {
			return nil
		}
		r, ok := t.AsInt64(robj)
		if !ok {
			return nil
		}
		if r < 0 {
			return t.RaiseMsg(&core.ValueErrorType, "r must be non-negative")
		}
		o := onePool(t, cls, iterable, int(r))
		if o == nil {
			return nil
		}
		c := (*combinatoric)(unsafe.Pointer(o))
		n := len(c.pools[0])
		c.indices = make([]int, r)
		if sig == combinationsSig {
			for i := range c.indices {
				c.indices[i] = i
			}
			c.stopped = int(r) > n
		} else {
			c.stopped = n == 0 && r > 0
		}
		return o
	}
}

func combinationsNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*combinatoric)(unsafe.Pointer(o))
	advance := func() bool {
		n, r := len(c.pools[0]), c.r
		i := r - 1
		for i >= 0 && c.indices[i] == i+n-r {
			i--
		}
		if i < 0 {
			return false
		}
		c.indices[i]++
		for j := i + 1; j < r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
		return true
	}
	return c.next(t, advance, c.fromPool)
}

func cwrNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*combinatoric)(unsafe.Pointer(o))
	advance := func() bool {
		n, r := len(c.pools[0]), c.r
		i := r - 1
		for i >= 0 && c.indices[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		idx := c.indices[i] + 1
		for j := i; j < r; j++ {
			c.indices[j] = idx
		}
		return true
	}
	return c.next(t, advance, c.fromPool)
}

func permutationsNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var iterable, robj *core.Object
	if !permutationsSig.Parse(t, args, kwnames, &iterable, &robj) {
		return nil
	}
	r := int64(-1)
	if robj != nil && robj != core.None {
		if !core.IsInt(robj) {
			return t.RaiseMsg(&core.TypeErrorType, "Expected int as r")
		}
		var ok bool
		if r, ok = t.AsInt64(robj); !ok {
			return nil
		}
		if r < 0 {
			return t.RaiseMsg(&core.ValueErrorType, "r must be non-negative")
		}
	}
	o := onePool(t, cls, iterable, 0)
	if o == nil {
		return nil
	}
	c := (*combinatoric)(unsafe.Pointer(o))
	n := len(c.pools[0])
	if r < 0 {
		r = int64(n)
	}
	c.r = int(r)
	c.indices = make([]int, n)
	for i := range c.indices {
		c.indices[i] = i
	}
	c.cycles = make([]int, min(int(r), n))
	for i := range c.cycles {
		c.cycles[i] = n - i
	}
	c.stopped = int(r) > n
	return o
}

func permutationsNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*combinatoric)(unsafe.Pointer(o))
	advance := func() bool {
		n, r := len(c.pools[0]), c.r
		if n == 0 {
			return false
		}
		for i := r - 1; i >= 0; i-- {
			c.cycles[i]--
			if c.cycles[i] != 0 {
				j := c.cycles[i]
				c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
				return true
			}
			// Rotate indices[i:] left by one.
			first := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = first
			c.cycles[i] = n - i
		}
		return false
	}
	return c.next(t, advance, c.fromPool)
}
