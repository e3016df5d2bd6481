package tui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// foldPane is the timeline zoomed out (z): a line per decade, or per century
// when the events span more than three, with how many events it holds and
// the people it names most. Enter unfolds at the line under the cursor.
type foldPane struct {
	st      *Styles
	groups  []foldGroup
	cursor  int
	top     int
	width   int
	height  int
	century bool
}

// foldGroup is one line of the folded timeline.
type foldGroup struct {
	label  string
	first  int // position in the timeline's rows of its first event
	count  int
	people []string // the most named, at most three
}

// foldRows groups rows (indices into t.Events, in order) by decade or century.
func foldRows(t *model.Timeline, rows []int, st *Styles) foldPane {
	f := foldPane{st: st}
	if len(rows) == 0 {
		return f
	}
	first, last := t.Events[rows[0]].Date.Start.Year, t.Events[rows[len(rows)-1]].Date.Start.Year
	f.century = last-first > 300
	size := 10
	if f.century {
		size = 100
	}
	var named map[string]int
	for pos, i := range rows {
		y := floorDiv(int(t.Events[i].Date.Start.Year), size)
		label := yearText(y*10) + "s"
		if f.century {
			label = model.Ordinal(y+1) + " century"
		}
		if n := len(f.groups); n == 0 || f.groups[n-1].label != label {
			f.closeGroup(named)
			f.groups, named = append(f.groups, foldGroup{label: label, first: pos}), map[string]int{}
		}
		f.groups[len(f.groups)-1].count++
		for _, p := range t.Events[i].People {
			named[p]++
		}
	}
	f.closeGroup(named)
	return f
}

// closeGroup keeps the three people the last group names most.
func (f *foldPane) closeGroup(named map[string]int) {
	if len(f.groups) == 0 {
		return
	}
	names := make([]string, 0, len(named))
	for n := range named {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(named[b], named[a]), cmp.Compare(a, b)) })
	f.groups[len(f.groups)-1].people = names[:min(3, len(names))]
}

func (f *foldPane) SetSize(w, h int) { f.width, f.height = max(0, w), max(0, h) }

// Select puts the cursor on the group that holds row pos.
func (f *foldPane) Select(pos int) {
	i, found := slices.BinarySearchFunc(f.groups, pos, func(g foldGroup, p int) int { return cmp.Compare(g.first, p) })
	if !found {
		i--
	}
	f.cursor = max(0, i)
}

// Update moves through the groups. It reports the row to unfold at, or -1.
func (f foldPane) Update(msg tea.KeyPressMsg, k KeyMap) (foldPane, int) {
	switch {
	case key.Matches(msg, k.Up):
		f.cursor--
	case key.Matches(msg, k.Down):
		f.cursor++
	case key.Matches(msg, k.Top):
		f.cursor = 0
	case key.Matches(msg, k.Bottom):
		f.cursor = len(f.groups) - 1
	case key.Matches(msg, k.Detail), key.Matches(msg, k.Fold):
		if len(f.groups) > 0 {
			return f, f.groups[f.cursor].first
		}
	}
	f.cursor = max(0, min(f.cursor, len(f.groups)-1))
	if f.cursor < f.top {
		f.top = f.cursor
	}
	if f.height > 0 && f.cursor >= f.top+f.height {
		f.top = f.cursor - f.height + 1
	}
	return f, -1
}

func (f foldPane) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	lines := make([]string, 0, f.height)
	for i := f.top; i < len(f.groups) && len(lines) < f.height; i++ {
		g := f.groups[i]
		rs := f.st.List.Row
		marker := "  "
		if i == f.cursor {
			rs, marker = f.st.List.Sel, "▸ "
		}
		count := strconv.Itoa(g.count) + " event"
		if g.count != 1 {
			count += "s"
		}
		segs := []seg{{marker + padRight(g.label, gutterWidth) + " ", rs.Gutter}, {padRight(count, 11), rs.Text}}
		if len(g.people) > 0 {
			segs = append(segs, seg{" " + cleanJoin(g.people), rs.People})
		}
		lines = append(lines, renderSegs(segs, f.width, rs.Text))
	}
	return fitBlock(strings.Join(lines, "\n"), f.width, f.height)
}
