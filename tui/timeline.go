package tui

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

// gutterWidth is the date column of the timeline: wide enough for
// "1971 Oct 25", "2019 Mar–May" and "44 BC Mar 15".
const gutterWidth = 12

// timelinePane is the list of events that the query keeps, one row each,
// with a label where the year (or decade, or century) changes. It draws only
// the rows that fit, so its cost does not grow with the timeline.
type timelinePane struct {
	t       *model.Timeline
	st      *Styles
	rows    []int // indices into t.Events, in timeline order unless ranked
	ranked  bool  // rows are a search's best matches first (ctrl+s): no year headings
	cursor  int   // position in rows of the selected event
	top     int   // position in rows of the first visible event
	width   int
	height  int
	words   []string // search words to highlight, lower case
	focused bool
	empty   [2]string // what to say when there are no rows
	// multiSource and hasPeople say whether the source and people
	// columns have anything to show.
	multiSource, hasPeople bool
	peopleW                int // the widest people of the rows on screen
}

func (p *timelinePane) SetSize(w, h int) {
	p.width, p.height = max(0, w), max(0, h)
	p.ensureVisible()
}

// SetRows replaces the rows and keeps the selection on the event keep, or the
// next one in timeline order when keep is gone.
func (p *timelinePane) SetRows(rows []int, keep int) {
	offset := p.cursor - p.top
	p.rows = rows
	pos, _ := p.find(keep)
	p.cursor = min(pos, len(rows)-1)
	p.top = max(0, p.cursor-offset)
	p.ensureVisible()
}

// Selected is the index into t.Events of the selected event, or -1.
func (p *timelinePane) Selected() int {
	if len(p.rows) == 0 {
		return -1
	}
	return p.rows[p.cursor]
}

// Select moves the selection to event i if it is among the rows.
func (p *timelinePane) Select(i int) bool {
	pos, ok := p.find(i)
	if ok {
		p.cursor = pos
		p.ensureVisible()
	}
	return ok
}

// find is the position of event i among the rows, or where it would go
// (the top, when the rows are ranked).
func (p *timelinePane) find(i int) (int, bool) {
	if p.ranked {
		pos := slices.Index(p.rows, i)
		return max(pos, 0), pos >= 0
	}
	return slices.BinarySearch(p.rows, i)
}

func (p *timelinePane) MoveBy(n int) {
	p.cursor += n
	p.ensureVisible()
}

func (p *timelinePane) MoveTo(pos int) {
	p.cursor = pos
	p.ensureVisible()
}

func (p *timelinePane) pageSize() int { return max(1, p.height-1) }

// JumpYear moves to the first event of the next (dir > 0) or previous year
// that has events, and reports whether there was one.
func (p *timelinePane) JumpYear(dir int) bool {
	if len(p.rows) == 0 || p.ranked {
		return false
	}
	year := p.year(p.cursor)
	if dir > 0 {
		pos := p.firstAfter(year)
		if pos >= len(p.rows) {
			return false
		}
		p.MoveTo(pos)
		return true
	}
	first := p.firstAfter(year - 1) // first event of this year
	if first == 0 {
		return false
	}
	p.MoveTo(p.firstAfter(p.year(first-1) - 1))
	return true
}

func (p *timelinePane) year(pos int) int { return int(p.t.Events[p.rows[pos]].Date.Start.Year) }

// firstAfter is the position of the first row whose start year is after y.
// Rows are in date order, so start years never decrease.
func (p *timelinePane) firstAfter(y int) int {
	pos, _ := slices.BinarySearchFunc(p.rows, y, func(i, y int) int {
		if int(p.t.Events[i].Date.Start.Year) <= y {
			return -1
		}
		return 1
	})
	return pos
}

// Scroll moves the view by n rows and keeps the selection inside it.
func (p *timelinePane) Scroll(n int) {
	if len(p.rows) == 0 {
		return
	}
	p.top = max(0, min(p.top+n, p.maxTop()))
	last := p.lastVisible()
	p.cursor = max(p.top, min(p.cursor, last))
	p.ensureVisible()
}

// showSeps says whether year labels get lines of their own: not when the
// pane is so short that they would halve the events it shows.
func (p *timelinePane) showSeps() bool { return p.height >= 10 && !p.ranked }

// groupKey is what the year labels group by: the year, or the decade or
// century of an event dated only that coarsely.
type groupKey struct {
	prec model.Precision
	n    int
}

