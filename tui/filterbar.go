package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

// promptKind is which filter the prompt edits.
type promptKind int

const (
	promptNone promptKind = iota
	promptSearch
	promptYear
	promptExport
)

// filterBar is the one-line prompt for the search (/) and year (y) filters,
// with the reason a year was refused on the line above it.
//
// It reopens with the last value selected, as a browser's address bar does:
// typing replaces it, an arrow or backspace edits it; ↑ and ↓ walk the
// values entered before.
type filterBar struct {
	st       *Styles
	kind     promptKind
	input    textinput.Model
	err      string
	saved    model.Query // the query when the prompt opened: esc goes back to it
	width    int
	selected bool                    // the value shown on opening is selected
	history  map[promptKind][]string // values entered, oldest first
	hist     int                     // position in the history while walking it
}

func newFilterBar(st *Styles) filterBar {
	in := textinput.New()
	in.SetStyles(st.Bubbles.Input)
	in.CharLimit = 200
	return filterBar{st: st, input: in}
}

// Open starts editing a filter, showing its current value.
func (f *filterBar) Open(kind promptKind, value string, saved model.Query) tea.Cmd {
	f.kind, f.saved, f.err = kind, saved, ""
	switch kind {
	case promptSearch:
		f.input.Prompt = "/"
		f.input.Placeholder = "search text, summaries, people, places"
	case promptExport:
		f.input.Prompt = "export this view to: "
		f.input.Placeholder = "file.md (.csv .ics .json .html .mw .mmd)"
	case promptYear:
		f.input.Prompt = "year: "
		f.input.Placeholder = "2019, 1990-2000, 2019-, 1990s, 300 BC, 19th century; empty removes"
	}
	f.input.SetValue(value)
	f.input.CursorEnd()
	f.selected = value != ""
	f.hist = len(f.history[kind])
	if h := f.history[kind]; len(h) > 0 && h[len(h)-1] == value {
		f.hist-- // the value shown is the newest: ↑ goes to the one before it
	}
	return f.input.Focus()
}

// Remember adds an entered value to the prompt's history.
func (f *filterBar) Remember(value string) {
	value = strings.TrimSpace(value)
	if f.history == nil {
		f.history = map[promptKind][]string{}
	}
	h := f.history[f.kind]
	if value == "" || (len(h) > 0 && h[len(h)-1] == value) {
		return
	}
	f.history[f.kind] = append(h, value)
}

// walkHistory shows the value entered dir steps before (dir < 0) or after.
func (f *filterBar) walkHistory(dir int) bool {
	h := f.history[f.kind]
	next := f.hist + dir
	if next < 0 || next > len(h) || len(h) == 0 {
		return false
	}
	f.hist = next
	value := ""
	if next < len(h) {
		value = h[next]
	}
	f.input.SetValue(value)
	f.input.CursorEnd()
	f.selected = false
	return true
}

// dropSelection applies a key to the selected value: a character or paste
// replaces it, backspace or delete removes it, any other key keeps it and
// edits from its end.
func (f *filterBar) dropSelection(msg tea.Msg) {
	if !f.selected {
		return
	}
	f.selected = false
	switch msg := msg.(type) {
	case tea.PasteMsg:
		f.input.SetValue("")
	case tea.KeyPressMsg:
		if msg.Text != "" || msg.Code == tea.KeyBackspace || msg.Code == tea.KeyDelete {
			f.input.SetValue("")
		}
	}
}

func (f *filterBar) Close() {
	f.kind, f.err = promptNone, ""
	f.input.Blur()
}

func (f *filterBar) Active() bool { return f.kind != promptNone }

func (f *filterBar) SetWidth(w int) {
	f.width = max(0, w)
	f.input.SetWidth(max(1, w-len(f.input.Prompt)-1))
}

