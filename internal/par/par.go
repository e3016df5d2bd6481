// Package par runs work over parts of an input on every core: the one
// fan-out that the loader, the sanitiser, the model and the exporters share,
// so that each says only how much work is worth a core of its own.
package par

import (
	"runtime"
	"sync"
)

// Parts is how many parts n items are cut into when a part should hold at
// least minPer of them: one per core at most, and 1 for a small input.
func Parts(n, minPer int) int {
	if minPer < 1 {
		minPer = 1
	}
	return max(1, min(runtime.GOMAXPROCS(0), n/minPer))
}

// Bounds is where part k of parts holds items of [0, n): [lo, hi).
func Bounds(n, parts, k int) (lo, hi int) {
	return n * k / parts, n * (k + 1) / parts
}

// Do runs fn(k) for k in [0, parts), each on a goroutine of its own unless
// there is only one, and returns when all have.
func Do(parts int, fn func(k int)) {
	if parts <= 1 {
		if parts == 1 {
			fn(0)
		}
		return
	}
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() { fn(k) })
	}
	wg.Wait()
}

// Ranges cuts [0, n) into Parts(n, minPer) ranges and runs fn on each, in
// parallel; it returns the number of parts, so callers can size per-part
// results before (with Parts) and join them after.
func Ranges(n, minPer int, fn func(k, lo, hi int)) int {
	parts := Parts(n, minPer)
	Do(parts, func(k int) {
		lo, hi := Bounds(n, parts, k)
		fn(k, lo, hi)
	})
	return parts
}
