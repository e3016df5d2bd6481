package markup

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// piecesFixture is Markdown with what CommonMark resolves across a
// document: footnotes cited before and after their definitions, reference
// links defined at the end, blank lines inside fenced code and raw HTML,
// loose lists, quotes and tables.
func piecesFixture() string {
	var b strings.Builder
	b.WriteString("# Harbour chronicle\n\nThe harbour opened in 1850.[^open] Its [first pier][pier] followed.\n\n")
	for i := range 30 {
		fmt.Fprintf(&b, "## Year %d\n\n", 1900+i)
		fmt.Fprintf(&b, "In %d the quay grew by %d metres.[^n%d] See [the plan][plan%d] and [the pier][pier].\n", 1900+i, 10+i, i, i%3)
		b.WriteString("A second line of the same paragraph.\n\n")
		if i%5 == 0 {
			fmt.Fprintf(&b, "```text\nlog %d\n\nIn 1777 nothing happened here.\n\n```\n\n", i)
		}
		if i%7 == 0 {
			b.WriteString("<!-- an editor's note\n\nIn 1666 the archive burned.\n\n-->\n\n")
		}
		if i%4 == 0 {
			fmt.Fprintf(&b, "- one item of %d\n\n- another item, loose\n\n  with a second paragraph in %d\n\n", i, 1950+i)
		}
		if i%6 == 0 {
			fmt.Fprintf(&b, "> A quote from %d.\n>\n> Its second paragraph.\n\n", 1960+i)
			fmt.Fprintf(&b, "| Year | Ships |\n|---|---|\n| %d | %d |\n| %d | %d |\n\n", 1970+i, i, 1971+i, i+1)
		}
		if i%3 == 0 { // definitions scattered through the text, cited before and after
			fmt.Fprintf(&b, "[^n%d]: Harbour board minutes, %d.\n\n", i, 1900+i)
		}
	}
	b.WriteString("[^open]: *Annals of the port*, p. 4, <https://example.org/port>.\n\n")
	for i := range 30 {
		if i%3 != 0 {
			fmt.Fprintf(&b, "[^n%d]: Letter of %d, [online](https://example.org/l%d).\n\n", i, 1900+i, i)
		}
	}
	b.WriteString("[^unused]: Never cited.\n\n[pier]: https://example.org/pier\n[plan0]: /p0\n[plan1]: /p1 \"Plan\"\n[plan2]: /p2\n")
	return b.String()
}

// A document read in pieces reads as it does whole: the same blocks at the
// same offsets, the same footnotes numbered alike, the same references.
func TestMarkdownPiecesReadAsTheWhole(t *testing.T) {
	fixtures := map[string]string{"generated": piecesFixture()}
	if src, err := os.ReadFile(filepath.Join("testdata", "relations.md")); err == nil {
		fixtures["relations.md"] = string(src)
	}
	for name, src := range fixtures {
		whole := readMarkdown([]byte(src), 1<<30, 1<<30)
		if n := len(mdPieces([]byte(src), 1, 1<<30)); n < 10 {
			t.Fatalf("%s: %d pieces: the fixture is not cut", name, n)
		}
		pieces := readMarkdown([]byte(src), 1, 1<<30) // a piece at every place a block starts afresh
		if whole.Title != pieces.Title {
			t.Errorf("%s: title %q, in pieces %q", name, whole.Title, pieces.Title)
		}
		if !reflect.DeepEqual(whole.Blocks, pieces.Blocks) {
			t.Errorf("%s: blocks differ\nwhole:\n%s\npieces:\n%s", name, dumpBlocks(whole.Blocks), dumpBlocks(pieces.Blocks))
		}
		for i, b := range whole.Blocks {
			if i < len(pieces.Blocks) && b.Offset != pieces.Blocks[i].Offset {
				t.Errorf("%s: block %d at %d, in pieces at %d", name, i, b.Offset, pieces.Blocks[i].Offset)
			}
		}
		if !reflect.DeepEqual(whole.References, pieces.References) {
			t.Errorf("%s: references differ\nwhole  %+v\npieces %+v", name, whole.References, pieces.References)
		}
		if len(whole.References) == 0 {
			t.Errorf("%s: no references", name)
		}
	}
}

// A fenced code block longer than a piece may be goes on as code in the
// next piece: its dates are no prose.
func TestALongFenceCutStaysCode(t *testing.T) {
	src := "Intro in 1901.\n\n```\n" + strings.Repeat("In 1777 a line of code.\n", 400) + "```\n\nAfter in 1902.\n"
	doc := readMarkdown([]byte(src), 1<<10, 2<<10)
	if n := len(mdPieces([]byte(src), 1<<10, 2<<10)); n < 3 {
		t.Fatalf("%d pieces: the fence is not cut", n)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Text)
	}
	if want := []string{"Intro in 1901.", "After in 1902."}; !reflect.DeepEqual(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}

// A paragraph of megabytes with no line break is read in pieces, and its
// text is all there.
func TestAGiantParagraphIsReadInPieces(t *testing.T) {
	src := strings.Repeat("*In 1991 ", 100_000) // 900 KB, one line, emphasis never closed
	if n := len(mdPieces([]byte(src), mdPieceBytes, mdForceBytes)); n < 3 {
		t.Fatalf("%d pieces for %d bytes on one line", n, len(src))
	}
	doc := ReadMarkdown([]byte(src))
	n := 0
	for _, b := range doc.Blocks {
		n += strings.Count(b.Text, "In 1991")
	}
	if n != 100_000 {
		t.Errorf("%d of the 100000 dates read", n)
	}
}
