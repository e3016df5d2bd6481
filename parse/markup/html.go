package markup

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadHTML reads a Wikipedia article as HTML: a page saved from a browser
// (the legacy parser's output inside the skin) or Parsoid's HTML (the REST
// API's /html). Only the article body counts (.mw-parser-output, or
// Parsoid's body): navigation, footers, edit links, infoboxes and other
// tables, figures and captions, hatnotes, navboxes and hidden maintenance
// text are dropped. Citations (sup.reference) become [n] markers and the
// reference lists (ol.references) give the references, with the fields of
// each citation template where the page carries them (Parsoid's data-mw, or
// the COinS metadata of the legacy output).
func ReadHTML(src []byte) (*Doc, error) {
	return readHTML(src, htmlWholeBytes, htmlPieceBytes)
}

// readHTML reads a page over whole bytes in pieces of about size bytes
// (htmlpieces.go).
func readHTML(src []byte, whole, size int) (*Doc, error) {
	if len(src) > whole {
		if p := planHTML(src, size); p != nil {
			return p.read(src)
		}
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	r := newHTMLReader()
	r.offsets = nodeOffsets(root, tagOffsets(src))
	r.doc.Title = pageTitle(root)
	r.doc.Lang = pageLang(root)
	body := articleBody(root)
	r.notes = numberNotes(body)
	r.walk(body)
	r.flush()
	r.terms.drop(&r.doc.Blocks)
	r.doc.References = references(body, r.notes)
	return r.doc, nil
}

func newHTMLReader() *htmlReader {
	return &htmlReader{doc: &Doc{}, links: map[string]bool{}, italicSeen: map[string]bool{}}
}

type htmlReader struct {
	doc        *Doc
	offsets    map[*html.Node]int
	notes      map[string]int // cite_note id -> reference number
	links      map[string]bool
	italicSeen map[string]bool // Doc.Italics, as a set
	buf        strings.Builder
	terms      termLead
	cell       int // > 0 while reading a table cell
	offset     int // of the block being read
	tailLevel  int // > 0 inside a reference list or other tail section of that level
	// spine marks the blocks a piece of the page begins or ends inside
	// (htmlpieces.go): reopened, one was begun in the piece before; left
	// open, it goes on in the next.
	spine map[*html.Node]uint8
}

const (
	reopened uint8 = 1 << iota
	leftOpen
)

func (r *htmlReader) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

func (r *htmlReader) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if r.tailLevel == 0 {
			r.buf.WriteString(n.Data)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipElement(n) {
		return
	}
	switch {
	case headingLevel(n) > 0:
		r.flush()
		r.heading(n, headingLevel(n))
	case isCitation(n):
		if num := r.notes[noteTarget(n)]; num > 0 && r.tailLevel == 0 {
			r.buf.WriteString("[" + strconv.Itoa(num) + "]")
		}
	case n.DataAtom == atom.Br:
		r.buf.WriteByte(' ')
	case n.DataAtom == atom.Table:
		if r.cell == 0 {
			r.flush()
			r.table(n)
		}
	case n.DataAtom == atom.Dt && r.cell == 0:
		r.flush()
		r.setOffset(n)
		r.walk(n)
		r.term()
	case blockElements[n.DataAtom]:
		spine := r.spine[n]
		if spine&reopened == 0 {
			r.flush()
			r.setOffset(n)
		}
		r.walk(n)
		if spine&leftOpen == 0 {
			r.flush()
		}
	default:
		title, start := "", r.buf.Len()
		if n.DataAtom == atom.A && r.tailLevel == 0 {
			title = r.addLink(n)
		}
		r.walk(n)
		if r.buf.Len() < start {
			return // a block inside the element flushed what it began: its text is in two blocks
		}
		if title != "" {
			r.doc.Shown = append(r.doc.Shown, Link{Title: title, Text: r.buf.String()[start:]})
		}
		if (n.DataAtom == atom.I || n.DataAtom == atom.Cite) && r.tailLevel == 0 {
			r.doc.noteItalic(r.buf.String()[start:], r.italicSeen)
		}
	}
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dd: true, atom.Dt: true, atom.Blockquote: true, atom.Center: true,
	atom.Article: true, atom.Main: true, atom.Body: true, atom.Hr: true, atom.Pre: true,
	atom.Details: true, atom.Summary: true, atom.Address: true, atom.Figure: true, atom.Figcaption: true,
}

func (r *htmlReader) flush() {
	if r.cell > 0 { // blocks inside a table cell run together
		r.buf.WriteByte(' ')
		return
	}
	text := cleanProse(r.buf.String())
	r.buf.Reset()
	if text != "" && r.tailLevel == 0 {
		text, off := r.terms.join(text, r.offset)
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: off})
	}
}

// term holds a <dt> ("24 November 1995") as the lead of the description
// that follows it, as a reader reads a timeline of dt/dd pairs.
func (r *htmlReader) term() {
	text := cleanProse(r.buf.String())
	r.buf.Reset()
	if text != "" && r.tailLevel == 0 {
		r.terms.hold(&r.doc.Blocks, text, r.offset)
	}
}

func (r *htmlReader) setOffset(n *html.Node) {
	if off, ok := r.offsets[n]; ok {
		r.offset = off
	}
}

func (r *htmlReader) heading(n *html.Node, level int) {
	text := cleanProse(textOf(n))
	if text == "" {
		return
	}
	switch {
	case isTailSection(text):
		r.tailLevel = level
		return
	case r.tailLevel > 0 && level > r.tailLevel:
		return // a part of the reference list
	}
	r.tailLevel = 0
	r.terms.drop(&r.doc.Blocks)
	off := r.offset
	if o, ok := r.offsets[n]; ok {
		off, r.offset = o, o
	}
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Heading, Level: level, Text: text, Offset: off})
}

func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// addLink records the title of a linked article: /wiki/Title in the legacy
// output, ./Title in Parsoid's, a red link's title= otherwise. It returns
// the title, "" when the link is to no article.
func (r *htmlReader) addLink(a *html.Node) string {
	title := linkTitle(attr(a, "href"))
	if title != "" && !r.links[title] {
		r.links[title] = true
		r.doc.Links = append(r.doc.Links, title)
	}
	return title
}

func linkTitle(href string) string {
	var raw string
	switch {
	case strings.HasPrefix(href, "./"):
		raw = href[2:]
	case strings.Contains(href, "/wiki/") && (strings.HasPrefix(href, "/wiki/") || strings.Contains(href, ".wikipedia.org/wiki/")):
		raw = href[strings.Index(href, "/wiki/")+len("/wiki/"):]
	case strings.Contains(href, "redlink=1"):
		u, err := url.Parse(href)
		if err != nil {
			return ""
		}
		return titleFromPath(u.Query().Get("title"))
	default:
		return ""
	}
	if i := strings.IndexAny(raw, "#?"); i >= 0 {
		raw = raw[:i]
	}
	if p, err := url.PathUnescape(raw); err == nil {
		raw = p
	}
	return titleFromPath(raw)
}

func titleFromPath(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	if ns, _, ok := strings.Cut(s, ":"); ok && linkNamespaces[strings.ToLower(ns)] {
		return ""
	}
	return cleanProse(s)
}
