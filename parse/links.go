package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/par"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// linkDict finds, in a sentence, the text of the links an article shows.
// Entries are filed under their first word, so a sentence is read once,
// a map look-up a word, whatever the number of links.
type linkDict struct {
	byWord map[string][]linkEntry
	// first marks the bytes a link's text can start with: most words of
	// a sentence start with none of them and are passed over unlooked-up.
	first [256]bool
}

type linkEntry struct{ text, title string }

// newLinkDict gathers the links the prose shows ("Brotchi" for Jacques
// Brotchi) and the article's linked titles as they are written, which is
// all plain text has: the names of its glued link line.
func newLinkDict(doc *markup.Doc) *linkDict {
	d := &linkDict{byWord: map[string][]linkEntry{}}
	seen := map[string]bool{} // the same words link the article they first link
	add := func(text, title string) {
		text = shownText(text)
		e := linkEntry{text, title}
		if len(text) < 3 || seen[text] {
			return
		}
		seen[text] = true
		first := text[:wordEnd(text, 0)]
		if first != "" {
			d.byWord[first] = append(d.byWord[first], e)
			d.first[first[0]] = true
		}
	}
	for _, l := range doc.Shown {
		add(l.Text, l.Title)
	}
	for _, title := range doc.Links {
		add(title, title)
	}
	return d
}

// shownText is a link's text as a sentence has it: single spaces, and no
// citation placeholder a reader may have left in it.
func shownText(s string) string {
	if i := strings.IndexAny(s, "\uE000["); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

// attachLinks gives every event the links its sentence shows. The events
// of one sentence share one slice.
func attachLinks(t *model.Timeline, doc *markup.Doc, source string) {
	d := newLinkDict(doc)
	if len(d.byWord) == 0 {
		return
	}
	lang := sourceLang(source)
	// The dictionary is read only: each core takes a range of events, with
	// its own memory of the sentences it has read (one sentence's events
	// mostly sit together, and reading one twice costs little).
	par.Ranges(len(t.Events), 4096, func(_, lo, hi int) {
		bySentence := map[int]sentenceLinks{}
		for i := lo; i < hi; i++ {
			e := &t.Events[i]
			links, ok := bySentence[e.Offset]
			if !ok || links.text != e.Text { // a long sentence's events hold windows of it
				links = sentenceLinks{e.Text, d.find(e.Text, lang)}
				bySentence[e.Offset] = links
			}
			e.Links = links.links
		}
	})
}

// sentenceLinks are the links found in the text of an event.
type sentenceLinks struct {
	text  string
	links []model.Link
}

// find lists the links whose text stands whole in sentence, in order.
func (d *linkDict) find(sentence, lang string) []model.Link {
	var out []model.Link
	for i := 0; i < len(sentence); {
		if !d.first[sentence[i]] {
			i = skipWord(sentence, i)
			continue
		}
		end := wordEnd(sentence, i)
		if end == i {
			_, size := utf8.DecodeRuneInString(sentence[i:])
			i += size
			continue
		}
		for _, e := range d.byWord[sentence[i:end]] {
			rest := sentence[i:]
			if strings.HasPrefix(rest, e.text) && wordEnd(rest, len(e.text)) == len(e.text) && !hasLink(out, e.title) {
				out = append(out, model.Link{Title: e.title, Lang: lang, Text: e.text})
			}
		}
		i = end
	}
	return out
}

func hasLink(links []model.Link, title string) bool {
	for _, l := range links {
		if l.Title == title {
			return true
		}
	}
	return false
}

// skipWord passes the word at s[i] and what follows it up to the next
// word's start: one byte when s[i] starts no word.
func skipWord(s string, i int) int {
	end := wordEnd(s, i)
	if end == i {
		_, size := utf8.DecodeRuneInString(s[i:])
		return i + size
	}
	return end
}

// wordEnd is where the run of letters and digits at s[i:] ends (i when
// none starts there).
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += size
	}
	return i
}

// sourceLang is the language edition a wiki:LANG:TITLE source or a
// LANG.wikipedia.org address names; English for a bare wiki:TITLE, "" for
// a file, whose language the source does not say.
func sourceLang(source string) string {
	if rest, ok := strings.CutPrefix(source, "wiki:"); ok {
		if lang, _, ok := strings.Cut(rest, ":"); ok && isLangCode(lang) {
			return lang
		}
		return "en"
	}
	for _, p := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(source, p); ok {
			if host, _, ok := strings.Cut(rest, ".wikipedia.org"); ok && isLangCode(strings.TrimSuffix(host, ".m")) {
				return strings.TrimSuffix(host, ".m")
			}
		}
	}
	return ""
}

func isLangCode(s string) bool {
	if s == "simple" {
		return true
	}
	code, _, _ := strings.Cut(s, "-")
	if len(code) < 2 || len(code) > 3 {
		return false
	}
	for _, c := range code {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
