package tui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/sahilm/fuzzy"

	"github.com/annals-tui/annals/model"
)

// pickerKind says what the picker picks.
type pickerKind int

const (
	pickPeople pickerKind = iota
	pickPlaces
	pickSources
)

func (k pickerKind) String() string {
	switch k {
	case pickPlaces:
		return "Places"
	case pickSources:
		return "Sources"
	}
	return "People"
}

// picker lists every person (or place) with their event count; typing
// narrows the list by fuzzy match. Enter toggles the highlighted name and
// applies; tab marks several first.
type picker struct {
	st      *Styles
	kind    pickerKind
	input   textinput.Model
	all     []model.Facet
	names   []string
	shown   []pickRow
	cursor  int
	top     int
	marked  map[string]bool
	touched bool // tab was used: enter applies the marks as they are
	width   int
	height  int
}

// pickRow is one shown name, with the bytes the pattern matched.
type pickRow struct {
	facet   model.Facet
	matched []int
}

func newPicker(st *Styles) picker {
	in := textinput.New()
	in.Prompt = "> "
	in.Placeholder = "type to narrow"
	in.SetStyles(st.Bubbles.Input)
	return picker{st: st, input: in}
}

// Open starts picking among facets, with the names already in the query
// marked and listed first.
func (p *picker) Open(kind pickerKind, facets []model.Facet, active []string) tea.Cmd {
	p.kind, p.touched, p.marked = kind, false, map[string]bool{}
	var first, rest []model.Facet
	for _, f := range facets {
		if anyMatch(f.Name, active) {
			p.marked[f.Name] = true
			first = append(first, f)
		} else {
			rest = append(rest, f)
		}
	}
	p.all = append(first, rest...)
	p.names = make([]string, len(p.all))
	for i, f := range p.all {
		p.names[i] = clean(f.Name)
	}
	p.input.Reset()
	p.filter()
	return p.input.Focus()
}

func anyMatch(name string, wanted []string) bool {
	for _, w := range wanted {
		if model.MatchName(name, w) {
			return true
		}
	}
	return false
}

func (p *picker) Close() { p.input.Blur() }

func (p *picker) SetSize(w, h int) {
	p.width, p.height = max(0, w), max(0, h)
	p.input.SetWidth(max(1, w-3))
	p.scroll()
}

// Update hands a message to the text input and narrows the list when its
// text changed.
func (p *picker) Update(msg tea.Msg) tea.Cmd {
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.filter()
	}
	return cmd
}

func (p *picker) filter() {
	pattern := strings.TrimSpace(p.input.Value())
	p.shown = make([]pickRow, 0, len(p.all))
	if pattern == "" {
		for _, f := range p.all {
			p.shown = append(p.shown, pickRow{facet: f})
		}
	} else {
		for _, m := range fuzzy.Find(pattern, p.names) {
			p.shown = append(p.shown, pickRow{facet: p.all[m.Index], matched: m.MatchedIndexes})
		}
	}
	p.cursor, p.top = 0, 0
}

func (p *picker) MoveBy(n int) {
	p.cursor = max(0, min(p.cursor+n, len(p.shown)-1))
	p.scroll()
}

func (p *picker) scroll() {
	rows := max(1, p.height-2)
	p.top = max(0, min(p.top, p.cursor))
	if p.cursor >= p.top+rows {
		p.top = p.cursor - rows + 1
	}
}

// Mark toggles the highlighted name and moves down.
func (p *picker) Mark() {
	if len(p.shown) == 0 {
		return
	}
	name := p.shown[p.cursor].facet.Name
	p.marked[name] = !p.marked[name]
	p.touched = true
	p.MoveBy(1)
}

// Chosen is the names to filter by once enter is pressed, in list order.
func (p *picker) Chosen() []string {
	if !p.touched && len(p.shown) > 0 {
		name := p.shown[p.cursor].facet.Name
		p.marked[name] = !p.marked[name]
	}
	var out []string
	for _, f := range p.all {
		if p.marked[f.Name] {
			out = append(out, f.Name)
		}
	}
	return out
}

func (p *picker) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	head := renderSegs([]seg{
		{p.kind.String(), p.st.Detail.Title},
		{" · " + strconv.Itoa(len(p.shown)) + " of " + strconv.Itoa(len(p.all)) +
			" · enter toggles and applies · tab marks several · esc cancels", p.st.Detail.Label},
	}, p.width, lipgloss.NewStyle())
	lines := []string{head, p.input.View()}
	if len(p.all) == 0 {
		lines = append(lines, p.st.List.Empty.Render("No "+strings.ToLower(p.kind.String())+" in this timeline. esc goes back."))
	} else if len(p.shown) == 0 {
		lines = append(lines, p.st.List.Empty.Render("No name matches. Backspace to widen, esc to go back."))
	}
	for k := p.top; k < len(p.shown) && len(lines) < p.height; k++ {
		lines = append(lines, p.row(k))
	}
	return fitBlock(strings.Join(lines, "\n"), p.width, p.height)
}

func (p *picker) row(k int) string {
	r := p.shown[k]
	s := p.st.Picker
	base, hl, fill := s.Name, s.Match, lipgloss.NewStyle()
	if k == p.cursor {
		base, hl, fill = s.Name.Inherit(s.Sel), s.Match.Inherit(s.Sel), s.Sel
	}
	mark := seg{"  ", base}
	if p.marked[r.facet.Name] {
		mark = seg{"✓ ", s.Mark.Inherit(fill)}
	}
	count := " " + strconv.Itoa(r.facet.Count)
	name := clean(r.facet.Name)
	marks := make([]bool, len(name))
	for _, i := range r.matched {
		if i < len(marks) {
			_, n := utf8.DecodeRuneInString(name[i:])
			for j := i; j < i+n; j++ {
				marks[j] = true
			}
		}
	}
	segs := append([]seg{mark}, runs(name, marks, base, hl)...)
	nameW := max(1, p.width-len(count))
	return renderSegs(segs, nameW, fill) + s.Count.Inherit(fill).Render(count)
}
