package markup

import (
	"bytes"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/annals-tui/annals/model"
)

// ReadText reads a plain-text article in the shapes Wikipedia text takes in
// the wild: a title line ("Title", "= Title =", "Title explained"),
// "== Heading ==" or "History[edit]" or bare heading lines, page chrome
// ("From Wikipedia, the free encyclopedia", "Jump to navigation"), infobox
// residue, mirrors whose sentences run together with [n] markers, a reference
// list at the end, and one long line of link titles glued together ("Zhu
// RongjiQian QichenBrussels...") that lists the article's linked names.
//
// The Doc's text is not copied out of src but shares its memory (a 20 MB
// article is not held twice, nor copied once): src must not change after.
func ReadText(src []byte) *Doc { return readText(src, partsPerCore*runtime.GOMAXPROCS(0), partBytes) }

// readText is ReadText in at most n parts of at least size bytes each.
func readText(src []byte, n, size int) *Doc {
	text := unsafe.String(unsafe.SliceData(src), len(src))
	parts := splitAtBlankLines(src, n, size)
	if len(parts) == 1 {
		doc, _ := readTextPart(text, 0, textState{})
		return doc
	}
	// A large text is read in parts on every core. Each part after the
	// first starts as if after prose. When the part before it ended in
	// another state (inside a reference list or an infobox, before any
	// title), it is read again from that state, unless it starts afresh
	// (with a line that sets the state whatever it was).
	docs := make([]*Doc, len(parts))
	ends := make([]textState, len(parts))
	var wg sync.WaitGroup
	for k, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[k], ends[k] = readTextPart(text[p.from:p.to], p.from, textState{titleDone: k > 0})
		}()
	}
	wg.Wait()
	for k := 1; k < len(parts); k++ {
		if st := ends[k-1]; parts[k].afresh && st.titleDone || st == (textState{titleDone: true}) {
			continue
		}
		p := parts[k]
		docs[k], ends[k] = readTextPart(text[p.from:p.to], p.from, ends[k-1])
	}
	// Merge into slices of the final size, so that no part is copied twice.
	nb, nl, nr := 0, 0, 0
	for _, d := range docs {
		nb, nl, nr = nb+len(d.Blocks), nl+len(d.Links), nr+len(d.References)
	}
	doc := &Doc{Blocks: sized[Block](nb), Links: sized[string](nl), References: sized[model.Reference](nr)}
	for k, d := range docs {
		if k == 0 || !ends[k-1].titleDone { // the title is in the first part not all blank
			doc.Title = d.Title
		}
	}
	for _, d := range docs {
		doc.Blocks = append(doc.Blocks, d.Blocks...)
		doc.Links = append(doc.Links, d.Links...)
		for _, r := range d.References {
			r.N = len(doc.References) + 1
			doc.References = append(doc.References, r)
		}
	}
	return doc
}

