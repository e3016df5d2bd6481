package markup

import (
	"bytes"
	"fmt"
	"strings"

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

// read reads the page in pieces, once when it can: every citation of its
// main group numbered by its own label, as most pages are; twice when a
// note of another group is cited ([a], [note 1]), since those are numbered
// after all the main references. A cut the parser did not make as the pass
// thought is given up with every cut after it, and the pieces read again.
func (p *htmlPlan) read(src []byte) (*Doc, error) {
	once := true
	for len(p.cuts) > 0 {
		doc, keep, err := p.readPieces(src, once)
		switch {
		case err != nil:
			return nil, err
		case doc != nil && keep == len(p.cuts):
			return doc, nil
		case doc == nil && keep == len(p.cuts):
			once = false
		default:
			p.dropCuts(keep)
		}
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

// readPieces reads the pieces: once, numbering the citations as they come,
// or first for what numbering the notes needs of the pieces that hold
// citations or reference lists, then for the text. It returns the number
// of cuts that held, all of them when the page was read, and no Doc with
// all of them when reading once met a note of another group.
func (p *htmlPlan) readPieces(src []byte, once bool) (*Doc, int, error) {
	tally := newNoteTally()
	r := newHTMLReader()
	r.notes = tally.nums
	if !once {
		if keep, err := p.tallyNotes(src, tally); keep < len(p.cuts) || err != nil {
			return nil, keep, err
		}
		r.notes = tally.numbers()
	}
	var titles pageTitles
	var notes []pendingNote
	seen := map[string]int{}
	for k := range p.pieces() {
		pc, keep, err := p.parse(src, k)
		if pc == nil {
			return nil, keep, err
		}
		if once {
			tally.cites(pc.container)
			tally.lists(pc.container)
			if len(tally.groups) > 0 {
				return nil, len(p.cuts), nil
			}
		}
		if k == 0 {
			r.doc.Lang = pageLang(pc.root)
		}
		titles.see(pc.root, pc.copies)
		r.offsets = pc.offsets(seen, p.offsets)
		r.spine = pc.spine
		r.walk(pc.container)
		notes = pendingNotes(notes, pc.container)
	}
	if once {
		tally.numbers()
	}
	r.spine, r.offsets = nil, nil
	r.flush()
	r.terms.drop(&r.doc.Blocks)
	r.doc.References = numberedReferences(notes, r.notes)
	r.doc.Title = titles.title()
	return r.doc, len(p.cuts), nil
}

// tallyNotes reads what numbering the notes needs of every piece that
// holds a citation or a reference list.
func (p *htmlPlan) tallyNotes(src []byte, tally *noteTally) (int, error) {
	for k := range p.pieces() {
		if !p.notes[k] {
			continue
		}
		pc, keep, err := p.parse(src, k)
		if pc == nil {
			return keep, err
		}
		tally.cites(pc.container)
		tally.lists(pc.container)
	}
	return len(p.cuts), nil
}

// pendingNote is a note of a reference list read before the notes are
// numbered.
type pendingNote struct {
	id  string
	ref model.Reference
}

// pendingNotes adds the notes under body, in order, as references does.
func pendingNotes(notes []pendingNote, body *html.Node) []pendingNote {
	each(body, func(n *html.Node) {
		if n.DataAtom == atom.Li && strings.HasPrefix(attr(n, "id"), "cite_note-") {
			notes = append(notes, pendingNote{attr(n, "id"), readNote(n, 0)})
		}
	})
	return notes
}

// numberedReferences are the notes that have a number, the first of each,
// in order: what references gives of a page read whole.
func numberedReferences(notes []pendingNote, nums map[string]int) []model.Reference {
	var refs []model.Reference
	done := map[int]bool{}
	for _, n := range notes {
		num := nums[n.id]
		if num == 0 || done[num] {
			continue
		}
		done[num] = true
		n.ref.N = num
		refs = append(refs, n.ref)
	}
	sortReferences(refs)
	return refs
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
// nodeOffsets does for a whole page, leaving out the reopened copies: seen
// counts the elements of each name in the pieces before.
func (pc *htmlPiece) offsets(seen map[string]int, offsets map[string][]int) map[*html.Node]int {
	return pairOffsets(pc.root, seen, offsets, pc.copies)
}
