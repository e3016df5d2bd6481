package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Sizes below which the browser shows a one-line "terminal too small" notice,
// and from which it puts the timeline and the detail side by side.
const (
	minWidth    = 30
	minHeight   = 8
	wideWidth   = 100
	stackHeight = 12 // below this body height, stacked mode shows one pane at a time
)

// rect is a region of the screen, in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for one window size, computed once per
// resize (and when the header or footer changes height).
type layout struct {
	width, height int
	tooSmall      bool
	header, strip rect
	body, footer  rect
	list, side    rect // side holds the detail or sources pane; w or h 0 when hidden
	rule          rect // the line between list and side
	wide          bool // list and side side by side
}

// computeLayout splits a window of w×h cells given the measured heights of
// the header, the strip and the footer. sideFocused says which pane gets
// the body when there is room for only one.
func computeLayout(w, h, headerH, stripH, footerH int, sideFocused bool) layout {
	l := layout{width: w, height: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.header = rect{0, 0, w, headerH}
	l.strip = rect{0, headerH, w, stripH}
	bodyH := max(1, h-headerH-stripH-footerH)
	l.body = rect{0, headerH + stripH, w, bodyH}
	l.footer = rect{0, l.body.y + bodyH, w, footerH}
	b := l.body
	switch {
	case w >= wideWidth:
		l.wide = true
		listW := w * 3 / 5
		l.list = rect{b.x, b.y, listW, b.h}
		l.rule = rect{b.x + listW, b.y, 1, b.h}
		l.side = rect{b.x + listW + 1, b.y, w - listW - 1, b.h}
	case b.h < stackHeight && sideFocused:
		l.side = b
	case b.h < stackHeight:
		l.list = b
	default:
		// the focused side pane gets the larger share: its text is what
		// the user is reading now
		sideH := b.h * 2 / 5
		if sideFocused {
			sideH = b.h * 3 / 5
		}
		listH := b.h - sideH - 1
		l.list = rect{b.x, b.y, w, listH}
		l.rule = rect{b.x, b.y + listH, w, 1}
		l.side = rect{b.x, b.y + listH + 1, w, sideH}
	}
	return l
}

// tooSmallView is the one line shown when the terminal is too small.
func tooSmallView(w, h int) string {
	// the longest of these that fits, so a narrow terminal still reads a sentence
	for _, msg := range []string{
		fmt.Sprintf("terminal too small (%d×%d): annals needs %d×%d", w, h, minWidth, minHeight),
		fmt.Sprintf("terminal too small: needs %d×%d", minWidth, minHeight),
		"terminal too small",
		"too small",
	} {
		if ansi.StringWidth(msg) <= w {
			return fitBlock(msg, w, 1)
		}
	}
	return fitBlock("small", w, 1)
}

// handleWheel scrolls what is under the pointer: the timeline, the detail
// or the sources, or the open picker or help.
func (m *Model) handleWheel(ms tea.Mouse) {
	step := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		step = -1
	case tea.MouseWheelDown:
		step = 1
	default:
		return
	}
	l := m.layout
	switch {
	case m.focus == FocusPicker:
		m.picker.MoveBy(step)
	case m.focus == FocusHelp:
		m.helpPane.Scroll(step, m.helpGroups())
	case l.list.contains(ms.X, ms.Y):
		m.timeline.Scroll(3 * step)
		m.syncSelection()
	case l.side.contains(ms.X, ms.Y) && m.paneFocus() == FocusSources:
		m.sources.MoveBy(step)
	case l.side.contains(ms.X, ms.Y):
		m.detail.Scroll(3 * step)
	}
}

// handleClick selects the timeline row under the pointer, or focuses the
// pane that was clicked.
func (m *Model) handleClick(ms tea.Mouse) {
	if ms.Button != tea.MouseLeft || !m.focus.isPane() {
		return
	}
	l := m.layout
	switch {
	case l.strip.contains(ms.X, ms.Y):
		if r, ok := m.strip.BucketAt(ms.X); ok {
			m.filterSpan(r)
		}
	case l.list.contains(ms.X, ms.Y):
		if pos, ok := m.timeline.RowAt(ms.Y - l.list.y); ok {
			m.timeline.MoveTo(pos)
			m.syncSelection()
		}
		m.setFocus(FocusTimeline)
	case l.side.contains(ms.X, ms.Y) && m.paneFocus() == FocusTimeline:
		m.setFocus(FocusDetail)
	}
}
