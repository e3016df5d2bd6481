package markup

import "testing"

// A reference that gives only its text carries no citation (the footnotes of
// a long text are most of its memory when each carries every citation
// field), and one that gives a field carries it. A citation template with
// every field empty gives nothing.
func TestCitationOnlyWhenGiven(t *testing.T) {
	html, err := ReadHTML([]byte(`<p>A.<sup class="reference"><a href="#cite_note-1">[1]</a></sup>` +
		` B.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>` +
		`<ol class="references"><li id="cite_note-1"><span class="reference-text">Le Soir, 1977.</span></li>` +
		`<li id="cite_note-2"><span class="reference-text"><a class="external" href="https://example.org/b">The B report</a></span></li></ol>`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		doc   *Doc
		cited []bool // whether each reference, by N, has a citation
	}{
		{"markdown", ReadMarkdown([]byte("In 1991 x.[^a] In 1992 y.[^b]\n\n[^a]: note.\n\n[^b]: See [the report](https://example.org/r).\n")),
			[]bool{false, true}},
		{"wikitext", ReadWikitext([]byte("A.<ref>Le Soir, 1977.</ref> B.<ref>{{cite web |title=Report |url=https://example.org/r}}</ref>" +
			" C.<ref>{{cite web}}</ref>\n\n== References ==\n{{reflist}}")), []bool{false, true, false}},
		{"text", ReadText([]byte("In 1991 x.[1] In 1992 y.[2]\n\nReferences\n\n^ Le Soir, 1977.\n\n^ \"The report\" https://example.org/r\n")),
			[]bool{false, true}},
		{"html", html, []bool{false, true}},
	} {
		if len(tc.doc.References) != len(tc.cited) {
			t.Errorf("%s: %d references, want %d: %+v", tc.name, len(tc.doc.References), len(tc.cited), tc.doc.References)
			continue
		}
		for i, r := range tc.doc.References {
			if got := r.Cite != nil; got != tc.cited[i] {
				t.Errorf("%s: reference [%d] has a citation: %v, want %v (%+v)", tc.name, r.N, got, tc.cited[i], r)
			}
		}
	}
}
