package markup

import (
	"regexp"
	"strings"
)

// maxWikiDepth bounds the nesting of templates and links that is expanded;
// deeper content is dropped, so hostile input cannot exhaust the stack.
const maxWikiDepth = 40

// expand writes the plain text of inline wikitext s to b: link text, the
// prose of known templates, ref placeholders; no markup.
func (r *wikiReader) expand(s string, b *strings.Builder) {
	if r.depth >= maxWikiDepth {
		return
	}
	r.depth++
	defer func() { r.depth-- }()
	pairs := bracePairs(s) // braces have no case
	links := linkPairs(s)
	var cl *closer // its lower-case copy of s is made at the first '<': most of a page's inline text has none
	italic := -1   // where the italic text being read starts in b, or -1
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '{':
			if end, ok := pairs.get(i); ok {
				if strings.HasPrefix(s[i:], "{{{") && end-i >= 6 && s[end-3:end] == "}}}" {
					i = end // a template parameter: nothing outside a template
					continue
				}
				r.template(s[i+2:end-2], b)
				i = end
				continue
			}
		case '[':
			if end := r.link(s, i, links, b); end > i {
				i = end
				continue
			}
		case '<':
			if cl == nil {
				cl = &closer{low: asciiLower(s)}
			}
			if end := r.tag(s, i, cl, b); end > i {
				i = end
				continue
			}
		case '\'':
			if end := apostrophes(s, i, b); end > i {
				if n := end - i; n == 2 || n >= 5 { // '' and ''''' turn italics on or off
					italic = r.toggleItalic(italic, b)
				}
				i = end
				continue
			}
		case '_':
			if m := reMagicWord.FindString(s[i:]); m != "" {
				i += len(m)
				continue
			}
		case '\n', '\t':
			if c == '\n' {
				italic = -1 // italics end with their line
			}
			b.WriteByte(' ')
			i++
			continue
		}
		b.WriteByte(c)
		i++
	}
}

var reMagicWord = regexp.MustCompile(`^__[A-Z]+__`)

// toggleItalic opens an italic span at the end of b, or closes the one
// open since from and notes its text: the prose's only, for a reference's
// or a template's italics are not the article's.
func (r *wikiReader) toggleItalic(from int, b *strings.Builder) int {
	if from < 0 {
		return b.Len()
	}
	if r.discard == 0 {
		r.doc.noteItalic(b.String()[from:], r.italicSeen)
	}
	return -1
}

// apostrophes drops the ” and ”' of italic and bold text at i.
func apostrophes(s string, i int, b *strings.Builder) int {
	n := 0
	for i+n < len(s) && s[i+n] == '\'' {
		n++
	}
	switch {
	case n < 2:
		return i
	case n == 4:
		b.WriteByte('\'')
	case n > 5:
		b.WriteString(strings.Repeat("'", n-5))
	}
	return i + n
}

// link handles [[internal links]] and [external links] at i, returning the
// end of the link or i when there is none.
func (r *wikiReader) link(s string, i int, links pairEnds, b *strings.Builder) int {
	if strings.HasPrefix(s[i:], "[[") {
		end, ok := links.get(i)
		if !ok || strings.IndexByte(s[i:end], '\n') >= 0 && !isFileTarget(s[i+2:]) {
			return i // a plain link ends at the line
		}
		r.internalLink(s[i+2:end-2], b)
		// The link trail: [[cat]]s reads "cats".
		for end < len(s) && s[end] >= 'a' && s[end] <= 'z' {
			b.WriteByte(s[end])
			end++
		}
		return end
	}
	rest := s[i+1:]
	if !hasURLScheme(rest) {
		return i
	}
	close := strings.IndexAny(rest[:min(len(rest), maxExtLink)], "]\n")
	if close < 0 || rest[close] != ']' {
		return i
	}
	inner := rest[:close]
	url, text, _ := strings.Cut(inner, " ")
	start := b.Len()
	if text = strings.TrimSpace(text); text != "" {
		r.expand(text, b)
	}
	if r.cur != nil {
		r.cur.noteLink(url, cleanProse(stripMarkers(b.String()[start:])))
	}
	return i + 1 + close + 1
}

// maxExtLink bounds the length of an [external link with its text].
const maxExtLink = 4096

func hasURLScheme(s string) bool {
	low := asciiLower(s[:min(len(s), 10)])
	for _, p := range []string{"http://", "https://", "//", "ftp://", "mailto:", "news:", "irc://"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// linkPairs matches every [[ with its ]] in one pass (links nest in file
// captions) and returns, for each opening offset, the offset past its close.
func linkPairs(s string) pairEnds {
	if !strings.Contains(s, "[[") {
		return nil
	}
	var pairs pairEnds
	var stack []int // indexes in pairs of the links open
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '[' && s[i+1] == '[':
			stack = append(stack, pairs.opened(i))
			i += 2
		case s[i] == ']' && s[i+1] == ']' && len(stack) > 0:
			pairs.closed(stack[len(stack)-1], i+2)
			stack = stack[:len(stack)-1]
			i += 2
		default:
			i++
		}
	}
	return pairs.done()
}

// closer finds closing tags in lower-case text, remembering where none is
// left, so that a thousand unclosed tags cost one search, not a thousand.
type closer struct {
	low  string
	none map[string]int // name -> offset from which no "</name" follows
}

// find returns the offset of the first "</name" at or after from, or -1.
func (c *closer) find(name string, from int) int {
	if n, ok := c.none[name]; ok && from >= n {
		return -1
	}
	k := strings.Index(c.low[from:], "</"+name)
	if k < 0 {
		if c.none == nil {
			c.none = map[string]int{}
		}
		c.none[name] = from
		return -1
	}
	return from + k
}

// closeEnd returns the end of the closing tag that starts at k.
func (c *closer) closeEnd(k int) int {
	if gt := strings.IndexByte(c.low[k:], '>'); gt >= 0 {
		return k + gt + 1
	}
	return len(c.low)
}

// elementEnd returns the end of a <ref>...</ref> or <references>...</references>
// element at i, or 0.
func (c *closer) elementEnd(i int) int {
	name, end, selfClosing, ok := tagAt(c.low, i)
	if !ok || selfClosing || (name != "ref" && name != "references") {
		return 0
	}
	k := c.find(name, end)
	if k < 0 {
		return 0
	}
	return c.closeEnd(k)
}
