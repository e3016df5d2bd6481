package model

import (
	"slices"
	"testing"
)

// TestRankPutsBestMatchesFirst: ctrl+s in the browser lists the events a
// search is about first (issue 16, 19): whole words before word starts
// before insides, spelt as typed before fuzzy stand-ins, ties in date order.
func TestRankPutsBestMatchesFirst(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: YearDate(1900), Text: "A retreaty was read out."},            // inside a word
		{ID: 2, Date: YearDate(1910), Text: "The treatymakers met in Ghent."},      // start of a word
		{ID: 3, Date: YearDate(1920), Text: "Nothing of the kind happened."},       // not kept
		{ID: 4, Date: YearDate(1930), Text: "A treaty was signed."},                // whole word
		{ID: 5, Date: YearDate(1940), Text: "The Treaty of Rome, a treaty again."}, // whole word, twice
		{ID: 6, Date: YearDate(1950), Text: "Another treaty followed."},            // whole word, ties with 4
	}}
	idx := NewIndex(tl)
	q := Query{Text: "treaty"}
	rows := q.ApplyInto(nil, idx)
	if got := ids(tl, rows); !slices.Equal(got, []int{1, 2, 4, 5, 6}) {
		t.Fatalf("Apply = %v, want date order", got)
	}
	if got := ids(tl, q.RankInto(nil, idx, rows)); !slices.Equal(got, []int{5, 4, 6, 2, 1}) {
		t.Errorf("RankInto = %v, want [5 4 6 2 1]", got)
	}
	if got := ids(tl, rows); !slices.Equal(got, []int{1, 2, 4, 5, 6}) {
		t.Errorf("RankInto reordered its input: %v", got)
	}
	if got := ids(tl, (Query{}).RankInto(nil, idx, rows)); !slices.Equal(got, []int{1, 2, 4, 5, 6}) {
		t.Errorf("with no text, RankInto = %v, want the rows as they were", got)
	}
}

// A search found only fuzzily ranks by its stand-ins as a search as typed does.
func TestRankScoresFuzzyStandIns(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: YearDate(1900), Text: "The prebelgium era ended."},
		{ID: 2, Date: YearDate(1910), Text: "Belgium and China."},
		{ID: 3, Date: YearDate(1920), Text: "Trade with China."},
	}}
	idx := NewIndex(tl)
	q := Query{Text: "belgum"}
	rows := q.ApplyInto(nil, idx)
	if got := ids(tl, rows); !slices.Equal(got, []int{1, 2}) {
		t.Fatalf("fuzzy Apply = %v, want [1 2]", got)
	}
	if got := ids(tl, q.RankInto(nil, idx, rows)); !slices.Equal(got, []int{2, 1}) {
		t.Errorf("RankInto = %v, want the whole word first: [2 1]", got)
	}
}

// BenchmarkRank1M orders the most matches a browser ranks (MaxRanked) of a
// million events best first: what a keystroke costs at most with ctrl+s on.
func BenchmarkRank1M(b *testing.B) {
	idx := NewIndex(timeline1M())
	q := Query{Text: "treaty"}
	rows := q.ApplyInto(nil, idx)[:MaxRanked]
	dst := make([]int, 0, len(rows))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = q.RankInto(dst, idx, rows)
	}
	b.ReportMetric(float64(len(rows)), "events")
}
