package runner

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ccbench's result lines: "threads=2: 1234 iterations/s." or
// "threads=2: 1234 ( 95 %)" under a throughput task, and
// "CPU threads=1: 3 ms. (std dev: 0 ms.)" under a latency task.
var (
	ccThroughput = regexp.MustCompile(`^threads=(\d+): (\d+(?:\.\d+)?)`)
	ccLatency    = regexp.MustCompile(`^CPU threads=(\d+): (\d+(?:\.\d+)?) ms\. \(std dev: (\d+(?:\.\d+)?) ms\.\)`)
)

// ccbenchTimings reads ccbench.py's report into timings by label:
// "Throughput TASK threads=K" (iterations per second), "Latency TASK
// threads=K" and "Latency TASK threads=K std dev" (seconds). TASK is the
// task's description as ccbench prints it ("Pi calculation (Python)").
// Nil if it found none.
func ccbenchTimings(out string) map[string][]float64 {
	timings := map[string][]float64{}
	section, task := "", ""
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "--- ") && strings.HasSuffix(line, " ---"):
			section, task = strings.Trim(line, "- "), ""
		case strings.HasPrefix(line, "=="):
		case section == "Latency" && strings.HasPrefix(line, "Background CPU task:"):
			task = strings.TrimSpace(strings.TrimPrefix(line, "Background CPU task:"))
		case section == "Latency" && task != "":
			if m := ccLatency.FindStringSubmatch(line); m != nil {
				label := fmt.Sprintf("Latency %s threads=%s", task, m[1])
				add(timings, label, m[2], 1000)
				add(timings, label+" std dev", m[3], 1000)
			}
		case section == "Throughput":
			if m := ccThroughput.FindStringSubmatch(line); m != nil {
				if task != "" {
					add(timings, fmt.Sprintf("Throughput %s threads=%s", task, m[1]), m[2], 1)
				}
				continue
			}
			task = line
		}
	}
	if len(timings) == 0 {
		return nil
	}
	return timings
}

// add records value divided by per (1000 for milliseconds).
func add(timings map[string][]float64, label, value string, per float64) {
	if v, err := strconv.ParseFloat(value, 64); err == nil {
		timings[label] = append(timings[label], v/per)
	}
}
