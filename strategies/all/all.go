// Package all registers every built-in strategy; a binary imports it for
// its side effects.
package all

import (
	// Each strategy registers itself with core in its init function.
	_ "github.com/rcvm/rcvm/strategies/atomic"
	_ "github.com/rcvm/rcvm/strategies/brc"
	_ "github.com/rcvm/rcvm/strategies/gil"
	_ "github.com/rcvm/rcvm/strategies/mutex"
	_ "github.com/rcvm/rcvm/strategies/unsafe"
)
