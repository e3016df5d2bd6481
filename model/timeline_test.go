package model

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSort(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: MonthDate(1991, 4), Offset: 10},
		{ID: 2, Date: YearDate(1991), Offset: 20},
		{ID: 3, Date: DecadeDate(1990), Offset: 30},
		{ID: 4, Date: YearDate(1991), Offset: 5},
		{ID: 5, Date: YearDate(1991), Offset: 5, Source: "b"},
		{ID: 6, Date: YearDate(-43), Offset: 40},
		{ID: 7, Date: DayDate(1991, 4, 1), Offset: 1},
		{ID: 8, Date: YearDate(1991), Offset: 5}, // same sentence, same date as 4: keeps its place after 4
	}}
	tl.Sort()
	if got, want := ids(tl, []int{0, 1, 2, 3, 4, 5, 6, 7}), []int{6, 3, 4, 8, 2, 5, 1, 7}; !slices.Equal(got, want) {
		t.Errorf("sorted IDs = %v, want %v", got, want)
	}
}

func TestBuildEntities(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 10, People: []string{"Zhu Rongji", "Zhu Rongji"}, Places: []string{"Brussels"}},
		{ID: 11, People: []string{"Qian Qichen"}, Places: []string{"Beijing"}, Orgs: []string{"NATO"}},
		{ID: 12, People: []string{"Zhu Rongji", "Brussels"}, Places: []string{"Brussels"}},
	}}
	tl.BuildEntities()
	want := []Entity{
		{Name: "Brussels", Kind: Place, Events: []int{10, 12}},
		{Name: "Zhu Rongji", Kind: Person, Events: []int{10, 12}},
		{Name: "Beijing", Kind: Place, Events: []int{11}},
		{Name: "Brussels", Kind: Person, Events: []int{12}},
		{Name: "NATO", Kind: Org, Events: []int{11}},
		{Name: "Qian Qichen", Kind: Person, Events: []int{11}},
	}
	if !slices.EqualFunc(tl.Entities, want, func(a, b Entity) bool {
		return a.Name == b.Name && a.Kind == b.Kind && slices.Equal(a.Events, b.Events)
	}) {
		t.Errorf("Entities =\n%+v\nwant\n%+v", tl.Entities, want)
	}
}

func twoSources() (*Timeline, *Timeline) {
	a := &Timeline{Title: "Belgium–China relations", Source: "a.txt",
		Events: []Event{
			{ID: 1, Date: YearDate(2019), Text: "A one.", People: []string{"Xi Jinping"}, Citations: []int{1}, Offset: 0},
			{ID: 2, Date: YearDate(1991), Text: "A two.", Citations: []int{1, 2}, Offset: 10},
		},
		References: []Reference{{N: 1, Cite: &Citation{Title: "A ref 1"}}, {N: 2, Cite: &Citation{Title: "A ref 2"}}},
	}
	b := &Timeline{Title: "Czech–China relations", Source: "b.txt",
		Events: []Event{
			{ID: 1, Date: YearDate(2000), Text: "B one.", People: []string{"Xi Jinping"}, Citations: []int{1}, Offset: 0},
			{ID: 2, Date: YearDate(2020), Text: "B two.", Citations: []int{2}, Offset: 10},
		},
		References: []Reference{{N: 1, Cite: &Citation{Title: "B ref 1"}}, {N: 2, Cite: &Citation{Title: "B ref 2"}}},
	}
	return a, b
}

