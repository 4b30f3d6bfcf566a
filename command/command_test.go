package command

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRunUsage checks the exit status of command lines that name no
// command or an unknown one (the commands themselves are tested through
// the binary, in cmd/rcvm).
func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{nil, 2},
		{[]string{"nope"}, 2},
		{[]string{"run"}, 2},
		{[]string{"strategies"}, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Run(tt.args), "%q", tt.args)
	}
}
