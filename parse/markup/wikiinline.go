package markup

import (
	stdhtml "html"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	low := asciiLower(s)
	pairs := bracePairs(low)
	links := linkPairs(s)
	cl := &closer{low: low}
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '{':
			if end, ok := pairs[i]; ok {
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
			if end := r.tag(s, i, cl, b); end > i {
				i = end
				continue
			}
		case '\'':
			if end := apostrophes(s, i, b); end > i {
				i = end
				continue
			}
		case '_':
			if m := reMagicWord.FindString(s[i:]); m != "" {
				i += len(m)
				continue
			}
		case '\n', '\t':
			b.WriteByte(' ')
			i++
			continue
		}
		b.WriteByte(c)
		i++
	}
}

var reMagicWord = regexp.MustCompile(`^__[A-Z]+__`)

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
func (r *wikiReader) link(s string, i int, links map[int]int, b *strings.Builder) int {
	if strings.HasPrefix(s[i:], "[[") {
		end, ok := links[i]
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
func linkPairs(s string) map[int]int {
	if !strings.Contains(s, "[[") {
		return nil
	}
	pairs := map[int]int{}
	var stack []int
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '[' && s[i+1] == '[':
			stack = append(stack, i)
			i += 2
		case s[i] == ']' && s[i+1] == ']' && len(stack) > 0:
			pairs[stack[len(stack)-1]] = i + 2
			stack = stack[:len(stack)-1]
			i += 2
		default:
			i++
		}
	}
	return pairs
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

var fileNamespaces = []string{"file:", "image:", "media:", "datei:", "fichier:", "bild:", "archivo:", "imagen:", "immagine:", "plik:", "bestand:"}

func isFileTarget(s string) bool {
	low := asciiLower(strings.TrimLeft(s[:min(len(s), 12)], " "))
	for _, ns := range fileNamespaces {
		if strings.HasPrefix(low, ns) {
			return true
		}
	}
	return false
}

// Namespaces whose links are not names of things the article mentions.
var linkNamespaces = map[string]bool{
	"category": true, "wikipedia": true, "wp": true, "help": true, "template": true, "portal": true,
	"special": true, "talk": true, "user": true, "draft": true, "module": true, "mediawiki": true,
	"wikt": true, "wiktionary": true, "s": true, "wikisource": true, "commons": true, "c": true,
	"q": true, "wikiquote": true, "n": true, "wikinews": true, "b": true, "wikibooks": true,
	"v": true, "wikiversity": true, "voy": true, "d": true, "wikidata": true, "m": true, "meta": true,
	"mw": true, "species": true, "w": true, "user talk": true, "file": true, "image": true,
}

// internalLink writes the text of [[inner]]: the label after the pipe, or
// the target; files, categories and interlanguage links write nothing.
func (r *wikiReader) internalLink(inner string, b *strings.Builder) {
	target, label, piped := strings.Cut(inner, "|")
	target = strings.TrimSpace(target)
	leadingColon := strings.HasPrefix(target, ":")
	target = strings.TrimPrefix(target, ":")
	ns, _, hasNS := strings.Cut(target, ":")
	ns = strings.ToLower(strings.TrimSpace(ns))
	switch {
	case isFileTarget(target) && !leadingColon:
		r.fileCaption(label, b)
		return
	case hasNS && ns == "category" && !leadingColon:
		return
	case hasNS && isLanguageCode(ns) && !leadingColon:
		return // an interlanguage link: not shown in the text
	}
	if piped && strings.TrimSpace(label) == "" {
		label = pipeTrick(target) // [[Foo (bar)|]] reads "Foo"
	}
	if !piped {
		label = target
	}
	title := ""
	if r.discard == 0 && !(hasNS && linkNamespaces[ns]) && !strings.HasPrefix(target, "#") {
		title = r.addLink(target)
	}
	start := b.Len()
	r.expand(label, b)
	if title != "" {
		r.doc.Shown = append(r.doc.Shown, Link{Title: title, Text: b.String()[start:]})
	}
}

func pipeTrick(target string) string {
	if _, rest, ok := strings.Cut(target, ":"); ok {
		target = rest
	}
	if i := strings.Index(target, " ("); i > 0 {
		target = target[:i]
	}
	if i := strings.Index(target, ", "); i > 0 {
		target = target[:i]
	}
	return target
}

func isLanguageCode(s string) bool {
	if s == "simple" {
		return true
	}
	code, variant, _ := strings.Cut(s, "-")
	if len(code) < 2 || len(code) > 3 || len(variant) > 8 {
		return false
	}
	for _, c := range code + variant {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// addLink records a linked page's title for entity recognition, and
// returns it ("" for a target that names no page).
func (r *wikiReader) addLink(target string) string {
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target = target[:i]
	}
	title := cleanProse(stdhtml.UnescapeString(strings.ReplaceAll(target, "_", " ")))
	if title == "" || strings.ContainsAny(title, "{}[]<>|") {
		return ""
	}
	c, size := utf8.DecodeRuneInString(title)
	title = string(unicode.ToUpper(c)) + title[size:]
	if !r.links[title] {
		r.links[title] = true
		r.doc.Links = append(r.doc.Links, title)
	}
	return title
}

// Tags whose content is not prose, dropped whole.
var dropTags = map[string]bool{
	"gallery": true, "math": true, "chem": true, "ce": true, "score": true, "timeline": true,
	"graph": true, "mapframe": true, "maplink": true, "templatedata": true, "templatestyles": true,
	"syntaxhighlight": true, "source": true, "imagemap": true, "inputbox": true, "categorytree": true,
	"hiero": true, "pre": true, "code": true, "script": true, "style": true, "charinsert": true,
}

// tag handles an HTML or extension tag at i: refs become placeholders,
// reference lists define refs, <br> is a space, other tags vanish and leave
// their content. It returns i when there is no tag.
func (r *wikiReader) tag(s string, i int, cl *closer, b *strings.Builder) int {
	name, end, selfClosing, ok := tagAt(cl.low, i)
	if !ok {
		return i
	}
	switch name {
	case "ref", "references":
		attrs := tagAttrs(s[i:end])
		if selfClosing {
			if name == "ref" {
				b.WriteString(r.useRef(attrs["group"], attrs["name"], "", ""))
			}
			return end
		}
		k := cl.find(name, end)
		if k < 0 {
			return end // unterminated: drop the tag
		}
		if name == "ref" {
			b.WriteString(r.useRef(attrs["group"], attrs["name"], s[end:k], ""))
		} else {
			r.defineRefs(attrs["group"], s[end:k])
		}
		return cl.closeEnd(k)
	case "br", "/br", "hr", "p", "/p", "li", "/div", "div":
		b.WriteByte(' ')
	}
	return end
}

// tagAt recognises an HTML-like tag at i in lower-case text: its name ("/x"
// for a closing tag), where it ends, and whether it closes itself.
func tagAt(low string, i int) (name string, end int, selfClosing bool, ok bool) {
	j := i + 1
	if j < len(low) && low[j] == '/' {
		j++
	}
	k := j
	for k < len(low) && (low[k] >= 'a' && low[k] <= 'z' || low[k] >= '0' && low[k] <= '9' || low[k] == '-') {
		k++
	}
	if k == j || k >= len(low) || (low[j] < 'a' || low[j] > 'z') {
		return "", 0, false, false
	}
	if c := low[k]; c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' {
		return "", 0, false, false
	}
	gt := strings.IndexByte(low[k:min(len(low), k+2000)], '>')
	if gt < 0 {
		return "", 0, false, false
	}
	end = k + gt + 1
	name = low[i+1 : k]
	return name, end, low[end-2] == '/', true
}

var reAttr = regexp.MustCompile(`([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))`)

// tagAttrs reads the attributes of a wikitext tag such as <ref name="x" />.
func tagAttrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range reAttr.FindAllStringSubmatch(tag, -1) {
		v := m[2] + m[3] + m[4]
		out[strings.ToLower(m[1])] = strings.TrimSpace(v)
	}
	return out
}

