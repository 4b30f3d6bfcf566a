package compile

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMangle(t *testing.T) {
	tests := []struct{ private, name, want string }{
		{"C", "__x", "_C__x"},
		{"_C", "__x", "_C__x"},
		{"__C", "__x", "_C__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"C", "__a.b", "__a.b"},
		{"___", "__x", "__x"},
		{"", "__x", "__x"},
		{"C", "_C__x", "_C__x"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mangle(tt.private, tt.name), "mangle(%q, %q)", tt.private, tt.name)
	}
}