// sized makes an empty slice with room for n elements, or nil for none, as
// appending nothing to nil leaves nil.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// reserve makes room in s for n more elements, at least doubling its
// capacity when it grows: append grows a large slice by a quarter at a time,
// which copied Links and References over and over on a long text (a
// reference is 48 bytes, and a text of footnotes has one every 36).
func reserve[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// textState is what reading one line tells the next, across a part's end.
type textState struct {
	titleDone bool // the title has been read (or cannot come any more)
	inTail    bool // inside References, External links, See also...: no prose
	inInfobox bool // after an "Infobox" line: "- Field: value" lines are no prose
}

// A part is a range of the source, cut at a blank line; afresh when it
// starts with a line after which the reading does not depend on what came
// before (see startsAfresh).
type part struct {
	from, to int
	afresh   bool
}

// partBytes is the least text a part read on its own core holds.
const partBytes = 2 << 20

// partsPerCore: with more parts than cores, a core slowed by other work on
// the machine does not hold the others up, which take the parts left.
const partsPerCore = 4

// splitAtBlankLines cuts src into at most n parts of at least size bytes, each
// ending at a blank line, so that no paragraph is cut: best, one before an
// "== Heading ==" line, within an eighth of a part of where the cut should
// fall, so that the part after it need not be read again.
func splitAtBlankLines(src []byte, n, size int) []part {
	if n < 2 || len(src) < 2*size {
		return []part{{0, len(src), false}}
	}
	n = min(n, len(src)/size)
	var out []part
	from, afresh := 0, false
	for k := 1; k < n; k++ {
		at := max(len(src)*k/n, from)
		cut, clean := cutBefore(src, at, len(src)/n/8)
		if cut < 0 {
			break
		}
		out = append(out, part{from, cut, afresh})
		from, afresh = cut, clean
	}
	return append(out, part{from, len(src), afresh})
}

// cutBefore finds where to cut src at or after at: after a blank line
// that is followed by a line that startsAfresh, if one is within window
// bytes; else after the first blank line (clean false); -1 when there is none.
func cutBefore(src []byte, at, window int) (cut int, clean bool) {
	for i := at; i < len(src) && i-at <= window; {
		j := bytes.Index(src[i:], []byte("\n\n="))
		if j < 0 || i+j-at > window {
			break
		}
		start := i + j + 2
		line := src[start:]
		if end := bytes.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		if startsAfresh(string(line)) {
			return start, true
		}
		i = start
	}
	if j := bytes.Index(src[at:], []byte("\n\n")); j >= 0 {
		return at + j + 2, false
	}
	return -1, false
}

// startsAfresh reports whether, once the title is read, the state after
// a line is the same whatever the state before it, as after an "== Heading
// ==" line: readTextPart takes it as a heading in any state (it is no glued
// link line and no chrome), it sets inTail by its own words, and it ends
// an infobox.
func startsAfresh(line string) bool {
	text := strings.TrimSpace(line)
	_, h, _, ok := eqHeading(text)
	return ok && h != "" && len(text) < 150 && !isChrome(text)
}

// joinLine adds next to the paragraph text read so far, after a space, and
// returns the paragraph. The lines go into one builder, whose earlier
// strings stay as they were: text += " " + next copied the paragraph once
// a line, and a file of a hundred thousand wrapped lines took minutes.
func joinLine(b *strings.Builder, text, next string) string {
	if b.Len() == 0 {
		b.Grow(2 * (len(text) + 1 + len(next)))
		b.WriteString(text)
	}
	b.WriteByte(' ')
	b.WriteString(next)
	return b.String()
}

// readTextPart reads the lines of one part of a text that starts at byte
// base of the source.
func readTextPart(src string, base int, st textState) (*Doc, textState) {
	// Paragraphs are mostly one line each with a blank line between them:
	// a count of lines (a fast scan) bounds the blocks well enough that the
	// slice seldom grows.
	doc := &Doc{Blocks: sized[Block](strings.Count(src, "\n")/2 + 1)}
	lines := newTextLines(src)
	gluedSeen := map[string]bool{} // the link lines read so far
	for {
		ln, text, ok := lines.take()
		if !ok {
			break
		}
		if text == "" {
			continue
		}
		if !st.titleDone {
			if title, ok := titleLine(text); ok {
				doc.Title, st.titleDone = title, true
				continue
			}
		}
		if isGluedLinkLine(text) {
			// A merged archive repeats each article's link line: its names
			// are listed once.
			if !gluedSeen[text] {
				gluedSeen[text] = true
				// Link titles average a dozen bytes or more.
				doc.Links = appendGluedLinks(reserve(doc.Links, len(text)/8), text)
			}
			continue
		}
		short := len(text) <= maxFurniture // titles, headings and chrome are short: skip their checks on prose
		if short && isChrome(text) {
			st.inInfobox = st.inInfobox || strings.EqualFold(text, "infobox")
			continue
		}
		if st.inInfobox && strings.HasPrefix(text, "- ") {
			continue // "- Established: 1950": an infobox field, not prose
		}
		st.inInfobox = false
		if h, level, ok := headingLine(text, lines.prevBlank, lines.aheadText); short && ok && !(st.inTail && level == 0) {
			st.inTail = isTailSection(h)
			level = max(level, 2)
			if h == doc.Title && len(doc.Blocks) == 0 {
				continue // the title repeated under the page chrome
			}
			doc.Blocks = append(doc.Blocks, Block{Kind: Heading, Level: level, Text: h, Offset: base + ln.offset})
			st.titleDone = true
			continue
		}
		if st.inTail || text[0] == '^' {
			if ref, ok := referenceLine(text); ok {
				ref.N = len(doc.References) + 1
				doc.References = append(reserve(doc.References, 1), ref)
				continue
			}
		}
		if st.inTail {
			continue // link lists, further reading: not prose
		}
		// Join hard-wrapped lines: a line that does not end a sentence,
		// followed by one that starts in lower case, continues it.
		// A timeline item whose date stands alone on its bullet line
		// ("• 771 BCE") continues on the more indented line below it.
		var joined strings.Builder // the paragraph's lines so far, once it has more than one
		if lines.hasAhead && datedItem(ln.text, lines.ahead.text) {
			_, next, _ := lines.take()
			text = joinLine(&joined, text, next)
		}
		for lines.hasAhead && continues(text, lines.aheadText) {
			_, next, _ := lines.take()
			text = joinLine(&joined, text, next)
		}
		doc.Blocks = append(doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: base + ln.offset + leadingSpace(ln.text)})
		st.titleDone = true
	}
	if len(doc.Blocks) == 0 {
		doc.Blocks = nil // as when none were appended
	}
	return doc, st
}

