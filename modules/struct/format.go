package structmod

import (
	"sync"

	"github.com/rcvm/rcvm/core"
)

// Format strings: the byte-order prefix, then codes with optional repeat
// counts, parsed as CPython's prepare_s does (same sizes, native alignment
// and errors) into groups of identical items.

// order is how a format lays items out.
type order uint8

const (
	orderNative order = iota // '@': native sizes and alignment
	orderLittle              // '<' and, on this little-endian host, '='
	orderBig                 // '>' and '!'
)

// group is one code with its repeat count: repeat items of size bytes at
// off, or for 's' and 'p' one item of size bytes.
type group struct {
	c      byte
	repeat int64
	size   int64
	off    int64
}

// layout is a parsed format.
type layout struct {
	order  order
	size   int64 // total size in bytes
	items  int64 // values packed or unpacked
	groups []group
}

// codeInfo is a format code's size and alignment in one table.
type codeInfo struct{ size, align int64 }

// nativeCodes are the codes of '@' on x86-64 and arm64 Linux, with their
// sizes and alignments (CPython's native_table).
var nativeCodes = map[byte]codeInfo{
	'x': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, 'c': {1, 0}, 's': {1, 0}, 'p': {1, 0},
	'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {8, 8}, 'L': {8, 8},
	'n': {8, 8}, 'N': {8, 8}, 'q': {8, 8}, 'Q': {8, 8}, '?': {1, 1},
	'e': {2, 2}, 'f': {4, 4}, 'd': {8, 8}, 'P': {8, 8},
}

// standardCodes are the codes of '<', '>', '=' and '!': standard sizes,
// no alignment, no n, N or P.
var standardCodes = map[byte]codeInfo{
	'x': {1, 0}, 'b': {1, 0}, 'B': {1, 0}, 'c': {1, 0}, 's': {1, 0}, 'p': {1, 0},
	'h': {2, 0}, 'H': {2, 0}, 'i': {4, 0}, 'I': {4, 0}, 'l': {4, 0}, 'L': {4, 0},
	'q': {8, 0}, 'Q': {8, 0}, '?': {1, 0}, 'e': {2, 0}, 'f': {4, 0}, 'd': {8, 0},
}

const maxSsize = 1<<63 - 1

// parseError is a struct.error message from parsing.
type parseError string

// parse parses a format (its bytes).
func parse(f []byte) (*layout, parseError) {
	l := &layout{}
	table := nativeCodes
	if len(f) > 0 {
		switch f[0] {
		case '@':
			f = f[1:]
		case '<', '=':
			l.order, table, f = orderLittle, standardCodes, f[1:]
		case '>', '!':
			l.order, table, f = orderBig, standardCodes, f[1:]
		}
	}
	var size int64
	for i := 0; i < len(f); {
		c := f[i]
		i++
		if isSpace(c) {
			continue
		}
		num := int64(1)
		if '0' <= c && c <= '9' {
			num = int64(c - '0')
			for i < len(f) && '0' <= f[i] && f[i] <= '9' {
				d := int64(f[i] - '0')
				if num > (maxSsize-d)/10 {
					return nil, "total struct size too long"
				}
				num = num*10 + d
				i++
			}
			if i == len(f) {
				return nil, "repeat count given without format specifier"
			}
			c = f[i]
			i++
		}
		e, ok := table[c]
		if !ok {
			return nil, "bad char in struct format"
		}
		if e.align > 0 && size > 0 {
			extra := (e.align - 1) - (size-1)%e.align
			if extra > maxSsize-size {
				return nil, "total struct size too long"
			}
			size += extra
		}
		if num > (maxSsize-size)/e.size {
			return nil, "total struct size too long"
		}
		switch c {
		case 's', 'p':
			l.items++
			l.groups = append(l.groups, group{c: c, repeat: 1, size: num, off: size})
		case 'x':
		default:
			l.items += num
			if num > 0 {
				l.groups = append(l.groups, group{c: c, repeat: num, size: e.size, off: size})
			}
		}
		size += num * e.size
	}
	l.size = size
	return l, ""
}

// isSpace is C's isspace in the C locale (Py_ISSPACE).
func isSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// layouts caches parsed formats by their text: a layout is immutable, so
// every VM and thread may share it (CPython's per-module Struct cache,
// without the objects).
var layouts sync.Map

const maxCached = 1000

var cachedCount sync.Mutex
var nCached int

// formatBytes returns a format argument's bytes: a str (ASCII) or bytes;
// ok is false with CPython's TypeError or UnicodeEncodeError set.
func formatBytes(t *core.Thread, o *core.Object) ([]byte, bool) {
	if s, ok := core.StrValue(o); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				// Let the codec raise CPython's UnicodeEncodeError.
				enc := t.NewStr("ascii")
				r := t.CallMethod(o, "encode", enc)
				t.Decref(enc)
				t.XDecref(r)
				return nil, false
			}
		}
		return []byte(s), true
	}
	if o.Kind() == core.KindBytes {
		b, _ := t.BytesLike(o)
		return b, true
	}
	t.RaiseMsg(&core.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", core.TypeName(o))
	return nil, false
}

// getLayout parses a format argument (through the cache), raising
// struct.error for a bad one.
func getLayout(t *core.Thread, o *core.Object) (*layout, []byte, bool) {
	f, ok := formatBytes(t, o)
	if !ok {
		return nil, nil, false
	}
	if v, ok := layouts.Load(string(f)); ok {
		return v.(*layout), f, true
	}
	for _, c := range f {
		if c == 0 {
			t.RaiseMsg(errorType, "embedded null character")
			return nil, nil, false
		}
	}
	l, perr := parse(f)
	if perr != "" {
		t.RaiseMsg(errorType, "%s", string(perr))
		return nil, nil, false
	}
	cachedCount.Lock()
	if nCached < maxCached {
		nCached++
		layouts.Store(string(f), l)
	}
	cachedCount.Unlock()
	return l, f, true
}
