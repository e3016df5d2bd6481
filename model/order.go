package model

import (
	"cmp"
)

// Timeline order, for sorting many events fast: each event is read once
// into a small key, the keys are sorted, and the events are moved after.
// Sort orders a whole timeline this way; SortRun and Collate let a producer
// of events in runs (the parser, which reads a large article in chunks on
// every core) sort each run where it was made and merge the runs after.

// SortedRun is a run of events put in timeline order by SortRun, with what
// Collate needs to merge it with other runs.
type SortedRun struct {
	at   func(i int) *Event // the event at place i of the run
	keys []orderKey         // keys[i]: the key of at(i); its index, the event's place in order of appearance
}

// SortRun puts the n events of a run, at(0) to at(n-1) in order of
// appearance in one source, into timeline order in place. The caller keeps
// the events where it likes (at names the event at place i); the run must
// not change until Collate has read it.
func SortRun(n int, at func(i int) *Event) SortedRun {
	keys := make([]orderKey, n)
	for i := range keys {
		keys[i] = keyOf(at(i), i)
	}
	sortKeys(keys)
	moveInOrder(keys, at)
	return SortedRun{at, keys}
}

// Collate merges sorted runs of one source into one slice in timeline
// order, the runs being consecutive parts of the source: events that tie
// keep the order of the runs, as one sort of all the events would, and IDs
// number the events in order of appearance from 1. The order is merged
// first, from the small keys; the large events are then copied into place
// on every core.
func Collate(runs []SortedRun) []Event { return CollateIn(runs, nil, nil) }

// CollateIn is Collate for runs whose events a producer wrote into one
// array, dst, each run into a region of its own: the events are moved into
// timeline order at the start of dst, which the result is, instead of being
// copied into a new slice, which would touch as much fresh memory again as
// the events take. slot(r, j) is where in dst the j-th event of run r in
// timeline order is, or -1 when it is not in dst (a run that outgrew its
// region). When dst cannot hold every event, CollateIn copies as Collate.
func CollateIn(runs []SortedRun, dst []Event, slot func(run, j int) int) []Event {
	n := 0
	firstID := make([]int, len(runs)) // the ID of each run's first event
	for k, r := range runs {
		firstID[k] = n + 1
		n += len(r.keys)
	}
	order := mergeOrder(runs, n)
	fill := func(out []Event, i int, e *Event) {
		p := order[i]
		out[i] = *e
		out[i].ID = firstID[p.run] + int(runs[p.run].keys[p.key].index)
	}
	eventOf := func(i int) *Event { p := order[i]; return runs[p.run].at(int(p.key)) }
	if slot != nil && n <= len(dst) {
		return moveInPlace(dst, order, func(i int) int { p := order[i]; return slot(int(p.run), int(p.key)) }, eventOf, fill)
	}
	out := make([]Event, n)
	parts := partsOf(n, collatePart)
	runParts(parts, func(k int) {
		lo, hi := boundsOf(n, parts, k)
		for i := lo; i < hi; i++ {
			fill(out, i, eventOf(i))
		}
	})
	return out
}

// runPlace names an event of sorted runs: the key-th of run run.
type runPlace struct{ run, key int32 }

// mergeOrder merges the runs' keys: the i-th place of the result names the
// event that goes i-th in timeline order.
func mergeOrder(runs []SortedRun, n int) []runPlace {
	order := make([]runPlace, n)
	next := make([]int, len(runs)) // the next key of each run
	for i := range order {
		best := 0
		for k := 1; k < len(runs); k++ {
			if next[k] < len(runs[k].keys) && (next[best] == len(runs[best].keys) ||
				compareOrder(runs[k].keys[next[k]], runs[best].keys[next[best]]) < 0) {
				best = k
			}
		}
		order[i] = runPlace{int32(best), int32(next[best])}
		next[best]++
	}
	return order
}

