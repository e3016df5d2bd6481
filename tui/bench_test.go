package tui

import (
	"strconv"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// syntheticTimeline makes n events over the years 1000–2023, each naming
// one of 5,000 people and citing one of 50 references.
func syntheticTimeline(n int) *model.Timeline {
	people := make([]string, 5000)
	for i := range people {
		people[i] = "Person " + strconv.Itoa(i)
	}
	evs := make([]model.Event, n)
	for i := range evs {
		y := 1000 + int(int64(i)*1024/int64(n))
		s := strconv.Itoa(i)
		evs[i] = model.Event{
			ID: i + 1, Date: model.YearDate(y), Summary: "treaty number " + s,
			Text:   "Event " + s + " tells of a treaty signed in " + strconv.Itoa(y) + " between delegations.",
			People: []string{people[i%len(people)]}, Citations: []int{i%50 + 1},
		}
	}
	return &model.Timeline{Title: "Synthetic", Events: evs}
}

// BenchmarkKeystroke1M types one character into the search box of a
// million-event timeline and draws the screen: the cost of live search.
func BenchmarkKeystroke1M(b *testing.B) {
	t := syntheticTimeline(1_000_000)
	var text int64
	for i := range t.Events {
		text += int64(len(t.Events[i].Text) + len(t.Events[i].Summary))
	}
	m := New(t, model.Query{}, Options{Open: func(string) error { return nil }}) // builds the index, as loading does

	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = press(m, "/")
	b.SetBytes(text)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		next, _ := m.Update(keyMsg("t"))
		if v := next.(Model).View(); v.Content == "" {
			b.Fatal("empty view")
		}
	}
}
