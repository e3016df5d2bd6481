package model

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Index is what text queries search: each event's searchable text folded
// (see Fold) once. The texts lie end to end in one buffer: event i's is
// hay[bounds[i]:bounds[i+1]]. A search word is looked for in the whole
// buffer (or a run of neighbouring events) at once, so bytes.Index skips the
// events without it at memchr speed, and each hit is mapped back to its
// event through bounds.
//
// Build it with NewIndex once the events are final and pass it to each
// query over them; a timeline whose events change needs a new one. The
// Timeline itself holds no index, so it stays plain data that any number
// of readers share.
type Index struct {
	t       *Timeline
	hay     []byte
	bounds  []int
	symbols []uint64 // which letters and digits each event's text holds (symbolBits)

	vocabOnce sync.Once
	vocab     []string // the distinct words, for fuzzy search (see vocabulary)
}

// symbolBits gives each lower-case ASCII letter and digit a bit of a word.
// An event's symbols answer a one-character search (the first key typed,
// when nearly every event matches and a byte search would stop at each) by
// one look at each event.
var symbolBits = func() (t [256]uint64) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1 << (c - 'a')
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 1 << (26 + c - '0')
	}
	return t
}()

// NewIndex builds the index of t's events for text queries. It reads every
// event's text once: a browser builds it while it loads, off the thread that
// answers keys, so that no keystroke waits for it.
func NewIndex(t *Timeline) *Index {
	size := 0
	for i := range t.Events {
		size += len(t.Events[i].Text) + len(t.Events[i].Summary) + 1
	}
	idx := &Index{t: t, hay: make([]byte, 0, size), bounds: make([]int, 1, len(t.Events)+1),
		symbols: make([]uint64, 0, len(t.Events))}
	for i := range t.Events {
		idx.add(&t.Events[i])
	}
	return idx
}

// Timeline is the timeline the index was built over.
func (idx *Index) Timeline() *Timeline { return idx.t }

// fieldsOnly is an index for a query with no text: it gives the filters
// their timeline and searches nothing.
func fieldsOnly(t *Timeline) *Index { return &Index{t: t, bounds: []int{0}} }

// add appends an event's text, then its summary, people, places and orgs,
// each after a newline. A part already inside what came before is left out:
// search words hold no spaces, so they would find it there anyway.
func (idx *Index) add(e *Event) {
	start := len(idx.hay)
	idx.hay = appendFold(idx.hay, e.Text)
	for _, part := range [][]string{{e.Summary}, e.People, e.Places, e.Orgs} {
		for _, s := range part {
			mark := len(idx.hay)
			idx.hay = appendFold(append(idx.hay, '\n'), s)
			if bytes.Contains(idx.hay[start:mark], idx.hay[mark+1:]) {
				idx.hay = idx.hay[:mark]
			}
		}
	}
	idx.bounds = append(idx.bounds, len(idx.hay))
	var symbols uint64
	for _, c := range idx.hay[start:] {
		symbols |= symbolBits[c]
	}
	idx.symbols = append(idx.symbols, symbols)
}

// keep appends to out the events of rows (ascending indices) whose text holds
// word, and returns it. out may be rows[:0]: filtering in place is safe,
// because a run of rows is read before any of its hits are written.
func (idx *Index) keep(word []byte, rows, out []int) []int {
	if len(word) == 1 && symbolBits[word[0]] != 0 {
		bit := symbolBits[word[0]]
		for _, r := range rows {
			if idx.symbols[r]&bit != 0 {
				out = append(out, r)
			}
		}
		return out
	}
	for r := 0; r < len(rows); {
		first := rows[r]
		r++
		for r < len(rows) && rows[r] == rows[r-1]+1 {
			r++
		}
		out = idx.keepRun(word, first, rows[r-1], out)
	}
	return out
}

// keepRun appends to out the events first..last whose text holds word,
// searching their texts as one stretch of the buffer.
func (idx *Index) keepRun(word []byte, first, last int, out []int) []int {
	pos, end := idx.bounds[first], idx.bounds[last+1]
	for i := first; pos < end; {
		k := bytes.Index(idx.hay[pos:end], word)
		if k < 0 {
			break
		}
		hit := pos + k
		i = idx.eventAt(hit, i)
		if next := idx.bounds[i+1]; hit+len(word) <= next {
			out = append(out, i)
			pos, i = next, i+1 // one hit is enough: go on with the next event
		} else {
			pos = hit + 1 // the match runs into the next event's text: not a hit
		}
	}
	return out
}

