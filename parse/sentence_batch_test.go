package parse

import (
	"fmt"
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
		default:
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
