package markup

import (
	"regexp"
	"strings"
)

// ReadWikitext reads MediaWiki wikitext, the source of a Wikipedia article.
// It keeps what a reader of the rendered page reads as prose: paragraphs,
// list items and headings, with link text, bold and italic text, and the
// prose of inline templates (dates, conversions, languages). It drops what is
// not prose: infoboxes, navboxes, hatnotes, maintenance tags and every other
// template it does not know, files and their captions, tables, categories,
// comments and HTML tags. Each <ref> (and {{efn}}, {{sfn}}, {{r}}) becomes an
// [n] marker right where it stood, numbered in order of first use as
// Wikipedia numbers them; grouped refs (notes) are numbered after the
// article's main references. Reference lists ("References", "Notes", ...)
// give no prose, but the refs defined there count.
func ReadWikitext(src []byte) *Doc {
	r := newWikiReader(string(src))
	r.scanBlocks()
	r.finish()
	r.doc.Lead = boldLead(r.src, r.pairs)
	return r.doc
}

// boldLead is the bold name the article's first prose line opens with
// (the name between triple apostrophes), or "": the reader drops the bold marks, and the
// people finder wants the name they mark as the article's subject.
func boldLead(src string, pairs pairEnds) string {
	for i, n := 0, 0; i < len(src) && n < 400; n++ {
		if end, ok := pairs.get(i); ok { // an infobox or other template: skip it whole
			i = end
			continue
		}
		line, _, _ := strings.Cut(src[i:], "\n")
		i += len(line) + 1
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '{' || t[0] == '|' || t[0] == '[' || t[0] == '<' || t[0] == '=' || t[0] == '_' {
			continue
		}
		rest, ok := strings.CutPrefix(t, "'''")
		if !ok {
			return ""
		}
		name, _, ok := strings.Cut(rest, "'''")
		if !ok || len(name) > 80 {
			return ""
		}
		return strings.TrimSpace(strings.NewReplacer("[[", "", "]]", "").Replace(name))
	}
	return ""
}

// wikiReader holds the state of one wikitext read.
type wikiReader struct {
	src      string   // the source, with placeholder runes made harmless
	mask     string   // src in ASCII lower case with comments and tag bodies blanked: for structure
	pairs    pairEnds // {{ -> past its }}, in mask
	linkEnds pairEnds // [[ -> past its ]], in mask
	close    *closer  // closing tags in mask

	doc        *Doc
	refs       []*wikiRef
	byKey      map[string]*wikiRef
	mainN      int // references in the main group so far
	otherN     int // grouped references (notes) so far
	links      map[string]bool
	italicSeen map[string]bool // Doc.Italics, as a set
	discard    int             // > 0 while expanding text that is not prose: refs count, links do not
	tail       int             // > 0 inside a reference list or other tail section of that level
	depth      int             // template and link nesting, bounded
	cur        *refBuild
	alone      bool // reading a template or file on a line of its own
	terms      termLead
}

// Markers for a citation inside text until references are numbered:
// refOpen, the reference's index, refClose. Private-use runes of the same
// UTF-8 length as U+FFFD, which replaces them in the source.
const (
	refOpen  = '\uE000'
	refClose = '\uE001'
)

func newWikiReader(src string) *wikiReader {
	src = strings.Map(func(r rune) rune {
		if r == refOpen || r == refClose {
			return '\uFFFD'
		}
		return r
	}, src)
	mask := scrub(asciiLower(src), true)
	return &wikiReader{
		src:        src,
		mask:       mask,
		pairs:      bracePairs(mask),
		linkEnds:   linkPairs(mask),
		close:      &closer{low: mask},
		doc:        &Doc{},
		byKey:      map[string]*wikiRef{},
		links:      map[string]bool{},
		italicSeen: map[string]bool{},
	}
}

var reWikiHeading = regexp.MustCompile(`^(={1,6})(.+?)(={1,6})\s*$`)

// scanBlocks walks the source one logical line at a time (a line whose
// templates, refs and file links may run over several physical lines) and
// groups the lines into headings, paragraphs and list items.
func (r *wikiReader) scanBlocks() {
	var para []string
	paraStart := 0
	flush := func() {
		if len(para) > 0 {
			r.addParagraph(strings.Join(para, "\n"), paraStart)
			para = para[:0]
		}
	}
	for i := 0; i < len(r.src); {
		end := r.lineEnd(i)
		raw, m := r.src[i:end], r.mask[i:end]
		next := end + 1
		trimmed := strings.TrimSpace(m)
		switch {
		case trimmed == "" && strings.HasPrefix(asciiLower(strings.TrimSpace(raw)), "<gallery"):
			flush()
			next = r.gallery(i)
		case trimmed == "" && strings.TrimSpace(raw) != "":
			// a line of nothing but a comment: MediaWiki drops it whole
		case trimmed == "":
			flush()
			r.terms.drop(&r.doc.Blocks)
		case strings.HasPrefix(trimmed, "{|"):
			flush()
			next = r.readTable(i)
		case reWikiHeading.MatchString(strings.TrimSpace(prepare(raw))):
			flush()
			r.addHeading(strings.TrimSpace(prepare(raw)), i+leadingSpace(raw))
		case strings.HasPrefix(trimmed, "----"):
			flush()
		case r.standsAlone(i, end):
			// A template or file on a line of its own (an infobox, a hatnote,
			// an image) is a block of its own; it rarely holds prose.
			flush()
			r.alone = true
			r.addParagraph(raw, i+leadingSpace(raw))
			r.alone = false
		case strings.IndexByte("*#:;", trimmed[0]) >= 0:
			flush()
			r.listItem(raw, i+leadingSpace(raw))
		default:
			if len(para) == 0 {
				paraStart = i + leadingSpace(raw)
			}
			para = append(para, raw)
		}
		i = next
	}
	flush()
	r.terms.drop(&r.doc.Blocks)
}

