package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The radix sort of order keys gives what the comparison sort gives, on
// keys that tie often (a few days, precisions, spans and offsets), keys far
// apart (BC and far-future years, spans the prefix cannot hold) and keys of
// several sources.
func TestRadixOrderMatchesCompareSort(t *testing.T) {
	days := []CalendarDay{{-5000, 1, 1}, {-44, 3, 15}, {1, 1, 1}, {1991, 4, 0}, {1991, 4, 12}, {1992, 0, 0}, {3000000, 12, 31}}
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 3))
		n := r.IntN(3000)
		keys := make([]orderKey, n)
		for i := range keys {
			s, e := days[r.IntN(len(days))], days[r.IntN(len(days))]
			keys[i] = orderKey{start: dayKey(s), end: dayKey(e), offset: int32(r.IntN(50)), source: int32(r.IntN(2)),
				index: int32(i), precision: Precision(r.IntN(8))}
		}
		want := slices.Clone(keys)
		sortKeysByCompare(want)
		got := timelineOrder(n, func(i int) orderKey { return keys[i] })
		for i := range want {
			if got[i] != want[i].index {
				t.Fatalf("seed %d: radix order differs from the comparison sort at %d", seed, i)
			}
		}
	}
}

func BenchmarkTimelineOrder10k(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]orderKey, 10000)
	for i := range keys {
		d := dayKey(DayOf(1800+r.IntN(220), 1+r.IntN(12), r.IntN(29)))
		keys[i] = orderKey{start: d, end: d + int64(r.IntN(3))<<9, offset: int32(i), index: int32(i), precision: Precision(r.IntN(4))}
	}
	work := make([]orderKey, len(keys))
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			timelineOrder(len(keys), func(i int) orderKey { return keys[i] })
		}
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			copy(work, keys)
			sortKeysByCompare(work)
		}
	})
}
