package tui

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"charm.land/lipgloss/v2"

	"github.com/annals-tui/annals/model"
)

// sourcesPane lists the references the selected event cites, one block each:
// number, title, publisher, date, URL and archive URL where known. Its second
// view (e) lists the events that cite the selected reference.
type sourcesPane struct {
	t       *model.Timeline
	st      *Styles
	event   int // index into t.Events, -1 for none
	refs    []citation
	cursor  int
	width   int
	height  int
	focused bool

	showCited bool
	cited     []int // indices into t.Events citing refs[cursor]
	citedPos  int
	citedTop  int
}

// citation is one [n] of an event, with its reference when the article has one.
type citation struct {
	n     int
	ref   model.Reference
	known bool
}

func (p *sourcesPane) SetSize(w, h int) { p.width, p.height = max(0, w), max(0, h) }

// SetEvent shows the sources of event i (or none for -1).
func (p *sourcesPane) SetEvent(i int) {
	if i == p.event {
		return
	}
	p.event, p.cursor, p.showCited, p.refs = i, 0, false, nil
	if i < 0 {
		return
	}
	e := &p.t.Events[i]
	for _, n := range e.Citations {
		r, ok := p.t.Reference(e.Source, n)
		p.refs = append(p.refs, citation{n: n, ref: r, known: ok})
	}
}

// Current is the selected reference, if the event cites any.
func (p *sourcesPane) Current() (citation, bool) {
	if len(p.refs) == 0 {
		return citation{}, false
	}
	return p.refs[p.cursor], true
}

// sourcesAction is what a key in the sources pane asks of the browser,
// beyond moving in the pane.
type sourcesAction int

const (
	srcNone    sourcesAction = iota // not the pane's key
	srcMoved                        // handled in the pane
	srcJump                         // go to the citing event under the cursor
	srcOpen                         // open the reference's URL
	srcArchive                      // open its archived copy
	srcCopy                         // copy its URL
)

// Update moves through the references (or the events citing one) and says
// what else the key asks for.
func (p sourcesPane) Update(msg tea.KeyPressMsg, k KeyMap) (sourcesPane, sourcesAction) {
	switch {
	case key.Matches(msg, k.Up):
		p.MoveBy(-1)
	case key.Matches(msg, k.Down):
		p.MoveBy(1)
	case key.Matches(msg, k.Top):
		p.MoveTo(0)
	case key.Matches(msg, k.Bottom):
		p.MoveTo(-1)
	case key.Matches(msg, k.Back) && p.showCited:
		p.showCited = false
	case key.Matches(msg, k.CitedBy):
		p.ShowCited()
	case key.Matches(msg, k.Jump):
		return p, srcJump
	case key.Matches(msg, k.Open):
		return p, srcOpen
	case key.Matches(msg, k.Archive):
		return p, srcArchive
	case key.Matches(msg, k.Copy):
		return p, srcCopy
	default:
		return p, srcNone
	}
	return p, srcMoved
}

// MoveBy moves through the references, or through the citing events.
func (p *sourcesPane) MoveBy(n int) {
	if p.showCited {
		p.citedPos = max(0, min(p.citedPos+n, len(p.cited)-1))
		p.scrollCited()
		return
	}
	p.cursor = max(0, min(p.cursor+n, len(p.refs)-1))
}

// MoveTo moves to the first (0) or last (-1) entry.
func (p *sourcesPane) MoveTo(pos int) {
	if pos < 0 {
		p.MoveBy(1 << 30)
		return
	}
	p.MoveBy(-(1 << 30))
}

// ShowCited switches to the list of events that cite the selected reference.
func (p *sourcesPane) ShowCited() bool {
	c, ok := p.Current()
	if !ok || p.event < 0 {
		return false
	}
	p.cited = p.t.CitedBy(p.t.Events[p.event].Source, c.n)
	p.citedPos, p.citedTop, p.showCited = 0, 0, true
	for k, i := range p.cited {
		if i == p.event {
			p.citedPos = k
		}
	}
	p.scrollCited()
	return true
}

