package gen

import (
	"fmt"
	"regexp"
	"strings"
)

var beginMarker = regexp.MustCompile(`<!-- BEGIN generated:([A-Za-z0-9_-]+) -->`)

// Replace rewrites the content of every marked block of doc whose name is
// in blocks, and returns the new document and the names of the blocks
// found in doc that blocks has nothing for (left unchanged). A BEGIN
// without its END, or a block opened twice, is an error.
func Replace(doc string, blocks map[string]string) (string, []string, error) {
	var out strings.Builder
	var missing []string
	seen := map[string]bool{}
	rest := doc
	for {
		loc := beginMarker.FindStringSubmatchIndex(rest)
		if loc == nil {
			out.WriteString(rest)
			break
		}
		name := rest[loc[2]:loc[3]]
		if seen[name] {
			return "", nil, fmt.Errorf("generated block %q appears twice", name)
		}
		seen[name] = true
		end := "<!-- END generated:" + name + " -->"
		after := rest[loc[1]:]
		j := strings.Index(after, end)
		if j < 0 {
			return "", nil, fmt.Errorf("generated block %q has no %s", name, end)
		}
		if k := beginMarker.FindStringIndex(after[:j]); k != nil {
			return "", nil, fmt.Errorf("generated block %q contains another BEGIN marker", name)
		}
		out.WriteString(rest[:loc[1]])
		if content, ok := blocks[name]; ok {
			out.WriteString("\n" + strings.TrimSpace(content) + "\n")
		} else {
			missing = append(missing, name)
			out.WriteString(after[:j])
		}
		out.WriteString(end)
		rest = after[j+len(end):]
	}
	return out.String(), missing, nil
}

// Blocks lists the names of the marked blocks of doc, in order.
func Blocks(doc string) []string {
	var names []string
	for _, m := range beginMarker.FindAllStringSubmatch(doc, -1) {
		names = append(names, m[1])
	}
	return names
}
