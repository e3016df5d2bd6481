package markup

import (
	"reflect"
	"testing"
)

// Cut at every place a block starts afresh, any Markdown reads as it does
// whole.
func FuzzMarkdownPieces(f *testing.F) {

	for _, s := range []string{"a\n\nb", "```\nx\n\ny\n```\n\nz", "<!--\n\n-->\n\nq", "[^1]\n\n[^1]: n", "[a]\n\n[a]: /u", "- a\n\n- b\n\n c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole := readMarkdown([]byte(s), 1<<30, 1<<30)
		pieces := readMarkdown([]byte(s), 1, 1<<30)
		if whole.Title != pieces.Title || !reflect.DeepEqual(whole.Blocks, pieces.Blocks) || !reflect.DeepEqual(whole.References, pieces.References) {
			t.Fatalf("%q:\nwhole  %q %+v %+v\npieces %q %+v %+v", s, whole.Title, whole.Blocks, whole.References, pieces.Title, pieces.Blocks, pieces.References)
		}
	})
}
