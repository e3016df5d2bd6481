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

// A short paragraph is enough to tell Dutch, French or German; an English
// one quoting a French title stays English.
func TestDetectShortLatin(t *testing.T) {
	cases := map[string]string{
		"In 1975 reisde de premier naar Peking, waar hij door de voorzitter werd ontvangen. Het bezoek duurde tot maart.": "nl",
		"En 1975, le ministre se rend à Pékin, où il est reçu par le président avec ses conseillers.":                     "fr",
		"Im Jahr 1975 reiste der Minister nach Peking und wurde dort vom Vorsitzenden empfangen.":                         "de",
		"In 1975 the minister read \"Les Misérables et la Révolution\" on the way to Beijing with his staff.":             "",
	}
	for text, want := range cases {
		if got := DetectLatin(text); got != want {
			t.Errorf("DetectLatin(%.40q) = %q, want %q", text, got, want)
		}
	}
}
