package core

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// registerForTest registers a strategy for one test only: tests that run
// every registered strategy (TestNativeType) must not meet it.
func registerForTest(t testing.TB, info StrategyInfo) {
	Register(info)
	t.Cleanup(func() {
		registryMu.Lock()
		delete(registry, info.Name)
		registryMu.Unlock()
	})
}

// testOptionSpecs declares one option of every supported type.
var testOptionSpecs = []OptionSpec{
	{Name: "variant", Default: "new", Choices: []string{"new", "old"}},
	{Name: "label", Default: ""},
	{Name: "n", Default: 3},
	{Name: "ratio", Default: 0.5},
	{Name: "on", Default: false},
	{Name: "every", Default: 5 * time.Millisecond},
}

// TestResolveOptions checks that given options are parsed as their declared
// types, defaults fill the rest, and unknown names and bad values are
// errors that name the option and the value.
func TestResolveOptions(t *testing.T) {
	info := StrategyInfo{Name: "x", Options: testOptionSpecs}
	defaults := map[string]any{"variant": "new", "label": "", "n": 3, "ratio": 0.5, "on": false, "every": 5 * time.Millisecond}
	tests := []struct {
		name string
		set  map[string]string
		want map[string]any // the values that differ from the defaults
		err  string
	}{
		{"none", nil, nil, ""},
		{"every type", map[string]string{"variant": "old", "label": "a=b", "n": "-7", "ratio": "1e3", "on": "true", "every": "1.5s"},
			map[string]any{"variant": "old", "label": "a=b", "n": -7, "ratio": 1e3, "on": true, "every": 1500 * time.Millisecond}, ""},
		{"empty string", map[string]string{"label": ""}, nil, ""},
		{"unknown", map[string]string{"bogus": "1"}, nil, `unknown option "bogus" (its options: variant, label, n, ratio, on, every`},
		{"not a choice", map[string]string{"variant": "newest"}, nil, `option variant: "newest" is not one of new, old`},
		{"choice is case-sensitive", map[string]string{"variant": "OLD"}, nil, `"OLD" is not one of`},
		{"not an int", map[string]string{"n": "3.5"}, nil, `option n: "3.5" is not a valid int`},
		{"int overflow", map[string]string{"n": "99999999999999999999"}, nil, `option n: "99999999999999999999" is not a valid int`},
		{"not a float", map[string]string{"ratio": "half"}, nil, `option ratio: "half" is not a valid float`},
		{"not a bool", map[string]string{"on": "yes"}, nil, `option on: "yes" is not a valid bool`},
		{"not a duration", map[string]string{"every": "5"}, nil, `option every: "5" is not a valid duration`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := resolveOptions(info, tt.set)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			want := map[string]any{}
			for k, v := range defaults {
				want[k] = v
			}
			for k, v := range tt.want {
				want[k] = v
			}
			assert.Equal(t, want, got)
			o := Options{values: got}
			assert.Equal(t, want["variant"], o.String("variant"))
			assert.Equal(t, want["n"], o.Int("n"))
			assert.Equal(t, want["ratio"], o.Float("ratio"))
			assert.Equal(t, want["on"], o.Bool("on"))
			assert.Equal(t, want["every"], o.Duration("every"))
		})
	}
	_, err := resolveOptions(StrategyInfo{Name: "y"}, map[string]string{"variant": "old"})
	assert.EqualError(t, err, `unknown option "variant": the strategy has no options`)
}

// TestOptionAccessorsPanic checks that reading an undeclared option, or one
// as another type, is a programming error that panics with its name.
func TestOptionAccessorsPanic(t *testing.T) {
	o := Options{values: map[string]any{"n": 3}}
	assert.PanicsWithValue(t, `core: strategy option "m" was not declared`, func() { o.Int("m") })
	assert.PanicsWithValue(t, `core: strategy option "n" is a int, not a string`, func() { o.String("n") })
}

