package model

import (
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
	reDecade  = regexp.MustCompile(`^(\d{1,3}0)'?s$`)
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
	q     Query
	t     *Timeline
	words []string
	idx   *searchIndex
}

func (q Query) matcher(t *Timeline) matcher {
	m := matcher{q: q, t: t, words: strings.Fields(foldString(q.Text))}
	if len(m.words) > 0 {
		m.idx = t.searchIndex()
	}
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
	if len(q.People) > 0 && !anyNameMatches(e.People, q.People) {
		return false
	}
	if len(q.Places) > 0 && !anyNameMatches(e.Places, q.Places) {
		return false
	}
	if len(m.words) > 0 {
		hay := m.idx.hay[i]
		for _, w := range m.words {
			if !strings.Contains(hay, w) {
				return false
			}
		}
	}
	return true
}

func anyNameMatches(names, wanted []string) bool {
	for _, w := range wanted {
		for _, n := range names {
			if MatchName(n, w) {
				return true
			}
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
type searchIndex struct{ hay []string }

func (t *Timeline) searchIndex() *searchIndex {
	if t.search != nil && len(t.search.hay) == len(t.Events) {
		return t.search
	}
	idx := &searchIndex{hay: make([]string, len(t.Events))}
	var b strings.Builder
	for i := range t.Events {
		e := &t.Events[i]
		b.Reset()
		b.WriteString(e.Text)
		for _, part := range [][]string{{e.Summary}, e.People, e.Places, e.Orgs} {
			for _, s := range part {
				b.WriteByte('\n')
				b.WriteString(s)
			}
		}
		idx.hay[i] = foldString(b.String())
	}
	t.search = idx
	return idx
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
