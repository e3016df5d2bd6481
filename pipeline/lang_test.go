package pipeline

import (
	"context"
	"testing"

	"github.com/annals-tui/annals/data"
)

// A line too short to tell its language by its words.
const (
	shortFrench = "Le 3 mars 1905, incendie.\n"
	shortGerman = "Am 3. März 1905 Brand.\n"
)

// loadLang loads source (its bytes given, as a cached article is) with
// --lang lang and returns the timeline's language and its first date.
func loadLang(t *testing.T, source, text, lang string) (string, string) {
	t.Helper()
	read := map[string]data.Input{source: {Name: source, Bytes: []byte(text)}}
	res := Resolve([]string{source}, Options{Lang: lang}).Load(context.Background(), read)
	if res.Timeline == nil || len(res.Timeline.Events) == 0 {
		t.Fatalf("%s: no events (%v)", source, res.Errors)
	}
	return res.Timeline.Lang, res.Timeline.Events[0].Date.EDTF()
}

// The language comes from --lang, else the source (wiki:LANG:, the URL's
// edition, the page's lang attribute), else the text.
func TestLanguageFromSource(t *testing.T) {
	cases := []struct {
		name, source, text, lang string
		want, when               string
	}{
		{"wiki:LANG:", "wiki:fr:Incendie", shortFrench, "", "fr", "1905-03-03"},
		{"URL edition", "https://de.wikipedia.org/wiki/Brand", shortGerman, "", "de", "1905-03-03"},
		{"mobile URL", "https://fr.m.wikipedia.org/wiki/Incendie", shortFrench, "", "fr", "1905-03-03"},
		{"wiki:TITLE names none", "wiki:Incendie", shortFrench, "", "", "1905"},
		{"edition annals does not read", "wiki:es:Incendio", shortFrench, "", "", "1905"},
		{"--lang over the source", "wiki:de:Incendie", shortFrench, "fr", "fr", "1905-03-03"},
	}
	for _, c := range cases {
		lang, when := loadLang(t, c.source, c.text, c.lang)
		if lang != c.want || when != c.when {
			t.Errorf("%s: lang %q, first date %s; want %q, %s", c.name, lang, when, c.want, c.when)
		}
	}
}

// A saved page's lang attribute names its language when its text is too
// short to tell; --lang still wins, and a file's name names none.
func TestLanguageFromSavedPage(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fr-BE"><head><title>Incendie</title></head><body><p>` +
		"Le 3 mars 1905, incendie.</p></body></html>"
	dir := t.TempDir()
	path := write(t, dir, "page.txt", page)
	for _, c := range []struct{ lang, want, when string }{{"", "fr", "1905-03-03"}, {"de", "de", "1905"}} {
		res := Resolve([]string{path}, Options{Lang: c.lang}).Load(context.Background(), nil)
		if res.Timeline == nil || len(res.Timeline.Events) == 0 {
			t.Fatalf("no events: %v", res.Errors)
		}
		if got, when := res.Timeline.Lang, res.Timeline.Events[0].Date.EDTF(); got != c.want || when != c.when {
			t.Errorf("--lang %q: lang %q, first date %s; want %q, %s", c.lang, got, when, c.want, c.when)
		}
	}
	plain := write(t, dir, "wiki:fr:x.txt", shortFrench)
	res := Resolve([]string{plain}, Options{}).Load(context.Background(), nil)
	if res.Timeline == nil || res.Timeline.Lang != "" {
		t.Errorf("a file named like a source: lang %q", res.Timeline.Lang)
	}
}
