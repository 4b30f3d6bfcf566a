package pycodec

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/pynum"
	"github.com/stretchr/testify/assert"
)

// The live tests run many generated inputs through each codec with each
// error handler, here and in python3, and compare the results: the text
// or bytes produced, the bytes consumed, or the exception with its
// message and range.

// customHandler is registered in python3 as "rcvm.test": it replaces the
// failing range with "<start-end>" and resumes after it.
func customHandler(e *Error) (Replacement, error) {
	return Replacement{Text: fmt.Sprintf("<%d-%d>", e.Start, e.End), Pos: e.End}, nil
}

func handlerFor(name string) *Handler {
	return NewHandler(name, func(string) (func(*Error) (Replacement, error), error) {
		return customHandler, nil
	})
}

const pyCodecHelper = `
import sys, codecs
sys.stdout.reconfigure(encoding="utf-8")
def custom(e):
    return ("<%d-%d>" % (e.start, e.end), e.end)
codecs.register_error("rcvm.test", custom)
def err(e):
    if isinstance(e, UnicodeError) and hasattr(e, "start"):
        return "E:%s:%s:%d:%d" % (type(e).__name__, e, e.start, e.end)
    return "E:%s:%s" % (type(e).__name__, e)
def text(s):
    return s.encode("utf-8", "surrogatepass").hex()
`

func errLine(err error) string {
	var ce *Error
	if errors.As(err, &ce) {
		name := "UnicodeDecodeError"
		if ce.Encode {
			name = "UnicodeEncodeError"
		}
		return fmt.Sprintf("E:%s:%s:%d:%d", name, ce.Error(), ce.Start, ce.End)
	}
	var pe *pynum.Error
	if errors.As(err, &pe) {
		return "E:" + pe.Kind.String() + ":" + pe.Msg
	}
	return "E:" + err.Error()
}

func randomBytes(rng *rand.Rand, alphabet []byte, maxLen int) []byte {
	b := make([]byte, rng.Intn(maxLen+1))
	for i := range b {
		b[i] = alphabet[rng.Intn(len(alphabet))]
	}
	return b
}

type decodeCase struct {
	pyFunc string
	run    func(data []byte, h *Handler, final bool) (string, int, error)
}

var decoders = []decodeCase{
	{"utf_8_decode", func(d []byte, h *Handler, f bool) (string, int, error) { return DecodeUTF8(d, h, f) }},
	{"utf_16_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, n, _, err := DecodeUTF16(d, h, NativeBOM, f)
		return s, n, err
	}},
	{"utf_16_le_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, n, _, err := DecodeUTF16(d, h, LittleEndian, f)
		return s, n, err
	}},
	{"utf_16_be_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, n, _, err := DecodeUTF16(d, h, BigEndian, f)
		return s, n, err
	}},
	{"utf_32_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, n, _, err := DecodeUTF32(d, h, NativeBOM, f)
		return s, n, err
	}},
	{"utf_32_be_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, n, _, err := DecodeUTF32(d, h, BigEndian, f)
		return s, n, err
	}},
	{"unicode_escape_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		return DecodeUnicodeEscape(d, h, f, nil)
	}},
	{"raw_unicode_escape_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		return DecodeRawUnicodeEscape(d, h, f)
	}},
	{"ascii_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, err := DecodeASCII(d, h)
		return s, len(d), err
	}},
	{"latin_1_decode", func(d []byte, h *Handler, f bool) (string, int, error) { return DecodeLatin1(d), len(d), nil }},
	{"charmap_decode", func(d []byte, h *Handler, f bool) (string, int, error) {
		s, err := CharmapDecode(d, h, testTable)
		return s, len(d), err
	}},
}

// testTable is a decoding table with holes: bytes 0x80..0x9f are
// undefined, the rest map to Latin-1 shifted by 0x100 above 0xa0.
var testTable = func() DecodingTable {
	t := make(DecodingTable, 0, 240)
	for i := 0; i < 240; i++ {
		switch {
		case i >= 0x80 && i < 0xa0:
			t = append(t, 0xfffe)
		case i >= 0xa0:
			t = append(t, rune(i+0x100))
		default:
			t = append(t, rune(i))
		}
	}
	return t
}()

const pyTestTable = `"".join("\ufffe" if 0x80 <= i < 0xa0 else chr(i + 0x100) if i >= 0xa0 else chr(i) for i in range(240))`

