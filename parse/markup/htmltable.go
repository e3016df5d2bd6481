package markup

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table reads a content table (a wikitable, a sortable list) as a reader
// sees it: its caption is prose, and every row of data cells is one block
// whose text is the row read across, cells joined by " · " (a cell spanning
// rows counts in each). Rows of header cells alone are the column titles.
// Tables inside a cell are left out.
func (r *htmlReader) table(n *html.Node) {
	var spans []rowSpan
	for _, part := range tableParts(n) {
		if part.DataAtom == atom.Caption {
			r.setOffset(part)
			r.walk(part)
			r.flush()
			continue
		}
		spans = r.tableRow(part, spans)
	}
}

// tableParts lists a table's caption and rows in order, through thead,
// tbody and tfoot but not into nested tables.
func tableParts(n *html.Node) []*html.Node {
	var parts []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Caption, atom.Tr:
			parts = append(parts, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			parts = append(parts, tableParts(c)...)
		}
	}
	return parts
}

// tableRow keeps one row read across, and returns the row spans that reach
// into the rows below.
func (r *htmlReader) tableRow(tr *html.Node, spans []rowSpan) []rowSpan {
	var cells []string
	header := true
	take := func() { // cells spanned from rows above, at the next columns
		for col := len(cells); col < len(spans) && spans[col].left > 0; col = len(cells) {
			cells = append(cells, spans[col].text)
			spans[col].left--
		}
	}
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th || skipElement(c) {
			continue
		}
		take()
		text := r.cellText(c)
		cells = append(cells, text)
		header = header && c.DataAtom == atom.Th
		if n, _ := strconv.Atoi(strings.TrimSpace(attr(c, "rowspan"))); n > 1 {
			col := len(cells) - 1
			for len(spans) <= col {
				spans = append(spans, rowSpan{})
			}
			spans[col] = rowSpan{text: text, left: min(n, 1000) - 1}
		}
	}
	take()
	if text := joinCells(cells); text != "" && !header && r.tailLevel == 0 {
		off, _ := r.offsets[tr]
		text, off = r.terms.join(text, off)
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: off})
	}
	return spans
}

// cellText is the text of one cell, citations as [n] markers; the blocks
// inside it (paragraphs, lists) run together.
func (r *htmlReader) cellText(c *html.Node) string {
	saved := r.buf.String()
	r.buf.Reset()
	r.cell++
	r.walk(c)
	r.cell--
	text := cleanProse(r.buf.String())
	r.buf.Reset()
	r.buf.WriteString(saved)
	return text
}

// joinCells reads a row across: its non-empty cells joined by " · ", a
// cell of citations alone kept with the cell before it.
func joinCells(cells []string) string {
	var kept []string
	for _, c := range cells {
		switch {
		case strings.TrimSpace(stripBracketMarkers(c)) != "":
			kept = append(kept, c)
		case len(kept) > 0 && c != "":
			kept[len(kept)-1] += c
		}
	}
	return strings.Join(kept, cellSep)
}

// stripBracketMarkers removes [n] markers, to tell a cell of citations alone.
func stripBracketMarkers(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ']' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
