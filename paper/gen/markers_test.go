package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReplace(t *testing.T) {
	doc := "intro\n<!-- BEGIN generated:a -->\nold a\n<!-- END generated:a -->\nmiddle\n" +
		"<!-- BEGIN generated:b -->old b<!-- END generated:b -->\nend\n"
	tests := []struct {
		name        string
		doc         string
		blocks      map[string]string
		want        string
		wantMissing []string
		wantErr     string
	}{
		{name: "both", doc: doc, blocks: map[string]string{"a": "new a", "b": "\nnew b\n\n"},
			want: "intro\n<!-- BEGIN generated:a -->\nnew a\n<!-- END generated:a -->\nmiddle\n" +
				"<!-- BEGIN generated:b -->\nnew b\n<!-- END generated:b -->\nend\n"},
		{name: "missing kept", doc: doc, blocks: map[string]string{"a": "x"}, wantMissing: []string{"b"},
			want: "intro\n<!-- BEGIN generated:a -->\nx\n<!-- END generated:a -->\nmiddle\n" +
				"<!-- BEGIN generated:b -->old b<!-- END generated:b -->\nend\n"},
		{name: "no end", doc: "<!-- BEGIN generated:a -->\n", wantErr: `block "a" has no <!-- END generated:a -->`},
		{name: "twice", doc: "<!-- BEGIN generated:a --><!-- END generated:a --><!-- BEGIN generated:a --><!-- END generated:a -->",
			wantErr: "appears twice"},
		{name: "nested", doc: "<!-- BEGIN generated:a --><!-- BEGIN generated:b --><!-- END generated:a -->", wantErr: "contains another BEGIN"},
		{name: "none", doc: "plain\n", want: "plain\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, missing, err := Replace(tt.doc, tt.blocks)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.wantMissing, missing)
			again, _, err := Replace(got, tt.blocks)
			require.NoError(t, err)
			assert.Equal(t, got, again, "regenerating is idempotent")
		})
	}
	assert.Equal(t, []string{"a", "b"}, Blocks(doc))
}
