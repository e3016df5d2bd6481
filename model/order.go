package model

import (
	"cmp"
	"math"
	"slices"
)

// Timeline order, for sorting many events fast: each event is read once
// into a small key, the keys are sorted, and the events are moved after.
// Sort orders a whole timeline this way; SortRun and MergeOrder let a
// producer of events in runs (the parser, which reads a large article in
// chunks on every core) sort each run's keys where it was made and merge
// the runs' orders after, placing the events as it likes.

// SortedRun is the timeline order of a run of events, made by SortRun: the
// places of its events in order of appearance, in timeline order, and how
// to read them. It keeps no sort keys: MergeOrder reads each event's again
// as it comes to it, and a run of a chunk of a large article kept its
// keys (32 bytes an event) until all the chunks were merged.
type SortedRun struct {
	order []int32
	at    func(i int) *Event
}

// Len is the number of events in the run.
func (r SortedRun) Len() int { return len(r.order) }

// SortRun orders the n events of a run, at(0) to at(n-1) in order of
// appearance in one source; the events are read, not moved, and must not
// change in what orders them (date, offset) before MergeOrder reads them.
func SortRun(n int, at func(i int) *Event) SortedRun {
	return SortedRun{timelineOrder(n, func(i int) orderKey { return keyOf(at(i), i) }), at}
}

// RunPlace is where the event at one place of a timeline comes from: the
// Index-th event, in order of appearance, of run Run.
type RunPlace struct{ Run, Index int32 }

// MergeOrder merges the orders of runs of one source, consecutive parts of
// it, into the order of the timeline they make: the i-th event of the
// timeline is the one the i-th place names. Events that tie keep the order
// of the runs, as one sort of all the events would. Numbering the events
// in order of appearance, the event at RunPlace p has the ID of the runs
// before p.Run's events, plus p.Index, plus 1.
func MergeOrder(runs []SortedRun) []RunPlace {
	n := 0
	for _, r := range runs {
		n += len(r.order)
	}
	order := make([]RunPlace, n)
	next := make([]int, len(runs))       // the next place of each run
	heads := make([]orderKey, len(runs)) // the key of each run's next event
	head := func(k int) {
		if i := next[k]; i < len(runs[k].order) {
			heads[k] = keyOf(runs[k].at(int(runs[k].order[i])), 0)
		}
	}
	for k := range runs {
		head(k)
	}
	for i := range order {
		best := 0
		for k := 1; k < len(runs); k++ {
			if next[k] < len(runs[k].order) && (next[best] == len(runs[best].order) ||
				compareOrder(heads[k], heads[best]) < 0) {
				best = k
			}
		}
		order[i] = RunPlace{int32(best), runs[best].order[next[best]]}
		next[best]++
		head(best)
	}
	return order
}

// moveInOrder moves events into timeline order, in place: the event at
// place order[i] goes to place i, and at(i) is the event at place i. It
// follows the permutation's cycles, so no second copy of a million events
// is made.
func moveInOrder(order []int32, at func(i int) *Event) {
	from := slices.Clone(order) // where the event for place i is now; -1 once moved
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
// among those being sorted. It is 32 bytes: Sort holds one for every event
// of a timeline merged from several sources.
type orderKey struct {
	start, end int64 // dayKey of the date's first and last day
	offset     int32 // the event's Offset, cut at 2 GiB (past it, ties keep the order the events are in)
	source     int32 // rank of the event's Source among those being sorted
	index      int32
	precision  Precision
}

// keyOf is the order key of event e at position index. Keys made this way
// order events of one source; Sort ranks the sources of a merged timeline.
func keyOf(e *Event, index int) orderKey {
	return orderKey{
		start: dayKey(e.Date.Start), end: dayKey(e.Date.End), offset: int32(min(e.Offset, math.MaxInt32)),
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
	return cmp.Compare(a.offset, b.offset)
}

// dayKey orders calendar days as CalendarDay.Compare does. Months and days
// are in range in every date the parser makes; one out of range is clamped.
func dayKey(d CalendarDay) int64 {
	return int64(d.Year)<<9 | int64(min(max(d.Month, 0), 15))<<5 | int64(min(max(d.Day, 0), 31))
}
