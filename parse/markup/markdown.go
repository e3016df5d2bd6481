package markup

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// ReadMarkdown reads a Markdown article (CommonMark with GitHub's footnotes).
// ATX ("## History") and setext headings become headings, the first
// top-level heading the title; paragraphs, list items and block quotes are
// prose; code blocks, tables, images, HTML tags and emphasis marks are
// dropped, and links keep their text. Footnotes ([^1], [^note]) become [n]
// citations numbered in order of first use, each a reference with its
// definition's text and first URL.
func ReadMarkdown(src []byte) *Doc {
	r := &mdReader{doc: &Doc{}, notes: map[string]int{}, defs: map[string]string{}}
	r.scan(string(src))
	r.finish()
	return r.doc
}

type mdReader struct {
	doc      *Doc
	notes    map[string]int    // footnote label -> number, by first use
	order    []string          // labels by number
	defs     map[string]string // footnote label -> definition text
	defOrder []string          // labels in the order they are defined
	para     []string
	start    int
	url      string // the first URL seen by the inline reader, for references
	title    string // that link's text
}

var (
	reMDATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	reMDSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	reMDBreak     = regexp.MustCompile(`^ {0,3}([-*_])([ \t]*[-*_]){2,}[ \t]*$`)
	reMDItem      = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	reMDFenceLine = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	reMDNoteDef   = regexp.MustCompile(`^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$`)
	reMDLinkDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+`)
	reMDTableSep  = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$`)
)

func (r *mdReader) scan(src string) {
	lines := splitLines(src)
	i := r.frontMatter(lines)
	fence := ""
	for ; i < len(lines); i++ {
		ln := lines[i]
		text := ln.text
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(text), fence) {
				fence = ""
			}
			continue
		}
		if m := reMDFenceLine.FindStringSubmatch(text); m != nil {
			r.flush()
			fence = m[1]
			continue
		}
		i = r.line(lines, i)
	}
	r.flush()
}

// line reads the line at i (and any lines it owns) and returns the index of
// the last line it consumed.
func (r *mdReader) line(lines []line, i int) int {
	ln := lines[i]
	text := strings.TrimRight(ln.text, " \t")
	for strings.HasPrefix(strings.TrimLeft(text, " "), ">") { // block quotes read as prose
		text = strings.TrimPrefix(strings.TrimLeft(text, " "), ">")
	}
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "":
		r.flush()
	case len(r.para) > 0 && reMDSetext.MatchString(text):
		level := 1
		if strings.HasPrefix(trimmed, "-") {
			level = 2
		}
		head, start := strings.Join(r.para, " "), r.start
		r.para = nil
		r.heading(head, level, start)
	case reMDBreak.MatchString(text):
		r.flush()
	case reMDATX.MatchString(text):
		r.flush()
		m := reMDATX.FindStringSubmatch(text)
		r.heading(m[2], len(m[1]), ln.offset)
	case reMDNoteDef.MatchString(text):
		r.flush()
		m := reMDNoteDef.FindStringSubmatch(text)
		def := m[2]
		for i+1 < len(lines) && (strings.HasPrefix(lines[i+1].text, "    ") || strings.HasPrefix(lines[i+1].text, "\t")) {
			i++
			def += " " + strings.TrimSpace(lines[i].text)
		}
		if _, dup := r.defs[m[1]]; !dup {
			r.defs[m[1]] = def
			r.defOrder = append(r.defOrder, m[1])
		}
	case reMDLinkDef.MatchString(text) && len(r.para) == 0:
	case strings.Contains(text, "|") && i+1 < len(lines) && reMDTableSep.MatchString(lines[i+1].text):
		r.flush()
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1].text) != "" {
			i++
		}
	case len(r.para) == 0 && (strings.HasPrefix(ln.text, "    ") || strings.HasPrefix(ln.text, "\t")) && !reMDItem.MatchString(text):
		// indented code
	case reMDItem.MatchString(text):
		r.flush()
		loc := reMDItem.FindStringIndex(text)
		r.para, r.start = []string{text[loc[1]:]}, ln.offset+loc[1]
	default:
		if len(r.para) == 0 {
			r.start = ln.offset + leadingSpace(ln.text)
		}
		r.para = append(r.para, trimmed)
	}
	return i
}

// frontMatter skips a YAML front matter block, taking its title.
func (r *mdReader) frontMatter(lines []line) int {
	if len(lines) == 0 || strings.TrimSpace(lines[0].text) != "---" {
		return 0
	}
	for j := 1; j < len(lines) && j < 200; j++ {
		t := strings.TrimSpace(lines[j].text)
		if t == "---" || t == "..." {
			for _, l := range lines[1:j] {
				if k, v, ok := strings.Cut(l.text, ":"); ok && strings.TrimSpace(k) == "title" {
					r.doc.Title = cleanProse(strings.Trim(strings.TrimSpace(v), `"'`))
				}
			}
			return j + 1
		}
	}
	return 0
}

func (r *mdReader) heading(text string, level, offset int) {
	text = r.inline(text)
	if text == "" {
		return
	}
	if level == 1 && r.doc.Title == "" && len(r.doc.Blocks) == 0 {
		r.doc.Title = reMarker.ReplaceAllString(text, "")
		return
	}
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Heading, Level: level, Text: text, Offset: offset})
}

func (r *mdReader) flush() {
	if len(r.para) == 0 {
		return
	}
	text := r.inline(strings.Join(r.para, " "))
	if text != "" {
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: r.start})
	}
	r.para = nil
}

var reMarker = regexp.MustCompile(`\[\d+\]`)

