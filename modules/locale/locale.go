// Package locale is CPython's _locale module (Modules/_localemodule.c) for
// the locales every Linux system has: "C" (also called "POSIX") and
// "C.UTF-8" ("C.utf8"). Setting any other locale raises locale.Error, as
// on a system where it is not installed. As CPython does at start-up,
// LC_CTYPE starts as the environment says (LC_ALL, LC_CTYPE, LANG) and the
// other categories as "C" (a C LC_CTYPE becomes C.UTF-8, PEP 538). Numbers, dates and messages are the C locale's
// in both (localeconv, nl_langinfo, strcoll, strxfrm, gettext).
package locale

import (
	"os"
	"strings"
	"sync"

	"github.com/rcvm/rcvm/core"
)

func init() {
	core.RegisterModule("_locale", buildLocale)
	localeError = core.NewExceptionType("locale", "Error", nil)
}

var localeError *core.Type

// categories are LC_CTYPE ... LC_MESSAGES by value, then glibc's other
// categories, which only LC_ALL's composite name shows.
var categories = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

const lcAll = 6

// localeState is a VM's locale. C keeps one per process; rcvm keeps one
// per interpreter, so that interpreters in one process (and tests running
// side by side) do not change each other's.
type localeState struct {
	sync.Mutex
	names [13]string
	ready bool
	// coerced: LC_CTYPE was "C" and became "C.UTF-8" (PEP 538).
	coerced bool
}

var stateKey core.StateKey[localeState]

// envLocale is the locale setlocale(cat, "") picks from the environment.
func envLocale(cat int) string {
	for _, v := range []string{"LC_ALL", categories[cat], "LANG"} {
		if v == "" {
			continue
		}
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "C"
}

// canonical returns the name glibc reports for a supported locale.
func canonical(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	case "C.UTF-8", "C.utf8":
		return name, true
	}
	return "", false
}

func (state *localeState) init() {
	if state.ready {
		return
	}
	for i := range state.names {
		state.names[i] = "C"
	}
	n, ok := canonical(envLocale(0))
	if !ok || n == "C" && os.Getenv("LC_ALL") == "" && os.Getenv("PYTHONCOERCECLOCALE") != "0" {
		// CPython coerces the C locale (or one it cannot set) to
		// C.UTF-8 at start-up and exports LC_CTYPE=C.UTF-8 (PEP 538).
		n, state.coerced = "C.UTF-8", true
	}
	state.names[0] = n
	state.ready = true
}

func isUTF8(name string) bool {
	return strings.HasSuffix(strings.ToLower(strings.ReplaceAll(name, "-", "")), ".utf8")
}

func (state *localeState) allName() string {
	same := true
	for i, n := range state.names {
		if i != lcAll && n != state.names[0] {
			same = false
		}
	}
	if same {
		return state.names[0]
	}
	var parts []string
	for i, n := range state.names {
		if i != lcAll {
			parts = append(parts, categories[i]+"="+n)
		}
	}
	return strings.Join(parts, ";")
}

var setlocaleSig = core.NewTupleSignature("setlocale", "category", "locale=")

func setlocale(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var catObj, locObj *core.Object
	if !setlocaleSig.Parse(t, args, kwnames, &catObj, &locObj) {
		return nil
	}
	cat, ok := t.AsCInt(catObj)
	if !ok {
		return nil
	}
	state := stateKey.Get(t.VM())
	state.Lock()
	defer state.Unlock()
	state.init()
	valid := cat >= 0 && cat < len(categories)
	if locObj == nil || locObj == core.None {
		if !valid {
			return t.RaiseMsg(localeError, "locale query failed")
		}
		if cat == lcAll {
			return t.NewStr(state.allName())
		}
		return t.NewStr(state.names[cat])
	}
	loc, ok := core.StrValue(locObj)
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "setlocale() argument 2 must be str or None, not %s", locObj.Type().Name)
	}
	if !valid {
		return t.RaiseMsg(localeError, "unsupported locale setting")
	}
	var set [13]string
	for i := range set {
		if cat != lcAll && i != cat || i == lcAll {
			continue
		}
		name := loc
		if name == "" {
			name = envLocale(i)
			if i == 0 && state.coerced {
				name = "C.UTF-8"
			}
		}
		n, ok := canonical(name)
		if !ok {
			return t.RaiseMsg(localeError, "unsupported locale setting")
		}
		set[i] = n
	}
	for i, n := range set {
		if n != "" {
			state.names[i] = n
		}
	}
	if cat == lcAll {
		return t.NewStr(state.allName())
	}
	return t.NewStr(state.names[cat])
}

