package parse

import (
	"github.com/annals-tui/annals/internal/par"
	"github.com/annals-tui/annals/internal/swar"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
	"math/bits"
)

// The events of all chunks are written into one array, each chunk into a
// region of its own, and mergeInPlace puts them in timeline order there
// by moving them within it: the timeline's slice is that array. Copying
// them out of each chunk's blocks into a new slice touched as much fresh
// memory again as the events themselves take (19 MB in a 20 MB export, and
// the one garbage collection the export could not avoid). Memory is only
// touched where an event is written: the part of a region no event fills
// costs address space, not memory.

// slotBytes is how many bytes of text a region holds a slot for. Prose
// states about one event in 270 bytes. A chunk denser in dates (a list of
// them, a chronology) is given a slot for each year it names that differs
// from the year before it (yearChanges), up to one for every
// denseSlotBytes: each event it states then has a slot, and the merge
// moves them within the array. Past that, a chunk spills into blocks of
// its own (eventList), which the merge copies from: a second copy of the
// events, the peak of a text that dense. A year that repeats the one
// before it gets no slot of its own, as its sentence mostly folds into
// the one before (repeats.go): "In 1991 it rained." a million times is one
// event, and a slot for each would be address space the collector counts
// as heap.
const (
	slotBytes      = 192
	denseSlotBytes = 32
)

// arena is the one array, where each chunk's region starts in it, and how
// many of its slots each chunk filled.
type arena struct {
	all    []model.Event
	starts []int
	used   []int
}

// newArena gives each chunk a region sized by its text and its dates.
func newArena(blocks []markup.Block, chunks []chunk) *arena {
	a := &arena{starts: make([]int, len(chunks)), used: make([]int, len(chunks))}
	slots := make([]int, len(chunks))
	par.Ranges(len(chunks), 1, func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			bytes, years, last := 0, 0, -1
			for _, b := range blocks[chunks[k].from:chunks[k].to] {
				bytes += len(b.Text)
				years, last = yearChanges(b.Text, years, last)
			}
			slots[k] = max(bytes/slotBytes, min(years, bytes/denseSlotBytes)) + 64
		}
	})
	total := 0
	for k, n := range slots {
		a.starts[k] = total
		total += n
	}
	a.all = make([]model.Event, total)
	return a
}

// yearChanges counts the runs of three or four digits in s (a number
// standing alone, as a year does) up to maxYear whose value differs from
// the run before it, on from count and last (the value of the run before s; -1: none), and
// returns the new count and last. It skips sixteen bytes at a time where
// there is no digit, and goes straight to the first digit of eight bytes
// that hold one: prose has a digit every few dozen bytes, and the byte
// before each was the loop's most common turn.
func yearChanges(s string, count, last int) (int, int) {
	for i := 0; i < len(s); {
		if i+16 <= len(s) && digitFlags(swar.Load(s, i))|digitFlags(swar.Load(s, i+8)) == 0 {
			i += 16
			continue
		}
		if i+8 <= len(s) {
			if d := digitFlags(swar.Load(s, i)); d == 0 {
				i += 8
				continue
			} else {
				i += bits.TrailingZeros64(d) / 8
			}
		}
		if c := s[i]; c < '0' || c > '9' {
			i++
			continue
		}
		j, v := i, 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if j-i < 5 {
				v = v*10 + int(s[j]-'0')
			}
			j++
		}
		if n := j - i; (n == 3 || n == 4) && v <= maxYear && (i == 0 || !isASCIILetter(s[i-1])) && (j == len(s) || !isASCIILetter(s[j])) {
			if v != last {
				count++
			}
			last = v
		}
		i = j
	}
	return count, last
}

// digitFlags flags the ASCII digits of w.
func digitFlags(w uint64) uint64 { return swar.In(w&^swar.High, '0', '9') &^ w }

// maxYear is the latest year a number alone is read as (forms_points.go,
// eu_read.go, zh_point.go): a later one makes no event, and no slot.
const maxYear = 2100

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// region is chunk k's part of the array, empty and ready to append to.
func (a *arena) region(k int) []model.Event {
	end := len(a.all)
	if k+1 < len(a.starts) {
		end = a.starts[k+1]
	}
	return a.all[a.starts[k]:a.starts[k]:end]
}

// slotOf is the slot of the arena that holds the event p names, or -1 when
// its chunk keeps it in a block of its own, past its region.
func (a *arena) slotOf(p model.RunPlace) int {
	if int(p.Index) < a.used[p.Run] {
		return a.starts[p.Run] + int(p.Index)
	}
	return -1
}

// mergeInPlace moves the events into timeline order at the start of the
// array, numbering them in order of appearance, and returns that part of
// it. order[i] names the event that goes to place i.
//
// Each place is filled once. A place whose slot holds no event still
// wanted is filled first, from wherever its event is; the slot that event
// leaves is then free to fill in turn, until the chain reaches a slot no
// place is (past the events, a region's unused end, a chunk's own block).
// The chains are disjoint, and shared out to the cores. What is left are
// cycles, which one held event closes.
func (a *arena) mergeInPlace(parts []sortedEvents, order []model.RunPlace, firstID []int) []model.Event {
	n := len(order)
	src := make([]int32, n) // the slot the event of place i is in now, or -1
	wanted := make([]bool, n)
	for i, p := range order {
		s := a.slotOf(p)
		src[i] = int32(s)
		if s >= 0 && s < n {
			wanted[s] = true
		}
	}
	done := make([]bool, n)
	fill := func(i int, e *model.Event) {
		p := order[i]
		a.all[i] = *e
		a.all[i].ID = firstID[p.Run] + int(p.Index)
		done[i] = true
	}
	eventOf := func(i int) *model.Event { return parts[order[i].Run].events.at(int(order[i].Index)) }
	var starts []int
	for h := range n {
		if !wanted[h] {
			starts = append(starts, h)
		}
	}
	par.Ranges(len(starts), chainsPerCore, func(_, lo, hi int) {
		for _, h := range starts[lo:hi] {
			for cur := h; ; {
				fill(cur, eventOf(cur))
				s := int(src[cur])
				if s < 0 || s >= n || done[s] {
					break
				}
				cur = s
			}
		}
	})
	for i := range n {
		if done[i] {
			continue
		}
		held := a.all[i]
		for cur := i; ; {
			if int(src[cur]) == i {
				fill(cur, &held)
				break
			}
			fill(cur, eventOf(cur))
			cur = int(src[cur])
		}
	}
	// The slots past the events that held events hold copies of events
	// now in place: they keep nothing alive that the timeline does not.
	return a.all[:n:n]
}

// chainsPerCore is the fewest chains mergeInPlace follows on a core of its own.
const chainsPerCore = 4096
