package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Runs of one source sorted on their own and merged give the order one
// sort of all their events gives, ties kept in order of appearance, and the
// places name each event by its run and its place in order of appearance.
func TestMergedRunsMatchOneSort(t *testing.T) {
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
	var firstID []int // of each run's first event
	for lo := 0; lo < len(all); {
		hi := min(len(all), lo+1+rng.IntN(900))
		run := all[lo:hi]
		runs = append(runs, SortRun(len(run), func(i int) *Event { return &run[i] }))
		firstID = append(firstID, lo+1)
		lo = hi
	}
	var got []Event
	for _, p := range MergeOrder(runs) {
		e := all[firstID[p.Run]-1+int(p.Index)]
		e.ID = firstID[p.Run] + int(p.Index)
		got = append(got, e)
	}
	want := &Timeline{Events: slices.Clone(all)} // SortRun moved nothing
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

// A merge cut into parts for several cores gives the plain merge's order,
// place for place: runs that overlap, ties across runs (which go to the
// run that comes first), empty runs, and runs each later than the one
// before, as the chunks of a chronology are.
func TestMergeInPartsIsThePlainMerge(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(8, 9))
	shapes := map[string]func(run, i int) Date{
		"overlapping": func(int, int) Date { return YearDate(1900 + rng.IntN(20)) },
		"ties":        func(int, int) Date { return YearDate(1990) },
		"chronology":  func(run, i int) Date { return DayDate(1800+run*10+i/400, 1+i%12, 1+i%28) },
	}
	for name, date := range shapes {
		var runs []SortedRun
		n := 0
		for r := range 7 {
			size := rng.IntN(3000)
			if r == 2 {
				size = 0
			}
			events := make([]Event, size)
			for i := range events {
				events[i] = Event{Date: date(r, i), Offset: i / 4}
			}
			runs = append(runs, SortRun(size, func(i int) *Event { return &events[i] }))
			n += size
		}
		want := mergeOrder(runs, n, 1)
		for parts := 2; parts <= 5; parts++ {
			got := mergeOrder(runs, n, parts)
			if !slices.Equal(got, want) {
				i := 0
				for i < len(got) && got[i] == want[i] {
					i++
				}
				t.Fatalf("%s, %d parts: place %d is %v, want %v", name, parts, i, got[i], want[i])
			}
		}
	}
}
