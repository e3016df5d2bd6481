package model

import (
	"fmt"
	"reflect"
	"testing"
)

func sourceTimeline(k, events int) *Timeline {
	t := &Timeline{Title: fmt.Sprintf("T%d", k), Source: fmt.Sprintf("s%03d.txt", k)}
	for i := range events {
		t.Events = append(t.Events, Event{ID: i + 1, Date: YearDate(1900 + (i*7+k)%120), Offset: i,
			People: []string{fmt.Sprintf("P%d", (i+k)%5)}})
	}
	t.References = []Reference{{N: 1}}
	return t
}

// MergeAll gives what merging one source after another gives.
func TestMergeAllMatchesMergeOneByOne(t *testing.T) {
	var one []*Timeline
	var all []*Timeline
	for k := range 5 {
		one, all = append(one, sourceTimeline(k, 30)), append(all, sourceTimeline(k, 30))
	}
	seq := one[0]
	for _, o := range one[1:] {
		seq.Merge(o)
	}
	got := MergeAll(all)
	if !reflect.DeepEqual(got.Events, seq.Events) || !reflect.DeepEqual(got.Entities, seq.Entities) ||
		!reflect.DeepEqual(got.References, seq.References) || got.Title != seq.Title || got.Source != seq.Source {
		t.Errorf("MergeAll differs from Merge one by one:\n%v %v\n%v %v", got.Title, got.Source, seq.Title, seq.Source)
	}
}

// BenchmarkMergeSources merges N small sources: the time per source stays
// flat as N grows (it was quadratic: a sort and an entity index per source).
func BenchmarkMergeSources(b *testing.B) {
	for _, n := range []int{1000, 2000, 4000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				ts := make([]*Timeline, n)
				for k := range ts {
					ts[k] = sourceTimeline(k, 20)
				}
				b.StartTimer()
				MergeAll(ts)
			}
		})
	}
}
