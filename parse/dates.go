package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// The date grammar: a scanner that reads the tokens of a sentence left to
// right and, at each token, tries the date forms in the order the forms
// list below states. The forms live in files by family: points
// (forms_points.go), ranges (forms_ranges.go), centuries and decades
// (forms_centuries.go), relative dates (forms_relative.go) and the numbers
// that are no date (forms_notdates.go).
// dateMatch is one date expression found in a sentence.
type dateMatch struct {
	date       model.Date
	start, end int  // byte range of the phrase in the sentence
	relative   bool // "a decade later", "that year": resolved from an earlier date
}

// dateScanner finds the date expressions of one sentence. anchor is the
// latest date stated before it in the article, which relative and year-less
// expressions ("that year", "On 6 October") are resolved against.
type dateScanner struct {
	v      *vocab          // the language's words
	w      *lang.DateWords // &v.Dates
	s      string
	toks   []token
	anchor model.Date
	out    []dateMatch
}

// findDates scans a sentence for date expressions, left to right, longest
// first at each position, and appends them to dst[:0].
func findDates(s string, toks []token, anchor model.Date, dst []dateMatch) []dateMatch {
	return english().findDates(s, toks, anchor, dst)
}

// findDates is findDates in the language of v; toks are cut with v's
// lexicon (v.tokenize).
func (v *vocab) findDates(s string, toks []token, anchor model.Date, dst []dateMatch) []dateMatch {
	d := &dateScanner{v: v, w: &v.Dates, s: s, toks: toks, anchor: anchor, out: dst[:0]}
	for i := 0; i < len(toks); {
		if cannotStart(&toks[i]) {
			i++
			continue
		}
		if n := d.at(i); n > i {
			i = n
			continue
		}
		i++
	}
	return dropRestated(s, d.out)
}

// at tries the date forms of the grammar at token i, in the order this
// list states, and returns the token after the first phrase one reads, or i
// when none does. A longer or more particular form comes before the forms
// its parts would also match; each returns the token after what it read,
// or i. A new form goes in its family's file and takes its place here.
// (Calls, not a table of functions: through a table the scanner would
// escape to the heap, once a sentence.)
func (d *dateScanner) at(i int) int {
	if !d.mayStart(i) {
		return i
	}
	if n := d.slashYears(i); n > i { // ranges: "1995/96", "1193/1206" (no date)
		return n
	}
	if n := d.eraRange(i); n > i { // ranges: "(323–283 BC)", "(965–1040)"
		return n
	}
	if n := d.dayRange(i); n > i { // ranges: "July 1–3, 1863"
		return n
	}
	if n := d.shortDecade(i); n > i { // decades: "the '60s"
		return n
	}
	if n := d.shortYear(i); n > i { // points: "June 86", "in '89"
		return n
	}
	if n := d.spanToEvent(i); n > i { // ranges: "from 1902 until her death in 1937"
		return n
	}
	if n := d.fromTo(i); n > i { // ranges: "between 1990 and 1995", "from the 1920s to the 1960s"
		return n
	}
	if n := d.centuries(i); n > i { // centuries: "the late 19th and early 20th century"
		return n
	}
	if n := d.relative(i); n > i { // relative: "a decade later", "the following year"
		return n
	}
	if n := d.relativeMore(i); n > i { // relative: "the same day", "two days later", "on Tuesday"
		return n
	}
	if n := d.monthRange(i); n > i { // ranges: "May–June 2019", "12–13 May 2015"
		return n
	}
	if n := d.pointOrRange(i); n > i { // points: "25 October 1971", and "1912–2008" after one
		return n
	}
	return i
}

// pointOrRange reads a point at token i, and the interval it opens when a
// second point follows: "1912–2008", "May–June 2019", "1939–45", "1641 to
// 1853".
func (d *dateScanner) pointOrRange(i int) int {
	p, ok := d.point(i)
	if !ok {
		return i
	}
	if d.chromeStamp(p) {
		return min(p.end+5, len(d.toks))
	}
	if q, ok := d.rangeEnd(p); ok {
		d.emit(model.Between(p.date, q.date), p.start, q.end, false)
		return q.end
	}
	d.emit(p.date, p.start, p.end, false)
	return p.end
}

// cannotStart turns away, before mayStart, the tokens that can never open a
// date phrase: punctuation, quantities, and the words that are no date word
// and none of the words mayStart lets through (the pack's openers: "from",
// "between", "the", "that", "in", "after", "AD", "on", which the lexicon
// marks). Most tokens of a sentence stop here.
func cannotStart(t *token) bool {
	switch t.kind {
	case tNum, tOrd, tDecade:
		return false
	case tWord:
		return t.date == 0 && t.opens == 0
	}
	return true
}

// mayStart is a cheap test that token i can open a date phrase, so that
// most words cost a switch and at most a map look-up or two. Common words
// that open relative phrases ("the following year", "a decade later") are
// let through only when the next word fits.
func (d *dateScanner) mayStart(i int) bool {
	t := &d.toks[i]
	switch t.kind {
	case tNum, tOrd, tDecade:
		return true
	case tWord:
	default:
		return false
	}
	next := func(words ...string) bool { return d.is(i+1, words...) }
	nextIsNumber := i+1 < len(d.toks) && d.toks[i+1].kind != tWord && d.toks[i+1].kind != tPunct && d.toks[i+1].kind != tDash
	switch t.opens {
	case startFrom:
		_, _, month := d.month(i + 1)
		return nextIsNumber || month || next(d.w.The...)
	case startThe:
		return next(d.v.relAdj...)
	case startThat:
		return next(d.v.thatNext...)
	case startAfter:
		return nextIsNumber || i+1 < len(d.toks) && d.v.NumberWords[d.toks[i+1].lower] > 0
	case startEra:
		return nextIsNumber
	case startOn:
		return next(d.v.weekdayNames...)
	}
	switch t.date {
	case numberWord:
		return next(d.v.allUnits...)
	case ordinalWord:
		return true
	case monthWord:
		return d.w.LowerMonths || isCapitalized(t.text)
	}
	return false
}

// emit records a date, with a qualifier read from the word before it.
func (d *dateScanner) emit(date model.Date, from, to int, relative bool) {
	if d.is(from-1, d.w.Approximate...) ||
		(d.punct(from-1, ".") && d.is(from-2, d.w.ApproxStops...)) {
		date.Approximate = true
		if d.punct(from-1, ".") {
			from--
		}
		from--
	}
	d.out = append(d.out, dateMatch{date: date, start: d.toks[from].start, end: d.toks[to-1].end, relative: relative})
	if !relative {
		d.anchor = date
	}
}

// is reports whether token i is the word w, in any case.
func (d *dateScanner) is(i int, words ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	t := &d.toks[i]
	if t.lower != "" {
		for _, w := range words {
			if t.lower == w {
				return true
			}
		}
		return false
	}
	// A word no list holds ("Following", "YEARS"): compare folding case,
	// past the words whose first letter already differs.
	first := t.text[0]
	if first < utf8.RuneSelf {
		first |= 0x20 // an ASCII letter in lower case
	}
	for _, w := range words {
		if (first >= utf8.RuneSelf || w != "" && w[0] == first) && strings.EqualFold(t.text, w) {
			return true
		}
	}
	return false
}

func (d *dateScanner) punct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.toks[i].text == p
}

func (d *dateScanner) dash(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == tDash }

func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' || startsUpper(w) }

func (d *dateScanner) isMonthWord(w string) bool {
	_, ok := d.v.Months[strings.ToLower(w)]
	return ok && (d.w.LowerMonths || isCapitalized(w))
}
