package model

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestParseYearRange(t *testing.T) {
	tests := []struct {
		in   string
		want YearRange
		text string // what String writes back
	}{
		{"2019", YearRange{2019, 2019}, "2019"},
		{" 2019 ", YearRange{2019, 2019}, "2019"},
		{"1990-2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990–2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990—2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990 - 2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990..2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990 to 2000", YearRange{1990, 2000}, "1990–2000"},
		{"1990-1999", YearRange{1990, 1999}, "1990s"},
		{"2019-2019", YearRange{2019, 2019}, "2019"},
		{"1990s", YearRange{1990, 1999}, "1990s"},
		{"1990's", YearRange{1990, 1999}, "1990s"},
		{"1800S", YearRange{1800, 1809}, "1800s"},
		{"00s", YearRange{0, 9}, "0s"},
		{"0s", YearRange{0, 9}, "0s"},
		{"19th century", YearRange{1800, 1899}, "1800–1899"},
		{"19th Century", YearRange{1800, 1899}, "1800–1899"},
		{"19th c.", YearRange{1800, 1899}, "1800–1899"},
		{"21st", YearRange{2000, 2099}, "2000–2099"},
		{"1st century", YearRange{0, 99}, "0–99"},
		{"2nd century", YearRange{100, 199}, "100–199"},
		{"3rd century", YearRange{200, 299}, "200–299"},
		// issue 16: the grammar of the CLI's --year
		{"2019-", YearRange{2019, OpenEnd}, "2019–"},
		{"-2000", YearRange{OpenStart, 2000}, "–2000"},
		{"–2000", YearRange{OpenStart, 2000}, "–2000"},
		{"2019-05", YearRange{2019, 2019}, "2019"},
		{"300 BC-100 BC", YearRange{-299, -99}, "300 BC–100 BC"},
		{"44 bc", YearRange{-43, -43}, "44 BC"},
		{"nineteenth century", YearRange{1800, 1899}, "1800–1899"},
		{"Twentieth Century", YearRange{1900, 1999}, "1900–1999"},
		{"1st century BC", YearRange{-99, 0}, "100 BC–0"},
		{"1990s-2000s", YearRange{1990, 2009}, "1990–2009"},
	}
	for _, tt := range tests {
		got, err := ParseYearRange(tt.in)
		if err != nil {
			t.Errorf("ParseYearRange(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseYearRange(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.text {
			t.Errorf("ParseYearRange(%q).String() = %q, want %q", tt.in, s, tt.text)
		}
	}
}

func TestParseYearRangeErrors(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the message must say these
	}{
		{"20x9", []string{`"20x9"`, "2019", "1990-2000", "1990s", "19th century"}},
		{"2020-1990", []string{`"2020-1990"`, "ends before it starts", "1990-2020"}},
		{"", []string{"want a year"}},
		{"nineteen", []string{"want a year"}},
		{"12345", []string{"want a year"}},
		{"1995s", []string{"want a year"}},
		{"0th century", []string{"no century 0"}},
		{"-", []string{"want a year"}},
		{"1990-20x9", []string{"want a year"}},
		{"0 BC", []string{"no year 0 BC"}},
		{"2019-13", []string{"ends before it starts"}},
	}
	for _, tt := range tests {
		r, err := ParseYearRange(tt.in)
		if err == nil {
			t.Errorf("ParseYearRange(%q) = %v, want an error", tt.in, r)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("ParseYearRange(%q) error %q does not say %q", tt.in, err, w)
			}
		}
	}
}

func FuzzParseYearRange(f *testing.F) {
	for _, s := range []string{"2019", "1990-2000", "1990–2000", "1990s", "19th century", "20x9", "2020-1990",
		"0th", "1st c.", "9999", "990s", "1990 to 2000", "00s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseYearRange(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseYearRange(%q): empty error", s)
			}
			return
		}
		if r.From > r.To {
			t.Fatalf("ParseYearRange(%q) = %+v: From after To", s, r)
		}
		back, err := ParseYearRange(r.String())
		if err != nil || back != r {
			t.Fatalf("ParseYearRange(%q) = %+v, written %q, read back as %+v, %v", s, r, r.String(), back, err)
		}
	})
}

