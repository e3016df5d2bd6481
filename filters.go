package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// reShortRange is a range whose end gives only its last digits: 1990-95.
var reShortRange = regexp.MustCompile(`^\s*(\d{3,4})\s*[-–]\s*(\d{1,3})\s*$`)

// expandShortRange reads "1990-95" as 1990-1995, as people write it: the end
// takes the start's leading digits when that puts it after the start.
func expandShortRange(s string) string {
	m := reShortRange.FindStringSubmatch(s)
	if m == nil || len(m[2]) >= len(m[1]) {
		return s
	}
	end := m[1][:len(m[1])-len(m[2])] + m[2]
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(end)
	if b < a {
		return s
	}
	return m[1] + "-" + end
}

// nothingKept says why the filters keep no event: for --person, with the
// closest names the timeline has; otherwise which filters.
func (f *filterFlags) nothingKept(t *model.Timeline) string {
	var q model.Query
	for _, p := range f.people {
		q.People = []string{p}
		if len(q.Apply(t)) > 0 {
			continue
		}
		msg := "no event names " + visible(p)
		if near := closestPeople(t, p, 3); len(near) > 0 {
			msg += "; did you mean " + visible(strings.Join(near, ", ")) + "?"
		}
		return msg
	}
	var parts []string
	if strings.TrimSpace(f.year) != "" {
		parts = append(parts, "--year "+visible(f.year))
	}
	for _, p := range f.people {
		parts = append(parts, "--person "+visible(p))
	}
	if f.grep != "" {
		parts = append(parts, "--grep "+visible(f.grep))
	}
	return fmt.Sprintf("no event matches %s", strings.Join(parts, " "))
}

// closestPeople is up to n people of the timeline whose names are nearest
// to name: by edit distance to the whole name or to one of its words, any
// case, most-named first among equals.
func closestPeople(t *model.Timeline, name string, n int) []string {
	want := strings.ToLower(strings.TrimSpace(name))
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	for _, e := range t.Entities { // most mentioned first
		if e.Kind != model.Person {
			continue
		}
		low := strings.ToLower(e.Name)
		d := editDistance(want, low)
		for _, w := range strings.Fields(low) {
			d = min(d, editDistance(want, w))
		}
		cands = append(cands, cand{e.Name, d})
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for _, c := range cands[:min(n, len(cands))] {
		out = append(out, c.name)
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, by runes; names are
// short, and only the people of one timeline are compared.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
