package model

import (
	"cmp"
	"math"
	"slices"
	"sort"
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
	return mergeOrder(runs, n, partsOf(n, mergePart))
}

// mergePart is the fewest places MergeOrder gives a core: each place reads
// an event the chunks left far apart in memory, so a large merge waits on
// memory more than it computes, and two cores wait half as long.
const mergePart = 16384

// mergeOrder is MergeOrder in parts merged at once: the runs are cut where
// the parts of the timeline they make start (cutsAt), and each part merges
// its slices of the runs into its own range of the order. One part is the
// plain merge, which the others must match (order_test.go).
func mergeOrder(runs []SortedRun, n, parts int) []RunPlace {
	order := make([]RunPlace, n)
	cuts := make([][]int, parts+1) // cuts[p][k]: where part p starts in run k
	cuts[0] = make([]int, len(runs))
	cuts[parts] = make([]int, len(runs))
	for k, r := range runs {
		cuts[parts][k] = len(r.order)
	}
	if parts > 1 {
		copy(cuts[1:parts], cutsAt(runs, n, parts))
	}
	runParts(parts, func(p int) {
		mergeRange(runs, cuts[p], cuts[p+1], order[sumInts(cuts[p]):])
	})
	return order
}

// mergeRange merges runs[k].order[from[k]:to[k]] of every run k into out,
// ties to the run that comes first. The runs' next events play a
// tournament (a tree of losers): each place then costs a comparison a
// level of the tree, four for the sixteen chunks of a 20 MB article, where
// looking through every run's next event cost sixteen.
func mergeRange(runs []SortedRun, from, to []int, out []RunPlace) {
	next := slices.Clone(from)           // the next place of each run
	heads := make([]orderKey, len(runs)) // the key of each run's next event
	head := func(k int) {
		if i := next[k]; i < to[k] {
			heads[k] = runs[k].key(i)
		}
	}
	for k := range runs {
		head(k)
	}
	// before says that run a's next event comes before run b's; a run
	// that is done (or past the runs, padding the tree) comes after all.
	before := func(a, b int) bool {
		switch {
		case a >= len(runs) || next[a] == to[a]:
			return false
		case b >= len(runs) || next[b] == to[b]:
			return true
		}
		if c := compareOrder(heads[a], heads[b]); c != 0 {
			return c < 0
		}
		return a < b
	}
	size := 1
	for size < len(runs) {
		size *= 2
	}
	// losers[node] is the run that lost the match at node (1 to size-1);
	// the leaves size to 2*size-1 are the runs, and the winner of the whole
	// is the next place. A match is replayed from the winner's leaf up.
	losers := make([]int, size)
	winners := make([]int, 2*size)
	for k := range size {
		winners[size+k] = k
	}
	for node := size - 1; node >= 1; node-- {
		a, b := winners[2*node], winners[2*node+1]
		if before(b, a) {
			a, b = b, a
		}
		winners[node], losers[node] = a, b
	}
	w := winners[1]
	for i := range sumInts(to) - sumInts(from) {
		out[i] = RunPlace{int32(w), runs[w].order[next[w]]}
		next[w]++
		head(w)
		for node := (size + w) / 2; node >= 1; node /= 2 {
			if before(losers[node], w) {
				losers[node], w = w, losers[node]
			}
		}
	}
}

// key is the order key of the event at place i of the run's order.
func (r SortedRun) key(i int) orderKey { return keyOf(r.at(int(r.order[i])), 0) }

// cutsAt cuts the runs where each of parts-1 parts of their merge starts,
// near n/parts places apart. A cut is the places of each run that come
// before one event of them, the pivot, in the merged order; cuts made this
// way are nested, whatever the pivots, so each part is a range of the
// order. The pivot of a cut is, of the events at the same share of each
// run, the one whose rank is nearest the cut's share of n.
func cutsAt(runs []SortedRun, n, parts int) [][]int {
	var out [][]int
	for p := 1; p < parts; p++ {
		goal := n * p / parts
		var best []int
		bestRank := -1
		for k, r := range runs {
			if len(r.order) == 0 {
				continue
			}
			j := min(len(r.order)*p/parts, len(r.order)-1)
			c := placesBefore(runs, k, j)
			rank := sumInts(c)
			if best == nil || absInt(rank-goal) < absInt(bestRank-goal) {
				best, bestRank = c, rank
			}
		}
		out = append(out, best)
	}
	// Pivots chosen for different goals may come in any order; the cuts,
	// nested, are put in the order of their ranks.
	slices.SortStableFunc(out, func(a, b []int) int { return cmpInt(sumInts(a), sumInts(b)) })
	return out
}

// placesBefore is, for each run, how many of its places come before place j
// of run pr in the merged order: ties between runs go to the run that comes
// first, and within a run places keep their order.
func placesBefore(runs []SortedRun, pr, j int) []int {
	pivot := runs[pr].key(j)
	c := make([]int, len(runs))
	for k, r := range runs {
		switch {
		case k == pr:
			c[k] = j
		case k < pr: // its ties come first
			c[k] = sort.Search(len(r.order), func(i int) bool { return compareOrder(r.key(i), pivot) > 0 })
		default:
			c[k] = sort.Search(len(r.order), func(i int) bool { return compareOrder(r.key(i), pivot) >= 0 })
		}
	}
	return c
}

func sumInts(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return s
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
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
