package tui

import (
	"context"

	"github.com/annals-tui/annals/model"
)

// snapshot is where the browser was before it opened another article: the
// timeline, the filters, the selected event and the focused pane.
type snapshot struct {
	t     *model.Timeline
	index *model.Index
	query model.Query
	sel   int // index into t.Events, -1 for none
	focus Focus
}

func (m *Model) pushHistory() {
	m.chooser.history = append(m.chooser.history, snapshot{t: m.t, index: m.index, query: m.query, sel: m.timeline.Selected(), focus: m.paneFocus()})
}

// goBack returns to the last snapshot, as it was.
func (m *Model) goBack() {
	h := m.chooser.history
	if len(h) == 0 {
		m.setStatus("Nothing to go back to.", false)
		return
	}
	s := h[len(h)-1]
	*m = m.rebuilt(s, h[:len(h)-1])
	m.setStatus("Back to "+m.title(), false)
}

// rebuilt is a browser over snapshot s, at this size and in these colours,
// with history left to go back further.
func (m *Model) rebuilt(s snapshot, history []snapshot) Model {
	opts := m.opts
	opts.Load, opts.Loading, opts.Note = nil, "", ""
	next := newModel(s.t, s.index, s.query, opts)
	if !m.isDark {
		next.setTheme(false)
	}
	next.width, next.height = m.width, m.height
	next.chooser.history = history
	next.timeline.SetRows(next.results, s.sel)
	next.syncSelection()
	next.setFocus(s.focus)
	next.updateKeys()
	next.relayout()
	return next
}

// fetchFailed returns from a failed fetch to where the browser was, with
// the error in the status line.
func (m Model) fetchFailed(err error) Model {
	h := m.chooser.history
	m.load.stop()
	next := m.rebuilt(h[len(h)-1], h[:len(h)-1])
	next.setStatus(firstLineOf(err.Error()), true)
	next.relayout()
	return next
}

func contextOr(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
