package markup

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// checkDoc holds every reader to the same promises: no control characters
// in any text, and references in order of their numbers, each positive and
// used once. A page may show [2] without [1] (an excerpt): the number is the
// one the text cites, so a gap is kept, not renumbered.
func checkDoc(t *testing.T, doc *Doc) {
	t.Helper()
	for _, b := range doc.Blocks {
		for _, r := range b.Text {
			if unicode.IsControl(r) {
				t.Fatalf("control character %U in block %q", r, b.Text)
			}
		}
		if b.Kind == Heading && (b.Level < 1 || b.Level > 6) {
			t.Fatalf("heading level %d", b.Level)
		}
	}
	for i, r := range doc.References {
		if r.N <= 0 || i > 0 && r.N <= doc.References[i-1].N {
			t.Fatalf("reference %d numbered %d", i+1, r.N)
		}
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzWikitext(f *testing.F) {
	addSeeds(f, "relations.wiki")
	for _, s := range []string{"{{{{{{", "}}}}", "[[[[a]]", "<ref name=x/><ref name=x>a</ref>", "<ref>unterminated",
		"{{efn|a<ref>b</ref>}}", "{{reflist|refs=<ref name=a>x</ref>}}", "<!-- x", "''''''", "{{{1|}}}", "\x1b[31m{{lang|x|\x9b1m}}",
		"== a ==\n{|\n{|\n|}", "[[File:a|[[b|[[c]]]]]]", "&#27;[31m &#x9b;", "{{#tag:ref|a|name=b}}<ref name=b/>",
		filmography, "{|\n| rowspan=99999999999 | a\n|-\n|b||c\n|}", "; a : b\n: c\n;", "[[File:x|thumb|[[y|z]]|w]]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Read(src, Wikitext)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, doc)
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "relations-legacy.html", "relations-parsoid.html")
	for _, s := range []string{"<p>a<sup class=reference><a href=#cite_note-1>[1]</a></sup>", "<ol class=references><li id=cite_note-x>",
		"<div class=mw-parser-output><h2>x</h2><p>&#27;[31m", "<cite data-mw='{\"parts\":[1]}' typeof=mw:Transclusion>", "<<<>>>",
		todaySkin, "<table><tr><td rowspan=9999999><table><tr><td>x</td></tr></table></td></tr><tr><td>y</td></tr></table>",
		"<dl><dt>a<dl><dt>b</dt></dl></dt><dd>c</dd></dl>", "<table><caption><table><caption>x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Read(src, HTML)
		if err != nil {
			return // a reader error is an answer, not a failure
		}
		checkDoc(t, doc)
	})
}

func FuzzMarkdown(f *testing.F) {
	addSeeds(f, "relations.md")
	for _, s := range []string{"[^1]", "[^1]: x\n[^1]", "[a](b", "![x](y)", "```\n", "# \n===", "---\ntitle: x\n", "<http://x>", "***", "[[[[[]]]]](("} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Read(src, Markdown)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, doc)
	})
}

func FuzzDetect(f *testing.F) {
	addSeeds(f, "relations.wiki", "relations.md", "relations-legacy.html")
	f.Fuzz(func(t *testing.T, src []byte) {
		switch Detect(src) {
		case Text, Wikitext, HTML, Markdown:
		default:
			t.Fatal("unknown format")
		}
	})
}
