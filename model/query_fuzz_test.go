package model

import (
	"slices"
	"strings"
	"testing"
)

// fuzzTimeline is small, with text whose case folding changes its length
// (İ, ß, the Kelvin sign, final sigma, ligatures), BC years and intervals.
func fuzzTimeline() *Timeline {
	tl := &Timeline{}
	add := func(d Date, text string, people, places []string) {
		tl.Events = append(tl.Events, Event{ID: len(tl.Events) + 1, Date: d, Text: text, Summary: text, People: people, Places: places})
	}
	add(YearDate(1991), "Zhu Rongji visited Brussels in 1991.", []string{"Zhu Rongji"}, []string{"Brussels"})
	add(MonthDate(1992, 3), "Qian Qichen visited İstanbul and Straße 5.", []string{"Qian Qichen"}, []string{"İstanbul"})
	add(DecadeDate(1980), "Relations grew, ΣΊΣΥΦΟΣ said; 3 K colder; ﬃ office.", nil, nil)
	add(CenturyDate(18), "Belgian missionaries travelled.", []string{"Étienne Davignon", "De Croo"}, nil)
	add(YearDate(-44), "Caesar died in 44 BC.", []string{"Julius Caesar"}, []string{"Rome"})
	add(Between(YearDate(1912), YearDate(2008)), "Qian Xiuling (1912–2008) saved 100 people.", []string{"Qian Xiuling"}, nil)
	add(DayDate(2023, 12, 1), "De Croo called China hostile.\n\tTabs and\u00a0spaces.", []string{"Alexander De Croo", "Frank Creyelman"}, []string{"China"})
	add(YearDate(0), "", nil, nil)
	tl.Sort()
	tl.BuildEntities()
	return tl
}

// FuzzQuery: any query text, people, places and years filter without
// panicking, keep indices in timeline order, and Refine over an earlier
// result equals Apply whenever Narrows says so (typing more text narrows).
func FuzzQuery(f *testing.F) {
	f.Add("visit", "ed bru", "zhu", "", int16(1900), int16(2000), true)
	f.Add("İ", "stanbul", "", "İstanbul", int16(0), int16(0), false)
	f.Add("ss", "", "qian,", "", int16(-100), int16(100), true)
	f.Add("\xff", "\x00", ",,", "\u202e", int16(2000), int16(1000), true)
	f.Add("k", "elvin ς", "de croo", "china", int16(1), int16(1), false)
	tl := fuzzTimeline()
	f.Fuzz(func(t *testing.T, text, more, people, places string, from, to int16, hasYears bool) {
		q := Query{Text: text, HasYears: hasYears, Years: YearRange{int(from), int(to)}}
		if people != "" {
			q.People = strings.Split(people, ",")
		}
		if places != "" {
			q.Places = strings.Split(places, ",")
		}
		got := q.Apply(tl)
		if !slices.IsSorted(got) || slices.ContainsFunc(got, func(i int) bool { return i < 0 || i >= len(tl.Events) }) {
			t.Fatalf("Apply = %v: not indices in order", got)
		}
		if q.IsEmpty() && len(got) != len(tl.Events) {
			t.Fatalf("an empty query kept %d of %d", len(got), len(tl.Events))
		}
		for _, next := range []Query{withText(q, text+more), withText(q, more), withText(q, text+" "+more)} {
			if !next.Narrows(q) {
				continue
			}
			want := next.Apply(tl)
			if refined := next.Refine(NewIndex(tl), got); !slices.Equal(refined, want) {
				t.Fatalf("%q after %q: Refine = %v, Apply = %v", next.Text, q.Text, refined, want)
			}
		}
	})
}

func withText(q Query, text string) Query {
	q.Text = text
	return q
}
