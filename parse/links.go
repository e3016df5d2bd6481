package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// linkDict finds, in a sentence, the text of the links an article shows.
// Entries are filed under their first word, so a sentence is read once,
// a map look-up a word, whatever the number of links.
type linkDict struct {
	byWord filteredMap[[]linkEntry] // filtered: most capitalised words of a sentence are no link's first
	// first marks the bytes a link's text can start with: most words of
	// a sentence start with none of them and are passed over unlooked-up.
	first [256]bool
}

type linkEntry struct{ text, title string }

// newLinkDict gathers the links the prose shows ("Brotchi" for Jacques
// Brotchi) and the article's linked titles as they are written, which is
// all plain text has: the names of its glued link line.
func newLinkDict(doc *markup.Doc) *linkDict {
	d := &linkDict{byWord: newFilteredMap(map[string][]linkEntry{})}
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
			prev, _ := d.byWord.get(first)
			d.byWord.set(first, append(prev, e))
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

// sentenceLinks finds the links of sentences as the extractor reads them:
// the dictionary of the article and the language its links are in.
type sentenceLinks struct {
	dict *linkDict
	lang string
}

func newSentenceLinks(doc *markup.Doc, source string) *sentenceLinks {
	d := newLinkDict(doc)
	if len(d.byWord.m) == 0 {
		return nil
	}
	return &sentenceLinks{d, sourceLang(source)}
}

// of lists the links sentence shows; toks are its tokens. A nil
// sentenceLinks (an article with no links) finds none. The list is kept in
// slab, the chunk's store of them.
func (l *sentenceLinks) of(sentence string, toks []token, slab *linkSlab) []model.Link {
	if l == nil {
		return nil
	}
	slab.scratch = l.dict.findTokens(sentence, toks, l.lang, slab.scratch[:0])
	return slab.keep(slab.scratch)
}

// ofText is of for a text the tokens do not cover: an event's window of a
// long sentence.
func (l *sentenceLinks) ofText(text string, slab *linkSlab) []model.Link {
	if l == nil {
		return nil
	}
	return slab.keep(l.dict.find(text, l.lang))
}

// linkSlab keeps the link lists of a chunk's sentences side by side in
// large blocks: one allocation for hundreds of sentences, not two or three
// for each as a list grows.
type linkSlab struct {
	scratch []model.Link // the list being found
	free    []model.Link // the unused end of the current block
}

const linkSlabSize = 2048

// keep copies links into the slab and returns the copy, capped so that an
// append to it cannot run into the next list.
func (s *linkSlab) keep(links []model.Link) []model.Link {
	if len(links) == 0 {
		return nil
	}
	if len(links) > len(s.free) {
		s.free = make([]model.Link, max(linkSlabSize, len(links)))
	}
	kept := s.free[:len(links):len(links)]
	copy(kept, links)
	s.free = s.free[len(links):]
	return kept
}

// find lists the links whose text stands whole in sentence, in order. It
// reads every byte; findTokens, which the extractor uses, reads what the
// tokenizer has already cut and gives the same links (links_test.go's
// oracle).
func (d *linkDict) find(sentence, lang string) []model.Link {
	var out []model.Link
	for i := 0; i < len(sentence); {
		i = d.step(sentence, i, lang, &out)
	}
	return out
}

// step reads the word or the character at sentence[i], adds the links that
// start there to out and returns where the next one starts.
func (d *linkDict) step(sentence string, i int, lang string, out *[]model.Link) int {
	if !d.first[sentence[i]] {
		return skipWord(sentence, i)
	}
	end := wordEnd(sentence, i)
	if end == i {
		_, size := utf8.DecodeRuneInString(sentence[i:])
		return i + size
	}
	d.matchAt(sentence, i, end, lang, out)
	return end
}

// matchAt adds to out the links whose text starts with the word
// sentence[i:end] and stands whole there.
func (d *linkDict) matchAt(sentence string, i, end int, lang string, out *[]model.Link) {
	entries, _ := d.byWord.get(sentence[i:end])
	for _, e := range entries {
		rest := sentence[i:]
		if strings.HasPrefix(rest, e.text) && wordEnd(rest, len(e.text)) == len(e.text) && !hasLink(*out, e.title) {
			*out = append(*out, model.Link{Title: e.title, Lang: lang, Text: e.text})
		}
	}
}

// findTokens is find reading only where the tokens stand: what lies
// between them is white space, which starts no word. A token of ASCII
// letters and digits alone (most of them) is one word, passed over in one
// step when no link starts with its first byte.
func (d *linkDict) findTokens(sentence string, toks []token, lang string, out []model.Link) []model.Link {
	pos := 0 // where find would be: past the words read so far
	for k := range toks {
		t := &toks[k]
		i := max(pos, t.start)
		if i == t.start && t.plain && (t.end == len(sentence) || wordEnd(sentence, t.end) == t.end) {
			// the token is the whole word: its links start here or nowhere
			if d.first[sentence[i]] {
				d.matchAt(sentence, i, t.end, lang, &out)
			}
			pos = t.end
			continue
		}
		for i < t.end {
			i = d.step(sentence, i, lang, &out)
		}
		pos = i
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
