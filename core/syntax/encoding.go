package syntax

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Source encodings (PEP 263): a file is UTF-8 unless a comment on its
// first or second line declares another encoding ("# -*- coding: latin-1
// -*-"), as CPython's tokenizer reads it (check_coding_spec,
// get_normal_name). DecodeSource turns such a file into UTF-8 before it is
// scanned; a str given to compile() or exec() is already text and its
// declaration is ignored, as CPython ignores it.

// codingSpec is the declaration's pattern, from PEP 263.
var codingSpec = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// blankOrComment matches a line that holds only a comment or nothing:
// only then may the declaration be on the second line.
var blankOrComment = regexp.MustCompile(`^[ \t\f]*(#.*)?\r?$`)

var utf8BOM = []byte("\xef\xbb\xbf")

// DecodeSource returns the source of a file (or of bytes given to
// compile() or exec()) as UTF-8: the BOM removed, and the text decoded
// from the encoding its coding declaration names. Undeclared and UTF-8
// sources are returned as they are (the scanner checks that they are
// valid UTF-8). The error is CPython's SyntaxError for an unknown encoding,
// one that cannot decode the file, or a BOM with another declaration.
func DecodeSource(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	name := declaredEncoding(src)
	if name == "" || name == "utf-8" {
		return src, nil
	}
	if bom {
		return nil, encodingError(filename, name+" with BOM")
	}
	dec, ok := sourceDecoder(name)
	if !ok {
		if unsupportedEncodings[pythonCodecName(name)] {
			return nil, &Error{Kind: KindSyntax, Filename: filename, Unlocated: true,
				Msg: "source encoding '" + name + "' is not supported by rcvm"}
		}
		return nil, encodingError(filename, name)
	}
	out, ok := dec(src)
	if !ok {
		return nil, encodingError(filename, name)
	}
	return out, nil
}

func encodingError(filename, what string) *Error {
	return &Error{Kind: KindSyntax, Filename: filename, Msg: "encoding problem: " + what, Unlocated: true}
}

// declaredEncoding returns the normalized name of the encoding declared
// on the first two lines of src, or "".
func declaredEncoding(src []byte) string {
	for i := 0; i < 2 && len(src) > 0; i++ {
		line := src
		if j := bytes.IndexByte(src, '\n'); j >= 0 {
			line, src = src[:j], src[j+1:]
		} else {
			src = nil
		}
		if m := codingSpec.FindSubmatch(line); m != nil {
			return normalEncodingName(string(m[1]))
		}
		if !blankOrComment.Match(line) {
			break
		}
	}
	return ""
}

