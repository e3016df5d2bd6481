package model

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// CollateIn gives what Collate gives, for runs that live in regions of one
// array, some of them too small for their run (the rest of the run is
// elsewhere), some with room to spare, and an array too short for all.
func TestCollateInMatchesCollate(t *testing.T) {
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 11))
		runs := 1 + r.IntN(6)
		starts, sizes, counts := make([]int, runs), make([]int, runs), make([]int, runs)
		total := 0
		for k := range runs {
			starts[k], sizes[k], counts[k] = total, r.IntN(60), r.IntN(50)
			total += sizes[k]
		}
		dst := make([]Event, total)
		inDst, plain := make([]SortedRun, runs), make([]SortedRun, runs)
		offset := 0
		for k := range runs {
			region := dst[starts[k] : starts[k]+sizes[k]]
			var spill, copied []Event
			for i := range counts[k] {
				e := Event{Date: YearDate(1990 + r.IntN(4)), Offset: offset, Text: fmt.Sprintf("run %d event %d", k, i)}
				offset += r.IntN(2)
				if i < len(region) {
					region[i] = e
				} else {
					spill = append(spill, e)
				}
				copied = append(copied, e)
			}
			in := min(counts[k], len(region))
			at := func(i int) *Event {
				if i < in {
					return &region[i]
				}
				return &spill[i-in]
			}
			inDst[k] = SortRun(counts[k], at)
			plain[k] = SortRun(len(copied), func(i int) *Event { return &copied[i] })
		}
		slot := func(run, j int) int {
			if j < min(counts[run], sizes[run]) {
				return starts[run] + j
			}
			return -1
		}
		want := Collate(plain)
		got := CollateIn(inDst, dst, slot)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: CollateIn differs from Collate", seed)
		}
	}
}
