package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/term"

	"github.com/annals-tui/annals/model"
)

// ListOptions shape the table of `annals list`.
type ListOptions struct {
	// Width is the terminal's width in columns. Zero means the output is not
	// a terminal: rows are written whole, without header, footer or colour,
	// so piped output is plain and the same whatever the terminal.
	Width int
	Color bool // ANSI colours; only ever set for a terminal
	Limit int  // at most this many events; 0 means all
}

// TerminalOptions returns the ListOptions for writing to w: the width of the
// terminal w is, and colour unless NO_COLOR is set (to anything but "", as
// no-color.org says) or TERM is "dumb"; zero options when w is a pipe, a file
// or a buffer. getenv is os.Getenv, or a stand-in in tests.
func TerminalOptions(w io.Writer, getenv func(string) string) ListOptions {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return ListOptions{}
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return ListOptions{Width: width, Color: colorAllowed(getenv)}
}

// colorAllowed is the environment's word on colour: no when NO_COLOR is
// set to anything but "", or the terminal is "dumb".
func colorAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// WriteList writes the plain table of `annals list` for a pipe or a file.
func WriteList(w io.Writer, t *model.Timeline, idx []int) error {
	return List(w, t, idx, ListOptions{})
}

// List writes the events as aligned columns: the date (EDTF), the summary
// with its citation marks, and the people it names, plus the source when the
// events come from several. On a terminal (Width > 0) the columns fit the
// width, long cells end in "…", and a header names the columns.
func List(w io.Writer, t *model.Timeline, idx []int, opts ListOptions) error {
	shown := idx
	if opts.Limit > 0 && len(shown) > opts.Limit {
		shown = shown[:opts.Limit]
	}
	tty := opts.Width > 0
	rows := listRows(t, shown, tty)
	lay := layout(rows, opts.Width, len(sourcesOf(t, shown)) > 1)
	if tty {
		rows = append([]listRow{listHeader}, rows...)
		lay = lay.withHeader()
	}
	bw := bufio.NewWriter(w)
	for r, row := range rows {
		bw.WriteString(lay.render(row, opts.Color, tty && r == 0))
		bw.WriteByte('\n')
	}
	if tty {
		switch more := len(idx) - len(shown); {
		case len(idx) == 0:
			bw.WriteString(paint("No events match.", sgrDim, opts.Color) + "\n")
		case more > 0:
			bw.WriteString(paint(fmt.Sprintf("… %s not shown; --limit 0 shows all", countEvents(more)), sgrDim, opts.Color) + "\n")
		}
	}
	return bw.Flush()
}

// The columns of a row, in display order; the citation marks ride at the end
// of the event cell.
const (
	colWhen = iota
	colSource
	colEvent
	colCites
	colPeople
	listCols
)

type listRow struct{ cells [listCols]string }

var listHeader = listRow{cells: [listCols]string{colWhen: "WHEN", colSource: "SOURCE", colEvent: "EVENT", colPeople: "PEOPLE"}}

// listRows makes the cells of each event. A terminal gets dates as people
// read them ("1970s", "1991 Apr", as the browser writes them); a pipe gets
// EDTF ("197X", "1991-04"), which programs read.
func listRows(t *model.Timeline, idx []int, tty bool) []listRow {
	rows := make([]listRow, 0, len(idx))
	for _, i := range idx {
		e := &t.Events[i]
		when := e.Date.EDTF()
		if tty {
			when = shortDate(e.Date)
		}
		rows = append(rows, listRow{cells: [listCols]string{
			colWhen: when, colSource: cleanLine(e.Source), colEvent: cleanLine(icsSummary(e)),
			colCites: citeMarks(e.Citations), colPeople: joinClean(e.People),
		}})
	}
	return rows
}

