package results

import (
	"fmt"
	"strings"
)

// Host describes the machine and build a record was measured on.
type Host struct {
	// CPU is the processor model (from /proc/cpuinfo where available).
	CPU string `json:"cpu"`
	// Cores is the number of logical CPUs the runner saw.
	Cores int `json:"cores"`
	// Go is the Go version the rcvm binary was built with.
	Go string `json:"go"`
	// GOMAXPROCS is the runner's GOMAXPROCS; a VM's own value is in its report.
	GOMAXPROCS int `json:"gomaxprocs"`
	// GOGC is the GOGC environment value the programs ran with ("" = Go's
	// default, 100).
	GOGC string `json:"gogc"`
	// Commit is the git commit of the checkout ("-dirty" when it had
	// uncommitted changes), or "unknown".
	Commit string `json:"commit"`
	// Date is when the experiment started, RFC 3339, UTC.
	Date string `json:"date"`
	// OS is GOOS/GOARCH.
	OS string `json:"os"`
	// Python is `python3 --version` where python3 was found.
	Python string `json:"python,omitempty"`
}

// Key names the machine: records with the same key are compared with each
// other, and each key gets its own figures. The Go version, commit and date
// are left out so that reruns on one machine stay together.
func (h Host) Key() string {
	return fmt.Sprintf("%s, %d cores", h.CPU, h.Cores)
}

// Slug is Key in a form fit for file names.
func (h Host) Slug() string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(h.CPU) {
		ok := (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')
		if ok {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if len(s) > 40 {
		s = strings.TrimSuffix(s[:40], "-")
	}
	if s == "" {
		s = "host"
	}
	return fmt.Sprintf("%s-%dc", s, h.Cores)
}
