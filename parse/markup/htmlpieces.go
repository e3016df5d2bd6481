package markup

import (
	"bytes"
	"strings"

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
	doctype  [2]int    // where the doctype that sets the parser's mode is in src, if one does
	outer    []htmlTag // html, body, the elements around the container, and the container last
	cuts     []htmlCut
	notes    []bool           // per piece: it has a <sup> or an <ol> inside the container
	offsets  map[string][]int // tagOffsets of the whole page
	contains int              // the offset of the container's start tag
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

// htmlOuterAtoms are the elements a container may sit in for a page to be
// read in pieces: what a saved page's skin wraps the article in.
var htmlOuterAtoms = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Div: true, atom.Main: true, atom.Article: true, atom.Section: true,
}

// planHTML cuts a page into pieces of about size bytes; nil when it is read
// whole: it is small, it has no container the pass can tell, or it holds
// what the pass does not follow (a second html or body element).
func planHTML(src []byte, size int) *htmlPlan {
	p := &htmlPlan{offsets: map[string][]int{}}
	outer, ok := p.scan(src)
	if !ok {
		return nil
	}
	p.outer = outer
	p.cut(src, size)
	if len(p.cuts) == 0 {
		return nil
	}
	return p
}

// tokenAt is what the passes read of a token.
type tokenAt struct {
	z   *html.Tokenizer
	tt  html.TokenType
	off int // of the token in src
	end int
}

// tokens calls fn on every token of src from offset from on, until fn
// returns false.
func tokens(src []byte, from int, fn func(t *tokenAt) bool) {
	z := html.NewTokenizer(bytes.NewReader(src[from:]))
	t := &tokenAt{z: z, off: from}
	for {
		t.tt = z.Next()
		if t.tt == html.ErrorToken {
			return
		}
		t.end = t.off + len(z.Raw())
		if !fn(t) {
			return
		}
		t.off = t.end
	}
}

// tagNode is a start tag as an element without children, to ask of it what
// the reader asks of elements.
func tagNode(z *html.Tokenizer) *html.Node {
	tok := z.Token()
	return &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
}

// containerLevel ranks how articleBody would choose an element: 1 for
// .mw-parser-output, down to 4 for the body; 0 for none.
func containerLevel(n *html.Node) int {
	switch {
	case hasClass(n, "mw-parser-output"):
		return 1
	case attr(n, "id") == "mw-content-text":
		return 2
	case n.DataAtom == atom.Main || n.DataAtom == atom.Article:
		return 3
	case n.DataAtom == atom.Body:
		return 4
	}
	return 0
}

// scanState is what the first pass keeps: a loose stack of the open
// elements (an end tag closes the nearest of its name), and the best
// container so far.
type scanState struct {
	stack      []htmlTag
	skipped    []bool // per stack entry: it or an element around it holds no prose
	best       int    // the level of the container found, 5 for none
	outer      []htmlTag
	after      [5]bool // per level: a candidate of that level after the container's start
	htmls      int
	bodies     int
	seenTokens bool
	lateTop    bool // an html or body start tag after the container's start
	// foreignRaw is a tag the tokenizer reads raw text after, or CDATA,
	// inside svg or math, where the parser does not: what follows is not
	// what the parser reads
	foreignRaw bool
	foreign    int
}

// rawTextAtoms are the elements whose text the tokenizer reads raw.
var rawTextAtoms = map[atom.Atom]bool{
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
}

// inForeign reports whether an svg or math element may be open: more of
// their start tags than end tags so far (the loose stack is no guide: the
// parser ignores end tags there that the stack would take).
func (s *scanState) inForeign() bool { return s.foreign > 0 }

// scan lists the offsets of the tracked start tags, finds the doctype and
// the container, and returns the elements open around it.
func (p *htmlPlan) scan(src []byte) ([]htmlTag, bool) {
	s := &scanState{best: 5}
	tokens(src, 0, func(t *tokenAt) bool {
		s.see(p, t)
		return true
	})
	if s.best == 5 || s.htmls > 1 || s.bodies > 1 || s.lateTop || s.foreignRaw {
		return nil, false
	}
	for level := 1; level < s.best; level++ {
		if s.after[level] {
			return nil, false // articleBody might find it, the pass could not tell
		}
	}
	return s.outer, true
}

