package command

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
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

// TestListStrategies checks `rcvm strategies` (the list the experiments
// read: NAME, a tab, the description) and -v's option lines.
func TestListStrategies(t *testing.T) {
	list := []core.StrategyInfo{
		{Name: "plainish", Description: "no options"},
		{Name: "gilish", Description: "a lock", Options: []core.OptionSpec{
			{Name: "variant", Default: "new", Choices: []string{"new", "old"}, Help: "which"},
			{Name: "ticks", Default: 100, Help: "how often"},
		}},
	}
	var short, long bytes.Buffer
	listStrategies(&short, list, false)
	listStrategies(&long, list, true)
	assert.Equal(t, "plainish\tno options\ngilish\ta lock\n", short.String())
	assert.Equal(t, "plainish\tno options\ngilish\ta lock\n"+
		"    -strategy-opt variant=new|old\tdefault new: which\n"+
		"    -strategy-opt ticks=int\tdefault 100: how often\n", long.String())
}

// TestOptionSettings checks the -strategy-opt flag and the alias that
// -gil-variant is.
func TestOptionSettings(t *testing.T) {
	var o optionSettings
	require.NoError(t, o.Set("variant=old"))
	require.NoError(t, o.Set("n=3"))
	require.NoError(t, o.Set("n=4"))
	assert.Equal(t, "n=4,variant=old", o.String())
	assert.EqualError(t, o.Set("bare"), `"bare" is not NAME=VALUE`)
	assert.Equal(t, map[string]string{"n": "4", "variant": "old"}, o.with("variant", "new"), "-strategy-opt wins over the alias")
	var none optionSettings
	assert.Equal(t, map[string]string{"variant": "old"}, none.with("variant", "old"))
	assert.Equal(t, map[string]string{}, none.with("variant", ""), "an alias not given sets nothing")
}
