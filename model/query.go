package model

import (
	"slices"
	"strings"

	"unicode"
	"unicode/utf8"
)

// Query filters a timeline. Empty parts match everything; the parts combine
// with AND, and several people (or places, or sources) with OR.
type Query struct {
	HasYears bool
	Years    YearRange
	People   []string // a person matches when the name contains one of these, any case
	Places   []string
	Sources  []string // exact source labels
	Text     string   // every word must appear in the text, summary, people, places or orgs
	Uncited  bool     // only events that cite nothing, or say "citation needed"
}

// Uncited reports whether an event is unsupported: it cites no source, or
// its sentence carries a "citation needed" tag.
func Uncited(e *Event) bool {
	return len(e.Citations) == 0 || strings.Contains(strings.ToLower(e.Text), "citation needed")
}

// IsEmpty reports whether the query lets every event through.
func (q Query) IsEmpty() bool {
	return !q.HasYears && len(q.People) == 0 && len(q.Places) == 0 && len(q.Sources) == 0 &&
		strings.TrimSpace(q.Text) == "" && !q.Uncited
}

// Apply returns the indices into t.Events of the events the query keeps, in
// timeline order. A query with text builds an index for this one search;
// a caller searching the same timeline again keeps one (NewIndex) and
// calls ApplyInto.
func (q Query) Apply(t *Timeline) []int {
	idx := fieldsOnly(t)
	if strings.TrimSpace(q.Text) != "" {
		idx = NewIndex(t)
	}
	return q.ApplyInto(nil, idx)
}

// ApplyInto is Apply over the events of idx's timeline, writing the result
// into dst's array when it is large enough, so that a caller filtering
// again and again need not allocate.
//
// A search word that is found nowhere is looked for fuzzily: among the
// words of the timeline, those it is a near subsequence of ("belgum" finds
// "belgium"). That is tried only when nothing matches, so it costs a
// keystroke nothing while the words are found.
func (q Query) ApplyInto(dst []int, idx *Index) []int {
	c := candidates{all: true, n: len(idx.t.Events)}
	rows := q.filter(idx, c, dst, workersFor(c.n), nil)
	if len(rows) > 0 || strings.TrimSpace(q.Text) == "" {
		return rows
	}
	if alts := q.fuzzyAlts(idx); alts != nil {
		return q.filter(idx, c, rows, workersFor(c.n), alts)
	}
	return rows
}

// Refine filters an earlier result again, for a query that only narrows the
// one that produced prev (one more character typed into the search box).
func (q Query) Refine(idx *Index, prev []int) []int { return q.RefineInto(nil, idx, prev) }

// RefineInto is Refine writing the result into dst's array when it is large
// enough. dst must not share its array with prev.
//
// When nothing is left it filters the whole timeline again, for the fuzzy
// matches Apply would find.
func (q Query) RefineInto(dst []int, idx *Index, prev []int) []int {
	c := candidates{list: prev, n: len(prev)}
	rows := q.filter(idx, c, dst, workersFor(c.n), nil)
	if len(rows) == 0 && strings.TrimSpace(q.Text) != "" {
		return q.ApplyInto(rows, idx)
	}
	return rows
}

// Narrows reports whether every event q keeps is also kept by prev, so that
// q.Refine over prev's result equals q.Apply.
func (q Query) Narrows(prev Query) bool {
	if q.HasYears != prev.HasYears || q.Years != prev.Years || q.Uncited != prev.Uncited || !slices.Equal(q.People, prev.People) ||
		!slices.Equal(q.Places, prev.Places) || !slices.Equal(q.Sources, prev.Sources) {
		return false
	}
	// Every word of the old text must still be required: the new text's words
	// each contain or equal an old word in the same position, in its case
	// when the old word asked for one (smart case).
	oldWords, newWords := strings.Fields(prev.Text), strings.Fields(q.Text)
	if len(newWords) < len(oldWords) {
		return false
	}
	for i, w := range oldWords {
		if !strings.Contains(Fold(newWords[i]), Fold(w)) || (hasUpper(w) && !strings.Contains(newWords[i], w)) {
			return false
		}
	}
	return true
}

// candidates are the events a filter looks at: every event of the
// timeline, or an earlier result.
type candidates struct {
	all  bool
	list []int // when not all: indices into Events, ascending
	n    int
}

