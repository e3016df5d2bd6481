package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

// Which people go with which date of a sentence.

// nameLists gathers an event's people, places and organisations before
// they are copied out in one allocation.
type nameLists struct {
	people, places, orgs []string
	breakEnds            []int // the clause breaks of the sentence near reads, once counted
	counted              bool
	slab                 []string // the unused end of the block the lists are copied into
}

// nameSlabSize is how many names a block of nameLists' slab holds: the
// lists of a few hundred events, in one allocation.
const nameSlabSize = 4096

// near assigns the mentions of a sentence to its k-th date. Places and
// organisations go with every date of the sentence. A person goes with every
// date too, unless the sentence pairs people with dates one by one ("Zhu
// Rongji in April 1991 and Qian Qichen in March 1992"): a person standing
// right next to a date belongs to that date alone.
func (l *nameLists) near(m mentions, text string, dates []dateMatch, k int) (people, places, orgs []string) {
	l.people, l.places, l.orgs = l.people[:0], l.places[:0], l.orgs[:0]
	owned := ownedDate(text, m, dates[k])
	l.counted = false // l.breakEnds is not text's yet
	for _, mn := range m {
		switch mn.kind {
		case model.Place:
			l.places = appendUnique(l.places, mn.name)
		case model.Org:
			l.orgs = appendUnique(l.orgs, mn.name)
		case model.Person:
			if mn.aside || owned && !lifeSpan(text, mn, dates[k]) {
				continue // a parent named aside; another's life span
			}
			if len(dates) > 1 && !mn.referred && !l.ofDate(text, m, mn, dates, k) {
				continue
			}
			l.people = appendUnique(l.people, mn.name)
		}
	}
	// one backing array for the three lists, each capped so that an append
	// to one cannot write into the next, cut from a slab the chunk's events share
	np, nl, no := len(l.people), len(l.places), len(l.orgs)
	if np+nl+no == 0 {
		return nil, nil, nil
	}
	if np+nl+no > len(l.slab) {
		l.slab = make([]string, max(nameSlabSize, np+nl+no))
	}
	all := l.slab[: 0 : np+nl+no]
	l.slab = l.slab[np+nl+no:]
	all = append(append(append(all, l.people...), l.places...), l.orgs...)
	return listOrNil(all[:np:np]), listOrNil(all[np : np+nl : np+nl]), listOrNil(all[np+nl:])
}

// ofDate reports whether a person named in a sentence of several dates
// goes with date k: not when the person stands right next to another date,
// or in another clause or comma segment with a date of its own.
func (l *nameLists) ofDate(text string, m mentions, mn mention, dates []dateMatch, k int) bool {
	if owner := pairedDate(text, mn, dates); owner >= 0 && owner != k {
		return false
	}
	if !l.counted {
		l.breakEnds, l.counted = clauseBreakEnds(text, l.breakEnds[:0]), true
	}
	return !otherClause(l.breakEnds, mn, dates, k) && !earlierSegment(text, mn, dates, k) && !otherSegment(text, m, mn, dates, k)
}

