package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"github.com/annals-tui/annals/model"
)

// detailPane shows everything about the selected event: the date in words,
// the whole sentence with its date phrase highlighted, who and where, the
// section, and what it cites.
type detailPane struct {
	t       *model.Timeline
	st      *Styles
	vp      viewport.Model
	event   int // index into t.Events, -1 for none
	words   []string
	pos, of int // the selected event's place in the list, for the title
	width   int
	height  int
	focused bool
}

func newDetailPane(t *model.Timeline, st *Styles) detailPane {
	return detailPane{t: t, st: st, vp: viewport.New(), event: -1}
}

func (p *detailPane) SetSize(w, h int) {
	if w == p.width && h == p.height {
		return
	}
	p.width, p.height = max(0, w), max(0, h)
	p.vp.SetWidth(p.width)
	p.vp.SetHeight(max(0, p.height-1))
	p.refresh(false)
}

// SetEvent shows event i (or nothing for -1) with the search words highlighted.
func (p *detailPane) SetEvent(i int, words []string) {
	if i == p.event && slices.Equal(words, p.words) {
		return
	}
	p.event, p.words = i, words
	p.refresh(true)
}

// refresh rebuilds the content; top also scrolls back to the start.
func (p *detailPane) refresh(top bool) {
	if p.width <= 0 {
		return
	}
	p.vp.SetContentLines(p.content())
	if top {
		p.vp.GotoTop()
	}
}

func (p *detailPane) Scroll(n int) {
	if n < 0 {
		p.vp.ScrollUp(-n)
	} else {
		p.vp.ScrollDown(n)
	}
}

func (p *detailPane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	title := p.st.Detail.TitleBlur
	if p.focused {
		title = p.st.Detail.Title
	}
	head := renderSegs([]seg{{"Detail", title}, {p.position() + p.scrolled(), p.st.Detail.Label}}, p.width, lipgloss.NewStyle())
	if p.height == 1 {
		return head
	}
	return fitBlock(head+"\n"+p.vp.View(), p.width, p.height)
}

// Update scrolls the pane by the keys that move; it reports whether it used
// the key, so that the rest go on to the browser.
func (p detailPane) Update(msg tea.KeyPressMsg, k KeyMap) (detailPane, bool) {
	switch {
	case key.Matches(msg, k.Up):
		p.Scroll(-1)
	case key.Matches(msg, k.Down):
		p.Scroll(1)
	case key.Matches(msg, k.PageUp):
		p.Scroll(-max(1, p.height-2))
	case key.Matches(msg, k.PageDown):
		p.Scroll(max(1, p.height-2))
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	default:
		return p, false
	}
	return p, true
}

// SetPosition tells the pane where the event sits in the list: 3 of 40.
func (p *detailPane) SetPosition(pos, of int) { p.pos, p.of = pos, of }

func (p *detailPane) position() string {
	if p.event < 0 {
		return ""
	}
	return " · " + strconv.Itoa(p.pos) + " of " + strconv.Itoa(p.of)
}

// scrolled says how far down the text is when it does not all fit, with
// the key that shows more: " · 40% ↓ j".
func (p *detailPane) scrolled() string {
	if p.vp.TotalLineCount() <= p.vp.Height() || p.event < 0 {
		return ""
	}
	s := " · " + strconv.Itoa(int(p.vp.ScrollPercent()*100)) + "%"
	if !p.vp.AtBottom() {
		s += " ↓ more"
	}
	return s
}

func (p *detailPane) content() []string {
	if p.event < 0 {
		return wrapSegs([]seg{{"Nothing selected.", p.st.Detail.Missing}}, p.width)
	}
	e := &p.t.Events[p.event]
	d := p.st.Detail
	w := p.width
	lines := wrapSegs([]seg{{clean(dateWords(e.Date)), d.Date}}, w)
	lines = append(lines, "")
	lines = append(lines, wrapSegs(p.sentence(e), w)...)
	lines = append(lines, "")
	lines = append(lines, p.field("People", cleanJoin(e.People))...)
	lines = append(lines, p.field("Places", cleanJoin(e.Places))...)
	lines = append(lines, p.field("Orgs", cleanJoin(e.Orgs))...)
	lines = append(lines, p.field("Section", clean(e.Section))...)
	if e.Source != "" {
		lines = append(lines, p.pathField("From", clean(e.Source))...)
	}
	return append(lines, p.citations(e)...)
}