// standsAlone reports whether the logical line [i, end) is one template or
// one file link and nothing else.
func (r *wikiReader) standsAlone(i, end int) bool {
	m := r.mask[i:end]
	start := i + leadingSpace(m)
	stop := i + len(strings.TrimRight(m, " \t"))
	switch {
	case strings.HasPrefix(r.mask[start:stop], "{{"):
		end, ok := r.pairs.get(start)
		return ok && end == stop
	case strings.HasPrefix(r.mask[start:stop], "[[") && isFileTarget(r.mask[start+2:stop]):
		end, ok := r.linkEnds.get(start)
		return ok && end == stop
	}
	return false
}

// lineEnd finds the end of the logical line starting at i: the first newline
// outside a template, a ref, a reference list or a file link.
func (r *wikiReader) lineEnd(i int) int {
	m := r.mask
	for i < len(m) {
		switch m[i] {
		case '\n':
			return i
		case '{':
			if end, ok := r.pairs.get(i); ok {
				i = end
				continue
			}
		case '[':
			if end, ok := r.linkEnds.get(i); ok && isFileTarget(m[i+2:]) {
				i = end
				continue
			}
		case '<':
			if end := r.close.elementEnd(i); end > 0 {
				i = end
				continue
			}
		}
		i++
	}
	return len(m)
}

// skipTable skips a table ({| ... |}, nested tables too) that starts at the
// line at i, counting the refs inside it, and returns where the next line
// starts.
func (r *wikiReader) skipTable(i int) int {
	depth := 0
	start := i
	for i < len(r.src) {
		end := r.lineEnd(i)
		t := strings.TrimSpace(r.mask[i:end])
		switch {
		case strings.HasPrefix(t, "{|"):
			depth++
		case strings.HasPrefix(t, "|}"):
			depth--
		}
		i = end + 1
		if depth <= 0 {
			break
		}
	}
	r.discard++
	r.expandString(prepare(r.src[start:min(i, len(r.src))]))
	r.discard--
	return i
}

// addHeading keeps a heading, and notes whether it opens a tail section
// (References, See also, ...), whose subsections are part of it.
func (r *wikiReader) addHeading(line string, offset int) {
	r.terms.drop(&r.doc.Blocks)
	m := reWikiHeading.FindStringSubmatch(line)
	level := min(len(m[1]), len(m[3]))
	text := r.expandString(m[2])
	clean := cleanProse(stripMarkers(text))
	switch {
	case clean == "":
		return
	case isTailSection(clean):
		r.tail = level
		return
	case r.tail > 0 && level > r.tail:
		return
	}
	r.tail = 0
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Heading, Level: level, Text: text, Offset: offset})
}

// addParagraph expands a paragraph's wikitext and keeps it when prose is
// left. In a reference list or other tail section nothing is kept, but the
// refs defined there are counted.
func (r *wikiReader) addParagraph(raw string, offset int) {
	if r.tail > 0 {
		r.discard++
		r.expandString(prepare(raw))
		r.discard--
		return
	}
	text := r.expandString(prepare(raw))
	if cleanProse(stripMarkers(text)) == "" {
		return
	}
	text, offset = r.terms.join(text, offset)
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: offset})
}

// listItem keeps one item of a list ("*", "#") or a definition list: a
// term ("; 24 November 1995", or "; 1995: a term" with its description
// after the colon) leads the description that follows it (": HTML 2.0 was
// published"), as one statement.
func (r *wikiReader) listItem(raw string, offset int) {
	line := strings.TrimSpace(raw)
	marks := len(line) - len(strings.TrimLeft(line, "*#:;"))
	item := line[marks:]
	if line[marks-1] != ';' {
		r.addParagraph(item, offset)
		return
	}
	r.terms.drop(&r.doc.Blocks)
	term, desc, inline := strings.Cut(item, " : ")
	text := r.expandString(prepare(term))
	if r.tail > 0 || cleanProse(stripMarkers(text)) == "" {
		return
	}
	r.terms.hold(&r.doc.Blocks, strings.TrimSpace(text), offset)
	if inline {
		r.addParagraph(desc, offset)
	}
}

// expandString expands inline wikitext to plain text with ref placeholders.
func (r *wikiReader) expandString(s string) string {
	var b strings.Builder
	r.expand(s, &b)
	return b.String()
}

// finish builds the references, numbers them and writes the final [n]
// markers and clean text into every block.
func (r *wikiReader) finish() {
	built := make([]refResult, 0, len(r.refs))
	for i := 0; i < len(r.refs); i++ { // building a note can use more refs
		if r.refs[i].used {
			built = append(built, refResult{r.refs[i], r.buildReference(r.refs[i])})
		}
	}
	numbers := make([]int, len(r.refs))
	for i, ref := range r.refs {
		if !ref.used {
			continue
		}
		numbers[i] = ref.n
		if ref.group != "" {
			numbers[i] = r.mainN + ref.n
		}
	}
	for _, b := range built {
		ref := b.ref
		ref.N = numbers[b.def.index]
		ref.Text = cleanProse(replaceMarkers(ref.Text, numbers))
		r.doc.References = append(r.doc.References, ref)
	}
	sortReferences(r.doc.References)
	blocks := r.doc.Blocks[:0]
	for _, b := range r.doc.Blocks {
		b.Text = cleanProse(replaceMarkers(b.Text, numbers))
		if b.Text != "" {
			blocks = append(blocks, b)
		}
	}
	r.doc.Blocks = blocks
}
