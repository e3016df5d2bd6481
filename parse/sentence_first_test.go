package parse

import (
	"strings"
	"testing"
)

// firstSentence is the first of splitSentences, without reading on.
func FuzzFirstSentence(f *testing.F) {
	for _, s := range []string{"", "One. Two.", "[1] A b. C d.", "x[2] Next one", strings.Repeat("long words ", 1000) + ". After.", "Dr. Who came. Then."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		all := splitSentences(p, nil)
		first, ok := firstSentence(p)
		if ok != (len(all) > 0) || ok && first.start != all[0].start || ok && first.end != all[0].end || ok && len(first.citations) != len(all[0].citations) {
			t.Fatalf("%q: first %+v %v, all %+v", p, first, ok, all)
		}
	})
}