// fixture is a small timeline that exercises the filters.
func fixture() *Timeline {
	t := &Timeline{Title: "Fixture", Events: []Event{
		{ID: 1, Date: CenturyDate(18), Text: "Trade grew in the 19th century.", Summary: "Trade grew", Places: []string{"Antwerp"}},
		{ID: 2, Date: DecadeDate(1980), Text: "Relations improved in the 1980s.", Summary: "Relations improved"},
		{ID: 3, Date: MonthDate(1991, 4), Text: "Zhu Rongji visited Brussels in April 1991.", Summary: "Zhu Rongji visits",
			People: []string{"Zhu Rongji"}, Places: []string{"Brussels"}, Citations: []int{1}},
		{ID: 4, Date: Between(YearDate(1912), YearDate(2008)), Text: "Qian Xiuling lived from 1912 to 2008.",
			Summary: "Qian Xiuling", People: []string{"Qian Xiuling"}},
		{ID: 5, Date: MonthDate(2009, 10), Text: "Xi Jinping visited Belgium in October 2009.", Summary: "Xi Jinping visits",
			People: []string{"Xi Jinping"}, Places: []string{"Belgium"}, Citations: []int{5, 6}},
		{ID: 6, Date: YearDate(2019), Text: "Reports on Xinjiang were debated in 2019.", Summary: "Xinjiang debate",
			Places: []string{"Xinjiang"}, Citations: []int{7}},
		{ID: 7, Date: MonthDate(2023, 12), Text: "Alexander De Croo criticised Frank Creyelman in December 2023.",
			Summary: "De Croo criticises Creyelman", People: []string{"Alexander De Croo", "Frank Creyelman"}, Citations: []int{15}},
		{ID: 8, Date: DayDate(2024, 3, 1), Text: "ÉTIENNE DAVIGNON spoke in Zürich.", Summary: "Davignon speaks",
			People: []string{"Étienne Davignon"}, Places: []string{"Zürich"}, Orgs: []string{"Société Générale"}},
	}}
	t.Sort()
	t.BuildEntities()
	return t
}

func ids(t *Timeline, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = t.Events[i].ID
	}
	return out
}

func TestQueryApply(t *testing.T) {
	years := func(s string) Query {
		r, err := ParseYearRange(s)
		if err != nil {
			t.Fatal(err)
		}
		return Query{HasYears: true, Years: r}
	}
	tests := []struct {
		name string
		q    Query
		want []int // event IDs in timeline order
	}{
		{"empty query keeps all", Query{}, []int{1, 4, 2, 3, 5, 6, 7, 8}},
		{"year inside an interval and a decade", years("1985"), []int{4, 2}},
		{"year of a month", years("1991"), []int{4, 3}},
		{"decade filter overlaps", years("1980s"), []int{4, 2}},
		{"century filter", years("19th century"), []int{1}},
		{"range overlaps interval ends", years("2008-2009"), []int{4, 5}},
		{"range after everything", years("2030-2040"), []int{}},
		{"interval found from its last year", years("2008"), []int{4}},
		{"person by surname", Query{People: []string{"De Croo"}}, []int{7}},
		{"person any case", Query{People: []string{"de croo"}}, []int{7}},
		{"person short name is a whole word", Query{People: []string{"xi"}}, []int{5}},
		{"person part of a word does not match", Query{People: []string{"Jin"}}, []int{}},
		{"people OR", Query{People: []string{"Zhu Rongji", "Creyelman"}}, []int{3, 7}},
		{"person non-ASCII any case", Query{People: []string{"étienne"}}, []int{8}},
		{"place", Query{Places: []string{"xinjiang"}}, []int{6}},
		{"places OR", Query{Places: []string{"Brussels", "Belgium"}}, []int{3, 5}},
		{"text one word", Query{Text: "visited"}, []int{3, 5}},
		{"text words AND", Query{Text: "visited belgium"}, []int{5}},
		{"text lower case finds any case", Query{Text: "visited"}, []int{3, 5}},
		{"text is a substring search", Query{Text: "xi"}, []int{4, 5, 6}},
		{"text non-ASCII folded", Query{Text: "étienne zürich"}, []int{8}},
		{"text non-ASCII folded", Query{Text: "zurich"}, []int{8}},
		{"text in orgs", Query{Text: "société"}, []int{8}},
		{"text in summary", Query{Text: "criticises"}, []int{7}},
		{"text in people only", Query{Text: "davignon"}, []int{8}},
		{"text no match", Query{Text: "visited nowhere"}, []int{}},
		{"whitespace text is empty", Query{Text: "  \t "}, []int{1, 4, 2, 3, 5, 6, 7, 8}},
		{"years AND person AND text", Query{HasYears: true, Years: YearRange{1990, 2010}, People: []string{"xi", "zhu"}, Text: "october"}, []int{5}},
		{"source", Query{Sources: []string{"other"}}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := fixture()
			got := ids(tl, tt.q.Apply(tl))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Apply = %v, want %v", got, tt.want)
			}
			if tt.q.IsEmpty() != (len(tt.want) == len(tl.Events) && tt.name != "years AND person AND text") {
				t.Errorf("IsEmpty() = %v", tt.q.IsEmpty())
			}
		})
	}
}

