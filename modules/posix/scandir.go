package posix

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	"golang.org/x/sys/unix"
)

// scandir(path='.') and its iterator and entries (posix.ScandirIterator,
// posix.DirEntry). The directory is read when scandir is called; each
// DirEntry knows its d_type and inode from the directory and calls stat only
// when it must, caching the result, as CPython's does.

type scandirIter struct {
	core.Object
	lk     core.ContainerLock
	ents   []dirent
	i      int
	base   string
	dirFd  int
	bytes  bool
	closed bool
}

type dirEntry struct {
	core.Object
	lk         core.ContainerLock
	name, path *core.Object
	ino        uint64
	typ        uint8
	// dirFd is the directory descriptor scandir(fd) was given, -1 else;
	// the entry is then found by name relative to it.
	dirFd       int
	rawName     string
	rawPath     string
	stat, lstat *core.Object
}

var scandirIterType, dirEntryType *core.Type

func init() {
	scandirIterType = core.NewType[scandirIter](core.TypeSpec{
		Name: "posix.ScandirIterator",
		Slots: core.Slots{
			Iter: func(t *core.Thread, o *core.Object) *core.Object { return t.NewRef(o) },
			Next: scandirNext,
		},
		Methods: []core.MethodDef{
			{Name: "close", Fn: scandirClose},
			{Name: "__enter__", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				if !t.ArgsRange("__enter__", args[1:], kwnames, 0, 0) {
					return nil
				}
				return t.NewRef(args[0])
			}},
			{Name: "__exit__", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				return scandirClose(t, args[:1], nil)
			}},
		},
	})
	dirEntryType = core.NewType[dirEntry](core.TypeSpec{
		Name:  "posix.DirEntry",
		Slots: core.Slots{Repr: dirEntryRepr},
		Clear: func(t *core.Thread, o *core.Object) {
			e := (*dirEntry)(unsafe.Pointer(o))
			t.Replace(&e.name, nil)
			t.Replace(&e.path, nil)
			t.Replace(&e.stat, nil)
			t.Replace(&e.lstat, nil)
		},
		Members: []core.MemberDef{
			{Name: "name", Type: core.MemberObject, Offset: unsafe.Offsetof(dirEntry{}.name), ReadOnly: true, Doc: "the entry's base filename, relative to scandir() \"path\" argument"},
			{Name: "path", Type: core.MemberObject, Offset: unsafe.Offsetof(dirEntry{}.path), ReadOnly: true, Doc: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
		},
		Methods: []core.MethodDef{
			{Name: "inode", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				if !t.ArgsRange("inode", args[1:], kwnames, 0, 0) {
					return nil
				}
				return t.NewUint64((*dirEntry)(unsafe.Pointer(args[0])).ino)
			}},
			{Name: "is_dir", Fn: entryTest("is_dir", unix.S_IFDIR)},
			{Name: "is_file", Fn: entryTest("is_file", unix.S_IFREG)},
			{Name: "is_symlink", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				if !t.ArgsRange("is_symlink", args[1:], kwnames, 0, 0) {
					return nil
				}
				r, ok := (*dirEntry)(unsafe.Pointer(args[0])).isSymlink(t)
				if !ok {
					return nil
				}
				return core.Bool(r)
			}},
			{Name: "stat", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				var follow *core.Object
				if !entryStatSig.Parse(t, args[1:], kwnames, &follow) {
					return nil
				}
				f, ok := boolArg(t, follow, true)
				if !ok {
					return nil
				}
				return (*dirEntry)(unsafe.Pointer(args[0])).getStat(t, f)
			}},
			{Name: "__fspath__", Fn: func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
				if !t.ArgsRange("__fspath__", args[1:], kwnames, 0, 0) {
					return nil
				}
				return t.NewRef((*dirEntry)(unsafe.Pointer(args[0])).path)
			}},
		},
	})
	register(funcSpec{"scandir", []string{"path="}, posixScandir})
}

var entryStatSig = core.NewSignature("stat", "*", "follow_symlinks=")

func posixScandir(t *core.Thread, a []*core.Object) *core.Object {
	arg := a[0]
	if arg == nil {
		arg = core.None
	}
	p, ok := convertPath(t, "scandir", "path", arg, pathOpts{allowFd: true, nullable: true})
	if !ok {
		return nil
	}
	var ents []dirent
	var err error
	if p.isFd {
		ents, err = readDirFd(p.fd)
	} else {
		ents, err = readDir(p.name)
	}
	if err != nil {
		return raise(t, err, p.filename(), nil)
	}
	it := core.Alloc[scandirIter](t, scandirIterType)
	it.ents, it.base, it.bytes, it.dirFd = ents, p.name, p.isBytes, -1
	if p.isFd {
		it.dirFd = p.fd
	}
	return &it.Object
}

