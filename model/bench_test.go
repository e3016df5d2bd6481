package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// timeline1M is a synthetic timeline of a million events: years from 1800 to
// 2025 at every precision, people drawn from a pool of about 2,000 names,
// and texts of 150 to 250 bytes. It is built once and shared by the benchmarks.
var timeline1M = sync.OnceValue(func() *Timeline {
	rng := rand.New(rand.NewPCG(6, 1))
	first := []string{"Guy", "Zhu", "Qian", "Xi", "Alexander", "Frank", "Étienne", "Marie", "Jean-Luc", "Wang",
		"Sophie", "Leo", "Li", "Hu", "Charles", "Anne", "Paul", "Elio", "Herman", "Karel",
		"Yves", "Didier", "Mark", "Chen", "Liu", "Hélène", "Pieter", "Jan", "Bart", "Zhou",
		"Annemie", "Kris", "Rik", "Koen", "Inge", "Hadja", "Tine", "Peter", "Wilfried", "Jozef"}
	last := []string{"Verhofstadt", "Rongji", "Qichen", "Jinping", "De Croo", "Creyelman", "Davignon", "Dehaene",
		"Michel", "Yi", "Wilmès", "Tindemans", "Keqiang", "Jintao", "Martens", "Van Rompuy", "Leterme", "Di Rupo",
		"Reynders", "Peeters", "Dewael", "Xiuling", "Enlai", "Xiaoping", "Jiabao", "Geens", "De Wever", "Van Gucht",
		"Vervotte", "Lahbib", "Gennez", "Daems", "Van Peteghem", "Dermagne", "Clarinval", "Dedonder", "Vandenbroucke",
		"Lalieux", "Kitir", "Ducarme", "Borsus", "Jambon", "Bourgeois", "Magnette", "Demotte", "Onkelinx", "Milquet",
		"Vande Lanotte"}
	pool := make([]string, 0, len(first)*len(last))
	for _, f := range first {
		for _, l := range last {
			pool = append(pool, f+" "+l)
		}
	}
	vocab := strings.Fields(`the minister visited Brussels and Beijing to sign a treaty on trade investment
		port railway security human rights Xinjiang Hong Kong embassy consulate delegation parliament
		resolution sanctions Antwerp Zeebrugge Huawei cooperation agreement university students culture
		panda zoo exhibition economic mission relations diplomatic recognition were established after talks
		between both governments during official state visit Zürich Genève Liège Société Générale`)
	t := &Timeline{Title: "bench", Events: make([]Event, 1_000_000)}
	var b strings.Builder
	for i := range t.Events {
		y := 1800 + rng.IntN(226)
		var d Date
		switch rng.IntN(6) {
		case 0:
			d = DayDate(y, 1+rng.IntN(12), 1+rng.IntN(28))
		case 1:
			d = MonthDate(y, 1+rng.IntN(12))
		case 2:
			d = DecadeDate(y)
		case 3:
			d = Between(YearDate(y), YearDate(y+rng.IntN(60)))
		default:
			d = YearDate(y)
		}
		people := make([]string, rng.IntN(4))
		for k := range people {
			people[k] = pool[rng.IntN(len(pool))]
		}
		b.Reset()
		target := 150 + rng.IntN(101)
		for _, p := range people {
			b.WriteString(p + " ")
		}
		for b.Len() < target {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "in %d.", y)
		text := b.String()
		t.Events[i] = Event{ID: i + 1, Date: d, Text: text, Summary: text[:min(len(text), 60)], People: people,
			Places: []string{vocab[rng.IntN(len(vocab))]}, Offset: i * 200}
	}
	t.Sort()
	return t
})

func benchQuery(b *testing.B, q Query) {
	idx := NewIndex(timeline1M()) // built once, as a browser does; benchmarked on its own
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(q.ApplyInto(nil, idx))
	}
	b.ReportMetric(float64(n), "events")
}

// BenchmarkFilter1M is what the TUI runs after a keystroke with every kind of
// filter on: a year range, a person and a word of text.
func BenchmarkFilter1M(b *testing.B) {
	benchQuery(b, Query{HasYears: true, Years: YearRange{1950, 2000}, People: []string{"De Croo"}, Text: "treaty"})
}

// BenchmarkApplyText1M searches the text of every event for two words.
func BenchmarkApplyText1M(b *testing.B) {
	benchQuery(b, Query{Text: "treaty zürich"})
}

// BenchmarkFirstText1M is a text query with no index kept: Apply builds
// one for the search, as a one-off `annals list --grep` does.
func BenchmarkFirstText1M(b *testing.B) {
	t := timeline1M()
	q := Query{Text: "treaty"}
	b.ReportAllocs()
	for b.Loop() {
		q.Apply(t)
	}
}

// BenchmarkRefine1M is one more character typed into the search box: the
// previous result filtered again.
func BenchmarkRefine1M(b *testing.B) {
	t := timeline1M()
	prev := Query{Text: "trea"}
	q := Query{Text: "treat"}
	idx := NewIndex(t)
	rows := prev.ApplyInto(nil, idx)
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(q.Refine(idx, rows))
	}
	b.ReportMetric(float64(len(rows)), "prev-events")
	b.ReportMetric(float64(n), "events")
}