// TestIndexIsExplicit: an index answers for the events it was built over,
// and a timeline holds no search state of its own, so changing the events
// and building a new index is all a caller does.
func TestIndexIsExplicit(t *testing.T) {
	tl := fixture()
	before := NewIndex(tl)
	if got := (Query{Text: "zhu"}).ApplyInto(nil, before); len(got) != 1 {
		t.Fatalf("zhu: %v", got)
	}
	if before.Timeline() != tl {
		t.Error("the index does not name its timeline")
	}
	tl.Events = slices.Clone(tl.Events)
	for i := range tl.Events {
		tl.Events[i].Text = "nothing here"
		tl.Events[i].Summary, tl.Events[i].People = "", nil
	}
	if got := (Query{Text: "zhu"}).ApplyInto(nil, NewIndex(tl)); len(got) != 0 {
		t.Errorf("a new index over the replaced events still finds zhu in %v", ids(tl, got))
	}
	if got := (Query{Text: "zhu"}).Apply(tl); len(got) != 0 {
		t.Errorf("Apply, which builds its own index, finds zhu in %v", ids(tl, got))
	}
	tl.Events[0].Text = "zhu again"
	tl.Sort()
	if got := ids(tl, (Query{Text: "zhu"}).Apply(tl)); !slices.Equal(got, []int{1}) {
		t.Errorf("after Sort, zhu finds %v", got)
	}
}

func TestMatchName(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Alexander De Croo", "De Croo", true},
		{"Alexander De Croo", "alexander", true},
		{"Alexander De Croo", "Alexander De Croo", true},
		{"Alexander De Croo", " croo ", true},
		{"Alexander De Croo", "Cro", false},
		{"Alexander De Croo", "", false},
		{"Alexander De Croo", "   ", false},
		{"Xi Jinping", "xi", true},
		{"Xinjiang", "xi", false},
		{"Jean-Luc Dehaene", "Luc", true},
		{"Étienne Davignon", "ÉTIENNE", true},
		{"Étienne Davignon", "tienne", false},
		{"Zhou Enlai", "Enla", false},
		{"Mao Mao", "mao", true},
		{"Maoist Mao", "mao", true},
	}
	for _, tt := range tests {
		if got := MatchName(tt.name, tt.want); got != tt.ok {
			t.Errorf("MatchName(%q, %q) = %v, want %v", tt.name, tt.want, got, tt.ok)
		}
	}
}

func TestNarrows(t *testing.T) {
	tests := []struct {
		prev, q Query
		want    bool
	}{
		{Query{Text: "vis"}, Query{Text: "visi"}, true},
		{Query{Text: "vis"}, Query{Text: "VISIT"}, true},
		{Query{Text: "vis"}, Query{Text: "vis bel"}, true},
		{Query{Text: ""}, Query{Text: "a"}, true},
		{Query{Text: "visit"}, Query{Text: "visi"}, false},
		{Query{Text: "vis bel"}, Query{Text: "vis"}, false},
		{Query{Text: "vis bel"}, Query{Text: "bel vis"}, false},
		{Query{Text: "a", People: []string{"Xi"}}, Query{Text: "ab"}, false},
		{Query{Text: "a"}, Query{Text: "ab", HasYears: true, Years: YearRange{1990, 2000}}, false},
		{Query{HasYears: true, Years: YearRange{1990, 2000}}, Query{HasYears: true, Years: YearRange{1990, 2000}, Text: "x"}, true},
	}
	for _, tt := range tests {
		if got := tt.q.Narrows(tt.prev); got != tt.want {
			t.Errorf("%+v.Narrows(%+v) = %v, want %v", tt.q, tt.prev, got, tt.want)
		}
	}
}

