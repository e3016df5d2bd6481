package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// limitOver sets a limit of 40 MiB, under the live heap, with the budget
// most, and returns the limit the watcher raises it to (within 5 s).
func limitOver(live []byte, most int64) int64 {
	const small = 40 << 20
	debug.SetMemoryLimit(small)
	raiseLimitWhenFull(small, most)
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) == small && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(live)
	return debug.SetMemoryLimit(-1)
}

// A collection that leaves more live than three quarters of the limit
// raises the limit to one and a half times the live heap, so that a heap denser than
// batchGC expected is not collected over and over; one well under it
// leaves the limit alone.
func TestMemoryLimitRisesWhenTheLiveHeapFillsIt(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	defer limitWatch.Store(0)
	live := make([]byte, 64<<20)
	if got := limitOver(live, 1<<40); got < int64(len(live))*3/2 {
		t.Errorf("limit %d MiB with %d MiB live", got>>20, len(live)>>20)
	}
	runtime.KeepAlive(live)
	live = nil
	raised := debug.SetMemoryLimit(-1)
	for range 3 {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got != raised {
		t.Errorf("limit moved from %d to %d MiB with little live", raised>>20, got>>20)
	}
}

// Past the budget, the limit rises to a quarter over the live heap, not by
// half of it: text whose live heap nears the peak issue 18 allows is
// collected more often instead.
func TestMemoryLimitStaysNearTheBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	defer limitWatch.Store(0)
	live := make([]byte, 64<<20)
	got := limitOver(live, 72<<20)
	if got < int64(len(live))*5/4 || got >= int64(len(live))*3/2 {
		t.Errorf("limit %d MiB with %d MiB live and a budget of 72 MiB", got>>20, len(live)>>20)
	}
	runtime.KeepAlive(live)
}