var decodeHandlers = []string{"strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "rcvm.test"}

func TestLiveDecode(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	alphabet := []byte{0, 'a', 'a', '\\', '\\', 'x', 'u', 'U', 'N', '{', '}', '0', '7', 'f', 'F', '1', '\n',
		0x80, 0xbf, 0xc2, 0xc0, 0xdf, 0xe0, 0xed, 0xa0, 0x9f, 0xef, 0xf0, 0xf4, 0x90, 0x8f, 0xf5, 0xff, 0xfe,
		0xd8, 0xdc, 0xdb, 0x10, 0x11}
	type tc struct {
		dec   decodeCase
		h     string
		final bool
		data  []byte
	}
	var cases []tc
	var lines []string
	for i := 0; i < 12000; i++ {
		d := decoders[rng.Intn(len(decoders))]
		h := decodeHandlers[rng.Intn(len(decodeHandlers))]
		final := rng.Intn(4) != 0
		data := randomBytes(rng, alphabet, 9)
		if i%7 == 0 && strings.Contains(d.pyFunc, "escape") {
			data = []byte(`\N{LATIN SMALL LETTER A}` + string(data))
		}
		cases = append(cases, tc{d, h, final, data})
		lines = append(lines, fmt.Sprintf("%s %s %v %s", d.pyFunc, h, final, hex.EncodeToString(data)))
	}
	got := runPython(t, pyCodecHelper+`
table = `+pyTestTable+`
for line in sys.stdin:
    f, h, final, data = (line.rstrip("\n").split(" ") + [""])[:4]
    data = bytes.fromhex(data)
    fn = getattr(codecs, f)
    try:
        if f in ("ascii_decode", "latin_1_decode"):
            r = fn(data, h)
        elif f == "charmap_decode":
            r = fn(data, h, table)
        else:
            r = fn(data, h, final == "true")
        print("OK", text(r[0]), r[1])
    except Exception as e:
        print(err(e))
`, lines)
	for i, c := range cases {
		s, n, err := c.dec.run(c.data, handlerFor(c.h), c.final)
		want := got[i]
		var have string
		if err != nil {
			have = errLine(err)
		} else {
			have = fmt.Sprintf("OK %s %d", hex.EncodeToString([]byte(s)), n)
		}
		if !assert.Equal(t, want, have, "%s", lines[i]) {
			if t.Failed() && i > 0 {
				// keep going: every mismatch is printed
			}
		}
	}
}

type encodeCase struct {
	pyFunc string
	run    func(s string, h *Handler) ([]byte, error)
}

var encoders = []encodeCase{
	{"utf_8_encode", EncodeUTF8},
	{"ascii_encode", EncodeASCII},
	{"latin_1_encode", EncodeLatin1},
	{"utf_16_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUTF16(s, h, NativeBOM) }},
	{"utf_16_le_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUTF16(s, h, LittleEndian) }},
	{"utf_16_be_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUTF16(s, h, BigEndian) }},
	{"utf_32_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUTF32(s, h, NativeBOM) }},
	{"utf_32_be_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUTF32(s, h, BigEndian) }},
	{"unicode_escape_encode", func(s string, h *Handler) ([]byte, error) { return EncodeUnicodeEscape(s), nil }},
	{"raw_unicode_escape_encode", func(s string, h *Handler) ([]byte, error) { return EncodeRawUnicodeEscape(s), nil }},
	{"charmap_encode", func(s string, h *Handler) ([]byte, error) {
		m, _ := BuildEncodingMap(string(pynum.FromRunes(append(append(DecodingTable{}, testTable...), make(DecodingTable, 16)...))))
		return CharmapEncode(s, h, m)
	}},
}

var encodeHandlers = []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
	"namereplace", "surrogateescape", "surrogatepass", "rcvm.test"}

func TestLiveEncode(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	alphabet := []rune{'a', 'a', 'Z', 0, '\\', '\n', '\t', 0x7f, '?', '&', 0xe9, 0xff, 0x80, 0x100, 0x1a0, 0x20ac, 0xd800, 0xdbff,
		0xdc00, 0xdc80, 0xdcff, 0xdfff, 0x1f600, 0xfffe, 0x10ffff, 0x4e00, 0xac01, 0xe000}
	type tc struct {
		enc encodeCase
		h   string
		s   string
	}
	var cases []tc
	var lines []string
	for i := 0; i < 12000; i++ {
		e := encoders[rng.Intn(len(encoders))]
		h := encodeHandlers[rng.Intn(len(encodeHandlers))]
		rs := make([]rune, rng.Intn(7))
		for k := range rs {
			rs[k] = alphabet[rng.Intn(len(alphabet))]
		}
		s := pynum.FromRunes(rs)
		cases = append(cases, tc{e, h, s})
		lines = append(lines, fmt.Sprintf("%s %s %s", e.pyFunc, h, hex.EncodeToString([]byte(s))))
	}
	got := runPython(t, pyCodecHelper+`
table = `+pyTestTable+` + "\x00" * 16
emap = codecs.charmap_build(table)
for line in sys.stdin:
    f, h, s = (line.rstrip("\n").split(" ") + [""])[:3]
    s = bytes.fromhex(s).decode("utf-8", "surrogatepass")
    fn = getattr(codecs, f)
    try:
        if f == "charmap_encode":
            r = fn(s, h, emap)
        elif f.startswith("unicode_escape") or f.startswith("raw_unicode"):
            r = fn(s)
        else:
            r = fn(s, h)
        print("OK", r[0].hex())
    except Exception as e:
        print(err(e))
`, lines)
	for i, c := range cases {
		b, err := c.enc.run(c.s, handlerFor(c.h))
		var have string
		if err != nil {
			have = errLine(err)
		} else {
			have = "OK " + hex.EncodeToString(b)
		}
		assert.Equal(t, got[i], have, "%s", lines[i])
	}
}