// textLines walks a text line by line, as splitLines cuts it, without
// making a slice of every line. It looks one line ahead, since a
// hard-wrapped paragraph and a bare heading are told by the line after
// them, and remembers whether the line before was blank.
type textLines struct {
	rest      string // the text after the line ahead
	restAt    int    // the offset of rest in the text
	ahead     line   // the next line, not yet taken
	aheadText string // ahead.text with its spaces trimmed; "" when there is none
	hasAhead  bool
	prevBlank bool // the line before the one last taken is blank or absent
	lastBlank bool // the line last taken is blank or absent
}

func newTextLines(s string) *textLines {
	t := &textLines{rest: s, lastBlank: true}
	t.readAhead()
	return t
}

// readAhead cuts the next line off rest.
func (t *textLines) readAhead() {
	if t.rest == "" {
		t.ahead, t.aheadText, t.hasAhead = line{}, "", false
		return
	}
	text, n := t.rest, len(t.rest)
	if i := strings.IndexByte(t.rest, '\n'); i >= 0 {
		text, n = t.rest[:i], i+1
	}
	t.ahead, t.aheadText, t.hasAhead = line{text, t.restAt}, strings.TrimSpace(text), true
	t.rest, t.restAt = t.rest[n:], t.restAt+n
}

// take returns the line ahead, and its text trimmed, and moves past it.
func (t *textLines) take() (ln line, text string, ok bool) {
	if !t.hasAhead {
		return line{}, "", false
	}
	ln, text = t.ahead, t.aheadText
	t.prevBlank, t.lastBlank = t.lastBlank, text == ""
	t.readAhead()
	return ln, text, true
}

// maxFurniture is the longest line that can be a heading, a title or page
// chrome; longer lines are prose (or the glued link line).
const maxFurniture = 200

type line struct {
	text   string
	offset int
}

func splitLines(s string) []line {
	var out []line
	off := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, line{s, off})
			break
		}
		out = append(out, line{s[:i], off})
		s = s[i+1:]
		off += i + 1
	}
	return out
}

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }
