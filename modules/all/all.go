// Package all registers every native module (modules/...); a binary or a
// test imports it for its side effects, as it imports strategies/all.
package all

import (
	// Each module registers itself with core in its init function.
	_ "github.com/rcvm/rcvm/modules/array"
	_ "github.com/rcvm/rcvm/modules/binascii"
	_ "github.com/rcvm/rcvm/modules/bisect"
	_ "github.com/rcvm/rcvm/modules/collections"
	_ "github.com/rcvm/rcvm/modules/errno"
	_ "github.com/rcvm/rcvm/modules/faulthandler"
	_ "github.com/rcvm/rcvm/modules/functools"
	_ "github.com/rcvm/rcvm/modules/gc"
	_ "github.com/rcvm/rcvm/modules/hashes"
	_ "github.com/rcvm/rcvm/modules/heapq"
	_ "github.com/rcvm/rcvm/modules/io"
	_ "github.com/rcvm/rcvm/modules/itertools"
	_ "github.com/rcvm/rcvm/modules/locale"
	_ "github.com/rcvm/rcvm/modules/marshal"
	_ "github.com/rcvm/rcvm/modules/math"
	_ "github.com/rcvm/rcvm/modules/operator"
	_ "github.com/rcvm/rcvm/modules/posix"
	_ "github.com/rcvm/rcvm/modules/pyperf"
	_ "github.com/rcvm/rcvm/modules/random"
	_ "github.com/rcvm/rcvm/modules/select"
	_ "github.com/rcvm/rcvm/modules/sre"
	_ "github.com/rcvm/rcvm/modules/string"
	_ "github.com/rcvm/rcvm/modules/struct"
	_ "github.com/rcvm/rcvm/modules/thread"
	_ "github.com/rcvm/rcvm/modules/time"
	_ "github.com/rcvm/rcvm/modules/warnings"
	_ "github.com/rcvm/rcvm/modules/weakref"
)
