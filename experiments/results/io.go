package results

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Writer appends records to a JSON Lines file, one flushed line per record,
// so that an interrupted experiment still leaves every finished measurement.
type Writer struct {
	mu   sync.Mutex
	f    *os.File
	path string
}

// Create creates (or truncates) the file at path, making its directory.
func Create(path string) (*Writer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &Writer{f: f, path: path}, nil
}

// Path is the file being written.
func (w *Writer) Path() string { return w.path }

// Write appends one record.
func (w *Writer) Write(r Record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("results: encoding a %s record of %s: %w", r.Type, r.Experiment, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err = w.f.Write(append(b, '\n'))
	return err
}

// Close closes the file.
func (w *Writer) Close() error { return w.f.Close() }

// Decode reads the records of one JSON Lines stream. Blank lines are
// skipped; a malformed line is an error naming its line number.
func Decode(r io.Reader, name string) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: not a results record: %w", name, line, err)
		}
		if rec.Type == "" || rec.Experiment == "" {
			return nil, fmt.Errorf("%s:%d: not a results record: no type or experiment", name, line)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// ReadFile reads the records of one results file.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Decode(f, path)
}

// ErrNoResults is returned by LoadDir when a directory holds no results.
var ErrNoResults = errors.New("no results files (*.jsonl)")

// LoadDir reads every *.jsonl file in dir (not recursively), in name order.
func LoadDir(dir string) ([]Record, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoResults)
	}
	sort.Strings(files)
	var all []Record
	for _, f := range files {
		recs, err := ReadFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, recs...)
	}
	return all, nil
}
