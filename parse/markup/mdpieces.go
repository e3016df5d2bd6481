package markup

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/annals-tui/annals/model"
)

// goldmark builds the tree of a whole document before it gives it back, and
// the tree takes 20 to 45 bytes for each byte of Markdown (a node for every
// run of text, every emphasis mark, every footnote): a 16 MB file peaked
// over a gigabyte (issue 18). A large document is therefore read in
// pieces, each cut where a block starts afresh, parsed, read and let go
// before the next. What CommonMark resolves across a whole document, link
// reference definitions and footnote definitions, is first gathered from
// every piece by a parser that reads blocks only (readDefinitions); each
// piece is then read with all of them at hand, so that a document read in
// pieces reads as it does whole (TestMarkdownPiecesReadAsTheWhole).

// mdPieceBytes is the size past which a piece ends at the next place a
// block starts afresh: a blank line, then a line at the left margin, with
// no fenced code or raw HTML block open.
const mdPieceBytes = 64 << 10

// mdForceBytes is the size past which a piece with no such place is cut
// anyway, at a line, or, in a line this long, after a space: a paragraph of
// a quarter of a megabyte is no prose. A fenced code block cut so goes on
// under its opening fence in the next piece.
const mdForceBytes = 256 << 10

// mdPiece is body[start:end], read after prefix (a fence reopened).
type mdPiece struct {
	start, end int
	prefix     string
}

// source is the piece's text as it is parsed.
func (p mdPiece) source(body []byte) []byte {
	if p.prefix == "" {
		return body[p.start:p.end]
	}
	return append([]byte(p.prefix), body[p.start:p.end]...)
}

// mdPieces cuts body into pieces of about size bytes, none over force
// unless a line is (mdForceBytes).
func mdPieces(body []byte, size, force int) []mdPiece {
	if len(body) <= size {
		return []mdPiece{{0, len(body), ""}}
	}
	var out []mdPiece
	start, prefix := 0, ""
	var st blockState
	prevBlank := false
	for i := 0; i < len(body); {
		end := bytes.IndexByte(body[i:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += i
		}
		line := body[i:end]
		switch {
		case i-start >= size && prevBlank && st.closed() && len(line) > 0 && line[0] != ' ' && line[0] != '\t' && !isBlankLine(line):
			out = append(out, mdPiece{start, i, prefix})
			start, prefix = i, ""
		case i-start >= force:
			out = append(out, mdPiece{start, i, prefix})
			start, prefix = i, st.reopen()
		}
		for len(line) > force { // a line too long for one piece: cut after a space
			cut := bytes.LastIndexByte(line[:force], ' ')
			if cut <= 0 {
				cut = force
				for cut < len(line) && !utf8Start(line[cut]) {
					cut++
				}
			} else {
				cut++
			}
			if i+cut >= end {
				break
			}
			out = append(out, mdPiece{start, i + cut, prefix})
			start, prefix = i+cut, st.reopen()
			i += cut
			line = body[i:end]
		}
		st.see(line)
		prevBlank = isBlankLine(line)
		i = end + 1
	}
	return append(out, mdPiece{start, len(body), prefix})
}

func utf8Start(b byte) bool { return b&0xc0 != 0x80 }

func isBlankLine(line []byte) bool { return len(bytes.Trim(line, " \t\r")) == 0 }

// blockState follows the blocks that blank lines do not end: fenced code
// and the raw HTML blocks of kinds 1 to 5 (script, pre, style, textarea;
// comments; processing instructions; declarations; CDATA).
type blockState struct {
	fence     []byte // the open fence's marker run ("```", "~~~~"), nil when none
	fenceLine string // the line that opened it
	htmlEnd   []byte // what ends the open HTML block, nil when none
}

func (s *blockState) closed() bool { return s.fence == nil && s.htmlEnd == nil }

// reopen is what a piece cut inside the open block starts with, so that it
// reads on as that block: the fence's opening line. An HTML block is raw
// text either way, and is dropped.
func (s *blockState) reopen() string {
	if s.fence != nil {
		return s.fenceLine + "\n"
	}
	return ""
}

var htmlBlockEnds = []struct{ open, end string }{
	{"<script", "</script>"}, {"<pre", "</pre>"}, {"<style", "</style>"}, {"<textarea", "</textarea>"},
	{"<!--", "-->"}, {"<?", "?>"}, {"<![CDATA[", "]]>"},
}

// see moves the state past one line.
func (s *blockState) see(line []byte) {
	t := trimIndent(line)
	switch {
	case s.fence != nil:
		if run := markerRun(t, s.fence[0]); len(run) >= len(s.fence) && isBlankLine(t[len(run):]) && indentOf(line) <= 3 {
			s.fence = nil
		}
		return
	case s.htmlEnd != nil:
		if bytes.Contains(asciiLowerBytes(line), s.htmlEnd) {
			s.htmlEnd = nil
		}
		return
	}
	if indentOf(line) > 3 {
		return
	}
	if len(t) > 0 && (t[0] == '`' || t[0] == '~') {
		if run := markerRun(t, t[0]); len(run) >= 3 && (t[0] == '~' || !bytes.ContainsRune(t[len(run):], '`')) {
			s.fence, s.fenceLine = run, string(line)
		}
		return
	}
	low := asciiLowerBytes(t)
	for _, k := range htmlBlockEnds {
		if !bytes.HasPrefix(low, []byte(k.open)) {
			continue
		}
		if k.open[1] != '!' && k.open[1] != '?' { // a tag name: then space, '>' or the line's end
			if rest := low[len(k.open):]; len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '>' {
				continue
			}
		}
		if !bytes.Contains(low[len(k.open):], []byte(k.end)) {
			s.htmlEnd = []byte(k.end)
		}
		return
	}
	if len(low) > 2 && low[0] == '<' && low[1] == '!' && low[2] >= 'a' && low[2] <= 'z' && !bytes.ContainsRune(low, '>') {
		s.htmlEnd = []byte(">") // a declaration, <!DOCTYPE …
	}
}

func indentOf(line []byte) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

func trimIndent(line []byte) []byte { return bytes.TrimLeft(line, " \t") }

// markerRun is the run of c that t starts with.
func markerRun(t []byte, c byte) []byte {
	n := 0
	for n < len(t) && t[n] == c {
		n++
	}
	return t[:n]
}

func asciiLowerBytes(b []byte) []byte {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			return bytes.ToLower(b)
		}
	}
	return b
}