// Update hands a message to the input and reports whether the text changed.
func (f *filterBar) Update(msg tea.Msg) (bool, tea.Cmd) {
	before := f.input.Value()
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.Code == tea.KeyUp || k.Code == tea.KeyDown) && k.Mod == 0 {
		dir := 1
		if k.Code == tea.KeyUp {
			dir = -1
		}
		return f.walkHistory(dir) && f.input.Value() != before, nil
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		f.dropSelection(msg)
		if f.input.Value() != before {
			if k, ok := msg.(tea.KeyPressMsg); ok && k.Text == "" {
				f.err = ""
				return true, nil // backspace removed the selected value
			}
		}
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	changed := f.input.Value() != before
	if changed {
		f.err = ""
	}
	return changed, cmd
}

func (f *filterBar) Value() string { return f.input.Value() }

func (f *filterBar) View() string {
	if !f.Active() || f.width <= 0 {
		return ""
	}
	line := fitBlock(f.input.View(), f.width, 1)
	if f.selected {
		line = renderSegs([]seg{{f.input.Prompt, f.st.Header.Meta}, {f.input.Value(), f.st.Picker.Sel}}, f.width, lipgloss.NewStyle())
	}
	if f.err == "" {
		return line
	}
	return renderSegs([]seg{{f.err, f.st.Status.Error}}, f.width, lipgloss.NewStyle()) + "\n" + line
}

// headerView is the title with the event count and span, and a line of
// chips for the active filters, each naming the key that edits it.
//
// Several sources merged have a joined title too long to read: the header
// then says how many there are, and the list names each row's source.
func headerView(st *Styles, t *model.Timeline, sources int, span string, q model.Query, shown, width int, ranked bool) string {
	title := clean(strings.TrimSpace(t.Title))
	if title == "" {
		title = clean(t.Source)
	}
	if sources > 1 {
		title = strconv.Itoa(sources) + " sources"
	}
	if title == "" {
		title = "annals"
	}
	meta := " · " + countText(shown, len(t.Events), !q.IsEmpty())
	if span != "" {
		meta += " · " + span
	}
	if name := langName(t.Lang); name != "" {
		meta += " · " + name // the article is not in English: say which language it is read as
	}
	if over := ansi.StringWidth(title) + ansi.StringWidth(meta) - width; over > 0 {
		title = ansi.Truncate(title, max(8, ansi.StringWidth(title)-over), "…") // the count and span matter more
	}
	line := renderSegs([]seg{{title, st.Header.Title}, {meta, st.Header.Meta}}, width, lipgloss.NewStyle())
	chips := chipSegs(st, q)
	if ranked {
		chips = append([]seg{{" best matches first (ctrl+s) ", st.Header.Chip}, {" ", st.Header.Hint}}, chips...)
	}
	if len(chips) == 0 {
		return line
	}
	return line + "\n" + renderSegs(chips, width, lipgloss.NewStyle())
}

func chipSegs(st *Styles, q model.Query) []seg {
	var segs []seg
	add := func(text, key string) {
		segs = append(segs, seg{" " + text + " (" + key + ") ", st.Header.Chip}, seg{" ", st.Header.Hint})
	}
	if q.HasYears {
		add("year "+q.Years.String(), "y")
	}
	for _, p := range q.People {
		add("person "+clean(p), "p")
	}
	for _, p := range q.Places {
		add("place "+clean(p), "P")
	}
	if strings.TrimSpace(q.Text) != "" {
		add(strconv.Quote(clean(strings.TrimSpace(q.Text))), "/")
	}
	if q.Uncited {
		add("uncited only", "!")
	}
	if len(q.Sources) > 0 {
		add("source "+clean(strings.Join(q.Sources, ", ")), "f")
	}
	if len(segs) > 0 {
		segs = append(segs, seg{" x clears all", st.Header.Hint})
	}
	return segs
}

// langName names the languages annals reads other than English, in their
// own words, as the header shows them.
func langName(code string) string {
	return map[string]string{"fr": "français", "nl": "Nederlands", "de": "Deutsch", "zh": "中文"}[code]
}
