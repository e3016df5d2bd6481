package pipeline

import (
	"bytes"
	"regexp"
	"strings"
)

// maxLead is how far into a wikitext file its title is looked for: the lead
// sits at the top, after the infobox.
const maxLead = 64 << 10

var (
	reTopHeading = regexp.MustCompile(`(?m)^=([^=\n][^\n]*?[^=\n]|[^=\n])=[ \t]*$`)
	reBoldLead   = regexp.MustCompile(`'''([^'\n][^\n]*?)'''`)
	reWikiLink   = regexp.MustCompile(`\[\[(?:[^\]|]*\|)?([^\]]*)\]\]`)
)

// wikiLead is the title a wikitext file gives itself: a top-level
// "= Title =" heading, or else the bold words of its lead (”'Title”' is
// …) before the first section heading. "" when it has neither.
func wikiLead(src []byte) string {
	head := src[:min(len(src), maxLead)]
	if m := reTopHeading.FindSubmatch(head); m != nil {
		return plainTitle(string(m[1]))
	}
	if i := bytes.Index(head, []byte("\n==")); i >= 0 {
		head = head[:i]
	}
	if m := reBoldLead.FindSubmatch(head); m != nil {
		return plainTitle(string(m[1]))
	}
	return ""
}

// plainTitle drops the markup a title may carry: links, italics.
func plainTitle(s string) string {
	s = reWikiLink.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "''", "")
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}
