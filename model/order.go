package model

import (
	"cmp"
	"slices"
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
func Collate(runs []SortedRun) []Event {
	n := 0
	firstID := make([]int, len(runs)) // the ID of each run's first event
	for k, r := range runs {
		firstID[k] = n + 1
		n += len(r.keys)
	}
	type place struct{ run, key int32 }
	order := make([]place, n)
	next := make([]int, len(runs)) // the next key of each run
	for i := range order {
		best := 0
		for k := 1; k < len(runs); k++ {
			if next[k] < len(runs[k].keys) && (next[best] == len(runs[best].keys) ||
				compareOrder(runs[k].keys[next[k]], runs[best].keys[next[best]]) < 0) {
				best = k
			}
		}
		order[i] = place{int32(best), int32(next[best])}
		next[best]++
	}
	out := make([]Event, n)
	parts := partsOf(n, collatePart)
	runParts(parts, func(k int) {
		lo, hi := boundsOf(n, parts, k)
		for i := lo; i < hi; i++ {
			p := order[i]
			key := runs[p.run].keys[p.key]
			out[i] = *runs[p.run].at(int(p.key))
			out[i].ID = firstID[p.run] + int(key.index)
		}
	})
	return out
}

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

// sortKeys sorts keys into timeline order, ties kept in the order of index.
func sortKeys(keys []orderKey) {
	slices.SortFunc(keys, func(a, b orderKey) int {
		if c := compareOrder(a, b); c != 0 {
			return c
		}
		return cmpInt(int(a.index), int(b.index))
	})
}

// dayKey orders calendar days as CalendarDay.Compare does. Months and days
// are in range in every date the parser makes; one out of range is clamped.
func dayKey(d CalendarDay) int64 {
	return int64(d.Year)<<9 | int64(min(max(d.Month, 0), 15))<<5 | int64(min(max(d.Day, 0), 31))
}