// shortDate writes a date at its precision, briefly: 1971 Oct 25, 1991 Apr,
// 2019, 1980s, 19th c., 1912–2008, c.1950, 44 BC.
func shortDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	s := shortPoint(d.Start, d.Precision)
	if d.Interval {
		if end := shortPoint(d.End, max(d.EndPrecision, min(d.Precision, model.Year))); end != s {
			s += "–" + end
		}
	}
	if d.Approximate {
		s = "c." + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

func shortPoint(day model.CalendarDay, p model.Precision) string {
	year := strconv.Itoa(int(day.Year))
	if day.Year <= 0 {
		year = strconv.Itoa(int(1-day.Year)) + " BC"
	}
	month := func() string {
		if n := model.MonthName(int(day.Month)); len(n) >= 3 {
			return n[:3]
		}
		return "?"
	}
	switch p {
	case model.Day:
		return year + " " + month() + " " + strconv.Itoa(int(day.Day))
	case model.Month:
		return year + " " + month()
	case model.Decade:
		if day.Year > 0 {
			return strconv.Itoa(int(day.Year-day.Year%10)) + "s"
		}
	case model.Century:
		if day.Year > 0 {
			return model.Ordinal(int(day.Year/100+1)) + " c."
		}
		return model.Ordinal(int((-day.Year)/100+1)) + " c. BC" // 0 is 1 BC
	}
	return year
}

func citeMarks(c []int) string {
	var b strings.Builder
	for _, n := range c {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

const (
	listGap      = 2
	minEventCols = 20 // below this the people column gives way
	sgrWhen      = "36"
	sgrPeople    = "33"
	sgrDim       = "2"
	sgrHeader    = "1"
)

type listLayout struct {
	when, source, event, people int // column widths; 0 drops a column
	fit                         bool
}

// layout sizes the columns: to their content when width is 0, else to fit
// width, giving the event column what the date, source and people leave.
func layout(rows []listRow, width int, multi bool) listLayout {
	var l listLayout
	maxPeople := 0
	for _, r := range rows {
		l.when = max(l.when, ansi.StringWidth(r.cells[colWhen]))
		if multi {
			l.source = max(l.source, ansi.StringWidth(r.cells[colSource]))
		}
		l.event = max(l.event, eventWidth(r))
		maxPeople = max(maxPeople, ansi.StringWidth(r.cells[colPeople]))
	}
	l.people = maxPeople
	if width <= 0 {
		return l
	}
	l.fit = true
	l.source = min(l.source, 24)
	avail := width - l.when - listGap
	if l.source > 0 {
		avail -= l.source + listGap
	}
	if l.people > 0 && l.event+listGap+l.people > avail {
		l.people = min(l.people, max(12, avail/3))
		if avail-listGap-l.people < minEventCols {
			l.people = 0
		}
	}
	if l.people == 0 {
		l.event = max(min(l.event, avail), 1)
		return l
	}
	l.event = min(l.event, avail-listGap-l.people)
	l.people = min(maxPeople, avail-listGap-l.event) // what the events leave
	return l
}

// withHeader widens the columns narrower than their header's label; on a
// terminal the event column gives back what the others take.
func (l listLayout) withHeader() listLayout {
	grow := 0
	for _, c := range []struct {
		w     *int
		label string
	}{{&l.when, "WHEN"}, {&l.source, "SOURCE"}, {&l.people, "PEOPLE"}} {
		if *c.w > 0 && *c.w < len(c.label) {
			grow += len(c.label) - *c.w
			*c.w = len(c.label)
		}
	}
	if l.fit {
		l.event = max(l.event-grow, 1)
	} else {
		l.event = max(l.event, len("EVENT"))
	}
	return l
}

func eventWidth(r listRow) int {
	w := ansi.StringWidth(r.cells[colEvent])
	if c := ansi.StringWidth(r.cells[colCites]); c > 0 {
		w += 1 + c
	}
	return w
}

// render writes one row: cells padded to their column, the last one not.
func (l listLayout) render(r listRow, color, header bool) string {
	type cell struct {
		text  string
		width int
		sgr   string
	}
	cells := []cell{{r.cells[colWhen], l.when, sgrWhen}}
	if l.source > 0 {
		cells = append(cells, cell{r.cells[colSource], l.source, sgrDim})
	}
	cells = append(cells, cell{"", l.event, ""})
	if l.people > 0 {
		cells = append(cells, cell{r.cells[colPeople], l.people, sgrPeople})
	}
	var b strings.Builder
	for k, c := range cells {
		var s string
		var w int
		if c.sgr == "" {
			s, w = l.eventCell(r, color && !header)
		} else {
			text := c.text
			if l.fit {
				text = truncate(text, c.width)
			}
			w = ansi.StringWidth(text)
			s = paint(text, c.sgr, color && !header)
		}
		if header {
			s = paint(s, sgrHeader, color)
		}
		b.WriteString(s)
		if k < len(cells)-1 {
			b.WriteString(strings.Repeat(" ", c.width-w+listGap))
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// eventCell is the summary and its citation marks, cut to the event column
// on a terminal; the marks stay visible when there is room for them.
func (l listLayout) eventCell(r listRow, color bool) (string, int) {
	text, cites := r.cells[colEvent], r.cells[colCites]
	if l.fit && eventWidth(r) > l.event {
		cw := ansi.StringWidth(cites)
		if cites != "" && l.event-cw-1 >= minEventCols/2 {
			text = truncate(text, l.event-cw-1)
		} else {
			text, cites = truncate(text+" "+cites, l.event), ""
		}
	}
	w := ansi.StringWidth(text)
	if cites == "" {
		return text, w
	}
	return text + " " + paint(cites, sgrDim, color), w + 1 + ansi.StringWidth(cites)
}

// truncate cuts s to width columns, ending in "…" when it cuts (and no
// space or comma before the "…").
func truncate(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	return strings.TrimRight(ansi.Truncate(s, width-1, ""), " ,;") + "…"
}

// paint wraps s in an ANSI SGR colour when colour is on.
func paint(s, sgr string, on bool) string {
	if !on || s == "" {
		return s
	}
	return "\x1b[" + sgr + "m" + s + "\x1b[0m"
}
