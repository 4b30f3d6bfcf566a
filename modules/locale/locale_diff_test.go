package locale_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// The locale state is the process's: one case only, so that parallel
// cases do not change each other's locale.
func TestLocale(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		difftest.Exprs("locale", "!import _locale as L",
			"L.setlocale(L.LC_NUMERIC)", "L.localeconv()", "L.nl_langinfo(L.RADIXCHAR)", "L.nl_langinfo(L.DAY_1)",
			"L.nl_langinfo(L.D_T_FMT)", "L.nl_langinfo(99999)", "L.setlocale(99, None)", "L.setlocale(99, 'C')",
			"L.setlocale(L.LC_ALL, 'xx_XX')", "L.setlocale(L.LC_ALL, 'C')", "L.setlocale(L.LC_CTYPE)",
			"L.nl_langinfo(L.CODESET)", "L.getencoding()", "L.setlocale(L.LC_ALL, 'C.utf8')", "L.getencoding()",
			"L.setlocale(L.LC_ALL, 'POSIX')", "L.setlocale(L.LC_CTYPE, 'C.UTF-8')", "L.setlocale(L.LC_ALL)",
			"L.setlocale(L.LC_ALL, 1)", "L.strcoll('a', 'b')", "L.strcoll('b', 'a')", "L.strcoll('a', 'a')",
			"L.strcoll('ab', 'a')", "L.strxfrm('abc')", "L.strcoll(1, 'a')", "L.gettext('m')", "L.dgettext(None, 'm')",
			"L.textdomain(None)", "L.bindtextdomain('x', None)", "L.bind_textdomain_codeset('x', None)",
			"(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.CHAR_MAX)",
			"L.Error.__module__", "issubclass(L.Error, Exception)",
			"sorted(n for n in vars(L) if n.isupper())"),
	})
}
