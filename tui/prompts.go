package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// openPrompt starts editing the search or year filter.
func (m *Model) openPrompt(kind promptKind) tea.Cmd {
	value, f := m.query.Text, FocusSearch
	if kind == promptExport {
		value, f = m.lastExport, FocusExport
		if value == "" {
			value = defaultExportName(m.t)
		}
	}
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
		return m.acceptPrompt()
	case key.Matches(msg, m.keys.Cancel):
		m.setQuery(m.filter.saved)
		m.closeOverlay()
	case m.focus == FocusSearch && key.Matches(msg, m.keys.Rank):
		m.toggleRank() // while typing, as in fzf
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

func (m *Model) acceptPrompt() tea.Cmd {
	if m.filter.kind == promptExport {
		path := strings.TrimSpace(m.filter.Value())
		m.closeOverlay()
		if path == "" {
			return nil
		}
		m.lastExport = path
		m.setStatus("writing "+path+"…", false)
		return exportCmd(m.t, m.query, slices.Clone(m.results), path)
	}
	if m.filter.kind == promptYear {
		q := m.query
		v := strings.TrimSpace(m.filter.Value())
		q.HasYears, q.Years = false, model.YearRange{}
		if v != "" {
			r, err := model.ParseYearRange(v)
			if err != nil {
				m.filter.err = clean(err.Error())
				return nil
			}
			q.HasYears, q.Years = true, r
		}
		m.setQuery(q)
	}
	if before := m.filter.saved; !sameQuery(m.query, before) {
		m.undo = append(m.undo, before)
	}
	m.filter.Remember(m.filter.Value())
	if m.filter.kind == promptSearch {
		m.search.remember(m.filter.Value())
	}
	m.closeOverlay()
	return nil
}

// openPicker lists people (or places) to filter by.
func (m *Model) openPicker(kind pickerKind) tea.Cmd {
	active := m.query.People
	switch kind {
	case pickPlaces:
		active = m.query.Places
	case pickSources:
		active = m.query.Sources
	}
	m.setFocus(FocusPicker)
	return m.picker.Open(kind, m.facets(kind), active)
}

// sourceFacets counts the events of each source, in the order they come.
func sourceFacets(t *model.Timeline) []model.Facet {
	var out []model.Facet
	at := map[string]int{}
	for i := range t.Events {
		s := t.Events[i].Source
		if k, ok := at[s]; ok {
			out[k].Count++
			continue
		}
		at[s] = len(out)
		out = append(out, model.Facet{Name: s, Count: 1})
	}
	return out
}

// facets counts every person or place of the timeline, once.
func (m *Model) facets(kind pickerKind) []model.Facet {
	all := m.results
	if !m.query.IsEmpty() {
		all = model.Query{}.Apply(m.t)
	}
	if kind == pickSources {
		return sourceFacets(m.t)
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
	switch m.picker.kind {
	case pickPlaces:
		q.Places = names
	case pickSources:
		q.Sources = names
	default:
		q.People = names
	}
	m.changeQuery(q, m.query)
	m.closeOverlay()
}