// TestCheckOptionSpecs checks the declarations Register refuses.
func TestCheckOptionSpecs(t *testing.T) {
	tests := []struct {
		specs []OptionSpec
		err   string
	}{
		{testOptionSpecs, ""},
		{[]OptionSpec{{Name: "", Default: 1}}, `bad option name ""`},
		{[]OptionSpec{{Name: "a=b", Default: 1}}, `bad option name "a=b"`},
		{[]OptionSpec{{Name: "a", Default: 1}, {Name: "a", Default: 2}}, "option a declared twice"},
		{[]OptionSpec{{Name: "a", Default: int64(1)}}, "option a: unsupported type int64"},
		{[]OptionSpec{{Name: "a", Default: nil}}, "option a: unsupported type <nil>"},
		{[]OptionSpec{{Name: "a", Default: "x", Choices: []string{"y"}}}, `option a: default "x" is not among its choices`},
		{[]OptionSpec{{Name: "a", Default: 1, Choices: []string{"1"}}}, "option a: choices are for string options"},
	}
	for _, tt := range tests {
		err := checkOptionSpecs(tt.specs)
		if tt.err == "" {
			assert.NoError(t, err)
			continue
		}
		assert.EqualError(t, err, tt.err)
	}
	assert.PanicsWithValue(t, "core: strategy test-bad-options: option a declared twice", func() {
		Register(StrategyInfo{Name: "test-bad-options", Options: []OptionSpec{{Name: "a", Default: 1}, {Name: "a", Default: 1}}})
	})
	_, registered := LookupStrategy("test-bad-options")
	assert.False(t, registered)
}

// TestParseOptionSetting checks the splitting of -strategy-opt arguments.
func TestParseOptionSetting(t *testing.T) {
	tests := []struct{ arg, name, value, err string }{
		{"variant=old", "variant", "old", ""},
		{"label=a=b", "label", "a=b", ""},
		{"label=", "label", "", ""},
		{"variant", "", "", `"variant" is not NAME=VALUE`},
		{"=old", "", "", `"=old" is not NAME=VALUE`},
	}
	for _, tt := range tests {
		name, value, err := ParseOptionSetting(tt.arg)
		if tt.err != "" {
			assert.EqualError(t, err, tt.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, []string{tt.name, tt.value}, []string{name, value})
	}
}

// TestPlanCheck checks that NewVM refuses plans core cannot run, naming
// the strategy and what is missing.
func TestPlanCheck(t *testing.T) {
	tests := []struct {
		name string
		plan Plan
		err  string
	}{
		{"custom without counter", Plan{Counting: CountCustom}, "CountCustom without a Counter"},
		{"inline owner without custom", Plan{Counting: CountPlain, InlineOwner: true}, "InlineOwner with plain counting (it is for CountCustom)"},
		{"inline owner without LocalZero", Plan{Counting: CountCustom, Counter: plainCounter{}, InlineOwner: true},
			"InlineOwner with a Counter (core.plainCounter) that has no LocalZero method"},
		{"biased without queue", Plan{Counting: CountBiased}, "CountBiased without a BiasedQueue"},
		{"instrumented", Plan{Counting: countInstrumented}, "unknown counting primitive instrumented"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "test-check-" + tt.name
			registerForTest(t, StrategyInfo{Name: name, Strategy: planStrategy{tt.plan}})
			_, err := NewVM(Config{Strategy: name, Stdout: io.Discard, Stderr: io.Discard})
			assert.EqualError(t, err, "strategy "+name+": "+tt.err)
		})
	}
}

// hookRecorder is a test plan's thread hooks, recording their calls.
type hookRecorder struct {
	events []string
	// again makes Safepoint ask for another safepoint, once.
	again bool
}

func (h *hookRecorder) plan() Plan {
	return Plan{
		Counting: CountPlain,
		OnThreadStart: func(t *Thread) {
			t.State = t.ID()
			h.events = append(h.events, "start "+t.Name())
		},
		Safepoint: func(t *Thread) {
			h.events = append(h.events, "safepoint "+t.Name())
			if t.Breaker()&BreakStrategy != 0 {
				h.events = append(h.events, "bit still set")
			}
			if h.again {
				h.again = false
				t.SetBreaker(BreakStrategy)
			}
		},
		OnThreadExit: func(t *Thread) {
			h.events = append(h.events, "exit "+t.Name())
		},
	}
}

// TestThreadHooks checks when core calls a plan's thread hooks: start when
// the thread is made (its State set before it runs), the strategy's
// safepoint once per BreakStrategy request with the bit cleared first (a
// request made during the call stays pending), exit at the end.
func TestThreadHooks(t *testing.T) {
	h := &hookRecorder{}
	registerForTest(t, StrategyInfo{Name: "test-hooks", Strategy: planStrategy{h.plan()}})
	vm := newTestVMConfig(t, Config{Strategy: "test-hooks", Stdout: io.Discard, Stderr: io.Discard})
	a := vm.NewThread("a")
	b := vm.NewThread("b")
	assert.Equal(t, []any{uint32(1), uint32(2)}, []any{a.State, b.State})
	a.Safepoint() // nothing asked: no call
	b.SetBreaker(BreakStrategy)
	a.Safepoint() // asked of b, not of a
	b.Safepoint()
	b.Safepoint() // served already
	h.again = true
	a.SetBreaker(BreakStrategy)
	a.Safepoint()
	assert.NotZero(t, a.Breaker()&BreakStrategy, "a request made during the safepoint stays pending")
	a.Safepoint()
	a.Exit()
	b.Exit()
	assert.Equal(t, []string{"start a", "start b", "safepoint b", "safepoint a", "safepoint a", "exit a", "exit b"}, h.events)
}

