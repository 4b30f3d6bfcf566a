package core

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"github.com/rcvm/rcvm/core/bytecode"
)

// The compiled-code cache: what CPython's __pycache__ does for start-up
// speed, in a directory of rcvm's own (never beside the source, so that
// CPython's installed files are left alone). An entry is keyed by the
// source's path, size and modification time and by the rcvm binary that
// wrote it (its path, size and modification time: a rebuilt compiler
// never reads an older compiler's output), and is written atomically
// (a temporary file renamed into place), so that concurrent rcvm processes
// never see half an entry. Any failure — an unwritable or full cache
// directory, a corrupt or foreign entry — only means the module is
// compiled from source; a bad entry is replaced by the next write.

// codeCacheFormat names the entry format; change it when the encoding
// below changes.
const codeCacheFormat = "rcvm-code-3"

// DefaultCacheDir is rcvm's cache directory: $RCVM_CACHE_DIR, else
// $XDG_CACHE_HOME/rcvm, else ~/.cache/rcvm ("" when none can be named).
func DefaultCacheDir() string {
	if d := os.Getenv("RCVM_CACHE_DIR"); d != "" {
		if d == "none" {
			return ""
		}
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "rcvm")
	}
	return ""
}

// compilerID identifies the running rcvm binary.
var compilerID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return exe
	}
	return fmt.Sprintf("%s:%d:%d", exe, fi.Size(), fi.ModTime().UnixNano())
})

// codeCacheEntry returns the cache file for a source path and the key its
// contents must carry.
func codeCacheEntry(dir, path string, fi os.FileInfo) (file, key string) {
	key = fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", codeCacheFormat, path, fi.Size(), fi.ModTime().UnixNano(), compilerID())
	sum := sha256.Sum256([]byte(path))
	return filepath.Join(dir, "code", hex.EncodeToString(sum[:16])+".rcc"), key
}

// loadCachedCode returns the cached compilation of path, or nil.
func loadCachedCode(dir, path string, fi os.FileInfo) *bytecode.Code {
	if dir == "" {
		return nil
	}
	file, key := codeCacheEntry(dir, path, fi)
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	d := &codeDecoder{b: data}
	if d.str() != key || d.err != nil || len(d.b) < 4 {
		return nil
	}
	sum := binary.LittleEndian.Uint32(d.b)
	d.b = d.b[4:]
	if crc32.ChecksumIEEE(d.b) != sum {
		return nil
	}
	code := d.code()
	if d.err != nil || len(d.b) != 0 {
		return nil
	}
	return code
}

// storeCachedCode writes path's compilation to the cache, best effort.
func storeCachedCode(dir, path string, fi os.FileInfo, code *bytecode.Code) {
	if dir == "" {
		return
	}
	file, key := codeCacheEntry(dir, path, fi)
	body := &codeEncoder{}
	body.code(code)
	if body.err != nil {
		return // a constant the format does not know: compile each time
	}
	e := &codeEncoder{}
	e.str(key)
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE(body.buf.Bytes()))
	e.buf.Write(sum[:])
	e.buf.Write(body.buf.Bytes())
	writeFileAtomic(file, e.buf.Bytes())
}

// writeFileAtomic writes data to path through a temporary file renamed into
// place; on any error it leaves no partial file behind.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
	}
	return werr
}

// ---- the entry encoding ----

// Constant tags.
const (
	constNone byte = iota
	constFalse
	constTrue
	constInt
	constBig
	constFloat
	constStr
	constEllipsis
	constTuple
	constCode
	constBytes
)

type codeEncoder struct {
	buf bytes.Buffer
	err error
}

func (e *codeEncoder) uint(v uint64) {
	var b [binary.MaxVarintLen64]byte
	e.buf.Write(b[:binary.PutUvarint(b[:], v)])
}

func (e *codeEncoder) int(v int64) {
	var b [binary.MaxVarintLen64]byte
	e.buf.Write(b[:binary.PutVarint(b[:], v)])
}

func (e *codeEncoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf.WriteString(s)
}

func (e *codeEncoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *codeEncoder) ints(vs []int32) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.int(int64(v))
	}
}

