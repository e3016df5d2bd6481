package tui

import (
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// setQuery filters the timeline again, refining the last result when the new
// query only narrows the old one, and keeps the selection where it can.
//
// The result is written into whichever of two arrays the current result does
// not use, so a keystroke over a million events allocates nothing. Like every
// Bubble Tea model, a Model is to be replaced by the one Update returns: an
// earlier copy's results may be overwritten.
func (m *Model) setQuery(q model.Query) {
	keep := m.timeline.Selected()
	if keep < 0 {
		keep = m.anchor
	}
	next := 1 - m.rowBuf
	var rows []int
	if m.results != nil && q.Narrows(m.query) {
		rows = q.RefineInto(m.rowBufs[next], m.index, m.results)
	} else {
		rows = q.ApplyInto(m.rowBufs[next], m.index)
	}
	m.rowBufs[next], m.rowBuf = rows, next
	m.query, m.results = q, rows
	m.strip.setHits(rows, q.IsEmpty())
	m.timeline.words = searchWords(q.Text)
	if len(rows) > 0 && len(m.timeline.words) > 0 && !m.matchesAsTyped(rows[0]) {
		m.timeline.words = append(m.timeline.words, q.FuzzyWords(m.index)...) // mark what a fuzzy search found
	}
	m.timeline.ranked = m.byRank && strings.TrimSpace(q.Text) != "" && len(rows) <= model.MaxRanked
	if m.byRank && !m.timeline.ranked && strings.TrimSpace(q.Text) != "" {
		m.setStatus(strconv.Itoa(len(rows))+" matches are too many to rank: type more, or ctrl+s for date order", false)
	}
	if m.timeline.ranked { // the best match is the one to see, as in fzf
		m.rankBuf = q.RankInto(m.rankBuf, m.index, rows)
		rows, keep = m.rankBuf, -1
	}
	m.timeline.SetRows(rows, keep)
	m.timeline.empty = m.emptyText()
	m.syncSelection()
}

// searchWords are the words of a search as the rows compare them: folded
// like the search itself.
func searchWords(text string) []string { return strings.Fields(model.Fold(text)) }

// matchesAsTyped says whether event i holds every search word as typed: when
// not, the search went fuzzy and its stand-in words are marked too.
func (m *Model) matchesAsTyped(i int) bool {
	e := &m.t.Events[i]
	hay := model.Fold(e.Text + "\n" + e.Summary + "\n" + strings.Join(e.People, "\n") + "\n" + strings.Join(e.Places, "\n") + "\n" + strings.Join(e.Orgs, "\n"))
	for _, w := range m.timeline.words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (m *Model) emptyText() [2]string {
	if len(m.t.Events) == 0 {
		return [2]string{"No dated events found in this article.",
			"Open another with annals FILE (or - for stdin); q quits."}
	}
	return [2]string{"No events match these filters.", "x clears them all; / y p edit one."}
}
