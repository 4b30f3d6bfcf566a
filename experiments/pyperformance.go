package experiments

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// PyperfBenchmark is one benchmark of a pyperformance checkout: a
// bm_*/run_benchmark.py with the name and extra options pyperformance
// gives it (a directory's pyproject.toml names its main benchmark; each
// bm_*.toml beside it is a variant of the same script with other options).
type PyperfBenchmark struct {
	// Name is pyperformance's name for it, e.g. "nbody" or
	// "argparse_subparsers".
	Name string
	// Script is the run_benchmark.py.
	Script string
	// Args are its extra_opts.
	Args []string
	// Needs are the third-party packages its requirements.txt lists
	// (none for the pure-Python benchmarks).
	Needs []string
}

// PyperformanceDir returns the benchmarks directory of a pyperformance
// checkout given its root (pyperformance/data-files/benchmarks inside it)
// or the benchmarks directory itself, and false if dir is neither.
func PyperformanceDir(dir string) (string, bool) {
	for _, d := range []string{dir, filepath.Join(dir, "pyperformance", "data-files", "benchmarks")} {
		if m, _ := filepath.Glob(filepath.Join(d, "bm_*", "run_benchmark.py")); len(m) > 0 {
			return d, true
		}
	}
	return "", false
}

// Pyperformance lists the benchmarks of a pyperformance benchmarks
// directory (see PyperformanceDir), sorted by name.
func Pyperformance(dir string) ([]PyperfBenchmark, error) {
	scripts, err := filepath.Glob(filepath.Join(dir, "bm_*", "run_benchmark.py"))
	if err != nil {
		return nil, err
	}
	if len(scripts) == 0 {
		return nil, fmt.Errorf("no bm_*/run_benchmark.py in %s (not a pyperformance benchmarks directory)", dir)
	}
	var out []PyperfBenchmark
	for _, script := range scripts {
		bdir := filepath.Dir(script)
		needs := requirements(filepath.Join(bdir, "requirements.txt"))
		tomls := []string{filepath.Join(bdir, "pyproject.toml")}
		variants, _ := filepath.Glob(filepath.Join(bdir, "bm_*.toml"))
		sort.Strings(variants)
		tomls = append(tomls, variants...)
		for _, t := range tomls {
			name, args, ok := pyperfTOML(t)
			if !ok {
				if t != tomls[0] {
					continue
				}
				// No pyproject.toml: pyperformance names it by its directory.
				name = strings.TrimPrefix(filepath.Base(bdir), "bm_")
			}
			out = append(out, PyperfBenchmark{Name: name, Script: script, Args: args, Needs: needs})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// tomlString matches `key = "value"` and tomlList `key = ["a", "b"]` on
// one line, which is all pyperformance's [tool.pyperformance] tables use.
var (
	tomlString = regexp.MustCompile(`^\s*([A-Za-z_]+)\s*=\s*"([^"]*)"\s*$`)
	tomlList   = regexp.MustCompile(`^\s*([A-Za-z_]+)\s*=\s*\[(.*)\]\s*$`)
	tomlItem   = regexp.MustCompile(`"([^"]*)"`)
)

// pyperfTOML reads the name and extra_opts of a benchmark's
// [tool.pyperformance] table.
func pyperfTOML(path string) (name string, args []string, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, false
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") && !strings.HasPrefix(line, "[[") && strings.HasSuffix(line, "]") &&
			!strings.Contains(line, "=") {
			in = line == "[tool.pyperformance]"
			continue
		}
		if !in {
			continue
		}
		if m := tomlString.FindStringSubmatch(line); m != nil && m[1] == "name" {
			name = m[2]
		}
		if m := tomlList.FindStringSubmatch(line); m != nil && m[1] == "extra_opts" {
			for _, it := range tomlItem.FindAllStringSubmatch(m[2], -1) {
				args = append(args, it[1])
			}
		}
	}
	return name, args, name != ""
}

// requirements lists the packages of a requirements.txt ("name==1.0"
// gives "name"); none if there is no such file.
func requirements(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "-") {
			continue
		}
		name := line
		if i := strings.IndexAny(name, "=<>!~;[ \t"); i >= 0 {
			name = name[:i]
		}
		out = append(out, name)
	}
	return out
}
