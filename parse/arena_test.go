package parse

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
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

// A chronology (a year of its own every few dozen bytes) gets a slot for
// each event it states, so that its events are not copied a second time;
// the same sentence repeated, which folds into one event, gets only the
// slots its length gives.
func TestArenaSlotsFollowTheYearsThatChange(t *testing.T) {
	var dense, same []byte
	for i := 0; len(dense) < 1<<20; i++ {
		dense = fmt.Appendf(dense, "In %d the river rose over its banks. ", 1000+i%1000)
		same = append(same, "In 1991 it rained. "...)
	}
	for _, c := range []struct {
		name      string
		text      []byte
		spillFree bool
	}{{"dense", dense, true}, {"same", same, false}} {
		tl, err := Parse(c.text, Options{Source: "x", ChunkBytes: 64 << 10})
		if err != nil {
			t.Fatal(err)
		}
		doc := markup.ReadText(c.text)
		chunks := splitChunks(doc.Blocks, 2, 64<<10)
		a := newArena(doc.Blocks, chunks)
		if c.spillFree && len(a.all) < len(tl.Events) {
			t.Errorf("%s: %d slots for %d events: the rest are copied twice", c.name, len(a.all), len(tl.Events))
		}
		if most := len(c.text)/slotBytes + 64*len(chunks); !c.spillFree && len(a.all) > most {
			t.Errorf("%s: %d slots for %d events, over the %d its length gives", c.name, len(a.all), len(tl.Events), most)
		}
	}
}

// yearChanges, which skips eight bytes at a time, counts what a plain
// reading of every byte counts.
func TestYearChangesIsThePlainCount(t *testing.T) {
	plain := func(s string) int {
		count, last := 0, -1
		for i := 0; i < len(s); {
			if s[i] < '0' || s[i] > '9' {
				i++
				continue
			}
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if v, _ := strconv.Atoi(s[i:j]); (j-i == 3 || j-i == 4) && v <= maxYear && (i == 0 || !isASCIILetter(s[i-1])) && (j == len(s) || !isASCIILetter(s[j])) {
				if v != last {
					count++
				}
				last = v
			}
			i = j
		}
		return count
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		b := make([]byte, r.IntN(200))
		for i := range b {
			b[i] = " .ab129é0"[r.IntN(9)]
		}
		s := string(b)
		if got, _ := yearChanges(s, 0, -1); got != plain(s) {
			t.Fatalf("%q: %d, plain %d", s, got, plain(s))
		}
	}
	if got, _ := yearChanges("In 1991 and 1991, then 1992 (p. 12, 12345) and a1993 or 1994b, 1991年.", 0, -1); got != 3 {
		t.Errorf("got %d year changes, want 3 (1991, 1992, 1991)", got)
	}
}