// eventAt is the event whose text holds byte off of the buffer, looking from
// event i on. Hits are usually in i or just after it, so those are tried
// before a binary search.
func (idx *Index) eventAt(off, i int) int {
	for range 4 {
		if off < idx.bounds[i+1] {
			return i
		}
		i++
	}
	n, _ := slices.BinarySearch(idx.bounds[i+1:], off+1) // the first event ending after off
	return i + n
}

// latinBase is the letter without its accent of each of U+00C0..U+017F,
// lower-cased: a search for "kioping" finds "Kiöping", "zurich" "Zürich".
var latinBase = []rune("aaaaaaæceeeeiiiiðnooooo×ouuuuyþßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiIiĳĳjjkkĸllllllllllnnnnnnŉŋŋooooooœœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzſ")

// FoldRune is a character as search compares it: lower case, and a Latin
// letter without its accent.
func FoldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r >= 0xC0 && r < 0xC0+rune(len(latinBase)) {
		return latinBase[r-0xC0]
	}
	return r
}

// appendFold appends s folded as FoldRune folds each character, copying
// runs of ASCII whole.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			dst = utf8.AppendRune(dst, FoldRune(r))
			i += n
			continue
		}
		j := i + 1
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		from := len(dst)
		dst = append(dst, s[i:j]...)
		for k, c := range dst[from:] {
			if 'A' <= c && c <= 'Z' {
				dst[from+k] = c + 'a' - 'A'
			}
		}
		i = j
	}
	return dst
}

// Fold is s as search compares it (see FoldRune).
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return string(appendFold(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// maxFuzzyEvents is the largest timeline searched fuzzily.
const maxFuzzyEvents = 100_000

// maxAlts is how many of the timeline's words a fuzzy search word stands for.
const maxAlts = 8

// fuzzyAlts finds, for each search word of three letters or more that the
// timeline does not hold, the words of the timeline it nearly spells (a
// subsequence a few letters longer, best first, by github.com/sahilm/fuzzy).
// It returns nil when there is no word to stand in for.
//
// Past maxFuzzyEvents events it does not look: listing the words of a
// timeline that large would hold up the keystroke that asked.
func (q Query) fuzzyAlts(idx *Index) [][][]byte {
	if len(idx.t.Events) > maxFuzzyEvents {
		return nil
	}
	words := strings.Fields(q.Text)
	alts := make([][][]byte, len(words))
	found := false
	for i, w := range words {
		fw := Fold(w)
		alts[i] = [][]byte{[]byte(fw)}
		if utf8.RuneCountInString(fw) < 3 || bytes.Contains(idx.hay, []byte(fw)) {
			continue
		}
		vocab := idx.vocabulary()
		for _, m := range fuzzy.FindNoSort(fw, vocab) {
			if v := vocab[m.Index]; len(v) <= len(fw)+3 && len(alts[i]) <= maxAlts {
				alts[i] = append(alts[i], []byte(v))
			}
		}
		if len(alts[i]) > 1 {
			alts[i], found = alts[i][1:], true
			if len(alts[i]) == 1 {
				alts[i] = append(alts[i], alts[i][0]) // a group of one is still a group
			}
		}
	}
	if !found {
		return nil
	}
	return alts
}

// FuzzyWords are the timeline's words a search stands for where it found
// nothing as typed ("belgum" → "belgium"), for the browser to highlight.
func (q Query) FuzzyWords(idx *Index) []string {
	var out []string
	for _, a := range q.fuzzyAlts(idx) {
		if len(a) > 1 {
			for _, w := range a {
				if !slices.Contains(out, string(w)) {
					out = append(out, string(w))
				}
			}
		}
	}
	return out
}

// vocabulary is every distinct word of the folded texts, listed on the
// first fuzzy search: most searches find their words as typed and never
// need it.
func (idx *Index) vocabulary() []string {
	idx.vocabOnce.Do(idx.listWords)
	return idx.vocab
}

func (idx *Index) listWords() {
	seen := map[string]bool{}
	for _, f := range bytes.FieldsFunc(idx.hay, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(f) >= 3 && !seen[string(f)] {
			seen[string(f)] = true
			idx.vocab = append(idx.vocab, string(f))
		}
	}
	slices.Sort(idx.vocab)
}
