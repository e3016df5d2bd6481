package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// openedMsg reports that the browser was asked to show a URL.
type openedMsg struct {
	url string
	err error
}

// openCmd asks the user's browser to show u, off the update loop.
func openCmd(open func(string) error, u string) tea.Cmd {
	return func() tea.Msg { return openedMsg{url: u, err: open(u)} }
}

// handleKey routes a key: ctrl+c always quits; a prompt or overlay gets every
// key first; the focused pane next; what is left is global.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	m.status = ""
	if key.Matches(msg, m.keys.ForceQuit) {
		return tea.Quit
	}
	switch m.focus {
	case FocusSearch, FocusYear:
		return m.promptKey(msg)
	case FocusPicker:
		return m.pickerKey(msg)
	case FocusHelp:
		return m.helpKey(msg)
	case FocusSources:
		if cmd, ok := m.sourcesKey(msg); ok {
			return cmd
		}
	case FocusDetail:
		if m.detailKey(msg) {
			return nil
		}
	}
	return m.globalKey(msg)
}

func (m *Model) globalKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.helpPane.top = 0
		m.setFocus(FocusHelp)
	case key.Matches(msg, k.Search):
		return m.openPrompt(promptSearch)
	case key.Matches(msg, k.Year):
		return m.openPrompt(promptYear)
	case key.Matches(msg, k.People):
		return m.openPicker(pickPeople)
	case key.Matches(msg, k.Places):
		return m.openPicker(pickPlaces)
	case key.Matches(msg, k.Clear):
		m.setQuery(model.Query{})
		m.setStatus("filters cleared", false)
	case key.Matches(msg, k.Tab):
		m.setFocus([...]Focus{FocusDetail, FocusSources, FocusTimeline}[m.focus])
	case key.Matches(msg, k.Sources):
		m.setFocus(FocusSources)
	case key.Matches(msg, k.Detail):
		m.setFocus(FocusDetail)
	case key.Matches(msg, k.Back):
		m.setFocus(FocusTimeline)
	default:
		m.moveKey(msg)
	}
	return nil
}

// moveKey moves the selection through the timeline.
func (m *Model) moveKey(msg tea.KeyPressMsg) {
	k, p := m.keys, &m.timeline
	switch {
	case key.Matches(msg, k.Up):
		p.MoveBy(-1)
	case key.Matches(msg, k.Down):
		p.MoveBy(1)
	case key.Matches(msg, k.Top):
		p.MoveTo(0)
	case key.Matches(msg, k.Bottom):
		p.MoveTo(len(p.rows) - 1)
	case key.Matches(msg, k.PageUp):
		p.MoveBy(-p.pageSize())
	case key.Matches(msg, k.PageDown):
		p.MoveBy(p.pageSize())
	case key.Matches(msg, k.PrevYear):
		if !p.JumpYear(-1) {
			m.setStatus("no earlier year", false)
		}
	case key.Matches(msg, k.NextYear):
		if !p.JumpYear(1) {
			m.setStatus("no later year", false)
		}
	default:
		return
	}
	m.syncSelection()
}

// detailKey scrolls the detail pane; it reports whether it used the key.
func (m *Model) detailKey(msg tea.KeyPressMsg) bool {
	k, d := m.keys, &m.detail
	switch {
	case key.Matches(msg, k.Up):
		d.Scroll(-1)
	case key.Matches(msg, k.Down):
		d.Scroll(1)
	case key.Matches(msg, k.PageUp):
		d.Scroll(-max(1, d.height-2))
	case key.Matches(msg, k.PageDown):
		d.Scroll(max(1, d.height-2))
	case key.Matches(msg, k.Top):
		d.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		d.vp.GotoBottom()
	default:
		return false
	}
	return true
}