// bracePairs matches every {{ (and {{{) with its closing braces in one pass
// and returns, for each opening offset, the offset just past its close.
func bracePairs(s string) map[int]int {
	pairs := map[int]int{}
	type open struct{ at, width int }
	var stack []open
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '{' && s[i+1] == '{':
			w := 2
			if i+2 < len(s) && s[i+2] == '{' && !(i+3 < len(s) && s[i+3] == '{') {
				w = 3
			}
			stack = append(stack, open{i, w})
			i += w
		case s[i] == '}' && s[i+1] == '}' && len(stack) > 0:
			top := stack[len(stack)-1]
			w := 2
			if top.width == 3 && i+2 < len(s) && s[i+2] == '}' {
				w = 3
			}
			stack = stack[:len(stack)-1]
			pairs[top.at] = i + w
			i += w
		default:
			i++
		}
	}
	return pairs
}

// scrub removes comments and the bodies of tags that hold no wikitext
// (nowiki, math, gallery, ...) from s. With mask, it blanks them instead
// (keeping every offset and newline) for finding structure; otherwise
// nowiki text stays, escaped so it is read literally.
func scrub(s string, mask bool) string {
	if !strings.Contains(s, "<") {
		return s
	}
	low := asciiLower(s)
	var b strings.Builder
	b.Grow(len(s))
	blank := func(t string) {
		for i := 0; i < len(t); i++ {
			if t[i] == '\n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
	}
	noClose := map[string]int{}
	i := 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		b.WriteString(s[i:j])
		if strings.HasPrefix(low[j:], "<!--") {
			k := strings.Index(low[j+4:], "-->")
			end := len(s)
			if k >= 0 {
				end = j + 4 + k + 3
			}
			if mask {
				blank(s[j:end])
			}
			i = end
			continue
		}
		name, end, selfClosing, ok := tagAt(low, j)
		if !ok || (!dropTags[name] && name != "nowiki") {
			b.WriteByte('<')
			i = j + 1
			continue
		}
		closeStart, closeEnd := -1, -1
		if !selfClosing {
			if from, seen := noClose[name]; !seen || end < from {
				if k := strings.Index(low[end:], "</"+name); k >= 0 {
					closeStart = end + k
					closeEnd = closeStart + len(name) + 2
					if gt := strings.IndexByte(low[closeEnd:], '>'); gt >= 0 {
						closeEnd += gt + 1
					}
				} else {
					noClose[name] = end
				}
			}
		}
		switch {
		case closeStart < 0: // <nowiki/>, or an unclosed tag: drop the tag alone
			if mask {
				blank(s[j:end])
			}
			i = end
		case mask:
			blank(s[j:closeEnd])
			i = closeEnd
		default:
			if name == "nowiki" {
				b.WriteString(escapeWiki(s[end:closeStart]))
			}
			i = closeEnd
		}
	}
	return b.String()
}

