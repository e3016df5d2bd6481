package model

import (
	"runtime"
	"sync"
)

// The model fans its large loops (filtering a million events, indexing
// their entities, copying merged runs into place) out over the cores with
// these three, on the standard library alone: model imports nothing of
// annals, so the project's fan-out helper (internal/par) is not at hand.

// partsOf is how many parts n items are cut into when each part should hold
// at least minPer of them: one a core at most, and 1 for a small input.
func partsOf(n, minPer int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/max(minPer, 1)))
}

// boundsOf is the range [lo, hi) of [0, n) that part k of parts holds.
func boundsOf(n, parts, k int) (lo, hi int) { return n * k / parts, n * (k + 1) / parts }

// runParts calls fn(k) for each part k of parts, at once, and returns when
// all have returned.
func runParts(parts int, fn func(k int)) {
	var wg sync.WaitGroup
	for k := 1; k < parts; k++ {
		wg.Go(func() { fn(k) })
	}
	if parts > 0 {
		fn(0) // on this goroutine, which would only wait otherwise
	}
	wg.Wait()
}
