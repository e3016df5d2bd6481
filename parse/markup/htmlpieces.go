package markup

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// html.Parse builds the tree of a whole page before it gives it back, about
// eleven bytes for each byte of HTML on a page of short links: a 16 MB page
// peaked near 15 MB per input MB (issue 18). A large page is therefore read
// in pieces, as a large Markdown document is (mdpieces.go): a pass of the
// tokenizer finds the article's container and the places inside it where
// every element opened since the container's start has been closed, or
// where only blocks are open (a paragraph, a list item) that a reader reads
// on through; each piece is then parsed as a page of its own, the elements
// open at its start reopened by their own start tags, read and let go.
// Each piece ends with a marker element, whose place in the piece's tree
// proves that the parser had open just what the tokenizer pass thought: a
// cut where it did not (a misnested tag the pass did not foresee) is given
// up, and the page read from there on as one piece.

// htmlWholeBytes is the size up to which a page is parsed whole, as ever.
const htmlWholeBytes = 1 << 20

// htmlPieceBytes is the size past which a piece ends at the next place it
// may.
const htmlPieceBytes = 256 << 10

// htmlCutMark is the element that ends a piece.
const htmlCutMark = "annals-piece-end"

// htmlTag is a start tag of the source: its element, and its bytes.
type htmlTag struct {
	atom       atom.Atom
	name       string
	start, end int // src[start:end]; end == start for an element the parser implies
}

func (t htmlTag) raw(src []byte) []byte {
	if t.end > t.start {
		return src[t.start:t.end]
	}
	return []byte("<" + t.name + ">")
}

// htmlCut is a place where a piece ends and the next begins: before the
// start tag at at, with the elements of open still open, and the element
// closes closed, which that start tag closes (a link in a link): the piece
// ends with its end tag.
type htmlCut struct {
	at     int
	open   []htmlTag
	closes *htmlTag
}

// htmlPlan is how a page is read in pieces.
type htmlPlan struct {
	doctype [2]int    // where the doctype that sets the parser's mode is in src, if one does
	outer   []htmlTag // html, body, the elements around the container, and the container last
	cuts    []htmlCut
	notes   []bool           // per piece: it has a <sup> or an <ol> inside the container
	offsets map[string][]int // tagOffsets of the whole page
}

// pieces is the number of pieces the plan reads.
func (p *htmlPlan) pieces() int { return len(p.cuts) + 1 }

// source is the text piece k is parsed from: the open elements reopened,
// its bytes, and, unless it is the last, the marker that ends it.
func (p *htmlPlan) source(src []byte, k int) []byte {
	start, end := 0, len(src)
	var b bytes.Buffer
	if k > 0 {
		start = p.cuts[k-1].at
		b.Write(src[p.doctype[0]:p.doctype[1]])
		for _, t := range p.outer {
			b.Write(t.raw(src))
		}
		for _, t := range p.cuts[k-1].open {
			b.Write(t.raw(src))
		}
	}
	if k < len(p.cuts) {
		end = p.cuts[k].at
	}
	b.Grow(end - start + 64)
	b.Write(src[start:end])
	if k < len(p.cuts) {
		if c := p.cuts[k].closes; c != nil { // a marker inside it too, to see that its end tag closed it
			b.WriteString("<" + htmlCutMark + "></" + c.name + ">")
		}
		b.WriteString("<" + htmlCutMark + ">")
	}
	return b.Bytes()
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Keygen: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// htmlReadOn are the elements a piece may end inside: blocks the reader
// reads on through in the next piece, and spans, which it reads as text.
var htmlReadOn = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dd: true, atom.Blockquote: true, atom.Center: true, atom.Article: true,
	atom.Main: true, atom.Span: true,
}

// htmlStopAtoms are elements the pass does not follow the parser through
// (foreign content, forms, templates, the page's own elements, text that
// never ends, what puts a marker in the parser's list of formatting
// elements outside a table): no piece is cut after one. Tables are
// followed, though no piece ends inside one.
var htmlStopAtoms = map[atom.Atom]bool{
	atom.Svg: true, atom.Math: true, atom.Template: true, atom.Form: true, atom.Plaintext: true,
	atom.Frameset: true, atom.Frame: true, atom.Head: true, atom.Html: true, atom.Body: true,
	atom.Select: true, atom.Image: true, atom.Isindex: true, atom.Xmp: true, atom.Listing: true,
	atom.Textarea: true, atom.Object: true, atom.Applet: true, atom.Marquee: true,
}

// readOn reports whether a piece may end inside the element of a start tag.
func readOn(z *html.Tokenizer, a atom.Atom) bool {
	if !htmlReadOn[a] {
		return false
	}
	for {
		key, val, more := z.TagAttr()
		switch {
		case string(key) == "id" && (bytes.HasPrefix(val, []byte("cite_note-")) || string(val) == "firstHeading"):
			return false
		case a == atom.Ol && string(key) == "class" && bytes.Contains(val, []byte("references")):
			return false
		}
		if !more {
			return true
		}
	}
}

// closesOpen are the start tags that close an element of their own name
// when it is the one open (a link in a link, a paragraph in a paragraph).
var closesOpen = map[atom.Atom]bool{atom.A: true, atom.P: true, atom.Li: true}

// cutState is the second pass: the elements opened inside the container
// and not yet closed, each closed by its own end tag.
type cutState struct {
	open    []htmlTag
	readOn  []bool // per open element
	stopped bool   // a tag the pass does not follow, or the container's end
	start   int    // of the piece being cut
	notes   bool   // the piece has a <sup> or an <ol>
}

func (c *cutState) startTag(p *htmlPlan, t *tokenAt, size int) {
	name, a := t.name, t.atom
	if a == atom.Sup || a == atom.Ol {
		c.notes = true
	}
	if c.stopped {
		return
	}
	if htmlStopAtoms[a] {
		c.stopped = true
		return
	}
	var closes *htmlTag
	if n := len(c.open); closesOpen[a] && n > 0 && c.open[n-1].atom == a {
		closed := c.open[n-1]
		closes = &closed
		c.open, c.readOn = c.open[:n-1], c.readOn[:n-1]
	}
	if t.off-c.start >= size && c.reopenable(p) {
		p.cuts = append(p.cuts, htmlCut{at: t.off, open: append([]htmlTag(nil), c.open...), closes: closes})
		p.notes = append(p.notes, c.notes)
		c.start, c.notes = t.off, a == atom.Sup || a == atom.Ol
	}
	if voidElements[a] {
		return
	}
	on := readOn(t.z, a)
	c.open = append(c.open, htmlTag{atom: a, name: name, start: t.off, end: t.end})
	c.readOn = append(c.readOn, on)
}

func (c *cutState) endTag(t *tokenAt) {
	if c.stopped {
		return
	}
	n := len(c.open)
	switch {
	case n > 0 && c.open[n-1].name == t.name:
		c.open, c.readOn = c.open[:n-1], c.readOn[:n-1]
	default: // the container's end, or an end tag that closes what it did not open
		c.stopped = true
	}
}

// htmlMaxReopen bounds the start tags a piece begins with, in bytes: each
// piece is parsed with them, and a page of elements nested without end
// would have every piece parse them all.
const htmlMaxReopen = 16 << 10

// reopenable reports whether a piece may begin here: every open element is
// one a piece may end inside, and their start tags are short enough to
// begin the next with.
func (c *cutState) reopenable(p *htmlPlan) bool {
	n := 0
	for i, t := range c.open {
		if n += t.end - t.start; !c.readOn[i] || n > htmlMaxReopen {
			return false
		}
	}
	return true
}
