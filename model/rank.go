package model

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/par"
)

// MaxRanked is the most rows RankInto is asked to order: ranking reads each
// row's whole text, which for more rows than this would hold up a keystroke.
// A browser says to narrow the search instead.
const MaxRanked = 20_000

// RankInto writes the rows (events the query kept) into dst's array, best
// matches of the query's text first, and returns it: the order a user asks
// for when they want the event a search is about rather than the dates
// around it. Rows that score the same keep their order, so ties stay in
// timeline order. dst must not share its array with rows.
//
// An event scores for each search word by its best place in the text: a
// whole word beats the start of a word, which beats the inside of one. A
// word found nowhere as typed scores by the best of its fuzzy stand-ins
// ("belgium" for "belgum").
func (q Query) RankInto(dst []int, idx *Index, rows []int) []int {
	words := strings.Fields(Fold(q.Text))
	dst = append(dst[:0], rows...)
	if len(words) == 0 {
		return dst
	}
	alts := q.fuzzyAlts(idx)
	scores := make([]int32, len(rows))
	par.Ranges(len(rows), minPerWorker, func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			scores[k] = int32(rowScore(idx, rows[k], words, alts))
		}
	})
	top := int(slicesMax32(scores))
	// Scores are small numbers: a counting sort orders the rows by them in
	// one pass, stable, where a comparison sort of a million rows would
	// hold up the keystroke.
	starts := make([]int, top+2)
	for _, sc := range scores {
		starts[top-int(sc)+1]++
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	for k, r := range rows {
		b := top - int(scores[k])
		dst[starts[b]] = r
		starts[b]++
	}
	return dst
}

// rowScore is how well event r's text holds the search words (or, for a
// word found nowhere as typed, the best of its fuzzy stand-ins).
func rowScore(idx *Index, r int, words []string, alts [][][]byte) int {
	hay := idx.hay[idx.bounds[r]:idx.bounds[r+1]]
	score := 0
	for j, w := range words {
		best := wordScore(hay, []byte(w))
		if alts != nil && len(alts[j]) > 1 {
			for _, a := range alts[j] {
				best = max(best, wordScore(hay, a))
			}
		}
		score += best
	}
	return score
}

// maxRepeats is how many places of a word count towards its score.
const maxRepeats = 4

// wordScore is how well hay holds the folded word w: 30 as a whole word, 20
// at the start of one, 10 inside one, plus one for each further place it
// is found (up to maxRepeats); 0 when it is not there.
func wordScore(hay, w []byte) int {
	best, n := 0, 0
	for from := 0; n < maxRepeats; n++ {
		i := bytes.Index(hay[from:], w)
		if i < 0 {
			break
		}
		i += from
		s := 10
		if wordEdge(hay, i-1, true) {
			s += 10
			if wordEdge(hay, i+len(w), false) {
				s += 10
			}
		}
		best = max(best, s)
		from = i + len(w)
	}
	if n == 0 {
		return 0
	}
	return best + n - 1
}

func slicesMax32(xs []int32) int32 {
	var m int32
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// wordEdge says whether the character ending (before) or starting (!before)
// at byte i of b is no letter or digit: a word boundary there.
func wordEdge(b []byte, i int, before bool) bool {
	if i < 0 || i >= len(b) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRune(b[:i+1])
	} else {
		r, _ = utf8.DecodeRune(b[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