// CitedSelected is the citing event under the cursor.
func (p *sourcesPane) CitedSelected() (int, bool) {
	if !p.showCited || len(p.cited) == 0 {
		return -1, false
	}
	return p.cited[p.citedPos], true
}

func (p *sourcesPane) scrollCited() {
	rows := max(1, p.height-1)
	if p.citedPos < p.citedTop {
		p.citedTop = p.citedPos
	}
	if p.citedPos >= p.citedTop+rows {
		p.citedTop = p.citedPos - rows + 1
	}
}

func (p *sourcesPane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	if p.showCited {
		return p.citedView()
	}
	title := p.st.Detail.TitleBlur
	if p.focused {
		title = p.st.Detail.Title
	}
	head := renderSegs([]seg{{"Sources", title}, {p.subtitle(), p.st.Detail.Label}}, p.width, lipgloss.NewStyle())
	var lines []string
	sel := 0
	for k, c := range p.refs {
		if k == p.cursor {
			sel = len(lines)
		}
		lines = append(lines, p.block(c, k == p.cursor)...)
	}
	if len(p.refs) == 0 {
		lines = wrapSegs([]seg{{"This event cites no sources.", p.st.Detail.Missing}}, p.width)
	}
	return fitBlock(head+"\n"+strings.Join(scrollTo(lines, sel, p.height-1), "\n"), p.width, p.height)
}

func (p *sourcesPane) subtitle() string {
	if p.event < 0 {
		return ""
	}
	e := &p.t.Events[p.event]
	return " of " + gutterDate(e.Date) + " · " + strconv.Itoa(len(p.refs)) + " cited"
}

// scrollTo shows h lines of lines, from the selected line sel when the
// block that starts there would not fit from the top.
func scrollTo(lines []string, sel, h int) []string {
	if h <= 0 {
		return nil
	}
	off := 0
	if sel+2 > h {
		off = max(0, min(sel, len(lines)-h))
	}
	return lines[off:min(len(lines), off+h)]
}

// block is one reference: "[5] title" (marked when its link is dead), then
// authors, publisher, date and pages, the URL and the archive URL.
func (p *sourcesPane) block(c citation, selected bool) []string {
	s := p.st.Sources
	num := "[" + strconv.Itoa(c.n) + "] "
	numStyle := s.Num
	if selected && p.focused {
		numStyle = s.Sel
	}
	pointer := "  "
	if selected {
		pointer = "▸ "
	}
	title := []seg{{"no details in this article", p.st.Detail.Missing}}
	if t := refTitle(c.ref); c.known && t != "" {
		title = []seg{{t, s.Title}}
	}
	if c.ref.Dead() {
		title = append(title, seg{"  dead link", s.Dead})
	}
	indent := seg{"      ", s.Meta}
	lead := []seg{{pointer, s.Num}, {num, numStyle}}
	lines := hangSegs(lead, indent, title, p.width)
	if meta := refMeta(c.ref); meta != "" {
		lines = append(lines, hangSegs([]seg{indent}, indent, []seg{{meta, s.Meta}}, p.width)...)
	}
	// A URL keeps to one line, cut if it must be: y copies it whole.
	cite := c.ref.Citation()
	if u := clean(cite.URL); u != "" {
		lines = append(lines, p.urlLine(indent, "", u, cite.Dead()))
	}
	if u := clean(cite.ArchiveURL); u != "" {
		label := joinNonEmpty(" ", "archive", clean(cite.ArchiveDate)) + " "
		lines = append(lines, p.urlLine(indent, label, u, false))
	}
	return lines
}

