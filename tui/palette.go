package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// searchedMsg carries the titles Wikipedia gave for a palette query.
type searchedMsg struct {
	q     string
	links []model.Link
	err   error
}

// openPalette opens the chooser on the library, with an empty query.
func (m *Model) openPalette() tea.Cmd {
	c := &m.chooser
	lib, err := m.opts.Follow.Library()
	if err != nil {
		m.setStatus("library: "+err.Error(), true)
		return nil
	}
	in := textinput.New()
	in.Prompt = "> "
	in.Placeholder = "a title"
	in.SetStyles(m.styles.Bubbles.Input)
	in.SetWidth(max(10, m.layout.body.w-4))
	c.input, c.all, c.mode, c.active, c.note = in, lib, choosePalette, true, ""
	c.narrow()
	return c.input.Focus()
}

// narrow keeps the library articles whose title holds the query.
func (c *chooser) narrow() {
	q := strings.ToLower(strings.TrimSpace(c.input.Value()))
	c.items, c.kinds, c.cursor, c.note = c.items[:0], nil, 0, ""
	for _, l := range c.all {
		if strings.Contains(strings.ToLower(l.Title), q) {
			c.items = append(c.items, l)
			c.kinds = append(c.kinds, l.Text)
		}
	}
	if len(c.items) == 0 && q != "" {
		c.note = "Not in the library: enter searches Wikipedia's titles."
	}
}

// paletteEnter opens the highlighted article on its own, or, when nothing
// matches, asks Wikipedia for titles like the query.
func (m *Model) paletteEnter() tea.Cmd {
	c := &m.chooser
	if len(c.items) > 0 {
		return m.fetchChosen(false)
	}
	q := strings.TrimSpace(c.input.Value())
	if q == "" || m.opts.Follow.Search == nil {
		return nil
	}
	c.note = "Searching Wikipedia for " + q + "…"
	search, ctx := m.opts.Follow.Search, m.load.ctx
	return func() tea.Msg {
		links, err := search(contextOr(ctx), q)
		return searchedMsg{q: q, links: links, err: err}
	}
}

// handleSearched shows the titles found, to pick one with the arrows.
func (m *Model) handleSearched(msg searchedMsg) {
	c := &m.chooser
	if !c.active || c.mode != choosePalette {
		return
	}
	if msg.err != nil {
		c.note = "Search failed: " + firstLineOf(msg.err.Error())
		return
	}
	c.items, c.kinds, c.cursor = msg.links, nil, 0
	for _, l := range msg.links {
		c.kinds = append(c.kinds, l.Text)
	}
	c.note = "Wikipedia titles for " + msg.q + " · ↑↓ pick · enter opens"
	if len(msg.links) == 0 {
		c.note = "Wikipedia has no title like " + msg.q + "."
	}
}

func firstLineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
