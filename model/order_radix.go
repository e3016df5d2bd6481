package model

import (
	"slices"
	"sync"
)

// Sorting order keys by radix. A comparison sort called a closure some
// thirteen times per key; the keys of one chunk of a large article (ten
// thousand) sort several times faster as unsigned prefixes, a byte at a
// time, with the comparison kept only for keys whose prefixes tie.

// prefixOf packs what timeline order reads first into 64 bits that sort
// the same way, or the same for keys the packing cannot tell apart (their
// order is then settled by compareOrder): the start day, then coarser
// precision first, then longer spans first.
func prefixOf(k orderKey) uint64 {
	start := uint64(min(max(k.start+1<<31, 0), 1<<32-1))
	precision := uint64(15 - min(int(k.precision), 15))
	span := uint64(min(max(k.end-k.start, 0), 1<<28-1))
	return start<<32 | precision<<28 | (1<<28 - 1 - span)
}

// radixMin is the fewest keys worth a radix sort: below it the comparison
// sort's fixed costs are lower.
const radixMin = 256

// timelineOrder is the timeline order of n events whose keys key gives:
// the indices of the keys in that order, ties in order of index. Only the
// prefixes are sorted and held, two arrays of 16 bytes an event; a key is
// read again for prefixes that tie. A chunk of a large article (one long
// paragraph is one chunk) held its keys, 32 bytes an event, and a sorted
// copy of them, as well.
func timelineOrder(n int, key func(i int) orderKey) []int32 {
	order := make([]int32, n)
	if n < radixMin {
		keys := make([]orderKey, n)
		for i := range keys {
			keys[i] = key(i)
		}
		sortKeysByCompare(keys)
		for i := range keys {
			order[i] = keys[i].index
		}
		return order
	}
	scratch := radixScratch.Get().(*[]radixEntry)
	defer radixScratch.Put(scratch)
	if cap(*scratch) < 2*n {
		*scratch = make([]radixEntry, 2*n)
	}
	ab := (*scratch)[:2*n] // the two arrays the passes move entries between
	a, b := ab[:n], ab[n:]
	for i := range a {
		a[i] = radixEntry{prefixOf(key(i)), int32(i)}
	}
	// One pass counts every byte position; a byte all prefixes share is
	// not sorted on.
	var counts [8][256]int32
	for _, e := range a {
		for d := range 8 {
			counts[d][byte(e.prefix>>(8*d))]++
		}
	}
	for d := range 8 {
		c := &counts[d]
		if c[byte(a[0].prefix>>(8*d))] == int32(n) {
			continue
		}
		var at int32
		for v := range c {
			at, c[v] = at+c[v], at
		}
		for _, e := range a {
			v := byte(e.prefix >> (8 * d))
			b[c[v]] = e
			c[v]++
		}
		a, b = b, a
	}
	// Keys whose prefixes tie (the same day and precision, and spans the
	// packing cannot tell apart) are in order of index, as the sort is
	// stable; the comparison puts them in timeline order.
	var tied []orderKey
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && a[hi].prefix == a[lo].prefix {
			hi++
		}
		if hi-lo == 1 {
			order[lo] = a[lo].at
		} else {
			tied = tied[:0]
			for _, e := range a[lo:hi] {
				tied = append(tied, key(int(e.at)))
			}
			sortKeysByCompare(tied)
			for j, k := range tied {
				order[lo+j] = k.index
			}
		}
		lo = hi
	}
	return order
}

type radixEntry struct {
	prefix uint64
	at     int32
}

// radixScratch keeps the radix sort's arrays from one sort to the next:
// the parser sorts each chunk of a large article on the core that read it,
// eight chunks a core, and each sort's 32 bytes an event were fresh memory
// (a page fault a hundred and twenty-eight events) thrown away after it.
var radixScratch = sync.Pool{New: func() any { return new([]radixEntry) }}

// sortKeysByCompare sorts keys into timeline order by comparison: for few
// keys, for keys whose prefixes tie, and as the oracle of the radix sort.
func sortKeysByCompare(keys []orderKey) {
	slices.SortFunc(keys, func(a, b orderKey) int {
		if c := compareOrder(a, b); c != 0 {
			return c
		}
		return cmpInt(int(a.index), int(b.index))
	})
}
