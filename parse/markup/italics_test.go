package markup

import (
	"slices"
	"testing"
)

// The readers keep the texts set in italics in the prose, once each, and
// none from a reference or a template.
func TestItalicsOfTheProse(t *testing.T) {
	wiki := ReadWikitext([]byte("'''Ana Lisboa''' sang in ''[[Mera Me Ti Mera]]'' (1999), in ''Noite Longa'' and again in ''Noite Longa''." +
		"<ref>{{cite web |title=''Not Prose''}} ''Also Not''</ref> '''''Both Ways''''' and ''it'' ends here.\n\n== References ==\n{{reflist}}"))
	if want := []string{"Mera Me Ti Mera", "Noite Longa", "Both Ways"}; !slices.Equal(wiki.Italics, want) {
		t.Errorf("wikitext italics = %q, want %q", wiki.Italics, want)
	}
	page, err := ReadHTML([]byte(`<html><body><p>She starred in <i><a href="/wiki/Noite_Longa">Noite Longa</a></i> and wrote <cite>The Harbour Book</cite>, <i>a</i>.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Noite Longa", "The Harbour Book"}; !slices.Equal(page.Italics, want) {
		t.Errorf("HTML italics = %q, want %q", page.Italics, want)
	}
}

// A block inside a link or an italic element ends the paragraph the
// element began: the reader goes on, and keeps no half of it as a link or
// a title.
func TestBlockInsideAnInlineElement(t *testing.T) {
	for _, src := range []string{`00<i><p >`, `In 1991 <a href="/wiki/X"><p>y</p></a> z`, `<i>T<div>In 1991 x.</div></i>`} {
		doc, err := ReadHTML([]byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		for _, l := range doc.Shown {
			t.Errorf("%q: a link split by a block is kept: %+v", src, l)
		}
		if len(doc.Italics) != 0 {
			t.Errorf("%q: italics %q", src, doc.Italics)
		}
	}
}
