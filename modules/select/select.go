// Package selectmod (the directory is select; select is a Go keyword) is CPython's select module (Modules/selectmodule.c) on
// Linux: select() and poll objects, with CPython's argument checks and
// messages. Waiting detaches the thread from the strategy, as CPython
// releases the GIL. epoll is not written yet: it is absent, so that code
// testing hasattr(select, "epoll") (selectors) chooses poll.
package selectmod

import (
	"math"
	"sort"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

func init() {
	core.RegisterModule("select", buildSelect)
	pollType = core.NewType[pollObj](core.TypeSpec{
		Name: "select.poll",
		Methods: []core.MethodDef{
			{Name: "register", Fn: pollRegister(false)},
			{Name: "modify", Fn: pollRegister(true)},
			{Name: "unregister", Fn: pollUnregister},
			{Name: "poll", Fn: pollPoll},
		},
	})
}

func buildSelect(t *core.Thread, m *core.Module) bool {
	m.SetFunc(t, "select", selectSelect)
	m.SetFunc(t, "poll", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("poll", args, kwnames, 0, 0) {
			return nil
		}
		p := core.Alloc[pollObj](t, pollType)
		p.fds = map[int]int16{}
		return &p.Object
	})
	m.SetAttrString(t, "error", &core.OSErrorType.Object)
	consts := map[string]int64{
		"POLLIN": unix.POLLIN, "POLLPRI": unix.POLLPRI, "POLLOUT": unix.POLLOUT, "POLLERR": unix.POLLERR,
		"POLLHUP": unix.POLLHUP, "POLLNVAL": unix.POLLNVAL, "POLLRDNORM": 0x40, "POLLRDBAND": 0x80,
		"POLLWRNORM": 0x100, "POLLWRBAND": 0x200, "POLLMSG": 0x400, "POLLRDHUP": unix.POLLRDHUP,
		"PIPE_BUF": 4096,
	}
	for k, v := range consts {
		if !m.SetOwned(t, k, t.NewInt(v)) {
			return false
		}
	}
	return true
}

