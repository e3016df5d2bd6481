package markup

import (
	"bytes"
	"strings"
	"testing"
)

// A block quote nested past maxQuoteDepth keeps its text, read at that
// depth; shallower quotes and the lines around are left as they are.
func TestDeepQuotesAreFlattened(t *testing.T) {
	deep := strings.Repeat("> ", 5000) + "In 1991 the council met."
	src := []byte("# Title\n\n> > A quote in 1990.\n\n" + deep + "\n\nAfter it.\n")
	got := flattenDeepQuotes(src)
	lines := strings.Split(string(got), "\n")
	if lines[2] != "> > A quote in 1990." || lines[6] != "After it." {
		t.Errorf("shallow lines changed: %q", lines)
	}
	if n := strings.Count(lines[4], ">"); n != maxQuoteDepth || !strings.HasSuffix(lines[4], "> In 1991 the council met.") {
		t.Errorf("%d markers left on the deep line: %q…", n, lines[4][:min(80, len(lines[4]))])
	}
	shallow := []byte(strings.Repeat("> x\n", 100))
	if out := flattenDeepQuotes(shallow); !bytes.Equal(out, shallow) {
		t.Errorf("lines of one level changed")
	}
	doc := ReadMarkdown(src)
	var texts []string
	for _, b := range doc.Blocks {
		texts = append(texts, b.Text)
	}
	if strings.Join(texts, "|") != "A quote in 1990.|In 1991 the council met.|After it." {
		t.Errorf("blocks %q", texts)
	}
}
