package tui

import (
	"context"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/annals-tui/annals/model"
)

// Follow is how the browser reaches other articles: fetching one (through
// the REST client and its cache), listing the library, searching titles.
// A nil func turns its keys off.
type Follow struct {
	Fetch   func(ctx context.Context, l model.Link) (*model.Timeline, error)
	Library func() ([]model.Link, error) // Text: what to show beside the title
	Search  func(ctx context.Context, q string) ([]model.Link, error)
}

// linkKeys are the keys of following links, kept apart from keys.go.
type linkKeys struct {
	Links, Palette, Back, Merge, Alone, PickerOpen key.Binding
}

func defaultLinkKeys() linkKeys {
	return linkKeys{
		Links:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "linked articles")),
		Palette:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open article")),
		Back:       key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "back")),
		Merge:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "merge")),
		Alone:      key.NewBinding(key.WithKeys("W", "shift+enter"), key.WithHelp("W", "open alone")),
		PickerOpen: key.NewBinding(key.WithKeys("ctrl+w"), key.WithHelp("ctrl+w", "merge their article")),
	}
}

// helpGroups is every key group of the help screen: keys.go's, then the
// keys of following links (ctrl+o is keys.go's JumpBack there).
func (m *Model) helpGroups() []keyGroup {
	k := m.chooser.keys
	k.Palette.SetEnabled(m.opts.Follow.Library != nil)
	return append(m.keys.groups(), keyGroup{"Articles", []key.Binding{k.Links, k.Palette, k.Alone, k.PickerOpen}})
}

type chooserMode int

const (
	chooseLinks   chooserMode = iota // an event's linked articles
	choosePalette                    // the library, then Wikipedia's titles
)

// chooser lists articles to open: an event's links (people first), or the
// library narrowed as you type.
type chooser struct {
	active  bool
	mode    chooserMode
	input   textinput.Model
	all     []model.Link // the library, in palette mode
	items   []model.Link
	kinds   []string
	cursor  int
	note    string // "Wikipedia titles for …", "Searching…"
	keys    linkKeys
	history []snapshot // where ctrl+o goes back to (tui/history.go)
	merging bool       // a fetch runs; its failure returns to the timeline
}

// linkRows orders an event's links people first, then places, then the
// rest, each kind in the order of the sentence.
func linkRows(e *model.Event) ([]model.Link, []string) {
	order := []model.EntityKind{model.Person, model.Place, model.Org, ""}
	var items []model.Link
	var kinds []string
	for _, k := range order {
		for _, l := range e.Links {
			if model.LinkKind(e, l) == k {
				items, kinds = append(items, l), append(kinds, kindLabel(k))
			}
		}
	}
	return items, kinds
}

func kindLabel(k model.EntityKind) string {
	if k == "" {
		return "article"
	}
	return string(k)
}

// linkKey handles w, o and ctrl+o (once no jump is left to undo) from the panes; ok is false for any
// other key.
func (m *Model) linkKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.chooser.keys
	switch {
	case key.Matches(msg, k.Back) && len(m.jumps) == 0:
		// A jump inside this article goes back first (JumpBack in
		// update.go); then ctrl+o returns to the article before.
		m.goBack()
		return nil, true
	case key.Matches(msg, k.Links):
		sel := m.timeline.Selected()
		if sel < 0 || len(m.t.Events[sel].Links) == 0 {
			m.setStatus("This event links no article.", false)
			return nil, true
		}
		c := &m.chooser
		c.items, c.kinds = linkRows(&m.t.Events[sel])
		c.active, c.mode, c.cursor, c.note = true, chooseLinks, 0, ""
		return nil, true
	case key.Matches(msg, k.Palette) && m.opts.Follow.Library != nil:
		return m.openPalette(), true
	}
	return nil, false
}

// chooserKey handles a key while the chooser is open.
func (m *Model) chooserKey(msg tea.KeyPressMsg) tea.Cmd {
	c := &m.chooser
	switch {
	case msg.String() == "esc":
		c.active = false
	case msg.String() == "up" || c.mode == chooseLinks && msg.String() == "k":
		c.cursor = max(0, c.cursor-1)
	case msg.String() == "down" || c.mode == chooseLinks && msg.String() == "j":
		c.cursor = min(len(c.items)-1, c.cursor+1)
	case c.mode == chooseLinks && key.Matches(msg, c.keys.Merge):
		return m.fetchChosen(true)
	case c.mode == chooseLinks && key.Matches(msg, c.keys.Alone), c.mode == choosePalette && msg.String() == "shift+enter":
		return m.fetchChosen(false)
	case c.mode == choosePalette && msg.String() == "enter":
		return m.paletteEnter()
	case c.mode == choosePalette:
		var cmd tea.Cmd
		c.input, cmd = c.input.Update(msg)
		c.narrow()
		return cmd
	}
	return nil
}

