package parse

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// A paragraph read a few sentences at a time gives the sentences that
// splitting it whole (and joining, in French, Dutch and German) gives.
func TestSentencesInBatchesAreTheWholeSplit(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "Am 3. März %d kam er an.[%d] ", 1800+i, i%9+1)
		case 1:
			fmt.Fprintf(&b, "Le 5 mai %d, vers 3 h. il partit. ", 1800+i)
		case 2:
			fmt.Fprintf(&b, "Op 12. juni %d (ca. 3 p. m.) vertrok hij. ", 1800+i)
		case 3:
			b.WriteString(strings.Repeat("lang ", 2000) + ". ") // a stretch cut at its length
		case 4:
			if i%3 == 0 {
				fmt.Fprintf(&b, "Did it rain in %d? It did! ", 1800+i) // the rarer stops, here and there
				continue
			}
			fmt.Fprintf(&b, "In %d it rained.[a] ", 1800+i)
		}
	}
	p := b.String()
	for _, lang := range []string{"en", "de", "fr", "nl"} {
		eu := latinGrammar(lang)
		want := splitSentences(p, nil)
		if eu != nil {
			want = eu.joinSentences(p, want)
		}
		for _, batch := range []int{1, 2, 3, 7, 64} {
			var got []sentence
			eachSentence(p, eu, batch, nil, func(sn sentence) { got = append(got, sn) })
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, batch %d: %d sentences, whole %d", lang, batch, len(got), len(want))
			}
		}
	}
}

// The stop finder, asked in any order (a batch starts again before where the
// last one looked), finds what a plain scan for the first stop finds.
func TestStopFinderIsThePlainScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		p := make([]byte, rng.IntN(300))
		for i := range p {
			p[i] = "ab .!?[ "[rng.IntN(8)]
			if rng.IntN(4) > 0 {
				p[i] = 'x' // mostly text, the stops sparse
			}
		}
		f := newStopFinder(string(p))
		for range 50 {
			i := rng.IntN(len(p) + 2)
			want := len(p)
			if i < len(p) {
				if j := strings.IndexAny(string(p[i:]), sentenceStops); j >= 0 {
					want = i + j
				}
			}
			if got := f.from(i); got != want {
				t.Fatalf("from(%d) in %q = %d, want %d", i, p, got, want)
			}
		}
	}
}
