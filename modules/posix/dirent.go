package posix

import (
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// dirent is one directory entry as getdents64 reports it.
type dirent struct {
	name string
	ino  uint64
	// typ is d_type (unix.DT_DIR, DT_REG, DT_LNK, ... or DT_UNKNOWN).
	typ uint8
}

// readDir lists a directory by name.
func readDir(name string) ([]dirent, error) {
	var fd int
	err := retry(func() (err error) {
		fd, err = unix.Open(name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, err
	}
	defer unix.Close(fd)
	return readAll(fd)
}

// readDirFd lists the directory open on fd from its start, leaving fd
// open (CPython's listdir(fd) works on a duplicate and rewinds it).
func readDirFd(fd int) ([]dirent, error) {
	dup, err := unix.Dup(fd)
	if err != nil {
		return nil, err
	}
	defer unix.Close(dup)
	if _, err := unix.Seek(dup, 0, 0); err != nil {
		return nil, err
	}
	ents, err := readAll(dup)
	unix.Seek(dup, 0, 0)
	return ents, err
}

func readAll(fd int) ([]dirent, error) {
	var out []dirent
	buf := make([]byte, 8192)
	for {
		var n int
		err := retry(func() (err error) {
			n, err = unix.Getdents(fd, buf)
			return err
		})
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return out, nil
		}
		out = parseDirents(buf[:n], out)
	}
}

// parseDirents decodes linux_dirent64 records: ino (8 bytes), off (8),
// reclen (2), type (1), then the NUL-terminated name.
func parseDirents(b []byte, out []dirent) []dirent {
	for len(b) >= 19 {
		reclen := int(binary.NativeEndian.Uint16(b[16:18]))
		if reclen < 19 || reclen > len(b) {
			break
		}
		rec := b[:reclen]
		name := rec[19:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if s := string(name); s != "." && s != ".." {
			out = append(out, dirent{name: s, ino: binary.NativeEndian.Uint64(rec[0:8]), typ: rec[18]})
		}
		b = b[reclen:]
	}
	return out
}
