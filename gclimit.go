package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// The memory limit batchGC sets fits ordinary prose, whose live heap stays
// well under 4 bytes per input byte. Text dense with dates (an event every
// few bytes: "1991 1991 …", "In 1991 it rained." repeated) keeps more live
// than that, and a heap that cannot get under its limit is collected over
// and over: CPU time that grows faster than the input (5x from 4 to 16 MB).
// raiseLimitWhenFull watches each collection and, when one leaves the live
// heap over three quarters of the limit, raises the limit to one and a half
// times the live heap (and at least 32 MiB over it): collections then come
// once per half a live heap's worth of allocation, as under GOGC=50, and
// their cost stays linear. Half, not a whole heap more (GOGC=100), keeps the
// peak low for a few more collections. A limit past the budget (the peak
// issue 18 allows: 12 bytes per input byte, less what is not heap) is cut
// to it, or to a quarter over the live heap when that is more: text whose
// live heap nears the budget (a footnote every 30 bytes, each a reference
// of 240) is collected more often, not let grow past it.

// heapBudget is the most heap that input of size bytes may take: the 12
// bytes per input byte of issue 18's peak, less what is not heap (the
// binary, the runtime, stacks: some 16 MiB at any size, twice over for a
// margin). A heap whose live part is under the budget grows to it before
// it is collected, so the budget is the peak of dense text.
func heapBudget(size int64) int64 { return 12*size - 32<<20 }

// limitWatch is the limit the watcher works with; 0 stops it. budget is
// the most it raises the limit to while a quarter of headroom fits.
var limitWatch, budget atomic.Int64

// raiseLimitWhenFull starts watching the collections for a memory limit.
func raiseLimitWhenFull(limit, most int64) {
	budget.Store(most)
	if limitWatch.Swap(limit) == 0 {
		armGCWatch()
	}
}

// gcSentinel is garbage at once: its finalizer runs after the next
// collection, checks the heap and arms the next one.
type gcSentinel struct{ _ [32]byte }

func armGCWatch() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		if checkLimit() {
			armGCWatch()
		}
	})
}

var liveHeap = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// checkLimit raises the limit when the heap is too full for it, and reports
// whether to go on watching.
func checkLimit() bool {
	limit := limitWatch.Load()
	if limit == 0 {
		return false
	}
	metrics.Read(liveHeap)
	if liveHeap[0].Value.Kind() != metrics.KindUint64 {
		return false
	}
	if live := int64(liveHeap[0].Value.Uint64()); live > limit/4*3 {
		next := live + max(live/2, 32<<20)
		if most := budget.Load(); next > most {
			next = max(most, live+live/4)
		}
		if next > limit {
			limitWatch.Store(next)
			debug.SetMemoryLimit(next)
		}
	}
	return true
}
