package export

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/annals-tui/annals/model"
)

// benchTimeline is a synthetic timeline of 100,000 events, built once and
// shared by the benchmarks.
var benchTimeline = sync.OnceValue(func() *model.Timeline { return syntheticTimeline(100_000) })

// syntheticTimeline is a timeline of n events shaped like a large real
// export: sorted dates at every precision, sentences of 100 to 300 bytes with
// accents, CJK, typographic quotes and the odd escaped quote, lists of people
// and places, citations, two sources' references and the entities of the
// events.
func syntheticTimeline(n int) *model.Timeline {
	rng := rand.New(rand.NewPCG(7, 3))
	people := []string{"Zhu Rongji", "Étienne Davignon", "Qian Qichen", "Hélène Michel", "Xi Jinping", "Guy Verhofstadt",
		"Sophie Wilmès", "Li Keqiang", "Jean-Luc Dehaene", "Paul \"Polo\" Magnette", "周恩来", "Karel De Gucht"}
	places := []string{"Brussels", "Beijing", "Zürich", "Liège", "Antwerp", "Hong Kong", "Genève", "上海", "Zeebrugge"}
	orgs := []string{"EU", "United Nations", "Société Générale", "Huawei", "NATO"}
	vocab := strings.Fields(`the minister visited and signed a treaty on trade investment port railway security
		human rights embassy consulate delegation parliament resolution sanctions cooperation agreement
		university students culture panda zoo exhibition economic mission “relations” diplomatic
		recognition — were established after talks between both governments during official state visit
		(1912–2008) 'quoted' "said" 中文 Zürich Liège & <b>`)
	pick := func(pool []string) []string {
		out := make([]string, rng.IntN(4))
		for k := range out {
			out[k] = pool[rng.IntN(len(pool))]
		}
		return out
	}
	t := &model.Timeline{Title: "Bench “relations”", Source: "bench.txt, bench.wiki", Events: make([]model.Event, n)}
	var b strings.Builder
	for i := range t.Events {
		y := 1800 + rng.IntN(226)
		var d model.Date
		switch rng.IntN(6) {
		case 0:
			d = model.DayDate(y, 1+rng.IntN(12), 1+rng.IntN(28))
		case 1:
			d = model.MonthDate(y, 1+rng.IntN(12))
		case 2:
			d = model.DecadeDate(y - y%10)
		case 3:
			d = model.Between(model.YearDate(y), model.YearDate(y+rng.IntN(60)))
		default:
			d = model.YearDate(y)
		}
		e := model.Event{ID: i + 1, Date: d, People: pick(people), Places: pick(places), Orgs: pick(orgs),
			Section: vocab[rng.IntN(len(vocab))], Offset: i * 211, Source: []string{"bench.txt", "bench.wiki"}[i%2]}
		b.Reset()
		for _, p := range e.People {
			b.WriteString(p + " ")
		}
		for target := 100 + rng.IntN(201); b.Len() < target; {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "in %d.", y)
		e.Text = b.String()
		e.Summary = e.Text[:strings.LastIndexByte(e.Text[:min(len(e.Text), 60)], ' ')]
		for range rng.IntN(3) {
			e.Citations = append(e.Citations, 1+rng.IntN(400))
		}
		t.Events[i] = e
	}
	for _, src := range []string{"bench.txt", "bench.wiki"} {
		for n := 1; n <= 400; n++ {
			c := &model.Citation{Title: fmt.Sprintf("Report “%d” on <trade> & ties", n),
				URL: fmt.Sprintf("https://example.org/r?n=%d&src=%s", n, src), Publisher: "Ministère des Affaires étrangères",
				Date: "2001-05-04", AccessDate: "2020-01-01"}
			t.References = append(t.References, model.Reference{N: n, Source: src, Cite: c})
		}
	}
	t.Sort()
	t.BuildEntities()
	return t
}

// BenchmarkWriteJSON writes the whole synthetic timeline as JSON.
func BenchmarkWriteJSON(b *testing.B) {
	t := benchTimeline()
	idx := all(t)
	var size countWriter
	if err := WriteJSON(&size, t, idx); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := WriteJSON(io.Discard, t, idx); err != nil {
			b.Fatal(err)
		}
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
