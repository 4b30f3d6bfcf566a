package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClassRefusesUnsupported checks that a class using a part of the class
// model rcvm does not implement yet is refused with a TypeError naming it,
// never created with the feature silently ignored (issue 9, section 4).
func TestClassRefusesUnsupported(t *testing.T) {
	for _, d := range unsupportedDunders {
		t.Run(d, func(t *testing.T) {
			src := "try:\n    class C:\n        " + d + " = 1\nexcept TypeError as e:\n    print(e)\n"
			out, errs, _ := runNumbersScript(t, src)
			assert.Equal(t, "class C: "+d+" is not supported by rcvm\n", out)
			assert.Empty(t, errs)
		})
	}
}
