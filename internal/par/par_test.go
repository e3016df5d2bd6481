package par

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestRangesCoverEveryItemOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000, 12345} {
		seen := make([]atomic.Int32, n)
		Ranges(n, 10, func(_, lo, hi int) {
			for i := lo; i < hi; i++ {
				seen[i].Add(1)
			}
		})
		for i := range seen {
			if seen[i].Load() != 1 {
				t.Fatalf("n=%d: item %d seen %d times", n, i, seen[i].Load())
			}
		}
	}
}

func TestPartsKeepsSmallInputsOnOneCore(t *testing.T) {
	if got := Parts(99, 100); got != 1 {
		t.Errorf("Parts(99, 100) = %d, want 1", got)
	}
	if got := Parts(1<<30, 1); got != runtime.GOMAXPROCS(0) {
		t.Errorf("Parts(huge) = %d, want one per core (%d)", got, runtime.GOMAXPROCS(0))
	}
	if got := Parts(0, 0); got != 1 {
		t.Errorf("Parts(0, 0) = %d, want 1", got)
	}
}
