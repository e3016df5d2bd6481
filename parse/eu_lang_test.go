package parse

import "testing"

// A language tag names the language annals reads it in, or none.
func TestLangOf(t *testing.T) {
	cases := map[string]string{
		"fr": "fr", "de-CH": "de", "NL": "nl", "nl_BE": "nl", "zh-Hant": "zh", "zh-yue": "zh",
		"en-GB": "en", "simple": "en", "es": "", "": "", "x-klingon": "",
	}
	for tag, want := range cases {
		if got := LangOf(tag); got != want {
			t.Errorf("LangOf(%q) = %q, want %q", tag, got, want)
		}
	}
}

// A saved page's lang attribute is its language; --lang still wins.
func TestHTMLLangAttribute(t *testing.T) {
	page := []byte(`<html lang="nl"><head><title>Brand</title></head><body><p>Op 3 maart 1905 brand.</p></body></html>`)
	for _, c := range []struct{ lang, want, when string }{{"", "nl", "1905-03-03"}, {"en", "", "1905"}} {
		tl, err := Parse(page, Options{Source: "brand.html", Lang: c.lang})
		if err != nil || len(tl.Events) == 0 {
			t.Fatalf("%v %v", err, tl)
		}
		if tl.Lang != c.want || tl.Events[0].Date.EDTF() != c.when {
			t.Errorf("--lang %q: lang %q, %s; want %q, %s", c.lang, tl.Lang, tl.Events[0].Date.EDTF(), c.want, c.when)
		}
	}
}