// normalEncodingName is CPython's get_normal_name: the spellings of UTF-8
// and Latin-1 become "utf-8" and "iso-8859-1"; other names are kept.
func normalEncodingName(s string) string {
	n := s
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ReplaceAll(strings.ToLower(n), "_", "-")
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// pythonCodecName normalizes a codec name as encodings.normalize_encoding
// and the alias table do for the lookups below: lower case, '_' for runs
// of other punctuation.
func pythonCodecName(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	sep := false
	for _, r := range s {
		if r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

// sourceCharmaps are the single-byte encodings a source file may declare,
// by their Python names and aliases.
var sourceCharmaps = map[string]*charmap.Charmap{
	"iso8859_2": charmap.ISO8859_2, "latin2": charmap.ISO8859_2, "iso_8859_2": charmap.ISO8859_2, "l2": charmap.ISO8859_2,
	"iso8859_3": charmap.ISO8859_3, "latin3": charmap.ISO8859_3, "iso_8859_3": charmap.ISO8859_3,
	"iso8859_4": charmap.ISO8859_4, "latin4": charmap.ISO8859_4, "iso_8859_4": charmap.ISO8859_4,
	"iso8859_5": charmap.ISO8859_5, "cyrillic": charmap.ISO8859_5, "iso_8859_5": charmap.ISO8859_5,
	"iso8859_6": charmap.ISO8859_6, "arabic": charmap.ISO8859_6, "iso_8859_6": charmap.ISO8859_6,
	"iso8859_7": charmap.ISO8859_7, "greek": charmap.ISO8859_7, "iso_8859_7": charmap.ISO8859_7,
	"iso8859_8": charmap.ISO8859_8, "hebrew": charmap.ISO8859_8, "iso_8859_8": charmap.ISO8859_8,
	"iso8859_9": charmap.ISO8859_9, "latin5": charmap.ISO8859_9, "iso_8859_9": charmap.ISO8859_9,
	"iso8859_10": charmap.ISO8859_10, "latin6": charmap.ISO8859_10, "iso_8859_10": charmap.ISO8859_10,
	"iso8859_13": charmap.ISO8859_13, "latin7": charmap.ISO8859_13, "iso_8859_13": charmap.ISO8859_13,
	"iso8859_14": charmap.ISO8859_14, "latin8": charmap.ISO8859_14, "iso_8859_14": charmap.ISO8859_14,
	"iso8859_15": charmap.ISO8859_15, "latin9": charmap.ISO8859_15, "iso_8859_15": charmap.ISO8859_15,
	"iso8859_16": charmap.ISO8859_16, "latin10": charmap.ISO8859_16, "iso_8859_16": charmap.ISO8859_16,
	"cp1250": charmap.Windows1250, "windows_1250": charmap.Windows1250,
	"cp1251": charmap.Windows1251, "windows_1251": charmap.Windows1251,
	"cp1252": charmap.Windows1252, "windows_1252": charmap.Windows1252,
	"cp1253": charmap.Windows1253, "windows_1253": charmap.Windows1253,
	"cp1254": charmap.Windows1254, "windows_1254": charmap.Windows1254,
	"cp1255": charmap.Windows1255, "windows_1255": charmap.Windows1255,
	"cp1256": charmap.Windows1256, "windows_1256": charmap.Windows1256,
	"cp1257": charmap.Windows1257, "windows_1257": charmap.Windows1257,
	"cp1258": charmap.Windows1258, "windows_1258": charmap.Windows1258,
	"koi8_r": charmap.KOI8R, "koi8_u": charmap.KOI8U,
	"cp437": charmap.CodePage437, "437": charmap.CodePage437, "ibm437": charmap.CodePage437,
	"cp850": charmap.CodePage850, "850": charmap.CodePage850, "ibm850": charmap.CodePage850,
	"cp852": charmap.CodePage852, "cp855": charmap.CodePage855, "cp858": charmap.CodePage858,
	"cp860": charmap.CodePage860, "cp862": charmap.CodePage862, "cp863": charmap.CodePage863,
	"cp865": charmap.CodePage865, "cp866": charmap.CodePage866,
	"mac_roman": charmap.Macintosh, "macroman": charmap.Macintosh, "macintosh": charmap.Macintosh,
	"mac_cyrillic": charmap.MacintoshCyrillic, "maccyrillic": charmap.MacintoshCyrillic,
}

// unsupportedEncodings are Python codecs rcvm cannot decode sources from:
// declaring one is refused by name rather than called unknown.
var unsupportedEncodings = map[string]bool{
	"utf_16": true, "utf_16_le": true, "utf_16_be": true, "utf_32": true, "utf_32_le": true,
	"utf_32_be": true, "utf_7": true, "shift_jis": true, "sjis": true, "cp932": true,
	"euc_jp": true, "iso2022_jp": true, "euc_kr": true, "cp949": true, "gbk": true,
	"gb2312": true, "gb18030": true, "big5": true, "cp950": true, "big5hkscs": true,
	"hz": true, "johab": true, "euc_jis_2004": true, "shift_jis_2004": true,
}

// sourceDecoder returns a decoder to UTF-8 for the encoding named; ok is
// false for an encoding rcvm does not know. A decoder reports false when
// the data is not valid in its encoding.
func sourceDecoder(name string) (func([]byte) ([]byte, bool), bool) {
	switch n := pythonCodecName(name); n {
	case "iso8859_1", "latin_1", "latin1", "l1", "iso_8859_1", "8859", "cp819", "latin":
		return decodeLatin1, true
	case "ascii", "us_ascii", "646", "us":
		return decodeASCII, true
	default:
		if cm, ok := sourceCharmaps[n]; ok {
			return charmapDecoder(cm), true
		}
	}
	return nil, false
}

func decodeLatin1(src []byte) ([]byte, bool) {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		out = utf8.AppendRune(out, rune(c))
	}
	return out, true
}

func decodeASCII(src []byte) ([]byte, bool) {
	for _, c := range src {
		if c >= 0x80 {
			return nil, false
		}
	}
	return src, true
}

// charmapDecoder decodes a single-byte encoding; a byte the encoding
// leaves undefined fails, as CPython's charmap codecs do under "strict".
func charmapDecoder(cm *charmap.Charmap) func([]byte) ([]byte, bool) {
	return func(src []byte) ([]byte, bool) {
		out := make([]byte, 0, len(src)+len(src)/8)
		for _, c := range src {
			r := cm.DecodeByte(c)
			if r == utf8.RuneError && c >= 0x80 {
				return nil, false
			}
			out = utf8.AppendRune(out, r)
		}
		return out, true
	}
}
