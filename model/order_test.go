package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Runs of one source sorted on their own and collated give the order one
// sort of all their events gives, ties kept in order of appearance, with
// IDs numbering the events in order of appearance across the runs.
func TestCollatedRunsMatchOneSort(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	var all []Event
	for i := range 5000 {
		y := 1900 + rng.IntN(30)
		d := YearDate(y)
		if rng.IntN(2) == 0 {
			d = MonthDate(y, 1+rng.IntN(12))
		}
		all = append(all, Event{Date: d, Offset: i / 3, Text: string(rune('a' + i%26))}) // ties: three events an offset
	}
	var runs []SortedRun
	for lo := 0; lo < len(all); {
		hi := min(len(all), lo+1+rng.IntN(900))
		run := slices.Clone(all[lo:hi])
		runs = append(runs, SortRun(len(run), func(i int) *Event { return &run[i] }))
		lo = hi
	}
	got := Collate(runs)
	want := &Timeline{Events: slices.Clone(all)}
	for i := range want.Events {
		want.Events[i].ID = i + 1
	}
	want.Sort()
	if len(got) != len(want.Events) {
		t.Fatalf("%d events collated, want %d", len(got), len(want.Events))
	}
	for i := range got {
		if got[i].ID != want.Events[i].ID || got[i].Date != want.Events[i].Date || got[i].Text != want.Events[i].Text {
			t.Fatalf("place %d: event %d (%v), want %d (%v)", i, got[i].ID, got[i].Date, want.Events[i].ID, want.Events[i].Date)
		}
	}
}