func (c candidates) at(pos int) int {
	if c.all {
		return pos
	}
	return c.list[pos]
}

// minPerWorker is the fewest candidates worth a goroutine of their own.
const minPerWorker = 1 << 15

// workersFor is how many goroutines filter n candidates.
func workersFor(n int) int { return partsOf(n, minPerWorker) }

// filter splits the candidates into one chunk per worker. Each worker writes
// what it keeps at the start of its chunk's stretch of dst; the stretches
// are then moved together.
//
// alts, when not nil, gives the fuzzy alternatives of each search word (by
// its position in the text): an event then needs one of them.
func (q Query) filter(idx *Index, c candidates, dst []int, workers int, alts [][][]byte) []int {
	words := make([][]byte, 0, 4)
	var exact []string // words with a capital, which must match in their case
	for i, w := range strings.Fields(q.Text) {
		if hasUpper(w) && alts == nil {
			exact = append(exact, w)
		}
		if alts != nil && len(alts[i]) > 1 {
			continue // looked for among its alternatives
		}
		words = append(words, []byte(foldString(w)))
	}
	var groups [][][]byte
	for _, a := range alts {
		if len(a) > 1 {
			groups = append(groups, a)
		}
	}
	// The longest word usually rules out most events, so it goes first;
	// the order does not change the result.
	slices.SortStableFunc(words, func(a, b []byte) int { return cmpInt(len(b), len(a)) })
	dst = slices.Grow(dst[:0], c.n)[:c.n]
	workers = max(1, min(workers, c.n))
	kept := make([]int, workers)
	chunk := func(k int) (lo, hi int) { return boundsOf(c.n, workers, k) }
	runParts(workers, func(k int) {
		lo, hi := chunk(k)
		w := worker{q: q, t: idx.t, idx: idx, words: words, groups: groups, exact: exact}
		kept[k] = w.filter(c, lo, hi, dst[lo:hi:hi])
	})
	n := 0
	for k := range workers {
		lo, _ := chunk(k)
		n += copy(dst[n:], dst[lo:lo+kept[k]])
	}
	return dst[:n]
}

// worker filters one chunk of candidates. It has its own name caches, so
// workers share nothing they write.
type worker struct {
	q      Query
	t      *Timeline
	idx    *Index
	words  [][]byte   // folded to lower case, longest first
	groups [][][]byte // fuzzy alternatives: an event needs one of each group
	exact  []string   // words that must match in their case
	people nameCache
	places nameCache
}

// filter writes the candidates at positions lo..hi-1 that the query keeps
// to out, and returns how many. It checks years, sources, people and places
// event by event, then each word over the survivors' texts.
func (w *worker) filter(c candidates, lo, hi int, out []int) int {
	words := w.words
	var rows []int
	switch {
	case w.byFields():
		w.people = nameCache{wanted: w.q.People, seen: map[string]bool{}}
		w.places = nameCache{wanted: w.q.Places, seen: map[string]bool{}}
		rows = out[:0]
		for pos := lo; pos < hi; pos++ {
			if i := c.at(pos); w.matchFields(i) {
				rows = append(rows, i)
			}
		}
	case len(words) == 0 && len(w.groups) == 0:
		for pos := lo; pos < hi; pos++ {
			out[pos-lo] = c.at(pos)
		}
		return hi - lo
	case len(words) == 0:
		rows = out[:0]
		for pos := lo; pos < hi; pos++ {
			rows = append(rows, c.at(pos))
		}
	case c.all:
		rows, words = w.idx.keepRun(words[0], lo, hi-1, out[:0]), words[1:]
	default:
		rows, words = w.idx.keep(words[0], c.list[lo:hi], out[:0]), words[1:]
	}
	for _, word := range words {
		rows = w.idx.keep(word, rows, rows[:0])
	}
	for _, g := range w.groups {
		rows = w.keepAny(g, rows)
	}
	if len(w.exact) > 0 {
		rows = w.keepExact(rows)
	}
	return len(rows)
}

// keepAny keeps the rows whose text holds one of the words.
func (w *worker) keepAny(words [][]byte, rows []int) []int {
	hit := map[int]bool{}
	for _, word := range words {
		for _, r := range w.idx.keep(word, rows, nil) {
			hit[r] = true
		}
	}
	out := rows[:0]
	for _, r := range rows {
		if hit[r] {
			out = append(out, r)
		}
	}
	return out
}

