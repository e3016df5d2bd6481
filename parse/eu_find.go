package parse

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// euFormMatch is one form's match, before the matches are chosen among.
type euFormMatch struct {
	m          euMatch
	form       int
	start, end int
}

// euFormScratch holds the match slices, kept from sentence to sentence.
var euFormScratch = sync.Pool{New: func() any { return new([]euFormMatch) }}

// find is findDates for the grammar's language: every form's matches that
// start and end at word edges, the longest at each place, none
// overlapping, read left to right so that "that year" means the latest
// date even within the sentence.
func (g *euGrammar) find(s string, anchor model.Date, dst []dateMatch) []dateMatch {
	scratch := euFormScratch.Get().(*[]euFormMatch)
	defer euFormScratch.Put(scratch)
	cs := g.formMatches(s, (*scratch)[:0])
	*scratch = cs
	slices.SortFunc(cs, func(a, b euFormMatch) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end
		}
		return a.form - b.form
	})
	out, last := dst[:0], 0
	for _, c := range cs {
		if c.start < last {
			continue
		}
		d, rel, ok := g.forms[c.form].read(g, c.m, anchor)
		if !ok {
			continue
		}
		if !rel {
			anchor = d
		}
		out = append(out, dateMatch{date: d, start: c.start, end: c.end, relative: rel})
		last = c.end
		if m, ok := g.second(s, c.end, d); ok {
			out = append(out, m)
			last = m.end
		}
	}
	return dropYearLabel(s, out)
}

// formMatches are each form's matches in s, found as a regexp finds them one
// after the other: the first match at or after the end of the form's last,
// kept when it starts and ends at a word's edge. A match inside a word is
// never kept, so forms are tried only where a word may start, and only
// the forms that can start with the byte there.
func (g *euGrammar) formMatches(s string, cs []euFormMatch) []euFormMatch {
	set := g.formsFor(s)
	if !strings.ContainsAny(s, "0123456789") {
		set &^= g.digitForms
	}
	var next [64]int // per form, where its next match may start
	m := matcher{s: s}
	inWord := false
	for i := 0; i < len(s); {
		word, size := wordRune(s, i)
		if inWord && word { // not a word's edge
			i += size
			continue
		}
		inWord = word
		try := set & g.firstForms[s[i]]
		if c := s[i] | 0x20; try != 0 && 'a' <= c && c <= 'z' {
			try = g.dispatch.forms(s, i, try)
		} else if try != 0 && '0' <= s[i] && s[i] <= '9' {
			try = g.digits.forms(s, i, try)
		}
		for ; try != 0; try &= try - 1 {
			k := bits.TrailingZeros64(try)
			if i < next[k] || !m.at(g.forms[k].pattern, i) || m.end == i || !wordEdge(s, m.end) {
				continue
			}
			cs = append(cs, euFormMatch{euMatch{s: s, caps: m.caps, after: s[m.end:]}, k, i, m.end})
			next[k] = m.end
		}
		i += size
	}
	return cs
}

// wordRune says whether the rune at i is a letter or a digit, and its size.
func wordRune(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), size
}

// dropYearLabel drops the year that labels a list item ("1894 : décès à
// Paris le 7 février") when a finer date of that year follows in the item:
// the two are one date.
func dropYearLabel(s string, out []dateMatch) []dateMatch {
	if len(out) < 2 || out[0].date.Precision != model.Year || out[0].date.Interval ||
		strings.TrimLeft(s[:out[0].start], "-–•* ") != "" || !strings.HasPrefix(strings.TrimLeft(s[out[0].end:], " \u00a0"), ":") {
		return out
	}
	for _, m := range out[1:] {
		if m.date.Start.Year == out[0].date.Start.Year && m.date.Precision < model.Year {
			return append(out[:0], out[1:]...)
		}
	}
	return out
}

// second reads a year or decade joined to the date d that ends at end by
// an "and": "rond 850 en 880", "les années 70 et 80".
func (g *euGrammar) second(s string, end int, d model.Date) (dateMatch, bool) {
	if d.Interval || d.Precision != model.Year && d.Precision != model.Decade {
		return dateMatch{}, false
	}
	m := matcher{s: s}
	if !m.at(g.and, end) || !wordEdge(s, m.end) {
		return dateMatch{}, false
	}
	from, to := int(m.caps[2*gY]), int(m.caps[2*gY+1])
	num := s[from:to]
	v := atoi(num)
	if len(num) == 2 {
		v += int(d.Start.Year) / 100 * 100
	}
	var next model.Date
	switch {
	case d.Precision == model.Decade && v%10 == 0 && v > int(d.Start.Year):
		next = model.DecadeDate(v)
	case d.Precision == model.Year && len(num) >= 3 && v > int(d.Start.Year) && plausibleYear(v) && !g.quantityAfter(s[m.end:]):
		next = model.YearDate(v)
	default:
		return dateMatch{}, false
	}
	return dateMatch{date: next, start: from, end: to}, true
}

// wordEdge says whether i is not inside a word or a number.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return !(inWord(before) && inWord(after))
}

// firstBytes marks the bytes a match of n can start with (more is safe,
// fewer would lose matches); empty says whether n can match nothing.
func firstBytes(n *node, set *[256]bool) (empty bool) {
	switch n.kind {
	case nodeAccept:
		return true
	case patAlt:
		for _, a := range n.alts {
			empty = firstBytes(a, set) || empty
		}
		return empty
	case patCap, patBegin:
		return firstBytes(n.next, set)
	case patWords:
		for b, ok := range n.first {
			set[b] = set[b] || ok
		}
		return false
	default: // patRep
		if n.set != nil {
			for b, ok := range n.set {
				set[b] = set[b] || ok
			}
		} else {
			classBytes(n.class, set)
		}
		if n.min == 0 {
			return firstBytes(n.next, set)
		}
		return false
	}
}

// classBytes marks the ASCII bytes of the class, and every byte that opens
// a longer rune.
func classBytes(class func(rune) bool, set *[256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		set[b] = set[b] || class(rune(b))
	}
	for b := 0xC0; b < 256; b++ {
		set[b] = true
	}
}

// indexForms fills firstForms and digitForms once the forms are added.
func (g *euGrammar) indexForms() {
	for k, f := range g.forms {
		var set [256]bool
		if firstBytes(f.pattern, &set) {
			for b := range set {
				set[b] = true
			}
		}
		for b, ok := range set {
			if ok {
				g.firstForms[b] |= 1 << k
			}
		}
		if f.digit {
			g.digitForms |= 1 << k
		}
		g.dispatch.index(k, f.pattern)
		g.digits.index(k, f.pattern)
	}
}
