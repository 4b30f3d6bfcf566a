package command

import (
	"sort"
	"strings"

	"github.com/rcvm/rcvm/core"
)

// optionSettings collects repeated -strategy-opt NAME=VALUE flags; core
// checks them against the strategy's declared options when it builds the
// VM, so that an unknown name or a bad value is reported there, with the
// strategy's name.
type optionSettings map[string]string

// String shows the settings as they were given, sorted (flag.Value).
func (o optionSettings) String() string {
	var parts []string
	for k, v := range o {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// Set adds one NAME=VALUE (flag.Value); the last setting of a name wins.
func (o *optionSettings) Set(arg string) error {
	name, value, err := core.ParseOptionSetting(arg)
	if err != nil {
		return err
	}
	if *o == nil {
		*o = optionSettings{}
	}
	(*o)[name] = value
	return nil
}

// with returns the settings plus name=value when value is not empty (an
// alias flag such as -gil-variant), unless -strategy-opt set name itself.
func (o optionSettings) with(name, value string) map[string]string {
	out := map[string]string{}
	for k, v := range o {
		out[k] = v
	}
	if _, set := out[name]; !set && value != "" {
		out[name] = value
	}
	return out
}