// TestThreadHooksInAProgram checks the hooks around the threads of a
// running program: every thread starts before it exits, and each one
// (the main thread and two others) starts and exits once.
func TestThreadHooksInAProgram(t *testing.T) {
	h := &hookRecorder{}
	plan := h.plan()
	var mu sync.Mutex
	start, exit := plan.OnThreadStart, plan.OnThreadExit
	// Threads other than the main one get their names when they run:
	// record ids instead.
	named := func(hook func(*Thread)) func(*Thread) {
		return func(t *Thread) {
			mu.Lock()
			defer mu.Unlock()
			t.name = fmt.Sprint(t.ID())
			hook(t)
		}
	}
	plan.OnThreadStart, plan.OnThreadExit = named(start), named(exit)
	plan.LockContainers = true
	registerForTest(t, StrategyInfo{Name: "test-hooks-program", Strategy: planStrategy{plan}})
	var errb bytes.Buffer
	vm := newTestVMConfig(t, Config{Strategy: "test-hooks-program", Stdout: io.Discard, Stderr: &errb})
	res, err := vm.RunSource("hooks.py", []byte(`import threading
def work(xs):
    return sum(xs)
ts = [threading.Thread(target=work, args=([1, 2],)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`), []string{"hooks.py"})
	require.NoError(t, err)
	require.Equal(t, 0, res.ExitCode, errb.String())
	started, exited := map[string]int{}, map[string]int{}
	for _, e := range h.events {
		what, name, _ := strings.Cut(e, " ")
		switch what {
		case "start":
			started[name]++
		case "exit":
			assert.Equal(t, 1, started[name], "%s exits after it started", name)
			exited[name]++
		}
	}
	assert.Len(t, started, 3, "%v", h.events)
	assert.Equal(t, started, exited)
}

// ownerTestCounter is plain counting as an OwnerCounter (InlineOwner):
// core does the owner's updates, the counter the others', counting its
// calls.
type ownerTestCounter struct{ increfs, decrefs, zeros int }

func (c *ownerTestCounter) Incref(_ *Thread, o *Object) {
	c.increfs++
	rc, _, _ := o.RC()
	*rc++
}

func (c *ownerTestCounter) Decref(_ *Thread, o *Object) bool {
	c.decrefs++
	rc, _, _ := o.RC()
	*rc--
	return *rc == 0
}

func (c *ownerTestCounter) LocalZero(*Thread, *Object) bool {
	c.zeros++
	return true
}

func (c *ownerTestCounter) Count(o *Object) int64 { return o.rc }

// TestInlineOwner checks custom counting with the owner's path inlined,
// on the inlined and on the instrumented dispatch: the owner's updates
// never reach the Counter, other threads' all do, LocalZero runs when the
// owner's decrement empties the count, and -stats splits the operations
// between the two paths.
func TestInlineOwner(t *testing.T) {
	for _, stats := range []bool{false, true} {
		c := &ownerTestCounter{}
		name := fmt.Sprintf("test-inline-owner-%v", stats)
		registerForTest(t, StrategyInfo{Name: name, Strategy: planStrategy{Plan{Counting: CountCustom, Counter: c, InlineOwner: true}}})
		vm := newTestVM(t, name, stats)
		a := vm.NewThread("a")
		b := vm.NewThread("b")
		o := a.NewFloat(1.5)
		require.Equal(t, header{1, 0, a.ID()}, headerOf(o))
		for range 5 {
			a.Incref(o)
			a.Decref(o)
		}
		assert.Equal(t, ownerTestCounter{}, *c, "the owner's updates are core's")
		for range 3 {
			b.Incref(o)
		}
		for range 3 {
			b.Decref(o)
		}
		assert.Equal(t, ownerTestCounter{increfs: 3, decrefs: 3}, *c, "other threads' updates are the Counter's")
		a.Decref(o)
		assert.Equal(t, ownerTestCounter{increfs: 3, decrefs: 3, zeros: 1}, *c)
		assert.Equal(t, int64(1), a.ObjectsFreed(), "LocalZero said dead: core freed it")
		a.Exit()
		b.Exit()
		s := vm.Stats()
		if stats {
			assert.Equal(t, []int64{11, 6}, []int64{s.OwnerOps, s.SharedOps}, "owner and other operations")
		}
		assert.Zero(t, s.Leaked)
	}
}
