package pynum

import "hash/maphash"

// strSeed is fixed for the life of the process, like CPython's
// PYTHONHASHSEED-derived key: str hashes are stable within a run and vary
// between runs.
var strSeed = maphash.MakeSeed()

// HashString returns a hash for a str. CPython randomises str hashes per
// process (SipHash with a random key), so no program can depend on their
// values; this uses hash/maphash with a process-wide seed. As in CPython the
// empty string hashes to 0, and the result is never -1.
func HashString(s string) int64 {
	if s == "" {
		return 0
	}
	h := int64(maphash.String(strSeed, s))
	if h == -1 {
		h = -2
	}
	return h
}
