package parse

import (
	"github.com/annals-tui/annals/parse/lang/en"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// point is one date the grammar read, before it is joined into an interval.
type point struct {
	date       model.Date
	start, end int // token range [start, end)
}

// findDates scans a sentence for date expressions, left to right, longest
// first at each position, and appends them to dst[:0].
func findDates(s string, toks []token, anchor model.Date, dst []dateMatch) []dateMatch {
	d := &dateScanner{s: s, toks: toks, anchor: anchor, out: dst[:0]}
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

// at tries every form at token i and returns the token after the match, or i.
func (d *dateScanner) at(i int) int {
	if !d.mayStart(i) {
		return i
	}
	if n := d.slashYears(i); n > i {
		return n
	}
	if n := d.eraRange(i); n > i {
		return n
	}
	if n := d.dayRange(i); n > i {
		return n
	}
	if n := d.shortDecade(i); n > i {
		return n
	}
	if n := d.shortYear(i); n > i {
		return n
	}
	if n := d.spanToEvent(i); n > i {
		return n
	}
	if n := d.fromTo(i); n > i {
		return n
	}
	if n := d.centuries(i); n > i {
		return n
	}
	if n := d.relative(i); n > i {
		return n
	}
	if n := d.relativeMore(i); n > i {
		return n
	}
	if n := d.monthRange(i); n > i {
		return n
	}
	p, ok := d.point(i)
	if !ok {
		return i
	}
	if d.chromeStamp(p) {
		return min(p.end+5, len(d.toks))
	}
	// "1912–2008", "May–June 2019", "1939–45", "1641 to 1853"
	if q, ok := d.rangeEnd(p); ok {
		d.emit(model.Between(p.date, q.date), p.start, q.end, false)
		return q.end
	}
	d.emit(p.date, p.start, p.end, false)
	return p.end
}

// cannotStart turns away, before mayStart, the tokens that can never open a
// date phrase: punctuation, quantities, and the words that are no date word
// and none of the words mayStart lets through ("from", "between", "the",
// "that", "in", "after", "ad"). Most tokens of a sentence stop here.
func cannotStart(t *token) bool {
	switch t.kind {
	case tNum, tOrd, tDecade:
		return false
	case tWord:
		return t.date == 0 && (t.lower == "" || !openerInitials[t.lower[0]])
	}
	return true
}

// openerInitials are the first letters of the words mayStart looks at
// beyond the date words.
var openerInitials = [256]bool{'f': true, 'b': true, 't': true, 'i': true, 'a': true, 'o': true}

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
	switch t.lower {
	case "from", "between":
		_, _, month := d.month(i + 1)
		return nextIsNumber || month || next("the")
	case "the":
		return next("following", "next", "subsequent", "previous", "preceding", "prior", "same")
	case "in", "that":
		return next("that", "year", "same", "month", "first")
	case "after":
		return nextIsNumber || i+1 < len(d.toks) && numberWords[d.toks[i+1].lower] > 0
	case "ad":
		return nextIsNumber
	case "on":
		return next("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	}
	switch t.date {
	case numberWord:
		return next("year", "years", "decade", "decades", "century", "centuries", "day", "days", "week", "weeks", "month", "months")
	case ordinalWord:
		return true
	case monthWord:
		return isCapitalized(t.text)
	}
	return false
}

// dateWords tells in one look-up whether a word is a number ("fifty"), an
// ordinal ("nineteenth") or a month ("March", "Sept").
var dateWords = buildDateWords()

const (
	numberWord = iota + 1
	ordinalWord
	monthWord
)

func buildDateWords() map[string]uint8 {
	m := map[string]uint8{}
	for w := range numberWords {
		m[w] = numberWord
	}
	for w := range ordinalWords {
		m[w] = ordinalWord
	}
	for w := range months {
		m[w] = monthWord
	}
	return m
}

// emit records a date, with a qualifier read from the word before it.
func (d *dateScanner) emit(date model.Date, from, to int, relative bool) {
	if d.is(from-1, "circa", "c", "ca", "around", "about", "approximately", "roughly") ||
		(d.punct(from-1, ".") && d.is(from-2, "c", "ca")) {
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

// point reads one date at token i: a day, a month, a year, a decade, or a
// day or month whose year the article gave earlier.
func (d *dateScanner) point(i int) (point, bool) {
	// ISO: 1991-04-25
	if i+4 < len(d.toks) && d.toks[i].kind == tNum && len(d.toks[i].text) == 4 && d.dash(i+1) && d.toks[i+1].text == "-" &&
		d.toks[i+2].kind == tNum && len(d.toks[i+2].text) == 2 && d.dash(i+3) && d.toks[i+4].kind == tNum &&
		len(d.toks[i+4].text) == 2 && d.toks[i].end == d.toks[i+1].start && d.toks[i+3].end == d.toks[i+4].start {
		y, m, dd := d.toks[i].val, d.toks[i+2].val, d.toks[i+4].val
		if m >= 1 && m <= 12 && dd >= 1 && dd <= model.DaysIn(y, m) {
			return point{model.DayDate(y, m, dd), i, i + 5}, true
		}
	}
	// 25 October 1971, 25 October, the 25th of October 1971
	if day, ok := d.dayNum(i); ok {
		at := i + 1
		if d.toks[i].kind == tOrd && d.is(at, "of") {
			at++
		}
		if m, n, ok := d.month(at); ok {
			if y, n2, ok := d.yearAfterMonth(n); ok && day <= model.DaysIn(y, m) {
				return point{model.DayDate(y, m, day), i, n2}, true
			}
			if y, ok := d.contextYear(); ok && day <= model.DaysIn(y, m) && d.dayWithoutYearOK(i) {
				return point{model.DayDate(y, m, day), i, n}, true
			}
		}
	}
	if m, n, ok := d.month(i); ok {
		// October 25, 1971 / October 25th 1971
		if day, ok := d.dayNum(n); ok {
			n2 := n + 1
			if d.punct(n2, ",") {
				n2++
			}
			if y, n3, ok := d.year(n2); ok && day <= model.DaysIn(y, m) {
				return point{model.DayDate(y, m, day), i, n3}, true
			}
			if y, ok := d.contextYear(); ok && day <= model.DaysIn(y, m) && d.dayWithoutYearOK(i) && (!d.punct(n+1, ".") || d.partOfDay(i)) {
				return point{model.DayDate(y, m, day), i, n + 1}, true
			}
		}
		// April 1991, April of 1991
		if y, n2, ok := d.yearAfterMonth(n); ok {
			return point{model.MonthDate(y, m), i, n2}, true
		}
		// "in March": the month of the year the article is in
		if y, ok := d.contextYear(); ok && d.is(i-1, "in", "by", "until", "since", "early", "late", "mid", "during") && !d.recurringDay(i) &&
			!d.punct(n, "-") && !(n < len(d.toks) && d.toks[n].kind == tNum) {
			return point{model.MonthDate(y, m), i, n}, true
		}
	}
	if y, n, ok := d.year(i); ok {
		return point{model.YearDate(y), i, n}, true
	}
	// the 1980s, the 1980s BC
	if i < len(d.toks) && d.toks[i].kind == tDecade && d.toks[i].val >= 100 {
		v := d.toks[i].val
		n := i + 1
		if bc, n2, ok := d.era(n); ok && bc {
			return point{model.DecadeDate(1 - v - 9), i, n2}, true
		}
		if v%100 == 0 && v < 2000 {
			// "the 1800s" is how English says the 19th century; "the
			// 2000s" is the first decade of the 21st
			return point{model.CenturyDate(v / 100), i, n}, true
		}
		return point{model.DecadeDate(v), i, n}, true
	}
	return point{}, false
}

// yearAfterMonth reads the year of "April 1991", "April, 1991" or "April of 1991".
func (d *dateScanner) yearAfterMonth(n int) (int, int, bool) {
	if d.punct(n, ",") || d.is(n, "of") {
		n++
	}
	return d.year(n)
}

// contextYear is the year that year-less dates take: that of the latest
// date stated before them.
func (d *dateScanner) contextYear() (int, bool) {
	if d.anchor.IsZero() || d.anchor.Precision > model.Year {
		return 0, false
	}
	return d.anchor.End.Year, true
}

// dayWithoutYearOK accepts "On 6 October" and "by October 6" but not a
// number that happens to precede a month name in a list.
func (d *dateScanner) dayWithoutYearOK(i int) bool {
	return d.is(i-1, "on", "by", "until", "from", "since", "before", "after", "and", "to", "till") ||
		d.dash(i-1) || i == 0 || d.partOfDay(i) || d.punct(i-1, "(") ||
		d.punct(i-1, ",") && i >= 2 && isMonthWord(d.toks[i-2].text) // "15 July, 6 August"
}

// rangeEnd reads the second point of an interval right after p: a dash or
// "to"/"until"/"through", then a point of the same kind ("1939–45" too).
func (d *dateScanner) rangeEnd(p point) (point, bool) {
	i := p.end
	if i >= len(d.toks) {
		return point{}, false
	}
	viaDash := d.dash(i)
	if !viaDash && !d.is(i, "to", "until", "till", "through", "thru") {
		return point{}, false
	}
	if !viaDash && !d.is(p.start-1, "from", "between") && p.date.Precision != model.Year && p.date.Precision != model.Decade {
		return point{}, false
	}
	if !viaDash && !d.is(i, "to") && !d.is(p.start-1, "from") {
		return point{}, false // "in 1990 until 1995 ..." is rare; "until 1995" alone is a date
	}
	// 1939–45: two digits complete the first year's century
	if viaDash && p.date.Precision == model.Year && i+1 < len(d.toks) && d.toks[i+1].kind == tNum && len(d.toks[i+1].text) == 2 {
		y := p.date.Start.Year/100*100 + d.toks[i+1].val
		if y > p.date.Start.Year {
			return point{model.YearDate(y), i + 1, i + 2}, true
		}
	}
	// the 1970s–80s: two digits complete the first decade's century
	if viaDash && p.date.Precision == model.Decade && i+1 < len(d.toks) && d.toks[i+1].kind == tDecade && d.toks[i+1].val < 100 {
		y := p.date.Start.Year/100*100 + d.toks[i+1].val
		if y > p.date.Start.Year {
			return point{model.DecadeDate(y), i + 1, i + 2}, true
		}
	}
	q, ok := d.point(i + 1)
	if !ok {
		return point{}, false
	}
	if q.date.Start.Compare(p.date.Start) < 0 {
		return point{}, false
	}
	return q, true
}

// fromTo reads "between X and Y" and "from X to Y" as one interval.
func (d *dateScanner) fromTo(i int) int {
	if !d.is(i, "between", "from") {
		return i
	}
	if n := d.monthRange(i + 1); n > i+1 {
		d.out[len(d.out)-1].start = d.toks[i].start // "from May to June 2019"
		return n
	}
	first := i + 1
	if d.is(first, "the") {
		first++ // "from the 1920s to the 1960s"
	}
	p, ok := d.point(first)
	if !ok || p.date.Precision > model.Decade {
		return i
	}
	j := p.end
	if !(d.is(i, "between") && d.is(j, "and")) && !(d.is(i, "from") && d.is(j, "to", "until", "till", "through")) && !d.dash(j) {
		return i
	}
	if d.is(j+1, "the") {
		j++
	}
	q, ok := d.point(j + 1)
	if !ok || q.date.Start.Compare(p.date.Start) < 0 {
		return i
	}
	d.emit(model.Between(p.date, q.date), p.start, q.end, false)
	return q.end
}

// monthRange reads "May–June 2019" and "May to June 2019" (one interval),
// "January and February 2019" (two dates), and the same with days: "12–13
// May 2015", "5 and 6 June 1990". The first part takes the second's year
// (and month).
func (d *dateScanner) monthRange(i int) int {
	if day, ok := d.dayNum(i); ok && (d.dash(i+1) || d.is(i+1, "and", "to")) {
		q, ok := d.point(i + 2)
		if !ok || q.date.Precision != model.Day || day >= q.date.Start.Day {
			return i
		}
		first := model.DayDate(q.date.Start.Year, q.date.Start.Month, day)
		if d.is(i+1, "and") {
			d.emit(first, i, i+1, false)
			d.emit(q.date, q.start, q.end, false)
		} else {
			d.emit(model.Between(first, q.date), i, q.end, false)
		}
		return q.end
	}
	m, n, ok := d.month(i)
	if !ok || !(d.dash(n) || d.is(n, "to", "until", "through", "and", "or")) {
		return i
	}
	q, ok := d.point(n + 1)
	if !ok || q.date.Precision != model.Month || m >= q.date.Start.Month {
		return i
	}
	first := model.MonthDate(q.date.Start.Year, m)
	if d.is(n, "and", "or") {
		d.emit(first, i, n, false)
		d.emit(q.date, q.start, q.end, false)
	} else {
		d.emit(model.Between(first, q.date), i, q.end, false)
	}
	return q.end
}

var ordinalWords = en.Pack.OrdinalWords

// ordinal reads a century number at i: "19th", "nineteenth", or a bare
// number before a dash in "16-17th centuries".
func (d *dateScanner) ordinal(i int, bareOK bool) (int, bool) {
	if i >= len(d.toks) {
		return 0, false
	}
	t := d.toks[i]
	switch {
	case t.kind == tOrd && t.val >= 1 && t.val <= 22:
		return t.val, true
	case t.kind == tWord:
		n, ok := ordinalWords[t.lower]
		return n, ok
	case bareOK && t.kind == tNum && t.val >= 1 && t.val <= 22 && len(t.text) <= 2:
		return t.val, true
	}
	return 0, false
}

// centuries reads "the 19th century", "the early 18th century", "(16-17th
// centuries)" (an interval), "the late 19th and early 20th century" (two
// dates), "the 3rd century BC".
func (d *dateScanner) centuries(i int) int {
	first, ok := d.ordinal(i, true)
	if !ok {
		return i
	}
	j := i + 1
	type part struct{ n, start, end int }
	parts := []part{{first, i, j}}
	joinedByAnd := false
	for {
		k := j
		isAnd := d.is(k, "and", "or")
		if !(d.dash(k) || d.is(k, "to") || isAnd) {
			break
		}
		k++
		if d.is(k, "the") {
			k++
		}
		if d.is(k, "early", "mid", "late", "middle") {
			k++
			if d.dash(k) {
				k++
			}
		}
		n, ok := d.ordinal(k, false)
		if !ok || n == first {
			break
		}
		joinedByAnd = joinedByAnd || isAnd
		parts = append(parts, part{n, k, k + 1})
		j = k + 1
	}
	if d.dash(j) && d.is(j+1, "century") && d.toks[j].start == d.toks[j-1].end {
		j++ // "12th-century manuscripts"
	}
	if !d.is(j, "century", "centuries", "c") {
		return i
	}
	if d.toks[i].kind == tNum && len(parts) == 1 {
		return i // a bare number needs an ordinal after it: "16-17th"
	}
	end := j + 1
	bc := false
	if b, n, ok := d.era(end); ok {
		bc, end = b, n
	}
	if !centuriesInOrder(parts[0].n, parts[len(parts)-1].n, bc) {
		return i
	}
	century := func(n int) model.Date { return centuryOf(n, bc) }
	start := i
	if d.is(i-1, "early", "mid", "late", "middle") {
		start = i - 1
	}
	if len(parts) == 1 || !joinedByAnd {
		date := century(first)
		if len(parts) > 1 {
			date = model.Between(century(first), century(parts[len(parts)-1].n))
		}
		d.emit(date, start, end, false)
		return end
	}
	// "late 19th and early 20th century": one date each, the last one
	// owning the noun.
	for k, p := range parts {
		from, to := p.start, p.end
		if k == 0 {
			from = start
		}
		if k == len(parts)-1 {
			to = end
		}
		if d.is(from-1, "early", "mid", "late", "middle") && k > 0 {
			from--
		}
		d.emit(century(p.n), from, to, false)
	}
	return end
}

var numberWords = en.Pack.NumberWords

// relative reads a date stated against an earlier one: "a decade later",
// "two years later", "after fifty years", "the following year", "that year".
func (d *dateScanner) relative(i int) int {
	if d.anchor.IsZero() || d.anchor.Precision > model.Year {
		return i
	}
	base := d.anchor.End.Year
	emit := func(delta, from, to int) int {
		d.emit(model.YearDate(base+delta), from, to, true)
		return to
	}
	// N years later / a decade later / N years earlier
	if n, unit, j, ok := d.duration(i); ok {
		switch {
		case d.is(j, "later", "afterwards", "afterward", "after") && !d.is(j+1, "the", "his", "her", "its", "their"):
			return emit(n*unit, i, j+1)
		case d.is(j, "earlier", "before", "prior") && !d.is(j+1, "the", "his", "her", "its", "their"):
			return emit(-n*unit, i, j+1)
		}
	}
	// after fifty years (of ...)
	if d.is(i, "after") {
		if n, unit, j, ok := d.duration(i + 1); ok && n > 0 && !d.is(j, "later", "ago") {
			return emit(n*unit, i, j)
		}
	}
	// the following year, the next year, the previous year, the same year
	if d.is(i, "the") && d.is(i+2, "year") {
		switch {
		case d.is(i+1, "following", "next", "subsequent"):
			return emit(1, i, i+3)
		case d.is(i+1, "previous", "preceding", "prior"):
			return emit(-1, i, i+3)
		case d.is(i+1, "same"):
			return emit(0, i, i+3)
		}
	}
	if d.is(i, "that") && d.is(i+1, "year") && !d.is(i+2, "of", "s") && !d.is(i-1, "in") || d.is(i, "that") && d.is(i+1, "same") && d.is(i+2, "year") {
		end := i + 2
		if d.is(i+1, "same") {
			end++
		}
		return emit(0, i, end)
	}
	if d.is(i, "in") && d.is(i+1, "that") && d.is(i+2, "year") {
		return emit(0, i+1, i+3)
	}
	return d.relativeDayOrMonth(i)
}

// relativeDayOrMonth reads "the next day", "the following month", "that
// month", against an anchor precise enough to count from.
func (d *dateScanner) relativeDayOrMonth(i int) int {
	a := d.anchor
	switch {
	case d.is(i, "the") && d.is(i+1, "following", "next") && d.is(i+2, "day") && a.Precision == model.Day:
		y, m, dd := a.Start.Year, a.Start.Month, a.Start.Day+1
		if dd > model.DaysIn(y, m) {
			dd, m = 1, m+1
			if m > 12 {
				m, y = 1, y+1
			}
		}
		d.emit(model.DayDate(y, m, dd), i, i+3, true)
		return i + 3
	case d.is(i, "the") && d.is(i+1, "following", "next") && d.is(i+2, "month") && a.Precision <= model.Month:
		y, m := a.Start.Year, a.Start.Month+1
		if m > 12 {
			m, y = 1, y+1
		}
		d.emit(model.MonthDate(y, m), i, i+3, true)
		return i + 3
	case d.is(i, "that") && d.is(i+1, "month") && a.Precision <= model.Month && !d.is(i-1, "in"):
		d.emit(model.MonthDate(a.Start.Year, a.Start.Month), i, i+2, true)
		return i + 2
	}
	return i
}

// duration reads "two years", "a decade", "fifty years", "10 years".
func (d *dateScanner) duration(i int) (n, unit, next int, ok bool) {
	if i >= len(d.toks) {
		return 0, 0, i, false
	}
	t := d.toks[i]
	switch {
	case t.kind == tNum && t.val > 0 && t.val < 200 && len(t.text) <= 3:
		n = t.val
	case t.kind == tWord:
		v, found := numberWords[t.lower]
		if !found || v == 0 {
			return 0, 0, i, false
		}
		n = v
	default:
		return 0, 0, i, false
	}
	switch {
	case d.is(i+1, "year", "years"):
		return n, 1, i + 2, true
	case d.is(i+1, "decade", "decades"):
		return n, 10, i + 2, true
	case d.is(i+1, "century", "centuries"):
		return n, 100, i + 2, true
	}
	return 0, 0, i, false
}