// moveInPlace fills dst[0:len(order)] in timeline order from events that
// are, for the most part, elsewhere in dst: srcOf(i) is the slot of the
// event of place i, or -1 when it is outside dst (eventOf(i) finds it
// either way).
//
// Each place is filled once. A place whose slot holds no event still wanted
// is filled first; the slot its event leaves is then free to fill in turn,
// until the chain reaches a slot no place is (past the events, the unused
// end of a region, outside dst). What is left are cycles, which one held
// event closes, as moveInOrder does.
func moveInPlace(dst []Event, order []runPlace, srcOf func(i int) int, eventOf func(i int) *Event, fill func(out []Event, i int, e *Event)) []Event {
	n := len(order)
	src := make([]int32, n)
	wanted := make([]bool, n)
	for i := range order {
		s := srcOf(i)
		src[i] = int32(s)
		if s >= 0 && s < n {
			wanted[s] = true
		}
	}
	// The chains that start at a place no event leaves are disjoint: they
	// are shared out to the cores. The cycles are few; one core closes them.
	done := make([]bool, n)
	var starts []int
	for h := range n {
		if !wanted[h] {
			starts = append(starts, h)
		}
	}
	parts := partsOf(len(starts), inPlacePart)
	runParts(parts, func(k int) {
		lo, hi := boundsOf(len(starts), parts, k)
		for _, h := range starts[lo:hi] {
			for cur := h; ; {
				fill(dst, cur, eventOf(cur))
				done[cur] = true
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
		held := dst[i]
		for cur := i; ; {
			done[cur] = true
			if int(src[cur]) == i {
				fill(dst, cur, &held)
				break
			}
			fill(dst, cur, eventOf(cur))
			cur = int(src[cur])
		}
	}
	// Slots past the events that held events hold copies of events now in
	// place: they keep nothing alive that the timeline does not.
	return dst[:n:n]
}

// inPlacePart is the fewest chains moveInPlace follows on a core of its own.
const inPlacePart = 4096

// collatePart is the fewest events Collate copies on a core of its own.
const collatePart = 10000

// moveInOrder moves events into the order of their sorted keys, in place:
// the event keys[i].index names goes to place i, and at(i) is the event at
// place i. It follows the permutation's cycles, so no second copy of a
// million events is made.
func moveInOrder(keys []orderKey, at func(i int) *Event) {
	from := make([]int32, len(keys)) // where the event for place i is now
	for i := range keys {
		from[i] = keys[i].index
	}
	for i := range from {
		if from[i] < 0 {
			continue
		}
		held := *at(i)
		j := i
		for {
			next := int(from[j])
			from[j] = -1
			if next == i {
				*at(j) = held
				break
			}
			*at(j) = *at(next)
			j = next
		}
	}
}

// orderKey is what timeline order reads of one event, for sorting many
// events without reaching into each of them. index is the event's position
// among those being sorted.
type orderKey struct {
	start, end int64 // dayKey of the date's first and last day
	offset     int
	source     int32 // rank of the event's Source among those being sorted
	index      int32
	precision  Precision
}

// keyOf is the order key of event e at position index. Keys made this way
// order events of one source; Sort ranks the sources of a merged timeline.
func keyOf(e *Event, index int) orderKey {
	return orderKey{
		start: dayKey(e.Date.Start), end: dayKey(e.Date.End), offset: e.Offset,
		index: int32(index), precision: e.Date.Precision,
	}
}

// compareOrder is timeline order without the final tie-break on position:
// Date.Compare (start, then coarser precision first, then longer spans
// first), then source, then offset in the source.
func compareOrder(a, b orderKey) int {
	switch {
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	case a.precision != b.precision:
		return cmpInt(int(b.precision), int(a.precision))
	case a.end != b.end:
		return cmp.Compare(b.end, a.end)
	case a.source != b.source:
		return cmpInt(int(a.source), int(b.source))
	}
	return cmpInt(a.offset, b.offset)
}

// dayKey orders calendar days as CalendarDay.Compare does. Months and days
// are in range in every date the parser makes; one out of range is clamped.
func dayKey(d CalendarDay) int64 {
	return int64(d.Year)<<9 | int64(min(max(d.Month, 0), 15))<<5 | int64(min(max(d.Day, 0), 31))
}
