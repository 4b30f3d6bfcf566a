package runner

import (
	"bytes"
	"os"
	"strconv"
	"time"
)

// rssSampling says whether peak resident sets can be sampled here.
const rssSampling = true

// sampleRSS polls a child's VmHWM (its peak resident set, from
// /proc/PID/status) until done is closed, and returns the largest value
// seen in bytes (0 if none). rusage cannot be used for this: Go starts
// children with vfork, and Linux carries the parent's peak resident set
// over into the child's ru_maxrss at exec, so every child would seem at
// least as big as the runner. Sampling misses at most the growth of the
// last interval before exit.
func sampleRSS(pid int, every time.Duration, done <-chan struct{}) int64 {
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	var peak int64
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if v := readHWM(path); v > peak {
			peak = v
		}
		select {
		case <-done:
			return peak
		case <-t.C:
		}
	}
}

func readHWM(path string) int64 {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	i := bytes.Index(b, []byte("VmHWM:"))
	if i < 0 {
		return 0
	}
	line := b[i+len("VmHWM:"):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	fields := bytes.Fields(line)
	if len(fields) == 0 {
		return 0
	}
	kb, err := strconv.ParseInt(string(fields[0]), 10, 64)
	if err != nil {
		return 0
	}
	return kb * 1024
}