// listOrNil keeps an empty list nil, as a list never appended to is.
func listOrNil(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// otherClause reports whether a person stands in another clause of the
// sentence (clauses split at semicolons and at a comma with a conjunction)
// than date k, a clause with a date of its own: "On 18 October 1908,
// parliament voted ...; on 15 November 1908, Leopold relinquished ..."
// gives Leopold to the second date only, and "she studied with A in 1890
// and, in Paris, with B in 1896" each teacher to his own year.
func otherClause(breakEnds []int, mn mention, dates []dateMatch, k int) bool {
	clause := func(pos int) int { return clauseAt(breakEnds, pos) }
	c := clause(mn.start)
	if clause(dates[k].start) == c {
		return false
	}
	for _, d := range dates {
		if clause(d.start) == c {
			return true
		}
	}
	return false
}

// pairedDate returns the date a person stands right next to: "NAME in
// DATE", with at most a preposition between them, or "NAME (DATE)".
func pairedDate(text string, mn mention, dates []dateMatch) int {
	for k, d := range dates {
		gap := d.start - mn.end
		if gap >= 0 && gap <= 4 || lifeSpan(text, mn, d) { // " in ", " on "
			return k
		}
	}
	return -1
}

// lifeSpan reports whether date d is the person's own, in brackets after
// the name: "Albertus Magnus (1193–1280)", "Ibn al-Haytham (Alhazen)
// (965–1040)", "Jane Roe (born 1950)".
func lifeSpan(text string, mn mention, d dateMatch) bool {
	if d.start < mn.end || d.start-mn.end > 40 {
		return false
	}
	gap := strings.TrimSpace(text[mn.end:d.start])
	for range 2 {
		inner, rest, ok := strings.Cut(strings.TrimPrefix(gap, "("), ")")
		if !strings.HasPrefix(gap, "(") || !ok || strings.Contains(inner, "(") {
			break // no other bracket before the date's: "(Alhazen) ("
		}
		gap = strings.TrimSpace(rest)
	}
	gap, ok := strings.CutPrefix(gap, "(")
	if !ok {
		return false
	}
	switch strings.TrimSpace(gap) {
	case "", "born", "b.", "died", "d.", "c.", "circa", "fl.":
		return true
	}
	return false
}

// ownedDate reports whether date d is some person's life span, which then
// goes to that person alone.
func ownedDate(text string, m mentions, d dateMatch) bool {
	if !bracketBefore(text, d.start) {
		return false // most dates: no bracket opens right before them
	}
	for _, mn := range m {
		if mn.kind == model.Person && lifeSpan(text, mn, d) {
			return true
		}
	}
	return false
}

// bracketBefore reports whether a "(" stands in the few bytes before pos
// ("(1867", "(born 1867"), which a life span needs.
func bracketBefore(text string, pos int) bool {
	return strings.IndexByte(text[max(pos-8, 0):pos], '(') >= 0
}

// otherSegment reports whether a person stands in a comma segment of the
// sentence that holds a date, but not date k: "although equaled by the
// 2004 entry, it was the best placing until Paparizou won in 2005" gives
// Paparizou 2005 alone. Commas inside a date ("June 14, 1979") do not cut.
// A person in the first segment is the sentence's subject, and has every
// date ("Marie Curie was born in 1867 in Warsaw, Poland and died in 1934").
// A sentence of many dates is left to the other rules, which cost less.
func otherSegment(text string, m mentions, mn mention, dates []dateMatch, k int) bool {
	if len(dates) > 8 || strings.IndexByte(text, ',') < 0 {
		return false
	}
	seg := commaSegment(text, dates, mn.start)
	if seg == 0 || commaSegment(text, dates, dates[k].start) == seg || whenSegment(text, mn.start) {
		return false
	}
	for _, d := range dates {
		if commaSegment(text, dates, d.start) == seg && !ownedDate(text, m, d) {
			return true // a date of the segment's own, not another's life span
		}
	}
	return false
}

// whenSegment reports whether the segment at pos opens with "when", which
// tells what happened at the date before it: "in the early 18th century,
// when Peter the Great visited in 1717" is Peter's at both dates.
func whenSegment(text string, pos int) bool {
	c := strings.LastIndexByte(text[:pos], ',')
	return c >= 0 && strings.HasPrefix(text[c+1:], " when ")
}

// commaSegment is how many commas stand before pos outside the dates and
// outside brackets (an aside in brackets is no segment of its own).
func commaSegment(text string, dates []dateMatch, pos int) int {
	n, depth, d := 0, 0, 0
	for i := 0; i < pos && i < len(text); i++ {
		for d < len(dates) && dates[d].end <= i {
			d++
		}
		if d < len(dates) && i >= dates[d].start {
			i = dates[d].end - 1
			continue
		}
		switch text[i] {
		case '(':
			depth++
		case ')':
			depth = max(depth-1, 0)
		case ',':
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

func appendUnique(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// personClauseBreaks join two clauses, each of which may hold its own date.
var personClauseBreaks = []string{";", " and,", ", and ", ", but ", ", while ", ", whereas "}

// clauseBreakEnds lists where the clause breaks of text end, in order: a
// position's clause is how many end at or before it (clauseAt). A break
// phrase is counted where strings.Count would count it, left to right
// without overlap, each phrase on its own.
func clauseBreakEnds(text string, dst []int) []int {
	for _, b := range personClauseBreaks {
		for at := 0; ; {
			i := strings.Index(text[at:], b)
			if i < 0 {
				break
			}
			at += i + len(b)
			dst = append(dst, at)
		}
	}
	slices.Sort(dst)
	return dst
}

// clauseAt is the clause of the sentence position pos: how many breaks end
// at or before it. It is clauseIndex(text[:pos]) without reading the text.
func clauseAt(breakEnds []int, pos int) int {
	n, _ := slices.BinarySearch(breakEnds, pos+1)
	return n
}