// prepare readies a piece of the source for expansion.
func prepare(s string) string { return scrub(s, false) }

// escapeWiki makes text inert as wikitext by writing its markup characters
// as character references, decoded when the text is cleaned.
func escapeWiki(s string) string {
	return strings.NewReplacer("[", "&#91;", "]", "&#93;", "{", "&#123;", "}", "&#125;", "<", "&lt;",
		"'", "&#39;", "|", "&#124;", "=", "&#61;", "_", "&#95;").Replace(s)
}

// asciiLower lower-cases ASCII letters only, so offsets stay the same.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// replaceMarkers turns ref placeholders into [n] markers.
func replaceMarkers(s string, numbers []int) string {
	if !strings.ContainsRune(s, refOpen) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexRune(s, refOpen)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(string(refOpen)):]
		j := strings.IndexRune(s, refClose)
		if j < 0 {
			return b.String()
		}
		if k, err := strconv.Atoi(s[:j]); err == nil && k >= 0 && k < len(numbers) && numbers[k] > 0 {
			b.WriteString("[" + strconv.Itoa(numbers[k]) + "]")
		}
		s = s[j+len(string(refClose)):]
	}
}

// stripMarkers removes ref placeholders, to see whether prose is left.
func stripMarkers(s string) string { return replaceMarkers(s, nil) }

var (
	reSpaceBefore = regexp.MustCompile(`\s+([,.;:!?)\]]|\[\d+\])`)
	reSpaceAfter  = regexp.MustCompile(`([(\[])\s+`)
	reEmptyParens = regexp.MustCompile(`\(\s*[,;:]?\s*\)`)
)

// cleanProse decodes character references and leaves one line of plain
// text: single spaces, no controls, no space before punctuation or a
// citation marker, no empty brackets left by dropped templates.
func cleanProse(s string) string {
	if strings.Contains(s, "&") {
		s = stdhtml.UnescapeString(s)
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || unicode.IsSpace(r):
			return ' '
		case r == '\u200b' || r == '\u00ad' || r == '\ufeff' || r == '\u200e' || r == '\u200f':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.ContainsAny(s, "([") {
		s = reEmptyParens.ReplaceAllString(s, "")
		s = reSpaceAfter.ReplaceAllString(s, "$1")
	}
	s = reSpaceBefore.ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}
