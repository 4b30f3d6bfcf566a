package cpythontests

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outcomesFile is what `rcvm cpython-tests -out` writes, for two modules
// under CPython, the GIL and brc; brc's test_b did not import.
const outcomesFile = `{"module":"test_a","runner":"cpython","passed":10,"failed":0,"errors":0,"skipped":2,"status":"done","seconds":1}
{"module":"test_a","runner":"gil","passed":9,"failed":1,"errors":0,"skipped":2,"status":"done","seconds":2}
{"module":"test_a","runner":"brc","passed":8,"failed":1,"errors":1,"skipped":2,"status":"done","seconds":2}
{"module":"test_b","runner":"cpython","passed":30,"failed":0,"errors":0,"skipped":0,"status":"done","seconds":1}
{"module":"test_b","runner":"gil","passed":3,"failed":0,"errors":0,"skipped":0,"status":"timeout","reason":"killed after 5m0s","seconds":300}
{"module":"test_b","runner":"brc","passed":0,"failed":0,"errors":0,"skipped":0,"status":"import-error","reason":"ModuleNotFoundError: No module named '_weakref'","seconds":1}

`

func TestReadReport(t *testing.T) {
	rep, err := ReadReport(strings.NewReader(outcomesFile))
	require.NoError(t, err)
	assert.Equal(t, []string{"test_a", "test_b"}, rep.Modules)
	assert.Equal(t, []string{"cpython", "gil", "brc"}, rep.Runners)
	assert.Equal(t, "cpython", rep.Reference)
	assert.Equal(t, 9, rep.Outcomes["gil"][0].Passed)
	assert.Equal(t, "import-error", rep.Outcomes["brc"][1].Status)

	md := rep.Markdown()
	for _, want := range []string{
		"| module | CPython passes | gil passes | gil of CPython's | brc passes | brc of CPython's |",
		"| test_a | 10 of 12 | 9 of 12 | 90.0% | 8 of 12 | 80.0% |",
		"| test_b | 30 of 30 | 3 of 3 † | 10.0% | 0 of 0 † | 0.0% |",
		"| **total** | **40** of 42 | **12** of 15 | **30.0%** | **8** of 12 | **20.0%** |",
		"- test_b under gil: timeout (killed after 5m0s)",
		"- test_b under brc: import-error (ModuleNotFoundError: No module named '_weakref')",
	} {
		assert.Contains(t, md, want)
	}

	// A module one runner has no outcome for is "not run", not dropped.
	rep, err = ReadReport(strings.NewReader(`{"module":"test_a","runner":"cpython","passed":1,"status":"done"}
{"module":"test_b","runner":"cpython","passed":1,"status":"done"}
{"module":"test_a","runner":"gil","passed":1,"status":"done"}`))
	require.NoError(t, err)
	assert.Equal(t, "not run", rep.Outcomes["gil"][1].Status)
	assert.Contains(t, rep.Markdown(), "- test_b under gil: not run")

	// The same reason under one runner is one note.
	rep, err = ReadReport(strings.NewReader(`{"module":"test_a","runner":"gil","status":"no-report","reason":"NameError: open"}
{"module":"test_b","runner":"gil","status":"no-report","reason":"NameError: open"}`))
	require.NoError(t, err)
	assert.Contains(t, rep.Markdown(), "- test_a, test_b under gil: no-report (NameError: open)")

	_, err = ReadReport(strings.NewReader("{\"module\":\"x\"}\n"))
	assert.ErrorContains(t, err, "line 1: an outcome needs a module and a runner")
	_, err = ReadReport(strings.NewReader("nope\n"))
	assert.ErrorContains(t, err, "line 1:")
}