// codeset is nl_langinfo(CODESET) for the current LC_CTYPE.
func codeset(t *core.Thread) string {
	state := stateKey.Get(t.VM())
	state.Lock()
	defer state.Unlock()
	state.init()
	if isUTF8(state.names[0]) {
		return "UTF-8"
	}
	return "ANSI_X3.4-1968"
}

// localeconv is the C locale's numeric and monetary conventions.
func localeconv(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("localeconv", args, kwnames, 0, 0) {
		return nil
	}
	d := t.NewDict()
	set := func(k string, v *core.Object) {
		ko := t.NewStr(k)
		d.Set(t, ko, v)
		t.Decref(ko)
		t.Decref(v)
	}
	for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
		set(k, t.NewStr(""))
	}
	set("mon_grouping", t.ListOwned())
	set("positive_sign", t.NewStr(""))
	set("negative_sign", t.NewStr(""))
	for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
		set(k, t.NewInt(127))
	}
	set("decimal_point", t.NewStr("."))
	set("thousands_sep", t.NewStr(""))
	set("grouping", t.ListOwned())
	return &d.Object
}

func nlLanginfo(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("nl_langinfo", args, kwnames, 1, 1) {
		return nil
	}
	item, ok := t.AsCInt(args[0])
	if !ok {
		return nil
	}
	for _, l := range langinfo {
		if l.item == item {
			if l.name == "CODESET" {
				return t.NewStr(codeset(t))
			}
			return t.NewStr(l.value)
		}
	}
	return t.RaiseMsg(&core.ValueErrorType, "unsupported langinfo constant")
}

func strArgs(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str, n int) ([]string, bool) {
	if !t.ArgsRange(name, args, kwnames, n, n) {
		return nil, false
	}
	out := make([]string, n)
	for i, a := range args {
		s, ok := core.StrValue(a)
		if !ok {
			t.RaiseMsg(&core.TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, a.Type().Name)
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

func buildLocale(t *core.Thread, m *core.Module) bool {
	m.SetFunc(t, "setlocale", setlocale)
	m.SetFunc(t, "localeconv", localeconv)
	m.SetFunc(t, "nl_langinfo", nlLanginfo)
	m.SetFunc(t, "getencoding", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("getencoding", args, kwnames, 0, 0) {
			return nil
		}
		return t.NewStr(codeset(t))
	})
	m.SetFunc(t, "strcoll", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		s, ok := strArgs(t, "strcoll", args, kwnames, 2)
		if !ok {
			return nil
		}
		// The C locale collates by code point.
		a, b := []rune(s[0]), []rune(s[1])
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				if a[i] < b[i] {
					return t.NewInt(-1)
				}
				return t.NewInt(1)
			}
		}
		switch {
		case len(a) < len(b):
			return t.NewInt(-1)
		case len(a) > len(b):
			return t.NewInt(1)
		}
		return t.NewInt(0)
	})
	m.SetFunc(t, "strxfrm", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if _, ok := strArgs(t, "strxfrm", args, kwnames, 1); !ok {
			return nil
		}
		return t.NewRef(args[0])
	})
	m.SetFunc(t, "gettext", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if _, ok := strArgs(t, "gettext", args, kwnames, 1); !ok {
			return nil
		}
		return t.NewRef(args[0])
	})
	m.SetFunc(t, "dgettext", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("dgettext", args, kwnames, 2, 2) {
			return nil
		}
		return t.NewRef(args[1])
	})
	m.SetFunc(t, "dcgettext", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("dcgettext", args, kwnames, 3, 3) {
			return nil
		}
		return t.NewRef(args[1])
	})
	m.SetFunc(t, "textdomain", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("textdomain", args, kwnames, 1, 1) {
			return nil
		}
		if args[0] == core.None {
			return t.NewStr("messages")
		}
		return t.NewRef(args[0])
	})
	m.SetFunc(t, "bindtextdomain", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("bindtextdomain", args, kwnames, 2, 2) {
			return nil
		}
		if args[1] == core.None {
			return t.NewStr("/usr/share/locale")
		}
		return t.NewRef(args[1])
	})
	m.SetFunc(t, "bind_textdomain_codeset", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("bind_textdomain_codeset", args, kwnames, 2, 2) {
			return nil
		}
		return t.NewRef(args[1])
	})
	m.SetAttrString(t, "Error", &localeError.Object)
	for i, c := range categories[:lcAll] {
		if !m.SetOwned(t, c, t.NewInt(int64(i))) {
			return false
		}
	}
	if !m.SetOwned(t, "LC_ALL", t.NewInt(lcAll)) || !m.SetOwned(t, "CHAR_MAX", t.NewInt(127)) {
		return false
	}
	for _, l := range langinfo {
		if !m.SetOwned(t, l.name, t.NewInt(int64(l.item))) {
			return false
		}
	}
	return true
}