func groupOf(d model.Date) groupKey {
	switch d.Precision {
	case model.Decade:
		return groupKey{model.Decade, floorDiv(int(d.Start.Year), 10)}
	case model.Century:
		return groupKey{model.Century, floorDiv(int(d.Start.Year), 100)}
	}
	return groupKey{model.Year, int(d.Start.Year)}
}

func (g groupKey) label() string {
	switch g.prec {
	case model.Decade:
		return yearText(g.n*10) + "s"
	case model.Century:
		return model.Ordinal(g.n+1) + " century"
	}
	return yearText(g.n)
}

// sepBefore says whether a group's label goes above row pos: where a group
// of two or more rows starts. A year with one event needs no heading: its
// row's date says the year.
func (p *timelinePane) sepBefore(pos int) bool {
	if !p.showSeps() {
		return false
	}
	g := p.group(pos)
	return (pos == 0 || g != p.group(pos-1)) && pos+1 < len(p.rows) && p.group(pos+1) == g
}

// pinned says whether row pos, drawn first, gets its group's label above it
// anyway: the heading stays at the top when the view starts inside a group.
func (p *timelinePane) pinned(pos int) bool {
	return p.showSeps() && pos > 0 && p.group(pos) == p.group(pos-1)
}

func (p *timelinePane) group(pos int) groupKey { return groupOf(p.t.Events[p.rows[pos]].Date) }

// cost is the lines row pos takes below the first; costTop what it takes
// drawn first.
func (p *timelinePane) cost(pos int) int {
	if p.sepBefore(pos) {
		return 2
	}
	return 1
}

func (p *timelinePane) costTop(pos int) int {
	if p.sepBefore(pos) || p.pinned(pos) {
		return 2
	}
	return 1
}

// ensureVisible clamps the selection and scrolls the least that shows it.
func (p *timelinePane) ensureVisible() {
	if len(p.rows) == 0 || p.height == 0 {
		p.cursor, p.top = max(0, min(p.cursor, len(p.rows)-1)), 0
		return
	}
	p.cursor = max(0, min(p.cursor, len(p.rows)-1))
	p.top = max(0, min(p.top, p.maxTop())) // no blank space below the last row
	if p.cursor < p.top {
		p.top = p.cursor
		return
	}
	if p.fits(p.top, p.cursor) {
		return
	}
	used, top := 0, p.cursor
	for k := p.cursor; k >= p.top; k-- {
		if used+p.costTop(k) > p.height {
			break
		}
		top = k
		used += p.cost(k)
	}
	p.top = top
}

// fits says whether rows top to last all show when top is drawn first.
func (p *timelinePane) fits(top, last int) bool {
	used := p.costTop(top)
	for k := top + 1; k <= last && used <= p.height; k++ {
		used += p.cost(k)
	}
	return used <= p.height
}

// maxTop is the first visible row when the view shows the end.
func (p *timelinePane) maxTop() int {
	used, top := 0, len(p.rows)-1
	for k := len(p.rows) - 1; k >= 0; k-- {
		if used+p.costTop(k) > p.height {
			break
		}
		top = k
		used += p.cost(k)
	}
	return max(0, top)
}

// lastVisible is the position of the last row the view shows.
func (p *timelinePane) lastVisible() int {
	used, last := 0, p.top
	for k := p.top; k < len(p.rows); k++ {
		if k == p.top {
			used += p.costTop(k)
		} else {
			used += p.cost(k)
		}
		if used > p.height {
			break
		}
		last = k
	}
	return last
}

// RowAt is the position of the row drawn on line y of the pane.
func (p *timelinePane) RowAt(y int) (int, bool) {
	line := 0
	for k := p.top; k < len(p.rows); k++ {
		if k == p.top {
			line += p.costTop(k)
		} else {
			line += p.cost(k)
		}
		if y < line {
			return k, true
		}
		if line >= p.height {
			break
		}
	}
	return 0, false
}

func (p timelinePane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	if len(p.rows) == 0 {
		return p.emptyView()
	}
	p.peopleW = 0
	for k := p.top; k < min(len(p.rows), p.top+p.height); k++ {
		if ppl := p.t.Events[p.rows[k]].People; len(ppl) > 0 {
			p.peopleW = max(p.peopleW, ansi.StringWidth(cleanJoin(ppl)))
		}
	}
	lines := make([]string, 0, p.height)
	for k := p.top; k < len(p.rows) && len(lines) < p.height; k++ {
		if p.sepBefore(k) || (k == p.top && p.pinned(k)) {
			lines = append(lines, p.sepLine(k))
			if len(lines) == p.height {
				break
			}
		}
		lines = append(lines, p.rowLine(k))
	}
	return fitBlock(strings.Join(lines, "\n"), p.width, p.height)
}

