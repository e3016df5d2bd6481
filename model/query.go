package model

import (
	"github.com/annals-tui/annals/internal/par"

	"fmt"
	"regexp"

	"slices"
	"strconv"
	"strings"

	"unicode"
	"unicode/utf8"
)

// YearRange is an inclusive range of years. The zero value matches nothing;
// use a Query's HasYears to say whether it filters by year at all.
type YearRange struct{ From, To int }

// String writes the range the way ParseYearRange reads it.
func (r YearRange) String() string {
	if r.From == r.To {
		return strconv.Itoa(r.From)
	}
	if r.From%10 == 0 && r.To == r.From+9 {
		return strconv.Itoa(r.From) + "s"
	}
	return fmt.Sprintf("%d–%d", r.From, r.To)
}

var (
	reYear    = regexp.MustCompile(`^(\d{1,4})$`)
	reRange   = regexp.MustCompile(`^(\d{1,4})\s*(?:-|–|—|\.\.|to)\s*(\d{1,4})$`)
	reDecade  = regexp.MustCompile(`^(\d{0,3}0)'?s$`)
	reCentury = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)(?:\s*(?:century|c\.?))?$`)
)

// ParseYearRange reads a year filter as people type it: "2019", "1990-2000",
// "1990–2000", "1990s", "19th century".
func ParseYearRange(s string) (YearRange, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	if m := reYear.FindStringSubmatch(in); m != nil {
		y, _ := strconv.Atoi(m[1])
		return YearRange{y, y}, nil
	}
	if m := reRange.FindStringSubmatch(in); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if b < a {
			return YearRange{}, fmt.Errorf("year range %q ends before it starts: write it as %d-%d", s, b, a)
		}
		return YearRange{a, b}, nil
	}
	if m := reDecade.FindStringSubmatch(in); m != nil {
		d, _ := strconv.Atoi(m[1])
		return YearRange{d, d + 9}, nil
	}
	if m := reCentury.FindStringSubmatch(in); m != nil {
		c, _ := strconv.Atoi(m[1])
		if c < 1 {
			return YearRange{}, fmt.Errorf("year %q: there is no century 0", s)
		}
		return YearRange{(c - 1) * 100, (c-1)*100 + 99}, nil
	}
	return YearRange{}, fmt.Errorf("year %q: want a year (2019), a range (1990-2000), a decade (1990s) or a century (19th century)", s)
}

// Query filters a timeline. Empty parts match everything; the parts combine
// with AND, and several people (or places, or sources) with OR.
type Query struct {
	HasYears bool
	Years    YearRange
	People   []string // a person matches when the name contains one of these, any case
	Places   []string
	Sources  []string // exact source labels
	Text     string   // every word must appear in the text, summary, people, places or orgs
}

// IsEmpty reports whether the query lets every event through.
func (q Query) IsEmpty() bool {
	return !q.HasYears && len(q.People) == 0 && len(q.Places) == 0 && len(q.Sources) == 0 &&
		strings.TrimSpace(q.Text) == ""
}

// Apply returns the indices into t.Events of the events the query keeps, in
// timeline order.
func (q Query) Apply(t *Timeline) []int { return q.ApplyInto(nil, t) }

// ApplyInto is Apply writing the result into dst's array when it is large
// enough, so that a caller filtering again and again need not allocate.
func (q Query) ApplyInto(dst []int, t *Timeline) []int {
	c := candidates{all: true, n: len(t.Events)}
	return q.filter(t, c, dst, workersFor(c.n))
}

// Refine filters an earlier result again, for a query that only narrows the
// one that produced prev (one more character typed into the search box).
func (q Query) Refine(t *Timeline, prev []int) []int { return q.RefineInto(nil, t, prev) }

// RefineInto is Refine writing the result into dst's array when it is large
// enough. dst must not share its array with prev.
func (q Query) RefineInto(dst []int, t *Timeline, prev []int) []int {
	c := candidates{list: prev, n: len(prev)}
	return q.filter(t, c, dst, workersFor(c.n))
}

// Narrows reports whether every event q keeps is also kept by prev, so that
// q.Refine over prev's result equals q.Apply.
func (q Query) Narrows(prev Query) bool {
	if q.HasYears != prev.HasYears || q.Years != prev.Years || !slices.Equal(q.People, prev.People) ||
		!slices.Equal(q.Places, prev.Places) || !slices.Equal(q.Sources, prev.Sources) {
		return false
	}
	// Every word of the old text must still be required: the new text's words
	// each contain or equal an old word in the same position.
	oldWords, newWords := strings.Fields(strings.ToLower(prev.Text)), strings.Fields(strings.ToLower(q.Text))
	if len(newWords) < len(oldWords) {
		return false
	}
	for i, w := range oldWords {
		if !strings.Contains(newWords[i], w) {
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
func workersFor(n int) int { return par.Parts(n, minPerWorker) }

// filter splits the candidates into one chunk per worker. Each worker writes
// what it keeps at the start of its chunk's stretch of dst; the stretches
// are then moved together.
func (q Query) filter(t *Timeline, c candidates, dst []int, workers int) []int {
	words := make([][]byte, 0, 4)
	for _, w := range strings.Fields(foldString(q.Text)) {
		words = append(words, []byte(w))
	}
	// The longest word usually rules out most events, so it goes first;
	// the order does not change the result.
	slices.SortStableFunc(words, func(a, b []byte) int { return cmpInt(len(b), len(a)) })
	var idx *searchIndex
	if len(words) > 0 {
		idx = t.searchIndex()
	}
	dst = slices.Grow(dst[:0], c.n)[:c.n]
	workers = max(1, min(workers, c.n))
	kept := make([]int, workers)
	chunk := func(k int) (lo, hi int) { return par.Bounds(c.n, workers, k) }
	par.Do(workers, func(k int) {
		lo, hi := chunk(k)
		w := worker{q: q, t: t, idx: idx, words: words}
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
	idx    *searchIndex
	words  [][]byte // folded to lower case, longest first
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
	case len(words) == 0:
		for pos := lo; pos < hi; pos++ {
			out[pos-lo] = c.at(pos)
		}
		return hi - lo
	case c.all:
		rows, words = w.idx.keepRun(words[0], lo, hi-1, out[:0]), words[1:]
	default:
		rows, words = w.idx.keep(words[0], c.list[lo:hi], out[:0]), words[1:]
	}
	for _, word := range words {
		rows = w.idx.keep(word, rows, rows[:0])
	}
	return len(rows)
}

func (w *worker) byFields() bool {
	q := w.q
	return q.HasYears || len(q.Sources) > 0 || len(q.People) > 0 || len(q.Places) > 0
}

func (w *worker) matchFields(i int) bool {
	e := &w.t.Events[i]
	q := w.q
	if q.HasYears && (e.Date.End.Year < q.Years.From || e.Date.Start.Year > q.Years.To) {
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
func foldString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// YearCounts counts the events of idx by their start year over the years
// from..to of the whole timeline: counts[y-from]. It is what the density strip draws.
func YearCounts(t *Timeline, idx []int) (from int, counts []int) {
	first, _, ok := t.Span()
	if !ok {
		return 0, nil
	}
	last := first
	for _, e := range t.Events {
		last = max(last, e.Date.Start.Year)
	}
	counts = make([]int, last-first+1)
	for _, i := range idx {
		counts[t.Events[i].Date.Start.Year-first]++
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