// sentence is the event's text with the date phrase highlighted and the
// search words marked.
func (p *detailPane) sentence(e *model.Event) []seg {
	d := p.st.Detail
	s, a, b := e.Text, e.Phrase.Start, e.Phrase.End
	if !validSpan(s, a, b) {
		return highlight(clean(s), p.words, d.Text, d.Match)
	}
	out := highlight(clean(s[:a]), p.words, d.Text, d.Match)
	out = append(out, seg{clean(s[a:b]), d.Phrase})
	return append(out, highlight(clean(s[b:]), p.words, d.Text, d.Match)...)
}

func validSpan(s string, a, b int) bool {
	return a >= 0 && a < b && b <= len(s) && utf8.RuneStart(s[a]) && (b == len(s) || utf8.RuneStart(s[b]))
}

func (p *detailPane) field(label, value string) []string {
	if value == "" {
		return nil
	}
	return wrapSegs([]seg{{label + "  ", p.st.Detail.Label}, {value, p.st.Detail.Value}}, p.width)
}

// pathField is field for a path: long paths wrap after a separator, not
// mid-word ("/work/shared/" then "eval/corpus/belgium-china.txt").
func (p *detailPane) pathField(label, path string) []string {
	if path == "" {
		return nil
	}
	lw := ansi.StringWidth(label) + 2
	var lines []string
	first := true
	for _, part := range pathLines(path, max(1, p.width-lw)) {
		lab := strings.Repeat(" ", lw)
		if first {
			lab, first = label+"  ", false
		}
		lines = append(lines, renderLine([]seg{{lab, p.st.Detail.Label}, {part, p.st.Detail.Value}}))
	}
	return lines
}

// pathLines packs the parts of a path, each ending at a separator, into
// lines at most w cells wide; a part longer than a line is cut.
func pathLines(path string, w int) []string {
	var lines []string
	cur := ""
	for rest := path; rest != ""; {
		i := strings.IndexAny(rest, "/\\")
		part := rest
		if i >= 0 {
			part = rest[:i+1]
		}
		rest = rest[len(part):]
		if cur != "" && ansi.StringWidth(cur+part) > w {
			lines, cur = append(lines, cur), ""
		}
		for ansi.StringWidth(part) > w {
			head := ansi.Truncate(part, w, "")
			if head == "" {
				_, size := utf8.DecodeRuneInString(part)
				head = part[:size] // a character wider than the line
			}
			lines, part = append(lines, head), part[len(head):]
		}
		cur += part
	}
	return append(lines, cur)
}

// citations writes "Sources [5] [6]" and one line per reference.
func (p *detailPane) citations(e *model.Event) []string {
	d := p.st.Detail
	if len(e.Citations) == 0 {
		return wrapSegs([]seg{{"Sources  ", d.Label}, {"none cited", d.Missing}}, p.width)
	}
	marks := make([]string, len(e.Citations))
	for i, n := range e.Citations {
		marks[i] = "[" + strconv.Itoa(n) + "]"
	}
	lines := wrapSegs([]seg{{"Sources  ", d.Label}, {strings.Join(marks, " "), d.Value}, {"  (s to open)", d.Label}}, p.width)
	for i, n := range e.Citations {
		segs := []seg{{marks[i] + " ", d.Label}}
		if r, ok := p.t.Reference(e.Source, n); ok && refTitle(r) != "" {
			segs = append(segs, seg{refTitle(r), d.Value})
			if r.Dead() {
				segs = append(segs, seg{"  dead link", p.st.Sources.Dead})
			}
		} else {
			segs = append(segs, seg{"no details in this article", d.Missing})
		}
		lines = append(lines, wrapSegs(segs, p.width)...)
	}
	return lines
}

// refTitle is the best one-line name of a reference.
func refTitle(r model.Reference) string {
	c := r.Citation()
	for _, s := range []string{c.Title, r.Text, c.Publisher, c.URL, c.ArchiveURL} {
		if s = strings.TrimSpace(clean(s)); s != "" {
			return s
		}
	}
	return ""
}

// dateWords is the date with its precision in words: "April 1991, month precision".
func dateWords(d model.Date) string {
	if d.IsZero() {
		return "undated"
	}
	prec := d.Precision.String()
	if d.Interval && d.EndPrecision != d.Precision {
		prec += " to " + d.EndPrecision.String()
	}
	s := d.Human() + ", " + prec + " precision"
	if d.Approximate {
		s += ", approximate"
	}
	if d.Uncertain {
		s += ", uncertain"
	}
	return s
}
