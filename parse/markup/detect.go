package markup

import (
	"bytes"
	"regexp"
	"strings"
	"unsafe"
)

// detectWindow is how much of the content Detect reads.
const detectWindow = 256 << 10

// Detect guesses the format of content whose name says nothing: HTML by its
// doctype or its tags; wikitext by links, templates, refs and bold quotes;
// Markdown by "#" headings, fenced code, footnotes and [text](url) links;
// plain text otherwise. Headings like "== History ==" alone do not make
// wikitext, as plain-text copies of Wikipedia articles keep them too.
func Detect(src []byte) Format {
	// The window is read in place, and its lower case made once: copies of
	// a quarter megabyte each were fresh memory on every large article.
	window := bytes.TrimLeft(src[:min(len(src), detectWindow)], "\ufeff \t\n")
	s := unsafe.String(unsafe.SliceData(window), len(window))
	low := strings.ToLower(s[:min(len(s), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if strings.HasPrefix(low, p) {
			return HTML
		}
	}
	// Lower-cased once, for all the counts: appendLower gives what
	// strings.ToLower gives, in a third of the time on text that is not
	// all ASCII.
	lower := appendLower(make([]byte, 0, len(s)), s)
	low = unsafe.String(unsafe.SliceData(lower), len(lower))
	wt, md, tags := wikitextScore(s, low), markdownScore(s), htmlScore(low)
	switch {
	case tags >= 3 && tags > wt && tags > md:
		return HTML
	case wt >= 2 && wt >= md:
		return Wikitext
	case md >= 2:
		return Markdown
	}
	return Text
}

// wikitextScore counts the marks of wikitext, each kind up to a cap, in s
// and low, s lower-cased.
func wikitextScore(s, low string) int {
	score := 0
	for _, sig := range []struct {
		mark   string
		weight int
	}{{"[[", 1}, {"{{", 1}, {"<ref", 2}, {"'''", 1}, {"\n{|", 1}, {"[[category:", 2}} {
		n := strings.Count(low, sig.mark)
		if sig.mark == "[[" && !strings.Contains(s, "]]") || sig.mark == "{{" && !strings.Contains(s, "}}") {
			n = 0
		}
		score += min(n, 3) * sig.weight
	}
	return score
}

var (
	reMDHeading  = regexp.MustCompile(`(?m)^#{1,6}[ \t]+\S`)
	reMDFence    = regexp.MustCompile("(?m)^ {0,3}(```|~~~)")
	reMDFootnote = regexp.MustCompile(`\[\^[^\]\s]+\]`)
	reMDLink     = regexp.MustCompile(`\[[^\]\n]+\]\((?:https?://|/|\./|#)[^)\s]*\)`)
	reMDStrong   = regexp.MustCompile(`\*\*[^*\n]+\*\*|__[^_\n]+__`)
)

// markdownScore counts the marks of Markdown, each kind up to a cap.
func markdownScore(s string) int {
	score := 0
	for _, sig := range []struct {
		re     *regexp.Regexp
		weight int
		// can tells whether the regexp can match at all: a search for
		// its fixed bytes is many times faster than running it over a
		// window of plain text where it finds nothing.
		can func(string) bool
	}{
		{reMDHeading, 2, func(s string) bool { return strings.HasPrefix(s, "#") || strings.Contains(s, "\n#") }},
		{reMDFence, 2, func(s string) bool { return strings.Contains(s, "```") || strings.Contains(s, "~~~") }},
		{reMDFootnote, 2, func(s string) bool { return strings.Contains(s, "[^") }},
		{reMDLink, 2, func(s string) bool { return strings.Contains(s, "](") }},
		{reMDStrong, 1, func(s string) bool { return strings.Contains(s, "**") || strings.Contains(s, "__") }},
	} {
		if sig.can(s) {
			score += min(len(sig.re.FindAllStringIndex(s, 3)), 3) * sig.weight
		}
	}
	return score
}

// htmlScore counts closing tags of the elements an HTML article is made of,
// in lower-cased text.
func htmlScore(low string) int {
	n := 0
	for _, t := range []string{"</p>", "</div>", "</a>", "</span>", "</li>", "</h2>", "</section>"} {
		n += min(strings.Count(low, t), 3)
	}
	return n
}