func scandirNext(t *core.Thread, o *core.Object) *core.Object {
	it := (*scandirIter)(unsafe.Pointer(o))
	it.lk.Lock(t)
	if it.closed || it.i >= len(it.ents) {
		it.closed = true
		it.ents = nil
		it.lk.Unlock(t)
		return nil
	}
	d := it.ents[it.i]
	it.i++
	it.lk.Unlock(t)
	e := core.Alloc[dirEntry](t, dirEntryType)
	e.ino, e.typ, e.dirFd, e.rawName = d.ino, d.typ, it.dirFd, d.name
	switch {
	case it.dirFd >= 0:
		e.rawPath = d.name
	case strings.HasSuffix(it.base, "/"):
		e.rawPath = it.base + d.name
	default:
		e.rawPath = it.base + "/" + d.name
	}
	if it.bytes {
		e.name, e.path = t.NewBytes([]byte(d.name)), t.NewBytes([]byte(e.rawPath))
	} else {
		e.name, e.path = t.NewStr(d.name), t.NewStr(e.rawPath)
	}
	return &e.Object
}

func scandirClose(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("close", args[1:], kwnames, 0, 0) {
		return nil
	}
	it := (*scandirIter)(unsafe.Pointer(args[0]))
	it.lk.Lock(t)
	it.closed, it.ents = true, nil
	it.lk.Unlock(t)
	return core.None
}

func dirEntryRepr(t *core.Thread, o *core.Object) *core.Object {
	r, ok := t.ReprString((*dirEntry)(unsafe.Pointer(o)).name)
	if !ok {
		return nil
	}
	return t.NewStr("<DirEntry " + r + ">")
}

// fetchStat calls stat or lstat on the entry.
func (e *dirEntry) fetchStat(t *core.Thread, follow bool) *core.Object {
	var st unix.Stat_t
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	dirFd, name := unix.AT_FDCWD, e.rawPath
	if e.dirFd >= 0 {
		dirFd, name = e.dirFd, e.rawName
	}
	if err := retry(func() error { return unix.Fstatat(dirFd, name, &st, flags) }); err != nil {
		return raise(t, err, e.path, nil)
	}
	return newStatResult(t, &st)
}

// getStat is DirEntry.stat(follow_symlinks): cached after the first call.
func (e *dirEntry) getStat(t *core.Thread, follow bool) *core.Object {
	if !follow {
		return e.cached(t, &e.lstat, false)
	}
	link, ok := e.isSymlink(t)
	if !ok {
		return nil
	}
	if link {
		return e.cached(t, &e.stat, true)
	}
	return e.cached(t, &e.lstat, false)
}

func (e *dirEntry) cached(t *core.Thread, slot **core.Object, follow bool) *core.Object {
	e.lk.Lock(t)
	v := *slot
	if v != nil {
		t.Incref(v)
	}
	e.lk.Unlock(t)
	if v != nil {
		return v
	}
	v = e.fetchStat(t, follow)
	if v == nil {
		return nil
	}
	e.lk.Lock(t)
	if *slot == nil {
		*slot = t.NewRef(v)
	}
	e.lk.Unlock(t)
	return v
}

// mode returns st_mode of the entry's stat or lstat; found is false (with
// no exception) when the file no longer exists.
func (e *dirEntry) mode(t *core.Thread, follow bool) (mode uint32, found, ok bool) {
	st := e.getStat(t, follow)
	if st == nil {
		if t.ExcMatches(&core.FileNotFoundErrorType) {
			t.ClearExc()
			return 0, false, true
		}
		return 0, false, false
	}
	defer t.Decref(st)
	tu, _ := core.AsTuple(st)
	m, _ := core.IntValue(tu.Items[0])
	return uint32(m), true, true
}

func (e *dirEntry) isSymlink(t *core.Thread) (bool, bool) {
	if e.typ != unix.DT_UNKNOWN {
		return e.typ == unix.DT_LNK, true
	}
	m, found, ok := e.mode(t, false)
	return found && m&unix.S_IFMT == unix.S_IFLNK, ok
}

var entryTestSigs = map[string]*core.Signature{
	"is_dir":  core.NewSignature("is_dir", "*", "follow_symlinks="),
	"is_file": core.NewSignature("is_file", "*", "follow_symlinks="),
}

// entryTest is is_dir / is_file (CPython's DirEntry_test_mode).
func entryTest(name string, want uint32) core.BuiltinFunc {
	sig := entryTestSigs[name]
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		var fo *core.Object
		if !sig.Parse(t, args[1:], kwnames, &fo) {
			return nil
		}
		follow, ok := boolArg(t, fo, true)
		if !ok {
			return nil
		}
		e := (*dirEntry)(unsafe.Pointer(args[0]))
		link, ok := e.isSymlink(t)
		if !ok {
			return nil
		}
		if e.typ == unix.DT_UNKNOWN || (follow && link) {
			m, found, ok := e.mode(t, follow)
			if !ok {
				return nil
			}
			return core.Bool(found && m&unix.S_IFMT == want)
		}
		if want == unix.S_IFDIR {
			return core.Bool(e.typ == unix.DT_DIR)
		}
		return core.Bool(e.typ == unix.DT_REG)
	}
}
