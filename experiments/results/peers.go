package results

import "strings"

// CPythonSeries is the series name of CPython peers: "CPython" alone, or
// followed by the peer's name ("CPython 3.13t").
const CPythonSeries = "CPython"

// IsCPython reports whether a series is a CPython peer.
func IsCPython(series string) bool {
	return series == CPythonSeries || strings.HasPrefix(series, CPythonSeries+" ")
}

// FreeThreadedCPython reports whether a series is a free-threaded CPython
// peer (a build with --disable-gil, whose name ends in "t").
func FreeThreadedCPython(series string) bool {
	return strings.HasPrefix(series, CPythonSeries+" ") && strings.HasSuffix(series, "t")
}

// ResolveSeries finds the series a name stands for among those measured:
// the name itself if present, and for CPythonSeries ("CPython") the first
// CPython peer with a GIL, so that "the CPython baseline" means the same
// with one peer as with several. It returns "" if there is none.
func ResolveSeries(want string, have []string) string {
	for _, h := range have {
		if h == want {
			return h
		}
	}
	if want == CPythonSeries {
		for _, h := range have {
			if IsCPython(h) && !FreeThreadedCPython(h) {
				return h
			}
		}
	}
	return ""
}

// FreeThreadedPeer returns the first free-threaded CPython peer among the
// series, or "".
func FreeThreadedPeer(have []string) string {
	for _, h := range have {
		if FreeThreadedCPython(h) {
			return h
		}
	}
	return ""
}