// mdDefinitions is what every piece may refer to: the link reference
// definitions of the whole document, by normalised label, and its
// footnotes, numbered at their first use as the pieces are read.
type mdDefinitions struct {
	links map[string]parser.Reference
	notes *footnoteRegistry
}

// footnoteRegistry holds a document's footnote labels (the first
// definition of each), the number each took at its first use, and what the
// definitions say once a piece has read them.
type footnoteRegistry struct {
	labels map[string]noteSlot
	count  int32
	refs   []model.Reference // what the definitions say, in the order read
}

type noteSlot struct {
	number int32 // 0: defined, not yet cited
	said   int32 // the place in refs of what its definition says, -1 until read
}

// use is the number of the footnote label names at a reference to it,
// given at its first, or 0 when no footnote has that label.
func (g *footnoteRegistry) use(label string) int {
	slot, ok := g.labels[label]
	if !ok {
		return 0
	}
	if slot.number == 0 {
		g.count++
		slot.number = g.count
		g.labels[label] = slot
	}
	return int(slot.number)
}

// say records what the definition of label says, unless a definition
// before it did.
func (g *footnoteRegistry) say(label string, ref func() model.Reference) {
	slot, ok := g.labels[label]
	if !ok || slot.said >= 0 {
		return
	}
	slot.said = int32(len(g.refs))
	g.labels[label] = slot
	g.refs = append(g.refs, ref())
}

