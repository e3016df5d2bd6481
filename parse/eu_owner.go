package parse

import (
	"sort"
	"strings"
)

// Which date of a sentence each of its names goes with. A sentence may be
// long (a list run together, a hostile input): each name finds its dates
// by binary search over the dates and the clause breaks, read once.

// euBreak is where a clause opens: a comma, a semicolon, a colon or a
// subordinator ("lorsque", "toen", "nachdem"); when: a subordinator of
// time. A subordinator right after a comma opens the same clause.
type euBreak struct {
	pos  int
	when bool
}

func (g *euGrammar) clauseBreaks(text string, ws []euWord) []euBreak {
	l := g.pack.Latin
	var out []euBreak
	words, prev := 0, 0 // words since the last break; the end of the last word
	punct := func(gap string, at int) {
		for i := 0; i < len(gap); i++ {
			if c := gap[i]; c == ',' || c == ';' || c == ':' {
				out, words = append(out, euBreak{pos: at + i}), 0
			}
		}
	}
	for _, w := range ws {
		punct(text[prev:w.start], prev)
		prev = w.end
		if lw := strings.ToLower(w.text); l.Subordinators[lw] {
			if n := len(out); n > 0 && words == 0 {
				out[n-1].when = l.When[lw] // ", lorsque": one break
			} else {
				out = append(out, euBreak{pos: w.start, when: l.When[lw]})
			}
			words = 0
			continue
		}
		words++
	}
	punct(text[prev:], prev)
	return out
}

// euClauseAt is the clause pos stands in: how many breaks stand before it.
func euClauseAt(br []euBreak, pos int) int {
	return sort.Search(len(br), func(i int) bool { return br[i].pos >= pos })
}

// assignDates sets each name's date: the date right after it across an
// apposition only ("par Jean, duc de Bourgogne, en 1408"), else the nearer
// of the dates either side in its own clause ("In 630 koos St Amandus …,
// die rond 660 …"), else the nearer of them. A name in a clause of time
// ("au XVIIIe siècle lorsque Pierre Ier … en 1717") goes with the dates of
// the clause before it too. It returns the clause of each date.
func (g *euGrammar) assignDates(text string, ws []euWord, cands []euCand, dates []dateMatch, dateClause []int) []int {
	br := g.clauseBreaks(text, ws)
	for _, d := range dates {
		dateClause = append(dateClause, euClauseAt(br, d.start))
	}
	for i := range cands {
		c := &cands[i]
		c.owner, c.also = 0, -1
		if len(dates) == 0 {
			continue
		}
		cl := euClauseAt(br, c.start)
		if cl > 0 && br[cl-1].when {
			c.also = cl - 1
		}
		next := sort.Search(len(dates), func(i int) bool { return dates[i].start >= c.end })
		if next < len(dates) && g.apposition(text[c.end:dates[next].start]) {
			c.owner = next
			continue
		}
		c.owner = nearer(c, dates, dateClause, cl, next)
	}
	return dateClause
}

// nearer is the date before c (next-1) or after it (next) that is nearer,
// one of its own clause cl first.
func nearer(c *euCand, dates []dateMatch, dateClause []int, cl, next int) int {
	best, far := -1, 0
	for _, i := range []int{next - 1, next} {
		if i < 0 || i >= len(dates) {
			continue
		}
		dist := max(c.start-dates[i].end, dates[i].start-c.end, 0)
		if dateClause[i] != cl {
			dist += 1 << 30
		}
		if best < 0 || dist < far {
			best, far = i, dist
		}
	}
	return max(best, 0)
}

// apposition says whether what stands between a name and a date is only
// more names, offices, particles and the date's opener: ", roi de France,
// en".
func (g *euGrammar) apposition(gap string) bool {
	l := g.pack.Latin
	if len(gap) > 160 || strings.ContainsAny(gap, ";()") {
		return false
	}
	for _, w := range splitWords(gap) {
		lw := strings.ToLower(w.text)
		if !startsUpper(w.text) && !g.isTitle(lw) && !l.NameParticles[lw] && !g.pack.YearOpeners[lw] && !inList(l.And, lw) {
			return false
		}
	}
	return true
}
