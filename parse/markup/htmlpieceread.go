package markup

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/annals-tui/annals/model"
)

// Reading a page by its plan (htmlpieces.go).

// htmlPiece is the tree of one piece.
type htmlPiece struct {
	root      *html.Node
	container *html.Node
	copies    map[*html.Node]bool  // elements reopened at its start, and the head the parser implied: not the page's own
	spine     map[*html.Node]uint8 // the blocks reopened at its start, and those left open at its end
}

// read reads the page in pieces. A cut the parser did not make as the pass
// thought is given up with every cut after it, and the pieces read again.
func (p *htmlPlan) read(src []byte) (*Doc, error) {
	for len(p.cuts) > 0 {
		doc, keep, err := p.readPieces(src)
		if err != nil {
			return nil, err
		}
		if keep == len(p.cuts) {
			return doc, nil
		}
		p.dropCuts(keep)
	}
	return readHTML(src, len(src), len(src))
}

// dropCuts keeps the first keep cuts: the last piece runs to the end.
func (p *htmlPlan) dropCuts(keep int) {
	for _, n := range p.notes[keep+1:] {
		p.notes[keep] = p.notes[keep] || n
	}
	p.cuts, p.notes = p.cuts[:keep], p.notes[:keep+1]
}

// readPieces reads every piece twice: first what numbering the notes
// needs of the pieces that hold citations or reference lists, then the
// text. It returns the number of cuts that held, all of them when the page
// was read.
func (p *htmlPlan) readPieces(src []byte) (*Doc, int, error) {
	tally := newNoteTally()
	for k := range p.pieces() {
		if !p.notes[k] {
			continue
		}
		pc, keep, err := p.parse(src, k)
		if pc == nil {
			return nil, keep, err
		}
		tally.cites(pc.container)
		tally.lists(pc.container)
	}
	r := newHTMLReader()
	r.notes = tally.numbers()
	var titles pageTitles
	var refs []model.Reference
	done, seen := map[int]bool{}, map[string]int{}
	for k := range p.pieces() {
		pc, keep, err := p.parse(src, k)
		if pc == nil {
			return nil, keep, err
		}
		if k == 0 {
			r.doc.Lang = pageLang(pc.root)
		}
		titles.see(pc.root, pc.copies)
		r.offsets = pc.offsets(seen, p.offsets)
		r.spine = pc.spine
		r.walk(pc.container)
		refs = noteReferences(refs, pc.container, r.notes, done)
	}
	r.spine, r.offsets = nil, nil
	r.flush()
	r.terms.drop(&r.doc.Blocks)
	sortReferences(refs)
	r.doc.References = refs
	r.doc.Title = titles.title()
	return r.doc, len(p.cuts), nil
}

// parse parses piece k. When its tree shows a cut the parser did not make
// as the pass thought, it returns nil and the number of cuts before it.
func (p *htmlPlan) parse(src []byte, k int) (*htmlPiece, int, error) {
	root, err := html.Parse(bytes.NewReader(p.source(src, k)))
	if err != nil {
		return nil, 0, fmt.Errorf("read html: %w", err)
	}
	pc := &htmlPiece{root: root, copies: map[*html.Node]bool{}, spine: map[*html.Node]uint8{}}
	if k > 0 && !pc.reopen(p.outer, p.cuts[k-1].open) {
		return nil, k - 1, nil
	}
	if k < len(p.cuts) && !pc.end(p.outer, p.cuts[k]) {
		return nil, k, nil
	}
	if k == 0 && articleBody(root) != pc.container {
		return nil, 0, nil
	}
	return pc, 0, nil
}

func sameTag(n *html.Node, t htmlTag) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == t.atom && n.Data == t.name
}

// reopen finds the elements the piece's start tags reopened, each the
// first child of the one before, and the container among them.
func (pc *htmlPiece) reopen(outer, open []htmlTag) bool {
	var top, body *html.Node
	for c := pc.root.FirstChild; c != nil && top == nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			top = c
		}
	}
	if top == nil {
		return false
	}
	pc.copies[top] = true
	for c := top.FirstChild; c != nil && body == nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Head:
			pc.copies[c] = true
		case c.DataAtom == atom.Body:
			body = c
		}
	}
	if body == nil {
		return false
	}
	pc.copies[body] = true
	node := body
	for _, t := range outer[2:] {
		if node = node.FirstChild; !sameTag(node, t) {
			return false
		}
		pc.copies[node] = true
	}
	pc.container = node
	for _, t := range open {
		if node = node.FirstChild; !sameTag(node, t) {
			return false
		}
		pc.copies[node] = true
		pc.spine[node] |= reopened
	}
	return true
}

// end checks that the piece ends in the marker, inside the elements the
// pass found open there, each the last child of the one before, and takes
// the marker out.
func (pc *htmlPiece) end(outer []htmlTag, cut htmlCut) bool {
	node := pc.root
	for i, t := range outer {
		if node = node.LastChild; !sameTag(node, t) {
			return false
		}
		if i == len(outer)-1 {
			if pc.container != nil && pc.container != node {
				return false
			}
			pc.container = node
		}
	}
	for _, t := range cut.open {
		if node = node.LastChild; !sameTag(node, t) {
			return false
		}
		pc.spine[node] |= leftOpen
	}
	mark := node.LastChild
	if !isCutMark(mark) {
		return false
	}
	if cut.closes != nil { // the element the next start tag closes: its end tag did, and made nothing
		closed := mark.PrevSibling
		if !sameTag(closed, *cut.closes) || !isCutMark(closed.LastChild) {
			return false
		}
		closed.RemoveChild(closed.LastChild)
	}
	node.RemoveChild(mark)
	return true
}

func isCutMark(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && n.Data == htmlCutMark && n.FirstChild == nil
}

// offsets pairs the piece's elements with the page's start tags, as
// nodeOffsets does for a whole page: seen counts the elements of each name
// in the pieces before.
func (pc *htmlPiece) offsets(seen map[string]int, offsets map[string][]int) map[*html.Node]int {
	out := map[*html.Node]int{}
	each(pc.root, func(n *html.Node) {
		if !offsetTags[n.Data] || pc.copies[n] {
			return
		}
		k := seen[n.Data]
		seen[n.Data]++
		if list := offsets[n.Data]; k < len(list) {
			out[n] = list[k]
		}
	})
	return out
}
