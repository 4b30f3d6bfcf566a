package structmod

import (
	"encoding/binary"
	"math"

	"github.com/rcvm/rcvm/core"
)

// Unpacking: one object per item.

// getUint reads len(src) bytes as an unsigned value in the layout's order.
func (l *layout) getUint(src []byte) uint64 {
	var u uint64
	if l.order == orderBig {
		for _, b := range src {
			u = u<<8 | uint64(b)
		}
		return u
	}
	for i := len(src) - 1; i >= 0; i-- {
		u = u<<8 | uint64(src[i])
	}
	return u
}

// unpack returns the object for one item of code c.
func (l *layout) unpack(t *core.Thread, src []byte, c byte) *core.Object {
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		u := l.getUint(src)
		shift := 64 - 8*uint(len(src))
		return t.NewInt(int64(u<<shift) >> shift)
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return t.NewUint64(l.getUint(src))
	case '?':
		return t.NewRef(core.Bool(src[0] != 0))
	case 'c':
		return t.NewBytesCopy(src)
	case 'e':
		return t.NewFloat(unpackHalf(uint16(l.getUint(src))))
	case 'f':
		return t.NewFloat(float64(math.Float32frombits(uint32(l.getUint(src)))))
	case 'd':
		if l.order == orderBig {
			return t.NewFloat(math.Float64frombits(binary.BigEndian.Uint64(src)))
		}
		return t.NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(src)))
	}
	panic("structmod: unpack of code " + string(c))
}

// unpackAll returns the tuple of the items in src (len(src) == l.size).
func (l *layout) unpackAll(t *core.Thread, src []byte) *core.Object {
	tup := t.NewTuple(int(l.items))
	k := 0
	for _, g := range l.groups {
		switch g.c {
		case 's':
			tup.Items[k] = t.NewBytesCopy(src[g.off : g.off+g.size])
			k++
			continue
		case 'p':
			s := src[g.off : g.off+g.size]
			if len(s) == 0 {
				// CPython asks for a string of length -1.
				t.DecrefAll(tup.Items[:k])
				clear(tup.Items)
				t.Decref(&tup.Object)
				return t.RaiseMsg(&core.SystemErrorType, "Negative size passed to PyBytes_FromStringAndSize")
			}
			n := min(int(s[0]), len(s)-1)
			tup.Items[k] = t.NewBytesCopy(s[1 : 1+n])
			k++
			continue
		}
		off := g.off
		for r := int64(0); r < g.repeat; r++ {
			tup.Items[k] = l.unpack(t, src[off:off+g.size], g.c)
			off += g.size
			k++
		}
	}
	return &tup.Object
}