func (p *timelinePane) emptyView() string {
	lines := make([]string, 0, len(p.empty))
	for _, s := range p.empty {
		lines = append(lines, p.st.List.Empty.Render(s))
	}
	return fitBlock(strings.Join(lines, "\n"), p.width, p.height)
}

func (p *timelinePane) sepLine(pos int) string {
	label := groupOf(p.t.Events[p.rows[pos]].Date).label()
	line := "── " + label + " " + strings.Repeat("─", max(0, p.width-len(label)-4))
	return renderSegs([]seg{{line, p.st.List.Sep}}, p.width, p.st.List.Sep)
}

// Widths of the row's columns besides the text: the selection marker, and
// the people and source columns, which drop out (people first) when the
// text would have fewer than minTextWidth cells.
const (
	markerWidth    = 2
	minTextWidth   = 24
	minPeopleWidth = 12
	maxPeopleWidth = 28
	sourceWidth    = 14
)

// rowCols is how wide each column of a row is at the pane's width.
type rowCols struct{ text, people, source int }

func (p *timelinePane) cols() rowCols {
	c := rowCols{text: p.width - markerWidth - gutterWidth - 1}
	if p.multiSource && c.text-sourceWidth-1 >= minTextWidth+minPeopleWidth {
		c.source = sourceWidth
		c.text -= sourceWidth + 1
	}
	pw := min(maxPeopleWidth, c.text/3, max(minPeopleWidth, p.peopleW))
	if p.hasPeople && p.peopleW > 0 && pw >= minPeopleWidth && c.text-pw-2 >= minTextWidth {
		c.people = pw
		c.text -= pw + 2
	}
	return c
}

// rowLine draws one event: a marker when selected (seen without colour too),
// the date, the source when there are several, the summary cut to its
// column, and the people in a column of their own.
func (p *timelinePane) rowLine(pos int) string {
	e := &p.t.Events[p.rows[pos]]
	rs := p.st.List.Row
	marker := "  "
	if pos == p.cursor {
		marker = "▸ "
		rs = p.st.List.Blur
		if p.focused {
			rs = p.st.List.Sel
		}
	}
	c := p.cols()
	date := ansi.Truncate(gutterDate(e.Date), gutterWidth, "…")
	out := renderSegs([]seg{{marker + padRight(date, gutterWidth) + " ", rs.Gutter}}, markerWidth+gutterWidth+1, rs.Text)
	if c.source > 0 {
		out += renderSegs([]seg{{sourceLabel(e.Source), rs.People}}, c.source, rs.Text) + rs.Text.Render(" ")
	}
	rest := max(0, p.width-markerWidth-gutterWidth-1-c.source-b2i(c.source > 0))
	room := rest
	if c.people > 0 {
		room = c.text
	}
	text := highlight(fitSummary(eventLine(e), room-2*b2i(model.Uncited(e))), p.words, rs.Text, rs.Match)
	if model.Uncited(e) { // fact-check at a glance: ? marks what cites nothing
		text = append([]seg{{"? ", rs.Badge}}, text...)
	}
	if c.people == 0 {
		return out + renderSegs(text, rest, rs.Text)
	}
	out += renderSegs(text, c.text, rs.Text) + rs.Text.Render("  ")
	return out + renderSegs(highlight(cleanJoin(e.People), p.words, rs.People, rs.Match), c.people, rs.Text)
}

// sourceLabel is the short name of an event's source: its file name
// without folders or extension, or the article's title after "wiki:".
func sourceLabel(src string) string {
	name := filepath.Base(clean(src))
	if ext := filepath.Ext(name); ext != "" && len(ext) < len(name) {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fitSummary shortens the head of a summary that joins a clause's head to
// its date's phrase ("Philippe led trade missions … again in 2000") before
// the phrase: cut at the end, the lines of one sentence's dates would read
// the same.
func fitSummary(s string, room int) string {
	i := strings.Index(s, " … ")
	if i <= 0 || ansi.StringWidth(s) <= room {
		return s
	}
	head, tail := s[:i], s[i+len(" … "):]
	if keep := room - ansi.StringWidth(tail) - 2; keep >= 12 {
		return ansi.Truncate(head, keep, "") + "… " + tail
	}
	return tail
}

// eventLine is the summary of an event, or its text when it has none.
func eventLine(e *model.Event) string {
	if strings.TrimSpace(e.Summary) != "" {
		return clean(e.Summary)
	}
	return clean(e.Text)
}

func padRight(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s
	}
	return s + strings.Repeat(" ", w-n)
}
