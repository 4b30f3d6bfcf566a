package pycodec

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// Character names, for the namereplace error handler and the \N{...}
// escapes of unicode_escape. The names come from golang.org/x/text's
// runenames (Unicode 15.0); the algorithmic names of CJK unified
// ideographs and Hangul syllables are built as CPython's unicodedata builds
// them (Unicode 14.0 in CPython 3.11, whose ideograph ranges are used here).
// The characters Unicode 15.0 added outside the CJK blocks (DerivedAge
// 15.0) are left unnamed, as CPython 3.11 has them. Name aliases
// (NameAliases.txt) are not known: \N{alias} is an unknown name here.

// cjkRanges are the CJK unified ideograph blocks of Unicode 14.0
// (is_unified_ideograph in CPython 3.11's unicodedata.c).
var cjkRanges = [][2]rune{
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
	{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
}

// unicode15Added are the named characters new in Unicode 15.0.
var unicode15Added = [][2]rune{
	{0xCF3, 0xCF3}, {0xECE, 0xECE}, {0x10EFD, 0x10EFF}, {0x1123F, 0x11241}, {0x11B00, 0x11B09},
	{0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59}, {0x1342F, 0x1342F}, {0x13439, 0x13455},
	{0x1B132, 0x1B132}, {0x1B155, 0x1B155}, {0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D},
	{0x1E08F, 0x1E08F}, {0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F},
	{0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABD},
	{0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB}, {0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8},
}

func inRanges(c rune, ranges [][2]rune) bool {
	for _, r := range ranges {
		if r[0] <= c && c <= r[1] {
			return true
		}
	}
	return false
}

const (
	hangulBase   = 0xAC00
	hangulCount  = 11172
	hangulVCount = 21
	hangulTCount = 28
)

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func isUnifiedIdeograph(c rune) bool { return inRanges(c, cjkRanges) }

// CharName returns unicodedata.name(c), or "" when c has no name.
func CharName(c rune) string {
	if hangulBase <= c && c < hangulBase+hangulCount {
		s := int(c - hangulBase)
		l, v, t := s/(hangulVCount*hangulTCount), s%(hangulVCount*hangulTCount)/hangulTCount, s%hangulTCount
		return "HANGUL SYLLABLE " + jamoL[l] + jamoV[v] + jamoT[t]
	}
	if isUnifiedIdeograph(c) {
		return "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(c), 16))
	}
	if pynumSurrogate(c) || c > 0x10ffff || c < 0 || c >= 0xcf3 && inRanges(c, unicode15Added) {
		return ""
	}
	n := runenames.Name(c)
	if strings.HasPrefix(n, "<") {
		return ""
	}
	return n
}

func pynumSurrogate(c rune) bool { return 0xd800 <= c && c <= 0xdfff }

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

// LookupName returns the character named name, as
// unicodedata.lookup and the \N{...} escape find it.
func LookupName(name string) (rune, bool) {
	// The algorithmic names are matched case-sensitively, as CPython's
	// _getcode does; the others are not.
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		for s := rune(0); s < hangulCount; s++ {
			if CharName(hangulBase+s) == name {
				return hangulBase + s, true
			}
		}
		return 0, false
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		v, err := strconv.ParseUint(rest, 16, 32)
		if err != nil || !isUnifiedIdeograph(rune(v)) || strings.ToUpper(rest) != rest {
			return 0, false
		}
		return rune(v), true
	}
	name = strings.ToUpper(name)
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") || strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
		return 0, false
	}
	nameIndexOnce.Do(func() {
		nameIndex = make(map[string]rune, 40000)
		for c := rune(0); c <= 0x10ffff; c++ {
			if hangulBase <= c && c < hangulBase+hangulCount || isUnifiedIdeograph(c) {
				continue
			}
			if n := CharName(c); n != "" {
				nameIndex[n] = c
			}
		}
	})
	c, ok := nameIndex[name]
	return c, ok
}