// sourcesKey handles the sources pane and its list of citing events.
func (m *Model) sourcesKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, s := m.keys, &m.sources
	switch {
	case key.Matches(msg, k.Up):
		s.MoveBy(-1)
	case key.Matches(msg, k.Down):
		s.MoveBy(1)
	case key.Matches(msg, k.Top):
		s.MoveTo(0)
	case key.Matches(msg, k.Bottom):
		s.MoveTo(-1)
	case key.Matches(msg, k.Back) && s.showCited:
		s.showCited = false
	case key.Matches(msg, k.Jump):
		m.jumpToCited()
	case key.Matches(msg, k.Open):
		return m.openSource(), true
	case key.Matches(msg, k.Copy):
		return m.copySource(), true
	case key.Matches(msg, k.CitedBy):
		s.ShowCited()
	default:
		return nil, false
	}
	return nil, true
}

func (m *Model) openSource() tea.Cmd {
	c, ok := m.sources.Current()
	if !ok {
		return nil
	}
	u := c.target()
	switch {
	case u == "":
		m.setStatus("["+strconv.Itoa(c.n)+"] has no URL in this article", false)
	case !webURL(u):
		m.setStatus("not opened: "+clean(u)+urlRefusal(u), true)
	default:
		m.setStatus("opening "+u, false)
		return openCmd(m.opts.Open, u)
	}
	return nil
}

// copySource puts the URL (or, without one, the reference's text) on the
// clipboard through the terminal (OSC 52), which works over SSH too.
func (m *Model) copySource() tea.Cmd {
	c, ok := m.sources.Current()
	if !ok {
		return nil
	}
	text := clean(c.target())
	what := "URL"
	if text == "" {
		text, what = refTitle(c.ref), "reference text"
	}
	if text == "" {
		m.setStatus("["+strconv.Itoa(c.n)+"] has nothing to copy", false)
		return nil
	}
	m.setStatus("copied "+what+" of ["+strconv.Itoa(c.n)+"] to the clipboard", false)
	return tea.SetClipboard(text)
}

// jumpToCited selects the citing event under the cursor in the timeline,
// clearing the filters when they hide it.
func (m *Model) jumpToCited() {
	i, ok := m.sources.CitedSelected()
	if !ok {
		return
	}
	if !m.timeline.Select(i) {
		m.setQuery(model.Query{})
		m.timeline.Select(i)
		m.setStatus("filters cleared to show that event", false)
	}
	m.syncSelection()
	m.setFocus(FocusTimeline)
}

func (m *Model) handleOpened(msg openedMsg) {
	if msg.err != nil {
		m.setStatus("could not open "+msg.url+": "+msg.err.Error(), true)
		return
	}
	m.setStatus("opened "+msg.url+" in your browser", false)
}

func (m *Model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit // q quits everywhere but in a text prompt, as DESIGN.md's keys say
	case key.Matches(msg, k.Help, k.Back, k.Cancel):
		m.setFocus(m.back)
	case key.Matches(msg, k.Up):
		m.helpPane.Scroll(-1)
	case key.Matches(msg, k.Down):
		m.helpPane.Scroll(1)
	}
	return nil
}

// openPrompt starts editing the search or year filter.
func (m *Model) openPrompt(kind promptKind) tea.Cmd {
	value, f := m.query.Text, FocusSearch
	if kind == promptYear {
		value, f = "", FocusYear
		if m.query.HasYears {
			value = m.query.Years.String()
		}
	}
	m.setFocus(f)
	return m.filter.Open(kind, value, m.query)
}

// promptKey edits the search live, or checks the year when it is entered.
func (m *Model) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Accept):
		m.acceptPrompt()
	case key.Matches(msg, m.keys.Cancel):
		m.setQuery(m.filter.saved)
		m.closeOverlay()
	default:
		return m.editPrompt(msg)
	}
	return nil
}

func (m *Model) editPrompt(msg tea.Msg) tea.Cmd {
	changed, cmd := m.filter.Update(msg)
	if changed && m.filter.kind == promptSearch {
		q := m.query
		q.Text = m.filter.Value()
		m.setQuery(q)
	}
	return cmd
}

func (m *Model) acceptPrompt() {
	if m.filter.kind == promptYear {
		q := m.query
		v := strings.TrimSpace(m.filter.Value())
		q.HasYears, q.Years = false, model.YearRange{}
		if v != "" {
			r, err := model.ParseYearRange(v)
			if err != nil {
				m.filter.err = clean(err.Error())
				return
			}
			q.HasYears, q.Years = true, r
		}
		m.setQuery(q)
	}
	m.closeOverlay()
}

