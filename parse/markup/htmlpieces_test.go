package markup

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// htmlPiecesFixture is a saved page with what the reader reads across a
// whole page: citations numbered by the reference list at the end (a main
// group and a group of notes), tables, definition lists, headings with a
// tail section between them, italics, links, long lists and paragraphs
// whose links and list items close one another without end tags.
func htmlPiecesFixture() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="nl"><head><title>Harbour chronicle - Wikipedia</title></head>` +
		`<body class="skin"><div class="mw-indicators"><div class="mw-parser-output"><a href="/wiki/Help:Lock">lock</a></div></div>` +
		`<main id="content"><h1 id="firstHeading">Harbour <i>chronicle</i></h1><div id="mw-content-text"><div class="mw-content-ltr mw-parser-output" lang="nl">` +
		`<div class="hatnote">Not the river.</div><p>The harbour opened in 1850.<sup class="reference"><a href="#cite_note-open-1">[1]</a></sup></p>` + "\n")
	for i := range 24 {
		fmt.Fprintf(&b, "<h2 id=\"y%d\">Year %d<span class=\"mw-editsection\">[edit]</span></h2>\n", i, 1900+i)
		fmt.Fprintf(&b, "<p>In %d the <a href=\"/wiki/Quay\">quay</a> grew by %d metres<sup class=\"reference\"><a href=\"#cite_note-n%d-%d\">[%d]</a></sup> under <i>De Haven %d</i>.",
			1900+i, 10+i, i, i+2, i+2, i)
		fmt.Fprintf(&b, " A note follows.<sup class=\"reference\"><a href=\"#cite_note-g%d\">[a %d]</a></sup></p>\n", i, i)
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "<table class=\"wikitable\"><caption>Ships in %d</caption><tr><th>Year</th><th>Ships</th></tr>"+
				"<tr><td rowspan=\"2\">%d</td><td>%d<sup class=\"reference\"><a href=\"#cite_note-open-1\">[1]</a></sup></td></tr><tr><td>%d</td></tr></table>\n", 1900+i, 1900+i, i, i+1)
		case 1:
			fmt.Fprintf(&b, "<dl><dt>%d March %d</dt><dd>The pier was <b>lengthened</b>.</dd><dt>May %d</dt><dd>A storm.</dd></dl>\n", i+1, 1900+i, 1900+i)
		case 2:
			b.WriteString("<ul>")
			for j := range 8 {
				fmt.Fprintf(&b, "<li>In %d a <a href=\"/wiki/Ship_%d\">ship %d<li>was <span>launched in <a href=\"/wiki/Y%d\">%d", 1800+j, j, j, j, 1800+j)
			}
			b.WriteString("</a></span></ul>\n")
		case 3:
			fmt.Fprintf(&b, "<div><blockquote><p>We built it in %d.<p>And again in %d.</p></blockquote><p>", 1900+i, 1901+i)
			for j := range 20 {
				fmt.Fprintf(&b, "<a href=\"#cite_note-%d\">Link %d of %d ", j, j, 1900+i)
			}
			b.WriteString("</a></p></div>\n")
		case 4:
			fmt.Fprintf(&b, "<h2 id=\"see%d\">See also</h2><ul><li><a href=\"/wiki/Port_%d\">Port %d</a> (1999)</li></ul><h3>Sub</h3><p>Still the tail in %d.</p>\n", i, i, i, 1900+i)
		case 5:
			fmt.Fprintf(&b, "<section><p><cite>The harbour book</cite> of %d.</p><center><span>Centred in %d.</span></center></section>\n", 1900+i, 1900+i)
		}
	}
	b.WriteString(`<h2 id="References">References</h2><div class="reflist"><div class="mw-references-wrap"><ol class="references">` +
		`<li id="cite_note-open-1"><span class="reference-text"><cite class="citation book">Dupont, <i>Annals of the port</i> (1850). <a class="external" href="https://example.org/port">online</a></cite></span></li>`)
	for i := range 24 {
		fmt.Fprintf(&b, "<li id=\"cite_note-n%d-%d\"><span class=\"reference-text\">Harbour board minutes, %d.</span></li>", i, i+2, 1900+i)
	}
	b.WriteString(`</ol></div></div><h2 id="Notes">Notes</h2><div class="reflist"><ol class="references">`)
	for i := range 24 {
		fmt.Fprintf(&b, "<li id=\"cite_note-g%d\"><span class=\"reference-text\">A note of %d.</span></li>", i, 1900+i)
	}
	b.WriteString("</ol></div></div></div></main><div id=\"footer\">Last edited in 2024.</div></body></html>\n")
	return b.String()
}

// htmlFixtures are the pages the oracle reads in pieces.
func htmlFixtures(t *testing.T) map[string][]byte {
	out := map[string][]byte{"generated": []byte(htmlPiecesFixture())}
	for _, name := range []string{"relations-legacy.html", "relations-parsoid.html"} {
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = src
	}
	return out
}

// A page read in pieces reads as it does whole: the same blocks at the same
// offsets, the same links, italics, title, language and references,
// numbered alike.
func TestHTMLPiecesReadAsTheWhole(t *testing.T) {
	for name, src := range htmlFixtures(t) {
		whole, err := readHTML(src, 1<<30, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		p := planHTML(src, 1) // a piece at every place one may end
		if p == nil || p.pieces() < 20 {
			t.Fatalf("%s: the page is not cut", name)
		}
		cuts := len(p.cuts)
		for _, once := range []bool{true, false} {
			pieces, held, err := p.readPieces(src, once)
			if err != nil || held != cuts {
				t.Fatalf("%s: %d of %d cuts held (%v)", name, held, cuts, err)
			}
			if pieces == nil && once && hasGroupedNotes(src) {
				continue // its notes are numbered after the main ones: it is read twice
			}
			if pieces == nil {
				t.Fatalf("%s: not read (once %v)", name, once)
			}
			compareDocs(t, name, whole, pieces)
		}
		if len(whole.References) == 0 || len(whole.Links) == 0 || len(whole.Italics) == 0 || whole.Title == "" {
			t.Errorf("%s: the fixture reads too little: %d references, %d links, %d italics, title %q",
				name, len(whole.References), len(whole.Links), len(whole.Italics), whole.Title)
		}
	}
}

// hasGroupedNotes reports whether a page cites a note outside the main
// group ([a], [note 1]).
func hasGroupedNotes(src []byte) bool {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return false
	}
	t := newNoteTally()
	t.cites(articleBody(root))
	return len(t.groups) > 0
}

// A page whose citations are all of the main group is read in one pass,
// as it reads whole.
func TestHTMLPiecesReadOnce(t *testing.T) {
	src := []byte(strings.ReplaceAll(htmlPiecesFixture(), ">[a ", ">[10"))
	if hasGroupedNotes(src) {
		t.Fatal("the page still has grouped notes")
	}
	p := planHTML(src, 1)
	doc, held, err := p.readPieces(src, true)
	if doc == nil || err != nil || held != len(p.cuts) {
		t.Fatalf("not read once: %d of %d cuts held (%v)", held, len(p.cuts), err)
	}
	whole, _ := readHTML(src, 1<<30, 1<<30)
	compareDocs(t, "main group only", whole, doc)
}

func compareDocs(t *testing.T, name string, whole, pieces *Doc) {
	t.Helper()
	if !reflect.DeepEqual(whole.Blocks, pieces.Blocks) {
		t.Errorf("%s: blocks differ\nwhole:\n%s\npieces:\n%s", name, dumpBlocks(whole.Blocks), dumpBlocks(pieces.Blocks))
	}
	for i, b := range whole.Blocks {
		if i < len(pieces.Blocks) && b.Offset != pieces.Blocks[i].Offset {
			t.Errorf("%s: block %d at %d, in pieces at %d", name, i, b.Offset, pieces.Blocks[i].Offset)
		}
	}
	if !reflect.DeepEqual(whole, pieces) {
		t.Errorf("%s: docs differ\nwhole  %+v\npieces %+v", name, *whole, *pieces)
	}
}

// The generated page's notes are numbered as the reference lists give
// them, the grouped notes after the main ones, and what follows a tail
// section is dropped until the next heading of its level.
func TestHTMLPiecesFixtureReads(t *testing.T) {
	doc, err := readHTML([]byte(htmlPiecesFixture()), 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Harbour chronicle" || doc.Lang != "nl" {
		t.Errorf("title %q, lang %q", doc.Title, doc.Lang)
	}
	if len(doc.References) != 49 || doc.References[48].Text != "A note of 1923." {
		t.Fatalf("%d references, last %+v", len(doc.References), doc.References[len(doc.References)-1])
	}
	text := dumpBlocks(doc.Blocks)
	for _, want := range []string{"grew by 10 metres[2] under De Haven 0. A note follows.[26]", "1900 · 0[1]", "2 March 1901: The pier was lengthened.", "was launched in 1807", "Link 19 of 1903"} {
		if !strings.Contains(text, want) {
			t.Errorf("no block holds %q:\n%s", want, text)
		}
	}
	for _, leak := range []string{"Port 4", "Still the tail", "Not the river", "Last edited", "lock"} {
		if strings.Contains(text, leak) {
			t.Errorf("a block holds %q", leak)
		}
	}
}

// A page of links that never close, megabytes long in one paragraph, is
// cut inside the paragraph and read as one block, all of it.
func TestAGiantHTMLParagraphIsReadInPieces(t *testing.T) {
	src := "<html><body><p>" + strings.Repeat(`<a href="#cite_note-1">In 1991 `, 40_000) // 1.2 MB
	p := planHTML([]byte(src), htmlPieceBytes)
	if p == nil || p.pieces() < 4 {
		t.Fatalf("the paragraph is not cut")
	}
	doc, err := ReadHTML([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || strings.Count(doc.Blocks[0].Text, "In 1991") != 40_000 {
		t.Errorf("%d blocks, %d dates", len(doc.Blocks), strings.Count(dumpBlocks(doc.Blocks), "In 1991"))
	}
}

// Where the parser closes what the pass thought open (a link that a table
// in quirks mode leaves inside the paragraph, a stray end tag), the page
// still reads as it does whole.
func TestHTMLPiecesGiveUpACutThatFails(t *testing.T) {
	for _, src := range []string{
		"<html><body><p>x<a>y<p>z<b>w</b><a>v</a></p><div>q</div>",
		"<html><body><div>a</span><p>b</p><p>c</p></div><p>d</p>",
		"<!DOCTYPE html><html><body><p>a<table><tr><td>b</td></tr></table>c</p><p>d<ul><li>e</li></ul></p><p>f</p>",
		"<html><body><ul><li>a<ul><li>b</li></ul><li>c</li></ul><p><span>d<div>e</div>f</span></p><p>g</p>",
	} {
		whole, _ := readHTML([]byte(src), 1<<30, 1<<30)
		pieces, err := readHTML([]byte(src), 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		compareDocs(t, src, whole, pieces)
	}
}