func (s *scanState) see(p *htmlPlan, t *tokenAt) {
	z := t.z
	switch t.tt {
	case html.DoctypeToken:
		if !s.seenTokens {
			p.doctype = [2]int{t.off, t.end}
		}
	case html.TextToken:
		if strings.Trim(string(z.Raw()), " \t\n\f\r") != "" {
			s.seenTokens = true
		}
		return
	case html.EndTagToken:
		name, _ := z.TagName()
		if a := atom.Lookup(name); (a == atom.Svg || a == atom.Math) && s.foreign > 0 {
			s.foreign--
		}
		for i := len(s.stack) - 1; i >= 0; i-- {
			if s.stack[i].name == string(name) {
				s.stack, s.skipped = s.stack[:i], s.skipped[:i]
				break
			}
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		s.start(p, t)
	case html.CommentToken:
		if bytes.HasPrefix(z.Raw(), []byte("<![CDATA[")) && s.inForeign() {
			s.foreignRaw = true
		}
	}
	if t.tt != html.CommentToken {
		s.seenTokens = true
	}
}

func (s *scanState) start(p *htmlPlan, t *tokenAt) {
	n := tagNode(t.z)
	if rawTextAtoms[n.DataAtom] && s.inForeign() {
		s.foreignRaw = true
	}
	if (n.DataAtom == atom.Svg || n.DataAtom == atom.Math) && t.tt == html.StartTagToken {
		s.foreign++
	}
	if offsetTags[n.Data] && t.tt == html.StartTagToken { // as tagOffsets counts them
		p.offsets[n.Data] = append(p.offsets[n.Data], t.off)
	}
	switch n.DataAtom {
	case atom.Html:
		s.htmls++
	case atom.Body:
		s.bodies++
	}
	if s.best < 5 && t.off > p.contains && (n.DataAtom == atom.Html || n.DataAtom == atom.Body) {
		s.lateTop = true
	}
	inSkipped := len(s.skipped) > 0 && s.skipped[len(s.skipped)-1]
	if level := containerLevel(n); level > 0 {
		if s.best < 5 && t.off > p.contains {
			s.after[level] = true
		}
		if level < s.best && (level != 1 || !inSkipped) {
			s.choose(p, t, n, level)
		}
	}
	if voidElements[n.DataAtom] {
		return
	}
	s.stack = append(s.stack, htmlTag{atom: n.DataAtom, name: n.Data, start: t.off, end: t.end})
	skip := inSkipped || n.DataAtom != atom.Body && n.DataAtom != atom.Html && skipElement(n)
	s.skipped = append(s.skipped, skip)
}

// choose takes the element of start tag t as the container, if the
// elements around it are what a skin wraps an article in.
func (s *scanState) choose(p *htmlPlan, t *tokenAt, n *html.Node, level int) {
	if !htmlOuterAtoms[n.DataAtom] || attr(n, "id") == "firstHeading" {
		return
	}
	outer := []htmlTag{{atom: atom.Html, name: "html", start: t.off, end: t.off}, {atom: atom.Body, name: "body", start: t.off, end: t.off}}
	for _, e := range s.stack {
		switch {
		case !htmlOuterAtoms[e.atom]:
			return
		case e.atom == atom.Html:
			outer[0] = e
		case e.atom == atom.Body:
			outer[1] = e
		default:
			outer = append(outer, e)
		}
	}
	self := htmlTag{atom: n.DataAtom, name: n.Data, start: t.off, end: t.end}
	if n.DataAtom == atom.Body {
		outer[1] = self
	} else {
		outer = append(outer, self)
	}
	if outer[1].end == outer[1].start && n.DataAtom != atom.Body {
		return // the body is implied: where it starts is the parser's to say
	}
	s.best, s.outer, p.contains = level, outer, t.off
	s.after = [5]bool{}
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

// cut finds the places to cut, from the container's start tag on.
func (p *htmlPlan) cut(src []byte, size int) {
	c := &cutState{}
	container := p.outer[len(p.outer)-1]
	first := true
	tokens(src, container.start, func(t *tokenAt) bool {
		if first { // the container's own start tag
			first = false
			return true
		}
		switch t.tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			c.startTag(p, t, size)
		case html.EndTagToken:
			c.endTag(t)
		}
		return true
	})
	p.notes = append(p.notes, c.notes)
}

func (c *cutState) startTag(p *htmlPlan, t *tokenAt, size int) {
	name, _ := t.z.TagName()
	a := atom.Lookup(name)
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
	if t.off-c.start >= size && !slicesContainsFalse(c.readOn) {
		p.cuts = append(p.cuts, htmlCut{at: t.off, open: append([]htmlTag(nil), c.open...), closes: closes})
		p.notes = append(p.notes, c.notes)
		c.start, c.notes = t.off, a == atom.Sup || a == atom.Ol
	}
	if voidElements[a] {
		return
	}
	on := readOn(t.z, a)
	c.open = append(c.open, htmlTag{atom: a, name: string(name), start: t.off, end: t.end})
	c.readOn = append(c.readOn, on)
}

func (c *cutState) endTag(t *tokenAt) {
	if c.stopped {
		return
	}
	name, _ := t.z.TagName()
	n := len(c.open)
	switch {
	case n > 0 && c.open[n-1].name == string(name):
		c.open, c.readOn = c.open[:n-1], c.readOn[:n-1]
	default: // the container's end, or an end tag that closes what it did not open
		c.stopped = true
	}
}

func slicesContainsFalse(b []bool) bool {
	for _, v := range b {
		if !v {
			return true
		}
	}
	return false
}
