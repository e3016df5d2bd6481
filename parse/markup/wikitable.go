package markup

import (
	"strconv"
	"strings"
)

// cellSep is what a table row is read across with: "1983–85 · Harbour
// Lights · director".
const cellSep = " · "

// wikiTable is the state of one table ({| … |}) being read.
type wikiTable struct {
	cells    []string         // the expanded cells of the row being read
	header   bool             // every cell of the row so far is a header cell (!)
	start    int              // offset of the row
	cur      *strings.Builder // the raw text of the cell being read, which may run over lines
	curHead  bool
	curAttrs string
	spans    []rowSpan // cells of rows above that reach into this one, by column
}

// rowSpan is a cell with rowspan="n" that still covers left more rows.
type rowSpan struct {
	text string
	left int
}

// readTable reads a table that starts at the line at i as a reader sees it:
// every row of data cells is one block whose text is the row read across,
// its cells joined by " · " (a cell spanning rows counts in each), so a date
// in any cell dates the row and a key from any cell matches it. Rows of
// header cells alone (the column titles) are not prose; a caption is.
// Nested tables are skipped (their refs still count). It returns where the
// next line starts.
func (r *wikiReader) readTable(i int) int {
	t := &wikiTable{header: true}
	i = r.lineEnd(i) + 1 // the {| line: attributes only
	for i < len(r.src) {
		end := r.lineEnd(i)
		raw := strings.TrimSpace(prepare(r.src[i:end]))
		m := strings.TrimSpace(r.mask[i:end])
		next := end + 1
		switch {
		case strings.HasPrefix(m, "|}"):
			r.endRow(t)
			return next
		case strings.HasPrefix(m, "{|"):
			r.endCell(t)
			next = r.skipTable(i)
		case strings.HasPrefix(m, "|-"):
			r.endRow(t)
		case strings.HasPrefix(m, "|+"):
			r.endCell(t)
			r.addText(r.expandString(cellContent(raw[2:])), i)
		case strings.HasPrefix(m, "|") || strings.HasPrefix(m, "!"):
			r.startCells(t, raw, i)
		case t.cur != nil:
			t.cur.WriteString("\n" + raw)
		}
		i = next
	}
	r.endRow(t)
	return len(r.src)
}

// startCells reads a line of cells: "| a || b" or "! a !! b".
func (r *wikiReader) startCells(t *wikiTable, line string, offset int) {
	head := line[0] == '!'
	sep := "||"
	if head {
		sep = "!!"
	}
	if len(t.cells) == 0 && t.cur == nil {
		t.start = offset
	}
	for _, c := range splitOutside(line[1:], sep) {
		r.endCell(t)
		attrs, content := splitCellAttrs(c)
		t.cur = &strings.Builder{}
		t.cur.WriteString(content)
		t.curHead, t.curAttrs = head, attrs
	}
}

// endCell expands the cell being read and adds it to the row, after the
// cells that rows above span into this column.
func (r *wikiReader) endCell(t *wikiTable) {
	if t.cur == nil {
		return
	}
	r.takeSpans(t)
	text := strings.TrimSpace(r.expandString(t.cur.String()))
	t.cells = append(t.cells, text)
	t.header = t.header && t.curHead
	if n := spanOf(t.curAttrs); n > 1 {
		col := len(t.cells) - 1
		for len(t.spans) <= col {
			t.spans = append(t.spans, rowSpan{})
		}
		t.spans[col] = rowSpan{text: text, left: n - 1}
	}
	t.cur = nil
	r.takeSpans(t)
}

// takeSpans fills in, at the row's next columns, the cells spanned from above.
func (r *wikiReader) takeSpans(t *wikiTable) {
	for col := len(t.cells); col < len(t.spans) && t.spans[col].left > 0; col = len(t.cells) {
		t.cells = append(t.cells, t.spans[col].text)
		t.spans[col].left--
	}
}

// endRow keeps the row read across, unless it is a row of column titles.
func (r *wikiReader) endRow(t *wikiTable) {
	r.endCell(t)
	var kept []string
	for _, c := range t.cells {
		switch {
		case cleanProse(stripMarkers(c)) != "":
			kept = append(kept, c)
		case len(kept) > 0 && strings.TrimSpace(c) != "":
			kept[len(kept)-1] += c // a cell of refs alone: the row's citations
		}
	}
	if len(kept) > 0 && !t.header {
		r.addText(strings.Join(kept, cellSep), t.start)
	}
	t.cells, t.header = t.cells[:0], true
}

// addText keeps expanded text as a paragraph block, but not in a tail
// section (its refs were counted when it was expanded).
func (r *wikiReader) addText(text string, offset int) {
	if r.tail > 0 || cleanProse(stripMarkers(text)) == "" {
		return
	}
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: offset})
}

// splitOutside splits s at sep where sep is outside [[…]], {{…}} and tags.
func splitOutside(s, sep string) []string {
	var parts []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "[[") || strings.HasPrefix(s[i:], "{{"):
			depth++
			i++
		case strings.HasPrefix(s[i:], "]]") || strings.HasPrefix(s[i:], "}}"):
			depth = max(depth-1, 0)
			i++
		case depth == 0 && strings.HasPrefix(s[i:], sep):
			parts = append(parts, s[last:i])
			last = i + len(sep)
			i += len(sep) - 1
		}
	}
	return append(parts, s[last:])
}

// splitCellAttrs splits `style="…" | content` into its attributes and its
// content; a cell without attributes is all content.
func splitCellAttrs(c string) (attrs, content string) {
	parts := splitOutside(c, "|")
	if len(parts) < 2 {
		return "", c
	}
	a := parts[0]
	if strings.Contains(a, "=") || strings.TrimSpace(a) == "" {
		return a, strings.Join(parts[1:], "|")
	}
	return "", c
}

// cellContent is a caption's content without its attributes.
func cellContent(c string) string {
	_, content := splitCellAttrs(c)
	return content
}

// spanOf reads rowspan="n" from a cell's attributes.
func spanOf(attrs string) int {
	low := strings.ToLower(attrs)
	k := strings.Index(low, "rowspan")
	if k < 0 {
		return 0
	}
	v := strings.TrimLeft(low[k+len("rowspan"):], ` ="'`)
	n := 0
	for n < len(v) && v[n] >= '0' && v[n] <= '9' {
		n++
	}
	x, _ := strconv.Atoi(v[:n])
	return min(x, 1000)
}
