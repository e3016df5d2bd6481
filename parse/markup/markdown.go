package markup

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser is CommonMark with GitHub's footnotes (read in linear time:
// mdfootnote.go), tables and strikethrough.
var mdParser = goldmark.New(goldmark.WithExtensions(footnotes, extension.Table, extension.Strikethrough)).Parser()

// ReadMarkdown reads a Markdown article through goldmark. ATX and setext
// headings become headings, the first top-level heading the title (or a
// YAML front matter's title); paragraphs, list items and block quotes are
// prose, and a table's data rows are read across like wikitext ones; code,
// images, HTML and emphasis marks are dropped, links keep their text.
// Footnotes ([^1], [^note]) become [n] citations numbered by first use, each
// a reference with its definition's text and first URL; a footnote never
// cited is not shown by a renderer and is left out.
func ReadMarkdown(src []byte) *Doc { return readMarkdown(src, mdPieceBytes, mdForceBytes) }

// readMarkdown reads src whole, or in pieces of about size bytes when it is
// larger (mdpieces.go).
func readMarkdown(src []byte, size, force int) *Doc {
	r := &mdReader{doc: &Doc{}}
	body := flattenDeepQuotes(r.frontMatter(src)) // mdquote.go
	if pieces := mdPieces(body, size, force); len(pieces) > 1 {
		r.readPieces(body, pieces)
		return r.doc
	}
	root := mdParser.Parse(text.NewReader(body))
	r.src = body
	r.blocks(root)
	return r.doc
}

type mdReader struct {
	doc        *Doc
	src        []byte
	base       int               // the offset in the document of src[0], less a reopened fence
	notes      *footnoteRegistry // the document's footnotes, when it is read in pieces
	url, title string            // the first link seen by inline, for references
}

// frontMatter blanks a YAML front matter block (offsets stay), taking its title.
func (r *mdReader) frontMatter(src []byte) []byte {
	first, _, _ := bytes.Cut(src, []byte{'\n'})
	if strings.TrimSpace(string(first)) != "---" {
		return src // no front matter: no need to cut the document into lines
	}
	head := src
	for i, n := 0, 0; i < len(src) && n < 200; n++ { // the lines the matter may take
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			head = src
			break
		}
		i += j + 1
		head = src[:i]
	}
	lines := splitLines(string(head))
	for j := 1; j < len(lines) && j < 200; j++ {
		if t := strings.TrimSpace(lines[j].text); t == "---" || t == "..." {
			for _, l := range lines[1:j] {
				if k, v, ok := strings.Cut(l.text, ":"); ok && strings.TrimSpace(k) == "title" {
					r.doc.Title = cleanProse(strings.Trim(strings.TrimSpace(v), `"'`))
				}
			}
			out := []byte(string(src))
			for i := 0; i < lines[j].offset+len(lines[j].text); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			return out
		}
	}
	return src
}

// blocks walks the block structure, keeping headings and prose.
func (r *mdReader) blocks(n gast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Heading:
			r.heading(c)
		case *gast.Paragraph, *gast.TextBlock:
			r.add(r.inline(c), c)
		case *east.Table:
			r.table(c)
		case *east.FootnoteList:
			if r.notes != nil {
				r.keepDefinitions(c)
			} else {
				r.footnotes(c)
			}
		case *gast.List, *gast.ListItem, *gast.Blockquote:
			r.blocks(c)
		}
	}
}

func (r *mdReader) heading(h *gast.Heading) {
	t := r.inline(h)
	switch {
	case t == "":
	case h.Level == 1 && r.doc.Title == "" && len(r.doc.Blocks) == 0:
		r.doc.Title = stripBracketMarkers(t)
	default:
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Heading, Level: h.Level, Text: t, Offset: r.base + offsetOf(h)})
	}
}

func (r *mdReader) add(t string, n gast.Node) {
	if t != "" {
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: t, Offset: r.base + offsetOf(n)})
	}
}

// table keeps each data row read across, cells joined by " · ".
func (r *mdReader) table(t *east.Table) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, head := row.(*east.TableHeader); head {
			continue
		}
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, r.inline(c))
		}
		r.add(joinCells(cells), row)
	}
}

// footnotes makes the cited footnotes references, in their numbers' order.
func (r *mdReader) footnotes(list *east.FootnoteList) {
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		fn, ok := c.(*east.Footnote)
		if !ok || fn.Index <= 0 {
			continue
		}
		ref := r.footnote(fn)
		ref.N = fn.Index
		r.doc.References = append(r.doc.References, ref)
	}
}

// offsetOf is the byte offset of a node's first line, or of its first
// child's.
func offsetOf(n gast.Node) int {
	for ; n != nil; n = n.FirstChild() {
		if n.Type() == gast.TypeBlock && n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return 0
}

// inline is the plain text of a node's inline content.
func (r *mdReader) inline(n gast.Node) string {
	var b strings.Builder
	r.inlineTo(n, &b)
	return cleanProse(b.String())
}

func (r *mdReader) inlineTo(n gast.Node, b *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Text:
			b.Write(util.UnescapePunctuations(c.Value(r.src))) // "\*" reads "*"
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *gast.String:
			b.Write(c.Value)
		case *gast.CodeSpan: // its text as written, escapes and all
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*gast.Text); ok {
					b.Write(t.Value(r.src))
				}
			}
		case *gast.Link:
			start := b.Len()
			r.inlineTo(c, b)
			r.noteLink(string(c.Destination), b.String()[start:])
		case *gast.AutoLink:
			b.Write(c.Label(r.src))
			r.noteLink(string(c.URL(r.src)), "")
		case *east.FootnoteLink:
			b.WriteString("[" + strconv.Itoa(c.Index) + "]")
		case *gast.Image, *gast.RawHTML, *east.FootnoteBacklink:
		default:
			r.inlineTo(c, b)
		}
	}
}

// noteLink remembers the first link of a footnote: its URL, and its text
// when it has one of its own.
func (r *mdReader) noteLink(url, text string) {
	if r.url == "" {
		r.url, r.title = url, cleanProse(text)
	}
}
