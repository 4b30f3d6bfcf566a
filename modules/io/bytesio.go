package io

import (
	"bytes"

	"github.com/rcvm/rcvm/core"
)

// bytesIO is _io.BytesIO: a growable byte buffer with a position.
type bytesIO struct {
	bufferedIOBase
	lk     core.ContainerLock
	buf    []byte
	pos    int64
	closed bool
}

var bytesIOType *core.Type

var bytesIOSig = core.NewSignature("BytesIO", "initial_bytes=")

func init() {
	makeBases()
	m := func(name string, fn func(t *core.Thread, b *bytesIO, args []*core.Object) *core.Object, min, max int) core.MethodDef {
		return core.MethodDef{Name: name, Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			if !t.ArgsRange(name, args[1:], kwnames, min, max) {
				return nil
			}
			b := ptr[bytesIO](args[0])
			b.lk.Lock(t)
			defer b.lk.Unlock(t)
			if b.closed && name != "close" {
				return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file.")
			}
			return fn(t, b, args[1:])
		}}
	}
	bytesIOType = core.NewType[bytesIO](core.TypeSpec{
		Name: "_io.BytesIO", Base: bufferedIOBaseType, Subclassable: true,
		Doc: "Buffered I/O implementation using an in-memory bytes buffer.",
		Slots: core.Slots{
			New: func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
				return &core.Alloc[bytesIO](t, cls).Object
			},
			Iter: func(t *core.Thread, o *core.Object) *core.Object {
				if ptr[bytesIO](o).closed {
					return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file.")
				}
				return t.NewRef(o)
			},
			Next: func(t *core.Thread, o *core.Object) *core.Object {
				b := ptr[bytesIO](o)
				b.lk.Lock(t)
				defer b.lk.Unlock(t)
				if b.closed {
					return t.RaiseMsg(&core.ValueErrorType, "I/O operation on closed file.")
				}
				line := b.readline(-1)
				if len(line) == 0 {
					return nil
				}
				return t.NewBytesCopy(line)
			},
		},
		Init: func(t *core.Thread, self *core.Object, args []*core.Object, kwnames []*core.Str) bool {
			var init *core.Object
			if !bytesIOSig.Parse(t, args, kwnames, &init) {
				return false
			}
			b := ptr[bytesIO](self)
			b.lk.Lock(t)
			defer b.lk.Unlock(t)
			b.buf, b.pos = nil, 0
			if init != nil && init != core.None {
				data, ok := t.BytesLike(init)
				if !ok {
					t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", init.Type().Name)
					return false
				}
				b.buf = append([]byte(nil), data...)
			}
			return true
		},
		GetSets: []core.GetSetDef{{Name: "closed", Get: func(t *core.Thread, o *core.Object) *core.Object {
			return core.Bool(ptr[bytesIO](o).closed)
		}}},
		Methods: []core.MethodDef{
			m("getvalue", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return t.NewBytesCopy(b.buf) }, 0, 0),
			m("getbuffer", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				return t.RaiseMsg(&core.TypeErrorType, "BytesIO.getbuffer() is not supported by rcvm")
			}, 0, 0),
			m("read", bytesRead, 0, 1), m("read1", bytesRead, 0, 1),
			m("readline", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				n, ok := sizeArg(t, a, 0)
				if !ok {
					return nil
				}
				return t.NewBytesCopy(b.readline(n))
			}, 0, 1),
			m("readlines", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				hint, ok := sizeArg(t, a, 0)
				if !ok {
					return nil
				}
				l := t.NewList(0)
				total := int64(0)
				for {
					line := b.readline(-1)
					if len(line) == 0 {
						break
					}
					o := t.NewBytesCopy(line)
					l.Append(t, o)
					t.Decref(o)
					total += int64(len(line))
					if hint > 0 && total >= hint {
						break
					}
				}
				return &l.Object
			}, 0, 1),
			m("readinto", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				view, ok := t.GetBuffer(a[0], core.BufWritable)
				if !ok {
					return nil
				}
				defer t.ReleaseBuffer(view)
				dst := view.Bytes()
				n := 0
				if b.pos < int64(len(b.buf)) {
					n = copy(dst, b.buf[b.pos:])
				}
				b.pos += int64(n)
				return t.NewInt(int64(n))
			}, 1, 1),
			m("write", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				data, ok := t.BytesLike(a[0])
				if !ok {
					return t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
				}
				b.write(data)
				return t.NewInt(int64(len(data)))
			}, 1, 1),
			m("writelines", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				items, ok := t.Collect(a[0])
				if !ok {
					return nil
				}
				defer t.DecrefAll(items)
				for _, it := range items {
					data, ok := t.BytesLike(it)
					if !ok {
						return t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required, not '%s'", it.Type().Name)
					}
					b.write(data)
				}
				return core.None
			}, 1, 1),
			m("seek", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				pos, ok := t.AsInt64(a[0])
				if !ok {
					return nil
				}
				whence := int64(0)
				if len(a) > 1 {
					if whence, ok = t.AsInt64(a[1]); !ok {
						return nil
					}
				}
				switch whence {
				case 0:
					if pos < 0 {
						return t.RaiseMsg(&core.ValueErrorType, "negative seek value %d", pos)
					}
				case 1:
					pos += b.pos
				case 2:
					pos += int64(len(b.buf))
				default:
					return t.RaiseMsg(&core.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				b.pos = max(pos, 0)
				return t.NewInt(b.pos)
			}, 1, 2),
			m("tell", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return t.NewInt(b.pos) }, 0, 0),
			m("truncate", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				size := b.pos
				if len(a) > 0 && a[0] != core.None {
					var ok bool
					if size, ok = t.AsInt64(a[0]); !ok {
						return nil
					}
					if size < 0 {
						return t.RaiseMsg(&core.ValueErrorType, "negative size value %d", size)
					}
				}
				if size < int64(len(b.buf)) {
					b.buf = b.buf[:size]
				}
				return t.NewInt(size)
			}, 0, 1),
			m("close", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
				b.closed, b.buf = true, nil
				return core.None
			}, 0, 0),
			m("flush", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return core.None }, 0, 0),
			m("isatty", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return core.False }, 0, 0),
			m("readable", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("writable", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("seekable", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return core.True }, 0, 0),
			m("__enter__", func(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object { return t.NewRef(&b.Object) }, 0, 0),
			{Name: "__exit__", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				b := ptr[bytesIO](args[0])
				b.lk.Lock(t)
				b.closed, b.buf = true, nil
				b.lk.Unlock(t)
				return core.None
			}},
		},
	})
}

func bytesRead(t *core.Thread, b *bytesIO, a []*core.Object) *core.Object {
	n, ok := sizeArg(t, a, 0)
	if !ok {
		return nil
	}
	if b.pos >= int64(len(b.buf)) {
		return t.NewBytes(nil)
	}
	rest := b.buf[b.pos:]
	if n >= 0 && n < int64(len(rest)) {
		rest = rest[:n]
	}
	b.pos += int64(len(rest))
	return t.NewBytesCopy(rest)
}

// readline returns the next line (at most n bytes when n >= 0).
func (b *bytesIO) readline(n int64) []byte {
	if b.pos >= int64(len(b.buf)) {
		return nil
	}
	rest := b.buf[b.pos:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	if n >= 0 && n < int64(len(rest)) {
		rest = rest[:n]
	}
	b.pos += int64(len(rest))
	return rest
}

// write writes data at the position, padding with zero bytes past the end.
func (b *bytesIO) write(data []byte) {
	end := b.pos + int64(len(data))
	if end > int64(len(b.buf)) {
		nb := make([]byte, end, max(end, 2*int64(len(b.buf))))
		copy(nb, b.buf)
		b.buf = nb[:end]
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
}
