package markup

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tokenizer pass that plans how a page is read in pieces
// (htmlpieces.go): one pass finds the container articleBody would find and,
// from its start tag on, the places to cut.

// planHTML cuts a page into pieces of about size bytes; nil when it is read
// whole: it is small, it has no container the pass can tell, or it holds
// what the pass does not follow (a second html or body element).
func planHTML(src []byte, size int) *htmlPlan {
	p := &htmlPlan{offsets: map[string][]int{}}
	s := &scanState{best: 5, src: src}
	var c *cutState
	tokens(src, func(t *tokenAt) {
		if s.see(p, t) { // a better container: cut from its start
			p.cuts, p.notes, c = nil, nil, &cutState{}
			return
		}
		switch {
		case c == nil:
		case t.tt == html.StartTagToken || t.tt == html.SelfClosingTagToken:
			c.startTag(p, t, size)
		case t.tt == html.EndTagToken:
			c.endTag(t)
		}
	})
	if c == nil || !s.plain() {
		return nil
	}
	p.outer = s.outer
	p.notes = append(p.notes, c.notes)
	if len(p.cuts) == 0 {
		return nil
	}
	return p
}

// tokenAt is what the pass reads of a token.
type tokenAt struct {
	z        *html.Tokenizer
	tt       html.TokenType
	off, end int // where it is in src
	name     string
	atom     atom.Atom
}

// tokens calls fn on every token of src.
func tokens(src []byte, fn func(t *tokenAt)) {
	z := html.NewTokenizer(bytes.NewReader(src))
	t := &tokenAt{z: z}
	for {
		t.tt = z.Next()
		if t.tt == html.ErrorToken {
			return
		}
		t.end = t.off + len(z.Raw())
		t.name, t.atom = "", 0
		if t.tt == html.StartTagToken || t.tt == html.SelfClosingTagToken || t.tt == html.EndTagToken {
			name, _ := z.TagName()
			if t.atom = atom.Lookup(name); t.atom != 0 {
				t.name = t.atom.String()
			} else {
				t.name = string(name)
			}
		}
		fn(t)
		t.off = t.end
	}
}

// tagNode is a start tag of src as an element without children, to ask of
// it what the reader asks of elements.
func tagNode(src []byte, t htmlTag) *html.Node {
	z := html.NewTokenizer(bytes.NewReader(src[t.start:t.end]))
	z.Next()
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

// scanState finds the container: a loose stack of the open elements (an
// end tag closes the nearest of its name), and the best container so far.
type scanState struct {
	src        []byte
	stack      []htmlTag
	best       int // the level of the container found, 5 for none
	contains   int // the offset of its start tag
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
	foreign    int // svg and math start tags not yet ended
}

// plain reports whether the pass followed the page as the parser will.
func (s *scanState) plain() bool {
	if s.best == 5 || s.htmls > 1 || s.bodies > 1 || s.lateTop || s.foreignRaw {
		return false
	}
	for level := 1; level < s.best; level++ {
		if s.after[level] {
			return false // articleBody might find it, the pass could not tell
		}
	}
	return true
}

// rawTextAtoms are the elements whose text the tokenizer reads raw.
var rawTextAtoms = map[atom.Atom]bool{
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
}

// see moves the scan past a token; true when its start tag is the new
// container.
func (s *scanState) see(p *htmlPlan, t *tokenAt) bool {
	chosen := false
	switch t.tt {
	case html.DoctypeToken:
		if !s.seenTokens {
			p.doctype = [2]int{t.off, t.end}
		}
	case html.TextToken:
		if len(bytes.Trim(t.z.Raw(), " \t\n\f\r")) == 0 {
			return false
		}
	case html.EndTagToken:
		s.end(t)
	case html.StartTagToken, html.SelfClosingTagToken:
		chosen = s.start(p, t)
	case html.CommentToken:
		if bytes.HasPrefix(t.z.Raw(), []byte("<![CDATA[")) && s.foreign > 0 {
			s.foreignRaw = true
		}
		return false
	}
	s.seenTokens = true
	return chosen
}

func (s *scanState) end(t *tokenAt) {
	if (t.atom == atom.Svg || t.atom == atom.Math) && s.foreign > 0 {
		s.foreign--
	}
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].name == t.name {
			s.stack = s.stack[:i]
			return
		}
	}
}

func (s *scanState) start(p *htmlPlan, t *tokenAt) bool {
	a := t.atom
	if rawTextAtoms[a] && s.foreign > 0 { // the parser does not read it raw there
		s.foreignRaw = true
	}
	if (a == atom.Svg || a == atom.Math) && t.tt == html.StartTagToken {
		s.foreign++
	}
	if offsetTags[t.name] && t.tt == html.StartTagToken { // as tagOffsets counts them
		p.offsets[t.name] = append(p.offsets[t.name], t.off)
	}
	switch a {
	case atom.Html:
		s.htmls++
	case atom.Body:
		s.bodies++
	}
	after := s.best < 5 && t.off > s.contains
	s.lateTop = s.lateTop || after && (a == atom.Html || a == atom.Body)
	tag := htmlTag{atom: a, name: t.name, start: t.off, end: t.end}
	chosen := false
	if raw := s.src[t.off:t.end]; a == atom.Main || a == atom.Article || a == atom.Body ||
		bytes.Contains(raw, []byte("mw-parser-output")) || bytes.Contains(raw, []byte("mw-content-text")) {
		n := tagNode(s.src, tag)
		if level := containerLevel(n); level > 0 {
			s.after[level] = s.after[level] || after
			if level < s.best && (level != 1 || !s.insideSkipped()) {
				chosen = s.choose(p, n, tag, level)
			}
		}
	}
	if !voidElements[a] {
		s.stack = append(s.stack, tag)
	}
	return chosen
}

// insideSkipped reports whether an element on the stack holds no prose, as
// insideSkipped does of a node.
func (s *scanState) insideSkipped() bool {
	for _, e := range s.stack {
		if e.atom != atom.Body && e.atom != atom.Html && skipElement(tagNode(s.src, e)) {
			return true
		}
	}
	return false
}

// choose takes the element of a start tag as the container, if the
// elements around it are what a skin wraps an article in.
func (s *scanState) choose(p *htmlPlan, n *html.Node, self htmlTag, level int) bool {
	if !htmlOuterAtoms[n.DataAtom] || attr(n, "id") == "firstHeading" {
		return false
	}
	outer := []htmlTag{{atom: atom.Html, name: "html"}, {atom: atom.Body, name: "body"}}
	for _, e := range s.stack {
		switch {
		case !htmlOuterAtoms[e.atom]:
			return false
		case e.atom == atom.Html:
			outer[0] = e
		case e.atom == atom.Body:
			outer[1] = e
		default:
			outer = append(outer, e)
		}
	}
	if n.DataAtom == atom.Body {
		outer[1] = self
	} else {
		outer = append(outer, self)
	}
	if outer[1].end == outer[1].start {
		return false // the body is implied: where it starts is the parser's to say
	}
	s.best, s.outer, s.contains = level, outer, self.start
	s.after = [5]bool{}
	return true
}

// htmlOuterAtoms are the elements a container may sit in for a page to be
// read in pieces: what a saved page's skin wraps the article in.
var htmlOuterAtoms = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Div: true, atom.Main: true, atom.Article: true, atom.Section: true,
}
