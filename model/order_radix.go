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

// radixEntry is a key's prefix and its place among the keys sorted.
type radixEntry struct {
	prefix uint64
	at     int32
}

// radixScratch keeps the radix sort's two arrays of entries from one sort
// to the next: the parser sorts each chunk of a large article on its own,
// one after another on each core, and the arrays each made anew stayed in
// memory until a collection (16 bytes an event, twice, for every chunk).
var radixScratch = sync.Pool{New: func() any { return new([]radixEntry) }}

// sortKeys sorts keys into timeline order, ties kept in the order of index.
func sortKeys(keys []orderKey) {
	if len(keys) < radixMin {
		sortKeysByCompare(keys)
		return
	}
	scratch := radixScratch.Get().(*[]radixEntry)
	defer radixScratch.Put(scratch)
	if cap(*scratch) < 2*len(keys) {
		*scratch = make([]radixEntry, 2*len(keys))
	}
	a, b := (*scratch)[:len(keys)], (*scratch)[len(keys):2*len(keys)]
	for i := range keys {
		a[i] = radixEntry{prefixOf(keys[i]), int32(i)}
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
		if c[byte(a[0].prefix>>(8*d))] == int32(len(a)) {
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
	// The keys are moved into the order of a in place, along the
	// permutation's cycles: a sorted copy of them was the largest thing a
	// chunk of a list of dates held while it sorted (40 bytes an event).
	for i := range a {
		if a[i].at < 0 {
			continue
		}
		held := keys[i]
		for j := i; ; {
			from := int(a[j].at)
			a[j].at = -1
			if from == i {
				keys[j] = held
				break
			}
			keys[j] = keys[from]
			j = from
		}
	}
	// Keys whose prefixes tie (the same day and precision, and spans the
	// packing cannot tell apart) are in order of index, as the sort is
	// stable; the comparison puts them in timeline order.
	for lo := 0; lo < len(a); {
		hi := lo + 1
		for hi < len(a) && a[hi].prefix == a[lo].prefix {
			hi++
		}
		if hi-lo > 1 {
			sortKeysByCompare(keys[lo:hi])
		}
		lo = hi
	}
}

// sortKeysByCompare is sortKeys by comparison: for few keys, for keys whose
// prefixes tie, and as the oracle of the radix sort.
func sortKeysByCompare(keys []orderKey) {
	slices.SortFunc(keys, func(a, b orderKey) int {
		if c := compareOrder(a, b); c != 0 {
			return c
		}
		return cmpInt(int(a.index), int(b.index))
	})
}
