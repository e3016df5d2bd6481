package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// helpColumn is the width of one column of the help screen.
const helpColumn = 30

// helpPane is the full list of live keys, grouped, shown by ?.
type helpPane struct {
	st     *Styles
	top    int
	width  int
	height int
}

func (h *helpPane) SetSize(w, h2 int) { h.width, h.height = max(0, w), max(0, h2) }

// Scroll moves the help by n lines, within what there is to show.
func (h *helpPane) Scroll(n int, groups []keyGroup) {
	h.top = max(0, min(h.top+n, h.maxTop(groups)))
}

// Update scrolls the help, whose key groups are groups, by the keys that move.
func (h helpPane) Update(msg tea.KeyPressMsg, k KeyMap, groups []keyGroup) helpPane {
	switch {
	case key.Matches(msg, k.Up):
		h.Scroll(-1, groups)
	case key.Matches(msg, k.Down):
		h.Scroll(1, groups)
	case key.Matches(msg, k.PageUp):
		h.Scroll(-max(1, h.height-2), groups)
	case key.Matches(msg, k.PageDown):
		h.Scroll(max(1, h.height-2), groups)
	case key.Matches(msg, k.Top):
		h.top = 0
	case key.Matches(msg, k.Bottom):
		h.top = h.maxTop(groups)
	}
	return h
}

// maxTop is the first line shown when the help is scrolled to its end.
func (h *helpPane) maxTop(groups []keyGroup) int {
	return max(0, len(h.lines(groups))-(h.height-1))
}

func (h *helpPane) lines(groups []keyGroup) []string {
	var blocks []string
	for _, g := range groups {
		if b := h.block(g); b != "" {
			blocks = append(blocks, b)
		}
	}
	return strings.Split(h.columns(blocks), "\n")
}

// View lays the enabled keys of each group out in as many columns as fit,
// with how far down the list the view is when it does not all fit.
func (h *helpPane) View(groups []keyGroup) string {
	if h.width <= 0 || h.height <= 0 {
		return ""
	}
	lines := h.lines(groups)
	top := min(h.top, max(0, len(lines)-(h.height-1)))
	where := ""
	if len(lines) > h.height-1 {
		where = " · " + strconv.Itoa(min(100, (top+h.height-1)*100/len(lines))) + "%"
	}
	head := renderSegs([]seg{{"Keys", h.st.Detail.Title},
		{where + " · esc or ? closes, q quits · mouse: the wheel scrolls, a click selects · filter chips name the key that edits them; an empty entry removes the filter", h.st.Detail.Label}},
		h.width, lipgloss.NewStyle())
	return fitBlock(head+"\n"+strings.Join(lines[top:], "\n"), h.width, h.height)
}

func (h *helpPane) block(g keyGroup) string {
	var lines []string
	for _, b := range g.keys {
		if !b.Enabled() {
			continue
		}
		lines = append(lines, h.keyLine(b))
	}
	if len(lines) == 0 {
		return ""
	}
	return h.st.Help.Group.Render(g.title) + "\n" + strings.Join(lines, "\n")
}

func (h *helpPane) keyLine(b key.Binding) string {
	return renderSegs([]seg{{padRight(b.Help().Key, 12), h.st.Help.Key}, {b.Help().Desc, h.st.Help.Desc}},
		min(helpColumn-2, h.width), lipgloss.NewStyle())
}

// columns puts blocks side by side, filling each column top to bottom.
func (h *helpPane) columns(blocks []string) string {
	n := max(1, h.width/helpColumn)
	if n == 1 {
		return strings.Join(blocks, "\n\n")
	}
	cols := make([][]string, n)
	per := (len(blocks) + n - 1) / n
	for i, b := range blocks {
		c := min(i/max(1, per), n-1)
		cols[c] = append(cols[c], b)
	}
	rendered := make([]string, 0, n)
	for _, c := range cols {
		if len(c) == 0 {
			continue
		}
		col := strings.Join(c, "\n\n")
		rendered = append(rendered, lipgloss.NewStyle().Width(helpColumn).Render(col))
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, rendered...)
}

// ShortHelp is the one-line key hint of the footer: the keys of the focused
// pane or prompt. Model implements help.KeyMap with it.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.focus {
	case FocusSearch, FocusYear, FocusExport:
		return []key.Binding{k.Accept, k.Rank, k.Cancel}
	case FocusPicker:
		return []key.Binding{k.PickUp, k.PickDown, k.Accept, k.Mark, k.Cancel}
	case FocusHelp:
		return []key.Binding{k.Up, k.Down, k.Back, k.Quit}
	case FocusSources:
		return []key.Binding{k.Down, k.Open, k.Archive, k.Jump, k.Copy, k.CitedBy, k.Back, k.Help, k.Quit}
	case FocusDetail:
		return []key.Binding{k.Down, k.Sources, k.Tab, k.Back, k.Help, k.Quit}
	}
	return []key.Binding{k.Down, k.Detail, k.Sources, k.Search, k.NextMatch, k.Rank, k.Year, k.People, k.SourceFilter, k.Clear, k.Help, k.Quit}
}

// FullHelp is every live key, grouped.
func (m Model) FullHelp() [][]key.Binding {
	var out [][]key.Binding
	for _, g := range m.helpGroups() {
		out = append(out, g.keys)
	}
	return out
}