// openPicker lists people (or places) to filter by.
func (m *Model) openPicker(kind pickerKind) tea.Cmd {
	active := m.query.People
	if kind == pickPlaces {
		active = m.query.Places
	}
	m.setFocus(FocusPicker)
	return m.picker.Open(kind, m.facets(kind), active)
}

// facets counts every person or place of the timeline, once.
func (m *Model) facets(kind pickerKind) []model.Facet {
	all := m.results
	if !m.query.IsEmpty() {
		all = model.Query{}.Apply(m.t)
	}
	if kind == pickPlaces {
		if m.places == nil {
			m.places = model.PlaceCounts(m.t, all)
		}
		return m.places
	}
	if m.people == nil {
		m.people = model.PeopleCounts(m.t, all)
	}
	return m.people
}

func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k, p := m.keys, &m.picker
	switch {
	case key.Matches(msg, k.Cancel):
		m.closeOverlay()
	case key.Matches(msg, k.Accept):
		m.applyPicker()
	case key.Matches(msg, k.Mark):
		p.Mark()
	case key.Matches(msg, k.PickUp):
		p.MoveBy(-1)
	case key.Matches(msg, k.PickDown):
		p.MoveBy(1)
	default:
		return p.Update(msg)
	}
	return nil
}

func (m *Model) applyPicker() {
	if len(m.picker.all) == 0 {
		m.closeOverlay()
		return
	}
	names := m.picker.Chosen()
	q := m.query
	if m.picker.kind == pickPlaces {
		q.Places = names
	} else {
		q.People = names
	}
	m.setQuery(q)
	m.closeOverlay()
}

// handlePaste types pasted text into the open prompt or picker.
func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	msg.Content = clean(msg.Content)
	switch m.focus {
	case FocusSearch, FocusYear:
		return m.editPrompt(msg)
	case FocusPicker:
		return m.picker.Update(msg)
	}
	return nil
}

// forwardToInput passes other messages (the cursor's) to the open input.
func (m *Model) forwardToInput(msg tea.Msg) tea.Cmd {
	switch m.focus {
	case FocusSearch, FocusYear:
		_, cmd := m.filter.Update(msg)
		return cmd
	case FocusPicker:
		return m.picker.Update(msg)
	}
	return nil
}

// updateKeys enables the keys that do something now, so that only those
// match and show in the help.
func (m *Model) updateKeys() {
	k := &m.keys
	pane := m.paneFocus()
	browsing := m.focus.isPane() || m.focus == FocusHelp
	hasRows := len(m.results) > 0
	inSources := pane == FocusSources
	cited := inSources && m.sources.showCited
	setAll(browsing, &k.Up, &k.Down, &k.Top, &k.Bottom, &k.PageUp, &k.PageDown, &k.Help, &k.Quit)
	setAll(browsing && hasRows, &k.Tab, &k.PrevYear, &k.NextYear)
	k.Detail.SetEnabled(browsing && hasRows && pane == FocusTimeline)
	k.Sources.SetEnabled(browsing && hasRows && !inSources)
	k.Back.SetEnabled(m.focus == FocusHelp || (browsing && pane != FocusTimeline))
	setAll(browsing && !inSources, &k.Search, &k.Year, &k.People)
	k.Places.SetEnabled(browsing && !inSources && m.hasPlaces)
	k.Clear.SetEnabled(browsing && !m.query.IsEmpty())
	setAll(inSources && !cited && len(m.sources.refs) > 0, &k.Open, &k.Copy, &k.CitedBy)
	k.Jump.SetEnabled(cited && len(m.sources.cited) > 0)
	prompt := m.focus == FocusSearch || m.focus == FocusYear || m.focus == FocusPicker
	setAll(prompt, &k.Accept, &k.Cancel)
	setAll(m.focus == FocusPicker, &k.Mark, &k.PickUp, &k.PickDown)
}
