package model

import (
	"bytes"
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
func (q Query) Apply(t *Timeline) []int {
	out := make([]int, 0, len(t.Events))
	m := q.matcher(t)
	for i := range t.Events {
		if m.match(i) {
			out = append(out, i)
		}
	}
	return out
}

// Refine filters an earlier result again, for a query that only narrows the
// one that produced prev (one more character typed into the search box).
func (q Query) Refine(t *Timeline, prev []int) []int {
	out := make([]int, 0, len(prev))
	m := q.matcher(t)
	for _, i := range prev {
		if m.match(i) {
			out = append(out, i)
		}
	}
	return out
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

type matcher struct {
	q      Query
	t      *Timeline
	words  [][]byte // the text's words, folded to lower case
	idx    *searchIndex
	people nameCache
	places nameCache
}

func (q Query) matcher(t *Timeline) matcher {
	m := matcher{q: q, t: t}
	for _, w := range strings.Fields(foldString(q.Text)) {
		m.words = append(m.words, []byte(w))
	}
	if len(m.words) > 0 {
		m.idx = t.searchIndex()
	}
	m.people = nameCache{wanted: q.People, seen: map[string]bool{}}
	m.places = nameCache{wanted: q.Places, seen: map[string]bool{}}
	return m
}

func (m matcher) match(i int) bool {
	e := &m.t.Events[i]
	q := m.q
	if q.HasYears && (e.Date.End.Year < q.Years.From || e.Date.Start.Year > q.Years.To) {
		return false
	}
	if len(q.Sources) > 0 && !slices.Contains(q.Sources, e.Source) {
		return false
	}
	if len(q.People) > 0 && !m.people.anyMatches(e.People) {
		return false
	}
	if len(q.Places) > 0 && !m.places.anyMatches(e.Places) {
		return false
	}
	if len(m.words) > 0 {
		hay := m.idx.hay[m.idx.bounds[i]:m.idx.bounds[i+1]]
		for _, w := range m.words {
			if !bytes.Contains(hay, w) {
				return false
			}
		}
	}
	return true
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

// searchIndex holds each event's searchable text folded to lower case once,
// so that a keystroke in the search box costs one substring scan per event.
// The texts lie end to end in one buffer: event i's is hay[bounds[i]:bounds[i+1]].
type searchIndex struct {
	events *Event // &Events[0] when built: events replaced since mean a rebuild
	hay    []byte
	bounds []int
}

func (t *Timeline) searchIndex() *searchIndex {
	if len(t.Events) == 0 {
		return &searchIndex{bounds: []int{0}}
	}
	if s := t.search; s != nil && s.events == &t.Events[0] && len(s.bounds) == len(t.Events)+1 {
		return s
	}
	size := 0
	for i := range t.Events {
		size += len(t.Events[i].Text) + len(t.Events[i].Summary) + 1
	}
	idx := &searchIndex{events: &t.Events[0], hay: make([]byte, 0, size), bounds: make([]int, 1, len(t.Events)+1)}
	for i := range t.Events {
		idx.add(&t.Events[i])
	}
	t.search = idx
	return idx
}

// add appends an event's text, then its summary, people, places and orgs,
// each after a newline. A part already inside what came before is left out:
// search words hold no spaces, so they would find it there anyway.
func (idx *searchIndex) add(e *Event) {
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
}

// appendFold appends s lower-cased exactly as strings.ToLower would, copying
// runs of ASCII whole.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
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
