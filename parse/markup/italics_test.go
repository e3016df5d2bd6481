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
