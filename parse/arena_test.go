package parse

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/annals-tui/annals/model"
)

// randomParts makes chunks of events with dates drawn from a few years, so
// that many tie, in regions of an arena whose sizes leave some chunks short
// (their last events go to blocks of their own) and some with room to
// spare. It returns the chunks twice: in the arena, and in blocks alone
// (the plain copying merge, the oracle).
func randomParts(r *rand.Rand, chunks, scale int) (*arena, []sortedEvents, []sortedEvents) {
	a := &arena{starts: make([]int, chunks), used: make([]int, chunks)}
	sizes := make([]int, chunks)
	counts := make([]int, chunks)
	total := 0
	for k := range chunks {
		a.starts[k] = total
		sizes[k] = scale * r.IntN(70)
		counts[k] = scale * r.IntN(50)
		total += sizes[k]
	}
	a.all = make([]model.Event, total)
	inArena := make([]sortedEvents, chunks)
	plain := make([]sortedEvents, chunks)
	offset := 0
	for k := range chunks {
		l := eventList{region: a.region(k)}
		var p eventList
		for i := range counts[k] {
			e := model.Event{Date: model.YearDate(1990 + r.IntN(4)), Offset: offset, Text: fmt.Sprintf("chunk %d event %d", k, i)}
			offset += r.IntN(2) // ties in offset too
			l.add(e, false)
			p.add(e, false)
		}
		a.used[k] = len(l.region)
		inArena[k], plain[k] = sortEvents(l), sortEvents(p)
	}
	return a, inArena, plain
}

func TestMergeInPlaceMatchesCopyingMerge(t *testing.T) {
	for seed := range uint64(500) {
		r := rand.New(rand.NewPCG(seed, 7))
		scale := 1
		if seed%100 == 0 {
			scale = 500 // enough chains to share out to every core
		}
		a, inArena, plain := randomParts(r, 1+r.IntN(6), scale)
		want := mergeSorted(plain, nil)
		got := mergeSorted(inArena, a)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: in place %d events, copied %d; first difference at %d", seed, len(got), len(want), firstDiff(got, want))
		}
	}
}

func firstDiff(a, b []model.Event) int {
	for i := range min(len(a), len(b)) {
		if !reflect.DeepEqual(a[i], b[i]) {
			return i
		}
	}
	return min(len(a), len(b))
}
