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
	if m.chooser.active {
		return m.chooserKey(msg) // tui/links.go
	}
	switch m.focus {
	case FocusSearch, FocusYear, FocusExport:
		return m.promptKey(msg)
	case FocusPicker:
		if cmd, ok := m.pickerLinkKey(msg); ok {
			return cmd
		}
		return m.pickerKey(msg)
	case FocusHelp:
		return m.helpKey(msg)
	case FocusSources:
		if cmd, ok := m.sourcesKey(msg); ok {
			return cmd
		}
	case FocusDetail:
		var used bool
		if m.detail, used = m.detail.Update(msg, m.keys); used {
			return nil
		}
	case FocusTimeline:
		if m.folded && m.foldKey(msg) {
			return nil
		}
	}
	if cmd, ok := m.linkKey(msg); ok {
		return cmd
	}
	return m.globalKey(msg)
}

// stepSpan moves the strip's span (h/l) to the previous or next bucket
// with events, filtering the timeline to it as a minimap does.
func (m *Model) stepSpan(msg tea.KeyPressMsg) {
	dir := 1
	if key.Matches(msg, m.keys.SpanLeft) {
		dir = -1
	}
	if !m.query.HasYears || m.query.Years.From == model.OpenStart {
		// the first h or l picks the bucket of the selection itself
		if r, ok := m.strip.Step(m.anchorYear(), 0); ok {
			m.filterSpan(r)
		}
		return
	}
	if r, ok := m.strip.Step(m.query.Years.From, dir); ok {
		m.filterSpan(r)
		return
	}
	m.setStatus("no events further that way", false)
}

// anchorYear is the year of the selected (or last selected) event.
func (m *Model) anchorYear() int {
	if sel := m.timeline.Selected(); sel >= 0 {
		return int(m.t.Events[sel].Date.Start.Year)
	}
	if m.anchor < len(m.t.Events) {
		return int(m.t.Events[m.anchor].Date.Start.Year)
	}
	return 0
}

// filterSpan keeps the years of r, replacing any year filter.
func (m *Model) filterSpan(r model.YearRange) {
	q := m.query
	q.HasYears, q.Years = true, r
	m.changeQuery(q, m.query)
	m.setStatus("years "+r.String()+" · h/l move the span, esc undoes", false)
}

// foldKey hands the folded timeline its keys; it reports whether it used
// the key. Enter (or z) unfolds at the decade under the cursor.
func (m *Model) foldKey(msg tea.KeyPressMsg) bool {
	k := m.keys
	if !key.Matches(msg, k.Up, k.Down, k.Top, k.Bottom, k.Detail, k.Fold) {
		return key.Matches(msg, k.Back, k.Undo) && m.unfoldAt(-1)
	}
	var pos int
	m.fold, pos = m.fold.Update(msg, k)
	if pos >= 0 {
		m.unfoldAt(pos)
	}
	return true
}

// unfoldAt shows the events again, from row pos (or where they were).
func (m *Model) unfoldAt(pos int) bool {
	m.folded = false
	if pos >= 0 {
		m.timeline.MoveTo(pos)
		m.syncSelection()
	}
	return true
}

func (m *Model) globalKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.matchKey(msg) { // n, N, ctrl+s: tui/matches.go
		return nil
	}
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
	case key.Matches(msg, k.SpanLeft, k.SpanRight):
		m.stepSpan(msg)
	case key.Matches(msg, k.Fold):
		if m.timeline.ranked { // decades are in date order
			m.byRank = false
			m.setQuery(m.query)
		}
		m.fold = foldRows(m.t, m.timeline.rows, m.styles)
		m.fold.SetSize(m.layout.body.w, m.layout.body.h)
		m.fold.Select(m.timeline.cursor)
		m.folded = len(m.fold.groups) > 0
		m.setFocus(FocusTimeline)
	case key.Matches(msg, k.Uncited):
		q := m.query
		q.Uncited = !q.Uncited
		m.changeQuery(q, m.query)
	case key.Matches(msg, k.Export):
		return m.openPrompt(promptExport)
	case key.Matches(msg, k.People):
		return m.openPicker(pickPeople)
	case key.Matches(msg, k.Places):
		return m.openPicker(pickPlaces)
	case key.Matches(msg, k.SourceFilter):
		return m.openPicker(pickSources)
	case key.Matches(msg, k.Clear):
		m.changeQuery(model.Query{}, m.query)
		m.setStatus("filters cleared", false)
	case key.Matches(msg, k.Undo):
		q := m.undo[len(m.undo)-1]
		m.undo = m.undo[:len(m.undo)-1]
		m.setQuery(q)
		m.setStatus("last filter change undone", false)
	case key.Matches(msg, k.JumpBack):
		j := m.jumps[len(m.jumps)-1]
		m.jumps = m.jumps[:len(m.jumps)-1]
		m.setQuery(j.query)
		m.timeline.Select(j.event)
		m.syncSelection()
		m.setStatus("back where the jump left from", false)
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