func TestMerge(t *testing.T) {
	a, b := twoSources()
	a.Merge(b)
	if a.Title != "Belgium–China relations + Czech–China relations" || a.Source != "a.txt, b.txt" {
		t.Errorf("merged title %q, source %q", a.Title, a.Source)
	}
	var texts []string
	seen := map[int]bool{}
	for _, e := range a.Events {
		texts = append(texts, e.Text)
		if seen[e.ID] {
			t.Errorf("event ID %d used twice", e.ID)
		}
		seen[e.ID] = true
	}
	if want := []string{"A two.", "B one.", "A one.", "B two."}; !slices.Equal(texts, want) {
		t.Errorf("merged events %v, want %v", texts, want)
	}
	// Each event's [1] is its own article's first reference.
	for _, e := range a.Events {
		r, ok := a.Reference(e.Source, e.Citations[0])
		if !ok {
			t.Errorf("%q: reference [%d] of %q not found", e.Text, e.Citations[0], e.Source)
			continue
		}
		if r.Citation().Title[0] != e.Text[0] {
			t.Errorf("%q cites [%d] = %q, from the other article", e.Text, e.Citations[0], r.Citation().Title)
		}
	}
	if got := a.CitedBy("b.txt", 1); len(got) != 1 || a.Events[got[0]].Text != "B one." {
		t.Errorf("CitedBy(b.txt, 1) = %v", got)
	}
	if got := a.CitedBy("a.txt", 1); len(got) != 2 {
		t.Errorf("CitedBy(a.txt, 1) = %v, want both events of a.txt", got)
	}
	if _, ok := a.Reference("a.txt", 3); ok {
		t.Error("Reference(a.txt, 3) found a reference that does not exist")
	}
	if len(a.Entities) != 1 || a.Entities[0].Name != "Xi Jinping" || len(a.Entities[0].Events) != 2 {
		t.Errorf("entities after merge = %+v, want Xi Jinping in two events", a.Entities)
	}
	// Merging a third keeps IDs unique.
	_, c := twoSources()
	c.Source = "c.txt"
	a.Merge(c)
	seen = map[int]bool{}
	for _, e := range a.Events {
		if seen[e.ID] {
			t.Errorf("after a third merge, event ID %d is used twice", e.ID)
		}
		seen[e.ID] = true
	}
	if a.IndexOfID(6) < 0 || a.IndexOfID(7) >= 0 {
		t.Errorf("IDs after three merges: %v", ids(a, Query{}.Apply(a)))
	}
}

func TestMergeIntoEmpty(t *testing.T) {
	var m Timeline
	_, b := twoSources()
	m.Merge(b)
	if m.Title != b.Title || m.Source != b.Source || len(m.Events) != 2 || m.Events[0].ID != 1 {
		t.Errorf("merge into an empty timeline: %+v", m)
	}
	if r, ok := m.Reference("b.txt", 2); !ok || r.Citation().Title != "B ref 2" {
		t.Errorf("Reference(b.txt, 2) = %+v, %v", r, ok)
	}
}

func TestReferenceAndCitedBy(t *testing.T) {
	a, _ := twoSources()
	if r, ok := a.Reference("", 2); !ok || r.Citation().Title != "A ref 2" {
		t.Errorf("Reference(\"\", 2) = %+v, %v", r, ok)
	}
	if got := a.CitedBy("", 2); !slices.Equal(got, []int{1}) {
		t.Errorf("CitedBy(\"\", 2) = %v, want [1]", got)
	}
	if got := a.CitedBy("", 9); got != nil {
		t.Errorf("CitedBy(\"\", 9) = %v, want none", got)
	}
	if a.IndexOfID(2) != 1 || a.IndexOfID(99) != -1 {
		t.Error("IndexOfID")
	}
}

func TestSpan(t *testing.T) {
	if _, _, ok := (&Timeline{}).Span(); ok {
		t.Error("an empty timeline has a span")
	}
	tl := fixture()
	from, to, ok := tl.Span()
	if !ok || from != 1800 || to != 2024 {
		t.Errorf("Span() = %d, %d, %v; want 1800, 2024", from, to, ok)
	}
}

func TestYearCounts(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: YearDate(1990)},
		{ID: 2, Date: Between(YearDate(1991), YearDate(2010))},
		{ID: 3, Date: MonthDate(1991, 4)},
		{ID: 4, Date: DecadeDate(1990)},
		{ID: 5, Date: YearDate(1994)},
	}}
	tl.Sort()
	from, counts := YearCounts(tl, Query{}.Apply(tl))
	if from != 1990 || !slices.Equal(counts, []int{2, 2, 0, 0, 1}) {
		t.Errorf("YearCounts(all) = %d, %v; want 1990, [2 2 0 0 1]", from, counts)
	}
	// A filtered subset counts on the same axis as the whole timeline.
	from, counts = YearCounts(tl, Query{HasYears: true, Years: YearRange{1994, 1994}}.Apply(tl))
	if from != 1990 || !slices.Equal(counts, []int{1, 1, 0, 0, 1}) {
		t.Errorf("YearCounts(1994) = %d, %v; want 1990, [1 1 0 0 1]", from, counts)
	}
	if from, counts := YearCounts(&Timeline{}, nil); from != 0 || counts != nil {
		t.Errorf("YearCounts(empty) = %d, %v", from, counts)
	}
}

