package pycodec

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLiveEscapeCodec(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	alphabet := []byte{'a', '\\', '\\', 'x', 'x', '0', '4', '7', '8', 'f', 'G', '\'', '"', '\n', 'n', 't', 'v', 0, 0x7f, 0x80, 0xff}
	modes := []string{"strict", "replace", "ignore", "bogus"}
	var datas [][]byte
	var lines []string
	for i := 0; i < 4000; i++ {
		d := randomBytes(rng, alphabet, 8)
		m := modes[rng.Intn(len(modes))]
		datas = append(datas, d)
		lines = append(lines, m+" "+hex.EncodeToString(d))
	}
	got := runPython(t, pyCodecHelper+`
import warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    m, d = (line.rstrip("\n").split(" ") + [""])[:2]
    d = bytes.fromhex(d)
    try:
        r = codecs.escape_decode(d, m)[0].hex()
    except Exception as e:
        r = err(e)
    print(r, codecs.escape_encode(d)[0].hex())
`, lines)
	for i, d := range datas {
		mode := lines[i][:len(lines[i])-len(hex.EncodeToString(d))-1]
		out, err := EscapeDecode(d, mode, nil)
		have := hex.EncodeToString(out)
		if err != nil {
			have = errLine(err)
		}
		have += " " + hex.EncodeToString(EscapeEncode(d))
		assert.Equal(t, got[i], have, "%s", lines[i])
	}
}

func TestLiveCharName(t *testing.T) {
	// Every 7th code point and every code point of a few dense blocks.
	var cs []rune
	for c := rune(0); c <= 0x10ffff; c += 7 {
		cs = append(cs, c)
	}
	for c := rune(0xac00); c < 0xac00+300; c++ {
		cs = append(cs, c)
	}
	var lines []string
	for _, c := range cs {
		lines = append(lines, strconv.Itoa(int(c)))
	}
	got := runPython(t, `
import sys, unicodedata
for line in sys.stdin:
    print(unicodedata.name(chr(int(line)), ""))
`, lines)
	mismatches := 0
	for i, c := range cs {
		if got[i] != CharName(c) {
			mismatches++
			if mismatches < 20 {
				t.Errorf("U+%04X: python %q, rcvm %q", c, got[i], CharName(c))
			}
		}
	}
	assert.Zero(t, mismatches)
}

func TestLookupName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want rune
		ok   bool
	}{
		{"LATIN SMALL LETTER A", 'a', true},
		{"latin small letter a", 'a', true},
		{"HANGUL SYLLABLE GAG", 0xac01, true},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0x4e00, true},
		{"CJK UNIFIED IDEOGRAPH-4e00", 0, false},
		{"NO SUCH CHARACTER", 0, false},
		{"GRINNING FACE", 0x1f600, true},
	} {
		c, ok := LookupName(tc.name)
		assert.Equal(t, tc.ok, ok, tc.name)
		assert.Equal(t, tc.want, c, fmt.Sprintf("%s: %U", tc.name, c))
	}
}