// fileno is PyObject_AsFileDescriptor: an int, or the result of fileno().
func fileno(t *core.Thread, o *core.Object) (int, bool) {
	var v *core.Object
	if core.IsInt(o) {
		v = t.NewRef(o)
	} else {
		m, ok := t.LookupAttr(o, "fileno")
		if !ok {
			return 0, false
		}
		if m == nil {
			t.RaiseMsg(&core.TypeErrorType, "argument must be an int, or have a fileno() method.")
			return 0, false
		}
		v = t.Call(m, nil, nil)
		t.Decref(m)
		if v == nil {
			return 0, false
		}
		if !core.IsInt(v) {
			t.Decref(v)
			t.RaiseMsg(&core.TypeErrorType, "fileno() returned a non-integer")
			return 0, false
		}
	}
	defer t.Decref(v)
	fd, ok := t.AsCInt(v)
	if !ok {
		return 0, false
	}
	if fd < 0 {
		t.RaiseMsg(&core.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
		return 0, false
	}
	return fd, true
}

type fdItem struct {
	obj *core.Object
	fd  int
}

// fdList converts one of select's three arguments.
func fdList(t *core.Thread, o *core.Object) ([]fdItem, []*core.Object, bool) {
	if !core.IsList(o) && !core.IsTuple(o) {
		if _, ok := t.LookupAttr(o, "__len__"); !ok {
			return nil, nil, false
		}
	}
	items, ok := t.Collect(o)
	if !ok {
		t.ClearExc()
		t.RaiseMsg(&core.TypeErrorType, "arguments 1-3 must be sequences")
		return nil, nil, false
	}
	out := make([]fdItem, len(items))
	for i, it := range items {
		fd, ok := fileno(t, it)
		if !ok {
			t.DecrefAll(items)
			return nil, nil, false
		}
		if fd >= unix.FD_SETSIZE {
			t.DecrefAll(items)
			t.RaiseMsg(&core.ValueErrorType, "filedescriptor out of range in select()")
			return nil, nil, false
		}
		out[i] = fdItem{it, fd}
	}
	return out, items, true
}

func selectSelect(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("select", args, kwnames, 3, 4) {
		return nil
	}
	var tv *unix.Timeval
	if len(args) == 4 && args[3] != core.None {
		if !core.IsInt(args[3]) && !core.IsFloat(args[3]) {
			return t.RaiseMsg(&core.TypeErrorType, "timeout must be a float or None")
		}
		secs, ok := t.AsFloat(args[3])
		if !ok {
			return nil
		}
		if secs < 0 {
			return t.RaiseMsg(&core.ValueErrorType, "timeout must be non-negative")
		}
		if math.IsNaN(secs) || secs > 1e15 {
			return t.RaiseMsg(&core.OverflowErrorType, "timeout is too large")
		}
		v := unix.NsecToTimeval(int64(math.Ceil(secs*1e6)) * 1000)
		tv = &v
	}
	var lists [3][]fdItem
	var owned []*core.Object
	defer func() { t.DecrefAll(owned) }()
	for i := range lists {
		l, items, ok := fdList(t, args[i])
		if !ok {
			return nil
		}
		lists[i] = l
		owned = append(owned, items...)
	}
	var sets [3]unix.FdSet
	maxFd := -1
	for i, l := range lists {
		for _, it := range l {
			sets[i].Set(it.fd)
			maxFd = max(maxFd, it.fd)
		}
	}
	var err error
	t.Blocking(func() {
		for {
			s := sets
			_, err = unix.Select(maxFd+1, &s[0], &s[1], &s[2], tv)
			if err != unix.EINTR {
				sets = s
				return
			}
		}
	})
	if err != nil {
		return t.RaiseErrno(err.(unix.Errno), nil)
	}
	var res [3]*core.Object
	for i, l := range lists {
		out := t.NewList(0)
		for _, it := range l {
			if sets[i].IsSet(it.fd) {
				out.Append(t, it.obj)
			}
		}
		res[i] = &out.Object
	}
	return t.TupleOwned(res[0], res[1], res[2])
}

// pollObj is a select.poll object: the registered descriptors and masks.
type pollObj struct {
	core.Object
	lk  core.ContainerLock
	fds map[int]int16
}

var pollType *core.Type

func pollRegister(modify bool) core.BuiltinFunc {
	name := "register"
	if modify {
		name = "modify"
	}
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		min := 1
		if modify {
			min = 2
		}
		if !t.ArgsRange(name, args[1:], kwnames, min, 2) {
			return nil
		}
		fd, ok := fileno(t, args[1])
		if !ok {
			return nil
		}
		mask := int64(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
		if len(args) > 2 {
			if mask, ok = t.AsInt64(args[2]); !ok {
				return nil
			}
			if mask < 0 || mask > math.MaxUint16 {
				return t.RaiseMsg(&core.OverflowErrorType, "Python int too large for C unsigned short")
			}
		}
		p := (*pollObj)(unsafe.Pointer(args[0]))
		p.lk.Lock(t)
		defer p.lk.Unlock(t)
		if _, has := p.fds[fd]; modify && !has {
			return t.RaiseErrno(unix.ENOENT, nil)
		}
		p.fds[fd] = int16(uint16(mask))
		return core.None
	}
}

func pollUnregister(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("unregister", args[1:], kwnames, 1, 1) {
		return nil
	}
	fd, ok := fileno(t, args[1])
	if !ok {
		return nil
	}
	p := (*pollObj)(unsafe.Pointer(args[0]))
	p.lk.Lock(t)
	defer p.lk.Unlock(t)
	if _, has := p.fds[fd]; !has {
		return t.RaiseWith(&core.KeyErrorType, args[1])
	}
	delete(p.fds, fd)
	return core.None
}

func pollPoll(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("poll", args[1:], kwnames, 0, 1) {
		return nil
	}
	timeout := -1
	if len(args) > 1 && args[1] != core.None {
		if !core.IsInt(args[1]) && !core.IsFloat(args[1]) {
			return t.RaiseMsg(&core.TypeErrorType, "timeout must be an integer or None")
		}
		ms, ok := t.AsFloat(args[1])
		if !ok {
			return nil
		}
		if ms >= 0 {
			if ms > math.MaxInt32 {
				return t.RaiseMsg(&core.OverflowErrorType, "Python int too large to convert to C int")
			}
			timeout = int(math.Ceil(ms))
		}
	}
	p := (*pollObj)(unsafe.Pointer(args[0]))
	p.lk.Lock(t)
	fds := make([]unix.PollFd, 0, len(p.fds))
	for fd, ev := range p.fds {
		fds = append(fds, unix.PollFd{Fd: int32(fd), Events: ev})
	}
	p.lk.Unlock(t)
	sort.Slice(fds, func(i, j int) bool { return fds[i].Fd < fds[j].Fd })
	var err error
	t.Blocking(func() {
		for {
			_, err = unix.Poll(fds, timeout)
			if err != unix.EINTR {
				return
			}
		}
	})
	if err != nil {
		return t.RaiseErrno(err.(unix.Errno), nil)
	}
	out := t.NewList(0)
	for _, f := range fds {
		if f.Revents != 0 {
			item := t.TupleOwned(t.NewInt(int64(f.Fd)), t.NewInt(int64(uint16(f.Revents))))
			out.Append(t, item)
			t.Decref(item)
		}
	}
	return &out.Object
}
