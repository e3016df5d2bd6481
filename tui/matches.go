package tui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// lastSearch is the search n and N go through: the one in the filters, or
// the last one entered when the filters no longer hold it (cleared with x or
// undone with esc), as less and vim keep the last pattern.
type lastSearch struct {
	text    string
	matches []int // indices into t.Events that text finds, ascending
}

// remember keeps text as the search n and N look for.
func (s *lastSearch) remember(text string) {
	if text = strings.TrimSpace(text); text != "" && text != s.text {
		s.text, s.matches = text, nil
	}
}

// searchText is what n and N look for now.
func (m *Model) searchText() string {
	if t := strings.TrimSpace(m.query.Text); t != "" {
		return t
	}
	return m.search.text
}

// toggleRank switches a search between date order and best matches first.
func (m *Model) toggleRank() {
	m.byRank = !m.byRank
	m.setQuery(m.query)
	switch {
	case m.byRank && !m.timeline.ranked:
		// setQuery said why: too many matches to rank
	case m.byRank:
		m.setStatus("best matches first · ctrl+s for date order", false)
	default:
		m.setStatus("in date order · ctrl+s for best matches first", false)
	}
}

// stepMatch moves to the next (dir 1) or previous (dir -1) event the search
// finds among the rows, wrapping round at the ends, and says which it is.
func (m *Model) stepMatch(dir int) {
	text := m.searchText()
	p := &m.timeline
	if text == "" || len(p.rows) == 0 {
		m.setStatus("no search to repeat: / searches", false)
		return
	}
	isMatch := func(int) bool { return true } // the rows are the search's
	if strings.TrimSpace(m.query.Text) == "" {
		if m.search.matches == nil {
			m.search.matches = model.Query{Text: text}.ApplyInto(nil, m.index)
		}
		isMatch = func(i int) bool { _, ok := slices.BinarySearch(m.search.matches, i); return ok }
		p.words = searchWords(text)
	}
	n := len(p.rows)
	for step := 1; step <= n; step++ {
		pos := ((p.cursor+dir*step)%n + n) % n
		if !isMatch(p.rows[pos]) {
			continue
		}
		wrapped := (dir > 0 && pos <= p.cursor) || (dir < 0 && pos >= p.cursor)
		p.MoveTo(pos)
		m.syncSelection()
		m.matchStatus(text, pos, isMatch, wrapped)
		return
	}
	m.setStatus("no event here holds "+strconv.Quote(clean(text)), false)
}

// matchStatus says which match the selection is on: "match 3 of 12".
func (m *Model) matchStatus(text string, pos int, isMatch func(int) bool, wrapped bool) {
	k, total := 0, 0
	for i, r := range m.timeline.rows {
		if isMatch(r) {
			total++
			if i <= pos {
				k++
			}
		}
	}
	s := "match " + strconv.Itoa(k) + " of " + strconv.Itoa(total) + " for " + strconv.Quote(clean(text)) + " · n/N"
	if wrapped {
		s += " · wrapped round"
	}
	m.setStatus(s, false)
}

// matchKey handles n, N and ctrl+s; it reports whether the key was one.
func (m *Model) matchKey(msg tea.KeyPressMsg) bool {
	k := m.keys
	switch {
	case key.Matches(msg, k.NextMatch):
		m.stepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.stepMatch(-1)
	case key.Matches(msg, k.Rank):
		m.toggleRank()
	default:
		return false
	}
	return true
}