// references are the cited footnotes, in the order of their numbers; the
// definitions' slice is reused for them.
func (g *footnoteRegistry) references() []model.Reference {
	for _, slot := range g.labels {
		if slot.said >= 0 {
			g.refs[slot.said].N = int(slot.number)
		}
	}
	out := g.refs[:0]
	for _, ref := range g.refs {
		if ref.N > 0 {
			out = append(out, ref)
		}
	}
	clear(g.refs[len(out):])
	slices.SortFunc(out, func(a, b model.Reference) int { return a.N - b.N })
	g.refs, g.labels = nil, nil
	if len(out) == 0 {
		return nil // as a document read whole has none
	}
	return slices.Clip(out)
}

var footnoteRegistryKey = parser.NewContextKey()

// mdBlockParser reads blocks only, for their definitions: CommonMark's
// block parsers with the footnote definitions', no inline parsing to speak
// of (text stays one segment a line).
var mdBlockParser = parser.NewParser(
	parser.WithBlockParsers(append(parser.DefaultBlockParsers(), util.Prioritized(extension.NewFootnoteBlockParser(), 999))...),
	parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
)

// readDefinitions gathers the definitions of every piece, the first of
// each label winning, as in a document read whole.
func readDefinitions(body []byte, pieces []mdPiece) *mdDefinitions {
	d := &mdDefinitions{links: map[string]parser.Reference{}, notes: &footnoteRegistry{labels: map[string]noteSlot{}}}
	if !bytes.Contains(body, []byte("]:")) {
		return d
	}
	for _, p := range pieces {
		ctx := parser.NewContext()
		root := mdBlockParser.Parse(text.NewReader(p.source(body)), parser.WithContext(ctx))
		for _, ref := range ctx.References() {
			key := util.ToLinkReference(ref.Label())
			if _, ok := d.links[key]; !ok {
				d.links[key] = ref
			}
		}
		if list := findFootnoteList(root); list != nil {
			for c := list.FirstChild(); c != nil; c = c.NextSibling() {
				if fn, ok := c.(*east.Footnote); ok {
					if _, seen := d.notes.labels[string(fn.Ref)]; !seen {
						d.notes.labels[string(fn.Ref)] = noteSlot{said: -1}
					}
				}
			}
		}
	}
	// what the definitions say fills one slice, of the size the labels
	// give: grown by appending, it was copied over and over (120 MB for
	// 140,000 footnotes)
	d.notes.refs = make([]model.Reference, 0, len(d.notes.labels))
	return d
}

// pieceContext is a piece's parse context, which finds the link references
// the whole document defines.
type pieceContext struct {
	parser.Context
	links map[string]parser.Reference
}

func (c pieceContext) Reference(label string) (parser.Reference, bool) {
	if ref, ok := c.links[label]; ok {
		return ref, true
	}
	return c.Context.Reference(label)
}

// readPieces reads a document piece by piece into r.
func (r *mdReader) readPieces(body []byte, pieces []mdPiece) {
	defs := readDefinitions(body, pieces)
	r.notes = defs.notes
	for _, p := range pieces {
		src := p.source(body)
		ctx := pieceContext{Context: parser.NewContext(), links: defs.links}
		ctx.Set(footnoteRegistryKey, defs.notes)
		root := mdParser.Parse(text.NewReader(src), parser.WithContext(ctx))
		r.src, r.base = src, p.start-len(p.prefix)
		r.blocks(root)
	}
	r.doc.References = defs.notes.references()
	r.src, r.notes = nil, nil
}

// keepDefinitions records what a piece's footnote definitions say, the
// first definition of each label winning.
func (r *mdReader) keepDefinitions(list *east.FootnoteList) {
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		fn, ok := c.(*east.Footnote)
		if !ok {
			continue
		}
		r.notes.say(string(fn.Ref), func() model.Reference { return r.footnote(fn) })
	}
}

// footnote is what a definition says, as a reference without its number.
func (r *mdReader) footnote(fn *east.Footnote) model.Reference {
	r.url, r.title = "", ""
	var parts []string
	for p := fn.FirstChild(); p != nil; p = p.NextSibling() {
		parts = append(parts, r.inline(p))
	}
	ref := model.Reference{Text: cleanProse(strings.Join(parts, " "))}
	ref.SetCitation(model.Citation{URL: r.url, Title: r.title})
	return ref
}
