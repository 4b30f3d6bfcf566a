package time_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

var timeCases = []difftest.Case{
	{Name: "time module", Src: `import time
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01, time.time() > 1.6e9, time.monotonic() <= time.monotonic(), type(time.time_ns()))
print(type(time.process_time()), type(time.perf_counter_ns()), time.sleep(0))
for f in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.sleep(float('nan')), lambda: time.time(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, Want: "True True True <class 'int'>\n<class 'float'> <class 'int'> None\nValueError sleep length must be non-negative\nTypeError 'str' object cannot be interpreted as an integer\nValueError Invalid value NaN (not a number)\nTypeError time.time() takes no arguments (1 given)\n"},
}

func TestTimeModule(t *testing.T) { difftest.Run(t, timeCases) }