func TestPeopleAndPlaceCounts(t *testing.T) {
	tl := fixture()
	tl.Events = append(tl.Events, Event{ID: 9, Date: YearDate(2025), People: []string{"Xi Jinping", "Zhu Rongji"}, Places: []string{"Brussels"}})
	all := Query{}.Apply(tl)
	got := PeopleCounts(tl, all)
	want := []Facet{{"Xi Jinping", 2}, {"Zhu Rongji", 2}, {"Alexander De Croo", 1}, {"Frank Creyelman", 1},
		{"Qian Xiuling", 1}, {"Étienne Davignon", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("PeopleCounts = %v, want %v", got, want)
	}
	some := Query{People: []string{"xi"}}.Apply(tl)
	if got, want := PeopleCounts(tl, some), []Facet{{"Xi Jinping", 2}, {"Zhu Rongji", 1}}; !slices.Equal(got, want) {
		t.Errorf("PeopleCounts(xi) = %v, want %v", got, want)
	}
	if got := PlaceCounts(tl, all); len(got) == 0 || got[0] != (Facet{"Brussels", 2}) {
		t.Errorf("PlaceCounts = %v, want Brussels first with 2", got)
	}
	if got := PeopleCounts(tl, nil); len(got) != 0 {
		t.Errorf("PeopleCounts(none) = %v", got)
	}
}

// TestSortMatchesDateOrder checks the sort's packed keys against the order
// the model defines (Date.Compare, then source, then position), on random
// events with BC years, every precision, intervals, ties and two sources.
func TestSortMatchesDateOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	day := func() CalendarDay {
		return DayOf(rng.IntN(60)-30+1990*rng.IntN(2), 1+rng.IntN(12), 1+rng.IntN(28))
	}
	var tl Timeline
	for i := range 3000 {
		d := Date{Start: day(), Precision: Precision(1 + rng.IntN(5))}
		d.End = d.Start
		if rng.IntN(3) == 0 {
			d.End.Year += int32(rng.IntN(3))
		}
		tl.Events = append(tl.Events, Event{ID: i + 1, Date: d, Offset: rng.IntN(50), Source: []string{"b.txt", "a.txt"}[rng.IntN(2)]})
	}
	orig := slices.Clone(tl.Events)
	tl.Sort()
	want := slices.Clone(orig)
	slices.SortStableFunc(want, func(a, b Event) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmpInt(a.Offset, b.Offset)
	})
	for i := range want {
		if tl.Events[i].ID != want[i].ID {
			t.Fatalf("position %d: got event %d (%v), want %d (%v)", i, tl.Events[i].ID, tl.Events[i].Date, want[i].ID, want[i].Date)
		}
	}
}

// TestBuildEntitiesInPartsMatchesOnePass checks that a timeline large enough
// to be indexed on several cores gets the entities of one pass: the same
// names, kinds, order and event lists. IDs that repeat (events built by
// hand, seven to an ID) test that a list never repeats an event where two
// parts meet.
func TestBuildEntitiesInPartsMatchesOnePass(t *testing.T) {
	t.Parallel()
	for _, idOf := range []func(i int) int{
		func(i int) int { return i + 1 },
		func(i int) int { return i/7 + 1 },
	} {
		entitiesMatchOnePass(t, idOf)
	}
}

func entitiesMatchOnePass(t *testing.T, idOf func(i int) int) {
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"Ada", "Bo", "Cy", "Di", "Ed", "Flo"}
	var tl Timeline
	for i := range 3 * entitiesPart {
		e := Event{ID: idOf(i)}
		for _, n := range names {
			switch rng.IntN(9) {
			case 0:
				e.People = append(e.People, n)
			case 1:
				e.Places = append(e.Places, n) // the same name as a place is another entity
			case 2:
				e.Orgs = append(e.Orgs, n+" Ltd")
			}
		}
		tl.Events = append(tl.Events, e)
	}
	tl.buildEntities(1)
	one := tl.Entities
	tl.buildEntities(3)
	if len(one) != len(tl.Entities) {
		t.Fatalf("%d entities in one pass, %d in parts", len(one), len(tl.Entities))
	}
	for i := range one {
		a, b := one[i], tl.Entities[i]
		if a.Name != b.Name || a.Kind != b.Kind || !slices.Equal(a.Events, b.Events) {
			t.Fatalf("entity %d: %s/%s with %d events in one pass, %s/%s with %d in parts", i, a.Name, a.Kind, len(a.Events), b.Name, b.Kind, len(b.Events))
		}
	}
}
