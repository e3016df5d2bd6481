package markup

import (
	stdhtml "html"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unsafe"
)

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
// A tag without "=" (a bare <ref>, most of a page's) has none: it is read
// as nil without the regexp, which took a fifth of the reading of a page
// dense with references. The callers only read the map.
func tagAttrs(tag string) map[string]string {
	if strings.IndexByte(tag, '=') < 0 {
		return nil
	}
	out := map[string]string{}
	for _, m := range reAttr.FindAllStringSubmatch(tag, -1) {
		v := m[2] + m[3] + m[4]
		out[strings.ToLower(m[1])] = strings.TrimSpace(v)
	}
	return out
}

// bracePairs matches every {{ (and {{{) with its closing braces in one pass
// and returns, for each opening offset, the offset just past its close.
func bracePairs(s string) pairEnds {
	if !strings.Contains(s, "{{") {
		return nil
	}
	var pairs pairEnds
	type open struct{ at, width, k int }
	var stack []open
	for i := 0; i+1 < len(s); {
		switch {
		case s[i] == '{' && s[i+1] == '{':
			w := 2
			if i+2 < len(s) && s[i+2] == '{' && !(i+3 < len(s) && s[i+3] == '{') {
				w = 3
			}
			stack = append(stack, open{i, w, pairs.opened(i)})
			i += w
		case s[i] == '}' && s[i+1] == '}' && len(stack) > 0:
			top := stack[len(stack)-1]
			w := 2
			if top.width == 3 && i+2 < len(s) && s[i+2] == '}' {
				w = 3
			}
			stack = stack[:len(stack)-1]
			pairs.closed(top.k, i+w)
			i += w
		default:
			i++
		}
	}
	return pairs.done()
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
func escapeWiki(s string) string { return wikiEscaper.Replace(s) }

var wikiEscaper = strings.NewReplacer("[", "&#91;", "]", "&#93;", "{", "&#123;", "}", "&#125;", "<", "&lt;",
	"'", "&#39;", "|", "&#124;", "=", "&#61;", "_", "&#95;")

// asciiLower lower-cases ASCII letters only, so offsets stay the same. The
// reader lower-cases every page (and each template's text) once: the copy
// is made in one buffer and returned as the string, not copied again.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := make([]byte, len(s))
			copy(b, s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return unsafe.String(&b[0], len(b)) // b is not written again
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
	s = collapseSpaces(s)
	if emptyParens(s) {
		s = reEmptyParens.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "( ") || strings.Contains(s, "[ ") {
		s = reSpaceAfter.ReplaceAllString(s, "$1")
	}
	if spaceBeforeMark(s) {
		s = reSpaceBefore.ReplaceAllString(s, "$1")
	}
	return collapseSpaces(s)
}

// emptyParens reports whether reEmptyParens may match s, whose white space
// is all ' ': a "(" and a ")" with at most spaces and one of ",;:" between.
// A regexp that does not match still copies the string it is given, and
// most paragraphs with a bracket hold no empty one.
func emptyParens(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && strings.IndexByte(",;:", s[j]) >= 0 {
			j++
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == ')' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// spaceBeforeMark reports whether reSpaceBefore may match s, whose white
// space is all ' ': a space before punctuation, a closing bracket or a
// '[' (of a marker). Most text has none, and the regexp cost a search of
// every paragraph.
func spaceBeforeMark(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		if strings.IndexByte(",.;:!?)][", s[i+1]) >= 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") for text whose
// only white space is ' ' (cleanProse has mapped the rest to it), without
// the slice of every word that costs 16 bytes a word (a 16 MB paragraph
// took 50 MB for it), and without a copy when s is already so.
func collapseSpaces(s string) string {
	clean := len(s) == 0 || s[0] != ' ' && s[len(s)-1] != ' '
	for i := 1; clean && i < len(s); i++ {
		clean = !(s[i] == ' ' && s[i-1] == ' ')
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, s[i])
	}
	return string(b)
}