// finish turns the cited footnotes, then the others in the order they are
// defined, into references.
func (r *mdReader) finish() {
	for _, label := range r.defOrder {
		if _, ok := r.notes[label]; !ok {
			r.order = append(r.order, label)
		}
	}
	for i, label := range r.order {
		r.url, r.title = "", ""
		text := r.inlineNoNotes(r.defs[label])
		r.doc.References = append(r.doc.References, model.Reference{
			N: i + 1, Text: text, URL: r.url, Title: r.title,
		})
	}
}

// cite numbers a footnote label by first use.
func (r *mdReader) cite(label string) string {
	n, ok := r.notes[label]
	if !ok {
		r.order = append(r.order, label)
		n = len(r.order)
		r.notes[label] = n
	}
	return "[" + strconv.Itoa(n) + "]"
}

func (r *mdReader) inline(s string) string { return cleanProse(r.inlineText(s, true)) }

func (r *mdReader) inlineNoNotes(s string) string { return cleanProse(r.inlineText(s, false)) }

// inlineText reads Markdown inline syntax to plain text: link and code text
// stays, images, HTML tags and emphasis marks go, and footnote references
// become [n] (or vanish, inside a footnote's own text).
func (r *mdReader) inlineText(s string, notes bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if end := r.inlineAt(s, i, notes, &b); end > i {
			i = end
			continue
		}
		if r.url == "" && strings.HasPrefix(s[i:], "http") {
			if u := reURL.FindString(s[i:]); u != "" && strings.HasPrefix(s[i:], u) {
				r.url = strings.TrimRight(u, ".,;:)")
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// inlineAt reads one piece of inline syntax at i and returns its end, or i.
func (r *mdReader) inlineAt(s string, i int, notes bool, b *strings.Builder) int {
	switch c := s[i]; c {
	case '\\':
		if i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~^\"'", s[i+1]) >= 0 {
			b.WriteByte(s[i+1])
			return i + 2
		}
	case '`':
		n := runLength(s, i, '`')
		if k := strings.Index(s[i+n:], strings.Repeat("`", n)); k >= 0 {
			b.WriteString(strings.TrimSpace(s[i+n : i+n+k]))
			return i + n + k + n
		}
		b.WriteString(s[i : i+n])
		return i + n
	case '!':
		if i+1 < len(s) && s[i+1] == '[' {
			if _, _, end, ok := mdLink(s, i+1); ok {
				return end // an image: no text
			}
		}
	case '[':
		if strings.HasPrefix(s[i:], "[^") {
			if j := strings.IndexByte(s[i:], ']'); j > 2 && !strings.ContainsAny(s[i+2:i+j], " \t") {
				if notes {
					b.WriteString(r.cite(s[i+2 : i+j]))
				}
				return i + j + 1
			}
		}
		if text, url, end, ok := mdLink(s, i); ok {
			b.WriteString(r.inlineText(text, notes))
			if r.url == "" && url != "" {
				r.url, r.title = url, cleanProse(r.inlineText(text, false))
			}
			return end
		}
	case '<':
		if hasURLScheme(s[i+1:]) { // an autolink: <https://...>
			if j := strings.IndexByte(s[i:min(len(s), i+maxExtLink)], '>'); j > 0 && !strings.ContainsAny(s[i+1:i+j], " <") {
				u := s[i+1 : i+j]
				b.WriteString(u)
				if r.url == "" {
					r.url = u
				}
				return i + j + 1
			}
		}
		if gt := strings.IndexByte(s[i:min(len(s), i+2048)], '>'); gt > 0 {
			name, end, _, ok := tagAt(asciiLower(s[i:i+gt+1]), 0)
			if !ok {
				break
			}
			if name == "br" || name == "p" || name == "/p" {
				b.WriteByte(' ')
			}
			return i + end
		}
	case '*', '_', '~':
		n := runLength(s, i, c)
		if c == '~' && n < 2 {
			return i
		}
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = s[i-1]
		}
		if i+n < len(s) {
			after = s[i+n]
		}
		if c == '_' && isWordByte(before) && isWordByte(after) {
			b.WriteString(s[i : i+n]) // snake_case, not emphasis
			return i + n
		}
		if before == ' ' && after == ' ' {
			return i // a lone star between spaces is text
		}
		return i + n
	}
	return i
}

func runLength(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// mdLink reads [text](url "title"), [text][label] or [text][] at i.
func mdLink(s string, i int) (text, url string, end int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s) && j-i < 1000; j++ {
		if s[j] == '\\' {
			j++
			continue
		}
		if s[j] == '[' {
			depth++
		} else if s[j] == ']' {
			depth--
			if depth == 0 {
				break
			}
		}
	}
	if j >= len(s) || depth != 0 || j+1 >= len(s) {
		return "", "", 0, false
	}
	text = s[i+1 : j]
	switch s[j+1] {
	case '(':
		k, parens := j+2, 1
		for ; k < len(s) && k-j < 2000; k++ {
			if s[k] == '(' {
				parens++
			} else if s[k] == ')' {
				parens--
				if parens == 0 {
					break
				}
			}
		}
		if k >= len(s) || parens != 0 {
			return "", "", 0, false
		}
		dest := strings.TrimSpace(s[j+2 : k])
		dest, _, _ = strings.Cut(dest, " ")
		return text, strings.Trim(dest, "<>"), k + 1, true
	case '[':
		if k := strings.IndexByte(s[j+1:], ']'); k >= 0 && k < 1000 {
			return text, "", j + 1 + k + 1, true
		}
	}
	return "", "", 0, false
}
