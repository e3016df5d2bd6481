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
	breakEnds            []int    // scratch for clauseBreakEnds
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
	counted := false // l.breakEnds is text's
	for _, mn := range m {
		switch mn.kind {
		case model.Place:
			l.places = appendUnique(l.places, mn.name)
		case model.Org:
			l.orgs = appendUnique(l.orgs, mn.name)
		case model.Person:
			if len(dates) > 1 && !mn.referred {
				if owner := pairedDate(mn, dates); owner >= 0 && owner != k {
					continue
				}
				if !counted {
					l.breakEnds, counted = clauseBreakEnds(text, l.breakEnds[:0]), true
				}
				if otherClause(l.breakEnds, mn, dates, k) || earlierSegment(text, mn, dates, k) {
					continue
				}
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

// pairedDate returns the date a person stands right next to: "NAME in DATE"
// or "DATE, NAME", with at most a preposition between them.
func pairedDate(mn mention, dates []dateMatch) int {
	for k, d := range dates {
		gap := d.start - mn.end
		if gap >= 0 && gap <= 4 { // " in ", " on "
			return k
		}
	}
	return -1
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