// keepExact keeps the rows whose text holds each word with a capital as
// typed: smart case, as in vim and fzf.
func (w *worker) keepExact(rows []int) []int {
	out := rows[:0]
	for _, r := range rows {
		e := &w.t.Events[r]
		keep := true
		for _, word := range w.exact {
			keep = keep && (strings.Contains(e.Text, word) || strings.Contains(e.Summary, word) ||
				anyContains(e.People, word) || anyContains(e.Places, word) || anyContains(e.Orgs, word))
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

func anyContains(names []string, word string) bool {
	for _, n := range names {
		if strings.Contains(n, word) {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func (w *worker) byFields() bool {
	q := w.q
	return q.HasYears || q.Uncited || len(q.Sources) > 0 || len(q.People) > 0 || len(q.Places) > 0
}

func (w *worker) matchFields(i int) bool {
	e := &w.t.Events[i]
	q := w.q
	if q.HasYears && (int(e.Date.End.Year) < q.Years.From || int(e.Date.Start.Year) > q.Years.To) {
		return false
	}
	if q.Uncited && !Uncited(e) {
		return false
	}
	if len(q.Sources) > 0 && !slices.Contains(q.Sources, e.Source) {
		return false
	}
	if len(q.People) > 0 && !w.people.anyMatches(e.People) {
		return false
	}
	return len(q.Places) == 0 || w.places.anyMatches(e.Places)
}

// nameCache answers whether a name matches one of the wanted names. A million
// events name only a few thousand people, so each name's answer is kept
// rather than worked out again for every event.
type nameCache struct {
	wanted []string
	seen   map[string]bool
}

func (c nameCache) anyMatches(names []string) bool {
	for _, n := range names {
		ok, seen := c.seen[n]
		if !seen {
			ok = slices.ContainsFunc(c.wanted, func(w string) bool { return MatchName(n, w) })
			c.seen[n] = ok
		}
		if ok {
			return true
		}
	}
	return false
}

// MatchName reports whether a name matches what a user asked for: the same
// name in any case, or one that contains it as whole words ("De Croo" finds
// "Alexander De Croo", "xi" does not find "Xinjiang").
func MatchName(name, want string) bool {
	n, w := foldString(name), foldString(strings.TrimSpace(want))
	if w == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(n[from:], w)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(w)
		if boundary(n, i-1) && boundary(n, end) {
			return true
		}
		from = i + 1
	}
}

func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if i > 0 && !utf8.RuneStart(s[i]) {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// foldString lower-cases s, without allocating when it is already lower-case ASCII.
func foldString(s string) string { return Fold(s) }

// YearCounts counts the events of idx by their start year over the years
// from..to of the whole timeline: counts[y-from]. It is what the density strip draws.
func YearCounts(t *Timeline, idx []int) (from int, counts []int) {
	first, _, ok := t.Span()
	if !ok {
		return 0, nil
	}
	last := first
	for _, e := range t.Events {
		last = max(last, int(e.Date.Start.Year))
	}
	counts = make([]int, last-first+1)
	for _, i := range idx {
		counts[int(t.Events[i].Date.Start.Year)-first]++
	}
	return first, counts
}

// Facet is a value with how many events have it.
type Facet struct {
	Name  string
	Count int
}

// PeopleCounts lists the people of the events in idx, most events first.
func PeopleCounts(t *Timeline, idx []int) []Facet {
	return countNames(t, idx, func(e *Event) []string { return e.People })
}

// PlaceCounts lists the places of the events in idx, most events first.
func PlaceCounts(t *Timeline, idx []int) []Facet {
	return countNames(t, idx, func(e *Event) []string { return e.Places })
}

func countNames(t *Timeline, idx []int, names func(*Event) []string) []Facet {
	pos := map[string]int{}
	var out []Facet
	for _, i := range idx {
		for _, n := range names(&t.Events[i]) {
			j, ok := pos[n]
			if !ok {
				j = len(out)
				pos[n] = j
				out = append(out, Facet{Name: n})
			}
			out[j].Count++
		}
	}
	slices.SortStableFunc(out, func(a, b Facet) int {
		if a.Count != b.Count {
			return cmpInt(b.Count, a.Count)
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