// TestRefineEqualsApply checks, over random timelines and queries, that
// whenever Narrows says a query narrows an earlier one, refining the earlier
// result gives exactly what a fresh Apply gives.
func TestRefineEqualsApply(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"visit", "visited", "Brussels", "ZÜRICH", "zürich", "trade", "Étienne", "treaty", "relations", "xi", "Xinjiang", "De", "Croo"}
	people := []string{"Xi Jinping", "Alexander De Croo", "Zhu Rongji", "Étienne Davignon", "Qian Qichen"}
	pick := func(from []string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = from[rng.IntN(len(from))]
		}
		return out
	}
	fragment := func() string {
		w := strings.ToLower(words[rng.IntN(len(words))])
		i := rng.IntN(len(w))
		j := i + 1 + rng.IntN(len(w)-i)
		return w[i:j]
	}
	for round := range 20 {
		tl := &Timeline{}
		for i := range 300 {
			y := 1900 + rng.IntN(130)
			tl.Events = append(tl.Events, Event{ID: i + 1, Date: YearDate(y),
				Text: strings.Join(pick(words, 3+rng.IntN(6)), " "), People: pick(people, rng.IntN(3))})
		}
		tl.Sort()
		for range 50 {
			prev := Query{Text: strings.Join(randomFragments(rng, fragment), " ")}
			if rng.IntN(3) == 0 {
				prev.HasYears, prev.Years = true, YearRange{1900 + rng.IntN(100), 2000 + rng.IntN(30)}
			}
			if rng.IntN(3) == 0 {
				prev.People = []string{strings.Fields(people[rng.IntN(len(people))])[0]}
			}
			q := prev
			switch rng.IntN(4) {
			case 0: // type one more word
				q.Text += " " + fragment()
			case 1: // extend the last word
				q.Text += fragment()[:1]
			case 2: // delete a character: usually widens
				if n := len(q.Text); n > 0 {
					q.Text = q.Text[:n-1]
				}
			case 3: // an unrelated query
				q = Query{Text: fragment()}
			}
			prevRows := prev.Apply(tl)
			want := q.Apply(tl)
			if q.Narrows(prev) {
				if got := q.Refine(NewIndex(tl), prevRows); !slices.Equal(got, want) {
					t.Fatalf("round %d: %+v narrows %+v, but Refine = %v, Apply = %v", round, q, prev, got, want)
				}
			}
			// where nothing matches as typed, Apply looks fuzzily (TestFuzzySearch)
			if naive := naiveApply(q, tl); (len(naive) > 0 || q.fuzzyAlts(NewIndex(tl)) == nil) && !slices.Equal(want, naive) {
				t.Fatalf("round %d: %+v: Apply = %v, want %v", round, q, want, naive)
			}
		}
	}
}

func randomFragments(rng *rand.Rand, fragment func() string) []string {
	out := make([]string, rng.IntN(3))
	for i := range out {
		out[i] = fragment()
	}
	return out
}

// naiveApply is Query.Apply written the slow, obvious way.
func naiveApply(q Query, t *Timeline) []int {
	out := []int{}
	for i, e := range t.Events {
		if q.HasYears && (int(e.Date.End.Year) < q.Years.From || int(e.Date.Start.Year) > q.Years.To) {
			continue
		}
		if len(q.People) > 0 && !slices.ContainsFunc(e.People, func(n string) bool {
			return slices.ContainsFunc(q.People, func(w string) bool { return MatchName(n, w) })
		}) {
			continue
		}
		orig := strings.Join(append([]string{e.Text, e.Summary}, slices.Concat(e.People, e.Places, e.Orgs)...), "\n")
		all := naiveFold(orig)
		keep := true
		for _, w := range strings.Fields(q.Text) {
			keep = keep && strings.Contains(all, naiveFold(w))
			if w != strings.ToLower(w) { // smart case: a capital asks for that case
				keep = keep && strings.Contains(orig, w)
			}
		}
		if keep {
			out = append(out, i)
		}
	}
	return out
}

// naiveFold folds one character at a time, as search should.
func naiveFold(s string) string { return strings.Map(FoldRune, s) }

