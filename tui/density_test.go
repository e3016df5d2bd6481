package tui

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/annals-tui/annals/model"
)

// TestStripCountsResultsPerYear checks the strip's per-year counts of a
// result, found by binary search in a timeline in date order, against
// counting the rows one by one; and that an unordered timeline still counts.
func TestStripCountsResultsPerYear(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	tl := &model.Timeline{}
	for i := range 500 {
		y := 1900 + rng.IntN(40)*rng.IntN(3) // gaps: years without events
		tl.Events = append(tl.Events, model.Event{ID: i + 1, Date: model.YearDate(y)})
	}
	unsorted := &model.Timeline{Events: slices.Clone(tl.Events)}
	tl.Sort()
	for _, tc := range []struct {
		name string
		tl   *model.Timeline
		fast bool
	}{{"in date order", tl, true}, {"out of order", unsorted, false}} {
		d := newDensityStrip(tc.tl, nil)
		if (d.firsts != nil) != tc.fast {
			t.Fatalf("%s: binary search used %v, want %v", tc.name, d.firsts != nil, tc.fast)
		}
		for range 50 {
			var rows []int
			for i := range tc.tl.Events {
				if rng.IntN(4) == 0 {
					rows = append(rows, i)
				}
			}
			d.setHits(rows, false)
			want := make([]int, len(d.all))
			for _, i := range rows {
				want[int(tc.tl.Events[i].Date.Start.Year)-d.from]++
			}
			if !slices.Equal(d.hits, want) {
				t.Fatalf("%s: counts %v, want %v", tc.name, d.hits, want)
			}
		}
	}
}
