package core

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// OptionSpec declares one of a strategy's options, given on the command
// line as -strategy-opt NAME=VALUE. The dynamic type of Default is the
// option's type: bool, int, float64, string or time.Duration. NewVM parses
// every given value as that type, rejects unknown names and bad values with
// an error naming the option, and fills in the defaults; the strategy reads
// the result from its Options (Options.String, Int, ...).
type OptionSpec struct {
	Name    string
	Default any
	// Choices, for a string option, are the only values it accepts (none:
	// any string).
	Choices []string
	// Help is one line for `rcvm strategies -v`.
	Help string
}

// Type names the option's type as `rcvm strategies -v` shows it.
func (s OptionSpec) Type() string {
	switch s.Default.(type) {
	case bool:
		return "bool"
	case int:
		return "int"
	case float64:
		return "float"
	case string:
		return "string"
	case time.Duration:
		return "duration"
	}
	return fmt.Sprintf("unsupported type %T", s.Default)
}

// parse converts a value given on the command line to the option's type.
func (s OptionSpec) parse(v string) (any, error) {
	var (
		x   any
		err error
	)
	switch s.Default.(type) {
	case bool:
		x, err = strconv.ParseBool(v)
	case int:
		x, err = strconv.Atoi(v)
	case float64:
		x, err = strconv.ParseFloat(v, 64)
	case time.Duration:
		x, err = time.ParseDuration(v)
	case string:
		if len(s.Choices) > 0 && !slices.Contains(s.Choices, v) {
			return nil, fmt.Errorf("option %s: %q is not one of %s", s.Name, v, strings.Join(s.Choices, ", "))
		}
		return v, nil
	}
	if err != nil {
		return nil, fmt.Errorf("option %s: %q is not a valid %s", s.Name, v, s.Type())
	}
	return x, nil
}

// checkOptionSpecs reports a badly declared option (Register panics on it).
func checkOptionSpecs(specs []OptionSpec) error {
	seen := map[string]bool{}
	for _, s := range specs {
		if s.Name == "" || strings.ContainsAny(s.Name, "=, \t") {
			return fmt.Errorf("bad option name %q", s.Name)
		}
		if seen[s.Name] {
			return fmt.Errorf("option %s declared twice", s.Name)
		}
		seen[s.Name] = true
		if strings.HasPrefix(s.Type(), "unsupported") {
			return fmt.Errorf("option %s: %s", s.Name, s.Type())
		}
		if d, ok := s.Default.(string); ok && len(s.Choices) > 0 && !slices.Contains(s.Choices, d) {
			return fmt.Errorf("option %s: default %q is not among its choices", s.Name, d)
		}
		if _, ok := s.Default.(string); !ok && len(s.Choices) > 0 {
			return fmt.Errorf("option %s: choices are for string options", s.Name)
		}
	}
	return nil
}

// resolveOptions parses the options given for a strategy against its
// declarations and fills in the defaults.
func resolveOptions(info StrategyInfo, set map[string]string) (map[string]any, error) {
	values := make(map[string]any, len(info.Options))
	for _, s := range info.Options {
		values[s.Name] = s.Default
	}
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		i := slices.IndexFunc(info.Options, func(s OptionSpec) bool { return s.Name == n })
		if i < 0 {
			if len(info.Options) == 0 {
				return nil, fmt.Errorf("unknown option %q: the strategy has no options", n)
			}
			var known []string
			for _, s := range info.Options {
				known = append(known, s.Name)
			}
			return nil, fmt.Errorf("unknown option %q (its options: %s; see 'rcvm strategies -v')", n, strings.Join(known, ", "))
		}
		v, err := info.Options[i].parse(set[n])
		if err != nil {
			return nil, err
		}
		values[n] = v
	}
	return values, nil
}

// ParseOptionSetting splits a -strategy-opt argument, NAME=VALUE.
func ParseOptionSetting(arg string) (name, value string, err error) {
	name, value, ok := strings.Cut(arg, "=")
	if !ok || name == "" {
		return "", "", fmt.Errorf("%q is not NAME=VALUE", arg)
	}
	return name, value, nil
}

// optionValue returns a declared option's value; it panics on a name the
// strategy did not declare or a type it did not declare it with, both
// programming errors in the strategy.
func optionValue[T any](o Options, name string) T {
	v, ok := o.values[name]
	if !ok {
		panic(fmt.Sprintf("core: strategy option %q was not declared", name))
	}
	x, ok := v.(T)
	if !ok {
		panic(fmt.Sprintf("core: strategy option %q is a %T, not a %T", name, v, x))
	}
	return x
}

// String returns a declared string option's value.
func (o Options) String(name string) string { return optionValue[string](o, name) }

// Int returns a declared int option's value.
func (o Options) Int(name string) int { return optionValue[int](o, name) }

// Bool returns a declared bool option's value.
func (o Options) Bool(name string) bool { return optionValue[bool](o, name) }

// Float returns a declared float64 option's value.
func (o Options) Float(name string) float64 { return optionValue[float64](o, name) }

// Duration returns a declared time.Duration option's value.
func (o Options) Duration(name string) time.Duration { return optionValue[time.Duration](o, name) }