// sourcesKey handles the sources pane and its list of citing events.
func (m *Model) sourcesKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	var act sourcesAction
	m.sources, act = m.sources.Update(msg, m.keys)
	switch act {
	case srcNone:
		return nil, false
	case srcJump:
		m.jumpToCited()
	case srcOpen:
		return m.openSource(), true
	case srcArchive:
		return m.openArchive(), true
	case srcCopy:
		return m.copySource(), true
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
	case c.ref.Dead():
		m.setStatus("["+strconv.Itoa(c.n)+"]'s link is dead: opening its archived copy "+u, false)
		return openCmd(m.opts.Open, u)
	default:
		m.setStatus("opening "+u, false)
		return openCmd(m.opts.Open, u)
	}
	return nil
}

// openArchive opens the archived copy of the reference: the page as it was
// cited, for a link that has since died.
func (m *Model) openArchive() tea.Cmd {
	c, ok := m.sources.Current()
	if !ok || c.archive() == "" {
		return nil
	}
	if u := c.archive(); webURL(u) {
		m.setStatus("opening the archive "+u, false)
		return openCmd(m.opts.Open, u)
	}
	m.setStatus("not opened: "+clean(c.archive())+" is not an http(s) address", true)
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
	if text != strings.TrimSpace(c.ref.Citation().URL) {
		what = "archive URL"
	}
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
	m.jumps = append(m.jumps, jump{m.query, m.timeline.Selected()})
	if !m.timeline.Select(i) {
		m.changeQuery(model.Query{}, m.query)
		m.timeline.Select(i)
		m.setStatus("filters cleared to show that event", false)
	}
	m.syncSelection()
	m.setFocus(FocusTimeline)
}

func (m *Model) handleOpened(msg openedMsg) {
	if msg.err != nil {
		// The launcher's own error ("exit status 3", a list of programs
		// tried) says nothing a user can act on.
		m.setStatus("no browser could open "+msg.url+": set $BROWSER to choose one, or press y to copy the URL", true)
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
	default:
		m.helpPane = m.helpPane.Update(msg, k, m.helpGroups())
	}
	return nil
}

// handlePaste types pasted text into the open prompt or picker.
func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	msg.Content = clean(msg.Content)
	switch m.focus {
	case FocusSearch, FocusYear, FocusExport:
		return m.editPrompt(msg)
	case FocusPicker:
		return m.picker.Update(msg)
	}
	return nil
}

// forwardToInput passes other messages (the cursor's) to the open input.
func (m *Model) forwardToInput(msg tea.Msg) tea.Cmd {
	switch m.focus {
	case FocusSearch, FocusYear, FocusExport:
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
	setAll(browsing && hasRows, &k.Tab)
	setAll(browsing && hasRows && !m.timeline.ranked, &k.PrevYear, &k.NextYear)
	setAll(browsing && hasRows && m.searchText() != "", &k.NextMatch, &k.PrevMatch)
	k.Rank.SetEnabled((browsing || m.focus == FocusSearch) && hasRows && strings.TrimSpace(m.query.Text) != "")
	k.Rank.SetHelp("ctrl+s", "best first")
	if m.byRank {
		k.Rank.SetHelp("ctrl+s", "date order")
	}
	k.Detail.SetEnabled(browsing && hasRows && pane == FocusTimeline)
	k.Sources.SetEnabled(browsing && hasRows && !inSources)
	k.Back.SetEnabled(m.focus == FocusHelp || (browsing && pane != FocusTimeline))
	setAll(browsing && !inSources, &k.Search, &k.Year, &k.People)
	k.Export.SetEnabled(browsing && hasRows)
	k.Uncited.SetEnabled(browsing && !inSources)
	k.Fold.SetEnabled(browsing && hasRows)
	setAll(browsing && pane == FocusTimeline && len(m.t.Events) > 0, &k.SpanLeft, &k.SpanRight)
	k.Places.SetEnabled(browsing && !inSources && m.hasPlaces)
	k.SourceFilter.SetEnabled(browsing && !inSources && m.nSources > 1)
	k.Clear.SetEnabled(browsing && !m.query.IsEmpty())
	k.Undo.SetEnabled(m.focus == FocusTimeline && len(m.undo) > 0)
	k.JumpBack.SetEnabled(m.focus.isPane() && len(m.jumps) > 0)
	setAll(inSources && !cited && len(m.sources.refs) > 0, &k.Copy, &k.CitedBy)
	cur, hasCur := m.sources.Current()
	k.Open.SetEnabled(inSources && !cited && hasCur && cur.target() != "")
	k.Open.SetHelp("enter", "open URL")
	k.Copy.SetHelp("y", "copy URL")
	switch {
	case cur.target() == "":
		k.Copy.SetHelp("y", "copy text")
	case cur.target() != strings.TrimSpace(cur.ref.Citation().URL): // a dead link, or no URL but an archive
		k.Open.SetHelp("enter", "open archive")
		k.Copy.SetHelp("y", "copy archive URL")
	}
	k.Archive.SetEnabled(inSources && !cited && hasCur && cur.archive() != "")
	k.Jump.SetEnabled(cited && len(m.sources.cited) > 0)
	prompt := m.focus == FocusSearch || m.focus == FocusYear || m.focus == FocusExport || m.focus == FocusPicker
	setAll(prompt, &k.Accept, &k.Cancel)
	setAll(m.focus == FocusPicker, &k.Mark, &k.PickUp, &k.PickDown)
}
