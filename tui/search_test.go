package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// rowIDs are the IDs of the timeline's rows, in the order shown.
func rowIDs(m Model) []int {
	var out []int
	for _, i := range m.timeline.rows {
		out = append(out, m.t.Events[i].ID)
	}
	return out
}

// Issue 16, 19: ctrl+s lists a search's best matches first and back to
// date order, in the prompt as in fzf and after it.
func TestCtrlSListsBestMatchesFirst(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "/")
	m = typeText(m, "belgium")
	if got := rowIDs(m); !slices.Equal(got, []int{2, 3, 7, 9}) {
		t.Fatalf("belgium in date order: %v", got)
	}
	mustContain(t, screen(m), "ctrl+s best first")
	m = press(m, "ctrl+s")
	// event 2 names Belgium once; 3, 7 and 9 in their summaries as well
	if got := rowIDs(m); !slices.Equal(got, []int{3, 7, 9, 2}) {
		t.Fatalf("best matches first: %v, want [3 7 9 2]", got)
	}
	if selectedID(m) != 3 {
		t.Errorf("the best match should be selected, not %d", selectedID(m))
	}
	mustContain(t, screen(m), "best matches first (ctrl+s)")
	m = press(m, "enter", "ctrl+s")
	if got := rowIDs(m); !slices.Equal(got, []int{2, 3, 7, 9}) {
		t.Fatalf("ctrl+s again: %v, want date order", got)
	}
	mustNotContain(t, screen(m), "best matches first (ctrl+s)")
	m = press(m, "ctrl+s", "z") // folding by decade goes back to date order
	if m.timeline.ranked || m.byRank {
		t.Error("z kept the rows ranked")
	}
}

// Issue 16, 14: n and N go to the next and previous match, wrapping round,
// and still do once the search filter is cleared, as in less.
func TestNextAndPreviousMatch(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "/")
	m = typeText(m, "visit")
	m = press(m, "enter")
	if got := rowIDs(m); !slices.Equal(got, []int{5, 6, 7, 8}) {
		t.Fatalf("visit: %v", got)
	}
	m = press(m, "n")
	mustContain(t, screen(m), `match 2 of 4 for "visit"`)
	m = press(m, "N", "N")
	if selectedID(m) != 8 {
		t.Errorf("N from the first match should wrap round to the last, at %d", selectedID(m))
	}
	mustContain(t, screen(m), "match 4 of 4", "wrapped round")
	m = press(m, "x", "g") // every event again, from the top
	m = press(m, "n")
	if selectedID(m) != 5 {
		t.Fatalf("n after clearing the search should find event 5, at %d", selectedID(m))
	}
	mustContain(t, screen(m), `match 1 of 4 for "visit"`)
	m = press(m, "n", "n", "n")
	if selectedID(m) != 8 {
		t.Errorf("three more n: at %d, want 8", selectedID(m))
	}
	if !strings.Contains(m.View().Content, m.styles.List.Sel.Match.Render("visit")) &&
		!strings.Contains(m.View().Content, m.styles.List.Row.Match.Render("visit")) {
		t.Error("the match n went to is not highlighted")
	}
}

func TestNWithNoSearchSaysHow(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "n")
	if selectedID(m) != 1 {
		t.Errorf("n with no search moved to %d", selectedID(m))
	}
	mustNotContain(t, screen(m), "match ")
}

// Issue 16, 20 and 14: help names space, ctrl+d/ctrl+u, home/end and the
// mouse, and the search keys n, N and ctrl+s once there is a search.
func TestHelpNamesEveryMoveAndTheSearchKeys(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "?")
	s := screen(m)
	mustContain(t, s, "pgdn/spc/^d", "pgup/^u", "g/home", "G/end", "mouse: the wheel scrolls")
	mustNotContain(t, s, "next match")
	m = press(m, "esc", "/", "x", "i", "enter", "?")
	mustContain(t, screen(m), "next match", "previous match", "best first")
}

// Issue 16, 6: a tall window gives the strip a line of year ticks, each
// under the bucket of its year; a short one keeps the strip to one line.
func TestDensityStripHasYearTicks(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	ticks := []rune(strings.Split(screen(m), "\n")[2])
	found := 0
	for x, r := range ticks {
		if r != '╵' {
			continue
		}
		year := strings.Fields(string(ticks[x+1:]))[0]
		span, ok := m.strip.BucketAt(x)
		if !ok || span.String() == "" || !strings.Contains(year, "0") {
			t.Fatalf("tick %q at column %d is off the strip", year, x)
		}
		if y := atoiOr(year); y < span.From || y > span.To {
			t.Errorf("tick %s sits over the bucket %s", year, span)
		}
		found++
	}
	if found < 3 {
		t.Errorf("%d year ticks under the strip at 120 columns: %q", found, string(ticks))
	}
	m, _ = newTestModel(t, 80, 24)
	if strings.Contains(screen(m), "╵") {
		t.Error("a 24-row window should not spend a row on ticks")
	}
}

func atoiOr(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// Ranking reads every matching text, so past model.MaxRanked matches the
// browser keeps date order and says to narrow the search.
func TestCtrlSSaysWhenTooManyToRank(t *testing.T) {
	m := update(New(syntheticTimeline(model.MaxRanked+10), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "/")
	m = typeText(m, "treaty")
	m = press(m, "ctrl+s")
	if m.timeline.ranked {
		t.Fatal("ranked more rows than model.MaxRanked")
	}
	mustContain(t, screen(m), "too many to rank")
}
