package model

import (
	"slices"
	"testing"
)

func searchTimeline() *Timeline {
	tl := &Timeline{}
	for i, text := range []string{
		"Nils Matsson Kiöping visited southern China in 1654.",
		"Relations between Belgium and China began in 1971.",
		"Xi Jinping visited Brussels in 2009.",
		"The xi river flooded in 2010.",
		"Zürich hosted the talks in 2015.",
	} {
		tl.Events = append(tl.Events, Event{ID: i + 1, Date: YearDate(1654 + i), Text: text})
	}
	tl.Sort()
	return tl
}

func TestSearchFoldsAccents(t *testing.T) {
	tl := searchTimeline()
	for text, want := range map[string][]int{"kioping": {1}, "Kiöping": {1}, "zurich": {5}, "ZÜRICH": nil} {
		if got := ids(tl, Query{Text: text}.Apply(tl)); !slices.Equal(got, want) && !(len(got) == 0 && want == nil) {
			t.Errorf("%q found %v, want %v", text, got, want)
		}
	}
}

func TestSearchIsSmartCase(t *testing.T) {
	tl := searchTimeline()
	if got := ids(tl, Query{Text: "xi"}.Apply(tl)); !slices.Equal(got, []int{3, 4}) {
		t.Errorf("xi found %v, want both", got)
	}
	if got := ids(tl, Query{Text: "Xi"}.Apply(tl)); !slices.Equal(got, []int{3}) {
		t.Errorf("Xi found %v, want only the capitalised one", got)
	}
	if (Query{Text: "xi"}).Narrows(Query{Text: "Xi"}) {
		t.Error("xi does not narrow Xi: it finds more")
	}
}

func TestFuzzySearch(t *testing.T) {
	tl := searchTimeline()
	q := Query{Text: "belgum"}
	if got := ids(tl, q.Apply(tl)); !slices.Equal(got, []int{2}) {
		t.Errorf("belgum found %v, want the Belgium event", got)
	}
	if got := q.FuzzyWords(NewIndex(tl)); !slices.Equal(got, []string{"belgium"}) {
		t.Errorf("belgum stands for %q", got)
	}
	if got := ids(tl, Query{Text: "belgum china"}.Apply(tl)); !slices.Equal(got, []int{2}) {
		t.Errorf("belgum china found %v", got)
	}
	if got := (Query{Text: "belgum"}).Refine(NewIndex(tl), Query{Text: "belg"}.Apply(tl)); len(got) != 1 {
		t.Errorf("refining into a fuzzy search found %v", got)
	}
	if got := (Query{Text: "qqqzz"}).Apply(tl); len(got) != 0 {
		t.Errorf("a word spelling nothing found %v", got)
	}
}

func TestUncitedFilter(t *testing.T) {
	tl := searchTimeline()
	tl.Events[1].Citations = []int{1}
	tl.Events[2].Citations = []int{2}
	tl.Events[2].Text += " [citation needed]"
	if got := ids(tl, Query{Uncited: true}.Apply(tl)); !slices.Equal(got, []int{1, 3, 4, 5}) {
		t.Errorf("uncited: %v", got)
	}
	if (Query{}).Narrows(Query{Uncited: true}) || (Query{Uncited: true}).IsEmpty() {
		t.Error("the uncited filter is a filter")
	}
}

// BenchmarkFuzzyFallback100k is a search that finds nothing as typed on the
// largest timeline searched fuzzily: the words are listed once, then each
// such keystroke looks through them.
func BenchmarkFuzzyFallback100k(b *testing.B) {
	big := timeline1M()
	t := &Timeline{Events: big.Events[:maxFuzzyEvents]}
	idx := NewIndex(t)
	q := Query{Text: "treatx"}
	q.ApplyInto(nil, idx) // lists the words
	b.ReportAllocs()
	for b.Loop() {
		q.ApplyInto(nil, idx)
	}
}
