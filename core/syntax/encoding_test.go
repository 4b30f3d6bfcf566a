package syntax

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDecodeSource(t *testing.T) {
	tests := []struct{ src, want, err string }{
		{"x = 'é'\n", "x = 'é'\n", ""},
		{"\xef\xbb\xbfx = 1\n", "x = 1\n", ""},
		{"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n", ""},
		{"#!/bin/sh\n# vim: fileencoding=iso-8859-15\n'\xa4'\n", "#!/bin/sh\n# vim: fileencoding=iso-8859-15\n'€'\n", ""},
		{"# coding=cp1252\n'\x80'\n", "# coding=cp1252\n'€'\n", ""},
		{"# coding: UTF_8\n'é'\n", "# coding: UTF_8\n'é'\n", ""},
		// The declaration counts on the second line only after a comment
		// or a blank line.
		{"x = 1\n# coding: latin-1\n'\xe9'\n", "x = 1\n# coding: latin-1\n'\xe9'\n", ""},
		{"\n# coding: latin-1\n'\xe9'\n", "\n# coding: latin-1\n'é'\n", ""},
		{"\n\n# coding: latin-1\n'\xe9'\n", "\n\n# coding: latin-1\n'\xe9'\n", ""},
		{"# coding: foo\n", "", "encoding problem: foo"},
		{"\xef\xbb\xbf# coding: latin-1\n", "", "encoding problem: iso-8859-1 with BOM"},
		{"# coding: ascii\n'\xe9'\n", "", "encoding problem: ascii"},
		{"# coding: shift_jis\n", "", "source encoding 'shift_jis' is not supported by rcvm"},
	}
	for _, tt := range tests {
		got, err := DecodeSource("x.py", []byte(tt.src))
		if tt.err != "" {
			require.Error(t, err, tt.src)
			require.Equal(t, tt.err, err.(*Error).Msg, tt.src)
			require.True(t, err.(*Error).Unlocated)
			continue
		}
		require.NoError(t, err, tt.src)
		require.Equal(t, tt.want, string(got), tt.src)
	}
}