// urlLine is one address of a reference, after its label; a dead one is
// marked so, as the archive below it is what enter opens.
func (p *sourcesPane) urlLine(indent seg, label, u string, dead bool) string {
	s := p.st.Sources
	segs := []seg{indent}
	if dead {
		segs = append(segs, seg{"dead ", s.Dead})
	}
	if label != "" {
		segs = append(segs, seg{label, s.Meta})
	}
	return renderSegs(append(segs, seg{u, s.URL}), p.width, lipgloss.NewStyle())
}

// refMeta is the line under a reference's title: its authors, publisher,
// date and pages, each once ("Dupont, Marie · Leuven UP · 1998 · p. 42").
func refMeta(r model.Reference) string {
	c := r.Citation()
	title := strings.TrimSpace(clean(c.Title))
	var parts []string
	for _, s := range []string{authorsText(c.Authors), c.Publisher, c.Date, c.Pages} {
		if s = strings.TrimSpace(clean(s)); s != "" && s != title && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// authorsText names up to three authors, then "et al.".
func authorsText(a []string) string {
	if len(a) > 3 {
		return strings.Join(a[:1], "") + " et al."
	}
	return strings.Join(a, "; ")
}

// hangSegs wraps body to the width left after lead, and starts each line
// after the first with indent, so a wrapped title or publisher line keeps
// to its column.
func hangSegs(lead []seg, indent seg, body []seg, w int) []string {
	lw := segsWidth(lead)
	if w-lw < 8 {
		return wrapSegs(append(append([]seg(nil), lead...), body...), w)
	}
	lines := wrapSegs(body, w-lw)
	for i, l := range lines {
		prefix := []seg{indent}
		if i == 0 {
			prefix = lead
		}
		lines[i] = renderLine(prefix) + l
	}
	return lines
}

// archive is the archived copy of the reference, if it has one.
func (c citation) archive() string { return strings.TrimSpace(c.ref.Citation().ArchiveURL) }

func (p *sourcesPane) citedView() string {
	c, _ := p.Current()
	head := renderSegs([]seg{
		{"Events citing [" + strconv.Itoa(c.n) + "]", p.st.Detail.Title},
		{" · " + strconv.Itoa(len(p.cited)) + " · enter goes to one, esc back", p.st.Detail.Label},
	}, p.width, lipgloss.NewStyle())
	lines := []string{head}
	for k := p.citedTop; k < len(p.cited) && len(lines) < p.height; k++ {
		e := &p.t.Events[p.cited[k]]
		rs := p.st.List.Row
		if k == p.citedPos {
			rs = p.st.List.Sel
		}
		segs := []seg{{padRight(gutterDate(e.Date), gutterWidth) + " ", rs.Gutter}, {eventLine(e), rs.Text}}
		lines = append(lines, renderSegs(segs, p.width, rs.Text))
	}
	return fitBlock(strings.Join(lines, "\n"), p.width, p.height)
}

// target is what Enter opens and y copies: the URL, else the archive URL,
// and the archive first when the article says the URL has died.
func (c citation) target() string {
	cite := c.ref.Citation()
	if u := strings.TrimSpace(cite.URL); u != "" && !cite.Dead() {
		return u
	}
	return strings.TrimSpace(cite.ArchiveURL)
}

// webURL reports whether s is an http or https address with a host: the
// only kind annals hands to a browser.
func webURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return (scheme == "http" || scheme == "https") && clean(s) == s && !strings.ContainsAny(s, " \"'<>\\`")
}

// urlRefusal says why webURL refused s: the character a web address may
// not hold (a backtick, a quote, a space), or that it is no http(s) address.
func urlRefusal(s string) string {
	if u, err := url.Parse(s); err == nil && u.Host != "" && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) {
		if clean(s) != s {
			return " holds a control character that no web address holds"
		}
		if i := strings.IndexAny(s, " \"'<>\\`"); i >= 0 {
			return " holds " + strconv.Quote(s[i:i+1]) + ", which no web address holds"
		}
	}
	return " is not an http(s) address"
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, sep)
}
