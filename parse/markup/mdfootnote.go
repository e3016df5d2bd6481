package markup

import (
	"slices"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Footnotes are read as goldmark's footnote extension reads them (its block
// parser makes the definitions), but a reference finds its definition in a
// map, and the list is sorted once at the end: the extension looks each
// reference up along the list and sorts it by insertion, which costs n² in
// the number of footnotes (30,000 of them took 4 s, a 16 MB file hours).

// footnotes is the goldmark extension that does so.
var footnotes goldmark.Extender = footnoteExtension{}

type footnoteExtension struct{}

func (footnoteExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithBlockParsers(util.Prioritized(extension.NewFootnoteBlockParser(), 999)),
		parser.WithInlineParsers(util.Prioritized(footnoteRefParser{}, 101)),
		parser.WithASTTransformers(util.Prioritized(footnoteSorter{}, 999)),
	)
}

// footnoteIndexKey holds a document's footnote definitions by label, made
// at its first reference (the blocks are all parsed by then).
var footnoteIndexKey = parser.NewContextKey()

type footnoteIndex struct {
	list  *east.FootnoteList
	byRef map[string]*east.Footnote // the first definition of each label
}

func indexFootnotes(n gast.Node, pc parser.Context) *footnoteIndex {
	if v := pc.Get(footnoteIndexKey); v != nil {
		return v.(*footnoteIndex)
	}
	for n.Parent() != nil {
		n = n.Parent()
	}
	ix := &footnoteIndex{list: findFootnoteList(n), byRef: map[string]*east.Footnote{}}
	if ix.list != nil {
		for c := ix.list.FirstChild(); c != nil; c = c.NextSibling() {
			if fn, ok := c.(*east.Footnote); ok && ix.byRef[string(fn.Ref)] == nil {
				ix.byRef[string(fn.Ref)] = fn
			}
		}
	}
	pc.Set(footnoteIndexKey, ix)
	return ix
}

// findFootnoteList is the footnote list among the blocks under n.
func findFootnoteList(n gast.Node) *east.FootnoteList {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*east.FootnoteList); ok {
			return l
		}
		if c.Type() == gast.TypeBlock {
			if l := findFootnoteList(c); l != nil {
				return l
			}
		}
	}
	return nil
}

// footnoteRefParser reads a reference, [^label] (or ![^label], an image
// mark before one), numbering its footnote at its first use.
type footnoteRefParser struct{}

func (footnoteRefParser) Trigger() []byte { return []byte{'!', '['} }

// footnoteLabelLimit is the longest label, as for CommonMark's link labels.
const footnoteLabelLimit = 999

func (footnoteRefParser) Parse(parent gast.Node, block text.Reader, pc parser.Context) gast.Node {
	line, segment := block.PeekLine()
	pos := 1
	if len(line) > 0 && line[0] == '!' {
		pos++
	}
	if pos+1 >= len(line) || line[pos] != '^' {
		return nil
	}
	pos++
	//lint:ignore SA1019 a label on one line, found as the extension finds it
	closure := util.FindClosure(line[pos:min(len(line), pos+footnoteLabelLimit)], '[', ']', false, false)
	if closure < 0 {
		return nil
	}
	closes := pos + closure
	if g, ok := pc.Get(footnoteRegistryKey).(*footnoteRegistry); ok { // a piece of a document: mdpieces.go
		n := g.use(string(block.Value(text.NewSegment(segment.Start+pos, segment.Start+closes))))
		if n == 0 {
			return nil
		}
		block.Advance(closes + 1)
		if line[0] == '!' {
			parent.AppendChild(parent, gast.NewTextSegment(text.NewSegment(segment.Start, segment.Start+1)))
		}
		return east.NewFootnoteLink(n)
	}
	ix := indexFootnotes(parent, pc)
	fn := ix.byRef[string(block.Value(text.NewSegment(segment.Start+pos, segment.Start+closes)))]
	if fn == nil {
		return nil
	}
	block.Advance(closes + 1)
	if fn.Index < 0 {
		ix.list.Count++
		fn.Index = ix.list.Count
	}
	if line[0] == '!' {
		parent.AppendChild(parent, gast.NewTextSegment(text.NewSegment(segment.Start, segment.Start+1)))
	}
	return east.NewFootnoteLink(fn.Index)
}

// footnoteSorter drops the footnotes never referred to, puts the others in
// the order of their numbers and the list at the document's end.
type footnoteSorter struct{}

func (footnoteSorter) Transform(doc *gast.Document, _ text.Reader, pc parser.Context) {
	if pc.Get(footnoteRegistryKey) != nil {
		return // a piece of a document, whose reader numbers and sorts the footnotes
	}
	var list *east.FootnoteList
	if v := pc.Get(footnoteIndexKey); v != nil {
		list = v.(*footnoteIndex).list
	} else {
		list = findFootnoteList(doc)
	}
	if list == nil {
		return
	}
	var used []*east.Footnote
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		if fn, ok := c.(*east.Footnote); ok && fn.Index >= 0 {
			used = append(used, fn)
		}
	}
	list.Parent().RemoveChild(list.Parent(), list)
	if list.Count <= 0 {
		return
	}
	slices.SortStableFunc(used, func(a, b *east.Footnote) int { return a.Index - b.Index })
	list.RemoveChildren(list)
	for _, fn := range used {
		list.AppendChild(list, fn)
	}
	doc.AppendChild(doc, list)
}