func (e *codeEncoder) code(c *bytecode.Code) {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.int(int64(c.FirstLine))
	e.uint(uint64(len(c.Instrs)))
	for _, in := range c.Instrs {
		e.uint(uint64(in.Op))
		e.int(int64(in.Arg))
	}
	e.ints(c.Lines)
	e.ints(c.Cols)
	e.uint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		e.constant(k)
	}
	e.strs(c.Names)
	e.strs(c.VarNames)
	e.strs(c.CellVars)
	e.strs(c.FreeVars)
	e.uint(uint64(len(c.Cell2Arg)))
	for _, v := range c.Cell2Arg {
		e.int(int64(v))
	}
	e.int(int64(c.ArgCount))
	e.int(int64(c.KwOnlyArgCount))
	e.int(int64(c.PosOnlyArgCount))
	e.int(int64(c.Flags))
	e.int(int64(c.StackSize))
	e.int(int64(c.CoFlags))
	e.str(c.Doc)
	e.int(boolInt(c.HasDoc))
	e.int(boolInt(c.Dynamic))
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func (e *codeEncoder) constant(k any) {
	switch v := k.(type) {
	case nil:
		e.buf.WriteByte(constNone)
	case bool:
		if v {
			e.buf.WriteByte(constTrue)
		} else {
			e.buf.WriteByte(constFalse)
		}
	case int64:
		e.buf.WriteByte(constInt)
		e.int(v)
	case *big.Int:
		e.buf.WriteByte(constBig)
		e.int(int64(v.Sign()))
		e.str(string(v.Bytes()))
	case float64:
		e.buf.WriteByte(constFloat)
		e.uint(math.Float64bits(v))
	case string:
		e.buf.WriteByte(constStr)
		e.str(v)
	case bytecode.Bytes:
		e.buf.WriteByte(constBytes)
		e.str(string(v))
	case bytecode.EllipsisType:
		e.buf.WriteByte(constEllipsis)
	case bytecode.Tuple:
		e.buf.WriteByte(constTuple)
		e.uint(uint64(len(v)))
		for _, x := range v {
			e.constant(x)
		}
	case *bytecode.Code:
		e.buf.WriteByte(constCode)
		e.code(v)
	default:
		e.err = fmt.Errorf("code cache: constant of type %T", k)
	}
}

type codeDecoder struct {
	b   []byte
	err error
}

var errBadEntry = errors.New("code cache: malformed entry")

func (d *codeDecoder) fail() {
	if d.err == nil {
		d.err = errBadEntry
	}
	d.b = nil
}

func (d *codeDecoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *codeDecoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length, refusing one larger than what is left (every item
// takes at least a byte), so that a corrupt entry cannot ask for a huge
// allocation.
func (d *codeDecoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *codeDecoder) str() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *codeDecoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *codeDecoder) ints() []int32 {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(d.int())
	}
	return out
}

func (d *codeDecoder) code() *bytecode.Code {
	c := &bytecode.Code{}
	c.Name, c.QualName, c.Filename = d.str(), d.str(), d.str()
	c.FirstLine = int(d.int())
	if n := d.count(); n > 0 {
		c.Instrs = make([]bytecode.Instr, n)
		for i := range c.Instrs {
			op := d.uint()
			if op >= uint64(bytecode.NumOps) {
				d.fail()
				return nil
			}
			c.Instrs[i] = bytecode.Instr{Op: bytecode.Op(op), Arg: int32(d.int())}
		}
	}
	c.Lines = d.ints()
	c.Cols = d.ints()
	if n := d.count(); n > 0 {
		c.Consts = make([]any, n)
		for i := range c.Consts {
			c.Consts[i] = d.constant()
		}
	}
	c.Names = d.strs()
	c.VarNames = d.strs()
	c.CellVars = d.strs()
	c.FreeVars = d.strs()
	if n := d.count(); n > 0 {
		c.Cell2Arg = make([]int, n)
		for i := range c.Cell2Arg {
			c.Cell2Arg[i] = int(d.int())
		}
	}
	c.ArgCount = int(d.int())
	c.KwOnlyArgCount = int(d.int())
	c.PosOnlyArgCount = int(d.int())
	c.Flags = int(d.int())
	c.StackSize = int(d.int())
	c.CoFlags = int(d.int())
	c.Doc = d.str()
	c.HasDoc = d.int() != 0
	c.Dynamic = d.int() != 0
	return c
}

func (d *codeDecoder) constant() any {
	if len(d.b) == 0 {
		d.fail()
		return nil
	}
	tag := d.b[0]
	d.b = d.b[1:]
	switch tag {
	case constNone:
		return nil
	case constFalse:
		return false
	case constTrue:
		return true
	case constInt:
		return d.int()
	case constBig:
		sign := d.int()
		v := new(big.Int).SetBytes([]byte(d.str()))
		if sign < 0 {
			v.Neg(v)
		}
		return v
	case constFloat:
		return math.Float64frombits(d.uint())
	case constStr:
		return d.str()
	case constBytes:
		return bytecode.Bytes(d.str())
	case constEllipsis:
		return bytecode.Ellipsis
	case constTuple:
		n := d.count()
		t := make(bytecode.Tuple, n)
		for i := range t {
			t[i] = d.constant()
		}
		return t
	case constCode:
		return d.code()
	}
	d.fail()
	return nil
}