// fetchChosen fetches the highlighted article, merged into this timeline or
// on its own.
func (m *Model) fetchChosen(merge bool) tea.Cmd {
	c := &m.chooser
	if c.cursor < 0 || c.cursor >= len(c.items) {
		return nil
	}
	c.active = false
	return m.fetchLink(c.items[c.cursor], merge)
}

// fetchLink starts fetching l with the loading spinner; the timeline it
// makes replaces this one, which is kept for ctrl+o.
func (m *Model) fetchLink(l model.Link, merge bool) tea.Cmd {
	if m.opts.Follow.Fetch == nil {
		m.setStatus("Opening linked articles is not available here.", true)
		return nil
	}
	m.pushHistory()
	cur, fetch := m.t, m.opts.Follow.Fetch
	verb := "Opening "
	if merge {
		verb = "Merging "
	}
	m.load = newLoading("Fetching " + clean(l.Title) + "…")
	m.opts.Note = verb[:len(verb)-1] + " " + clean(l.Title) + "; ctrl+o goes back"
	m.chooser.merging = true
	load := func(ctx context.Context) (*model.Timeline, error) {
		t, err := fetch(ctx, l)
		if err != nil || !merge {
			return t, err
		}
		return mergeInto(cur, t), nil
	}
	return tea.Batch(m.load.spinner.Tick, loadCmd(m.load.ctx, load))
}

// mergeInto is cur with t's events, without touching cur: the history
// still shows it as it was.
func mergeInto(cur, t *model.Timeline) *model.Timeline {
	c := &model.Timeline{Title: cur.Title, Source: cur.Source, Events: slices.Clone(cur.Events),
		References: slices.Clone(cur.References)}
	if c.Source == "" {
		c.Source = "this article"
	}
	merged := model.MergeAll([]*model.Timeline{c, t})
	merged.Title = c.Title
	return merged
}

// View draws the chooser over the body.
func (c *chooser) View(st *Styles, w, h int) string {
	title := "Linked articles · enter merges · W opens alone · esc cancels"
	if c.mode == choosePalette {
		title = "Open an article · type to find it in the library · enter opens (or searches Wikipedia) · esc cancels"
	}
	lines := []string{renderSegs([]seg{{title, st.Detail.Title}}, w, lipgloss.NewStyle())}
	if c.mode == choosePalette {
		lines = append(lines, c.input.View())
	}
	if c.note != "" {
		lines = append(lines, st.Detail.Label.Render(clean(c.note)))
	}
	for i, l := range c.items {
		if len(lines) >= h {
			break
		}
		row := "  " + clean(l.Title)
		if i < len(c.kinds) && c.kinds[i] != "" {
			row += "  · " + c.kinds[i]
		}
		if c.mode == chooseLinks && l.Text != "" && l.Text != l.Title {
			row += "  (\"" + clean(l.Text) + "\")"
		}
		style := st.Picker.Name
		if i == c.cursor {
			row, style = "›"+row[1:], st.Picker.Name.Inherit(st.Picker.Sel)
		}
		lines = append(lines, renderSegs([]seg{{row, style}}, w, lipgloss.NewStyle()))
	}
	return fitBlock(strings.Join(lines, "\n"), w, h)
}

// pickerLinkKey is ctrl+w in the person picker: merge the highlighted
// person's article, when the timeline links it.
func (m *Model) pickerLinkKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	p := &m.picker
	if !key.Matches(msg, m.chooser.keys.PickerOpen) || p.cursor < 0 || p.cursor >= len(p.shown) {
		return nil, false
	}
	name := p.shown[p.cursor].facet.Name
	for i := range m.t.Events {
		for _, l := range m.t.Events[i].Links {
			if l.Title == name || l.Text == name {
				m.closeOverlay()
				return m.fetchLink(l, true), true
			}
		}
	}
	m.setStatus("The article links no page for "+name+".", false)
	return nil, true
}