func TestAppendFold(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC Def", "Zürich ÉTIENNE", "İstanbul", "ΣΑΣ", "\u212a", "bad\xffutf8\xc3", "日本"} {
		if got, want := string(appendFold([]byte("x"), s)), "x"+naiveFold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}

// A name can be a person in one event and a place in another: a person
// filter must not answer for places.
func TestPeopleAndPlacesFilteredApart(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: YearDate(1900), Text: "a", People: []string{"Georgia"}, Places: []string{"Albany"}},
		{ID: 2, Date: YearDate(1901), Text: "b", People: []string{"Albany"}, Places: []string{"Georgia"}},
	}}
	q := Query{People: []string{"Georgia"}, Places: []string{"Georgia"}}
	if got := q.Apply(tl); len(got) != 0 {
		t.Errorf("person Georgia and place Georgia found %v, want none", ids(tl, got))
	}
	q = Query{People: []string{"Georgia"}, Places: []string{"Albany"}}
	if got := ids(tl, q.Apply(tl)); !slices.Equal(got, []int{1}) {
		t.Errorf("person Georgia in Albany found %v, want [1]", got)
	}
}

// TestFilterInChunks checks that filtering split across workers, into a
// reused array, gives what the obvious filter gives.
func TestFilterInChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"visit", "Brussels", "ZÜRICH", "trade", "Étienne", "treaty", "xi", "Xinjiang", "a", "é"}
	tl := &Timeline{}
	for i := range 2000 {
		n := rng.IntN(5) // some events have no text at all
		text := make([]string, n)
		for k := range text {
			text[k] = words[rng.IntN(len(words))]
		}
		e := Event{ID: i + 1, Date: YearDate(1900 + rng.IntN(120)), Text: strings.Join(text, " ")}
		if rng.IntN(3) == 0 { // letters and digits found only in a summary or a name
			e.Summary, e.People = "No. "+strconv.Itoa(rng.IntN(10)), []string{"Quentin"}
		}
		tl.Events = append(tl.Events, e)
	}
	tl.Sort()
	// one-character searches (the first key typed) take another path
	queries := []Query{{}, {Text: "xi"}, {Text: "a tr"}, {Text: "é zürich"}, {Text: "sselsz"},
		{Text: "t"}, {Text: "Q"}, {Text: "7"}, {Text: "z"}, {Text: "0"}, {Text: "é"}, {Text: "."}, {Text: "z 7"},
		{HasYears: true, Years: YearRange{1950, 1990}, Text: "visit"}, {HasYears: true, Years: YearRange{1950, 1990}}}
	dirty := slices.Repeat([]int{-1}, 5000)
	idx := NewIndex(tl)
	for _, q := range queries {
		want := naiveApply(q, tl)
		prev := naiveApply(Query{Text: q.Text[:len(q.Text)/2]}, tl)
		for workers := 1; workers <= 7; workers++ {
			all := q.filter(idx, candidates{all: true, n: len(tl.Events)}, slices.Clone(dirty), workers, nil)
			if !slices.Equal(all, want) {
				t.Fatalf("%+v with %d workers: %v, want %v", q, workers, all, want)
			}
			if q.Narrows(Query{Text: q.Text[:len(q.Text)/2]}) {
				got := q.filter(idx, candidates{list: prev, n: len(prev)}, dirty[:0], workers, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("%+v refined with %d workers: %v, want %v", q, workers, got, want)
				}
			}
		}
	}
}

// TestSearchStaysInsideEvents checks that a word is not found across the
// end of one event's text and the start of the next's.
func TestSearchStaysInsideEvents(t *testing.T) {
	tl := &Timeline{Events: []Event{
		{ID: 1, Date: YearDate(2001), Text: "ab"},
		{ID: 2, Date: YearDate(2002), Text: "cd"},
		{ID: 3, Date: YearDate(2003), Text: "xbcx"},
		{ID: 4, Date: YearDate(2004), Text: ""},
		{ID: 5, Date: YearDate(2005), Text: "bc"},
	}}
	if got := ids(tl, Query{Text: "bc"}.Apply(tl)); !slices.Equal(got, []int{3, 5}) {
		t.Fatalf("bc found in %v, want [3 5]", got)
	}
	if got := ids(tl, Query{Text: "bc"}.Refine(NewIndex(tl), []int{0, 1, 3, 4})); !slices.Equal(got, []int{5}) {
		t.Fatalf("bc refined to %v, want [5]", got)
	}
}
