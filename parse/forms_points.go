package parse

import (
	"slices"

	"github.com/annals-tui/annals/model"
)

// Points: one day, month, year or decade ("25 October 1971", "April 1991",
// "1991", "the 1980s"), the forms every other family builds on.
// point is one date the grammar read, before it is joined into an interval.
type point struct {
	date       model.Date
	start, end int // token range [start, end)
}

// point reads one date at token i: a day, a month, a year, a decade, or a
// day or month whose year the article gave earlier.
func (d *dateScanner) point(i int) (point, bool) {
	if p, ok := d.isoDay(i); ok {
		return p, true
	}
	if p, ok := d.dayFirst(i); ok {
		return p, true
	}
	if p, ok := d.monthFirst(i); ok {
		return p, true
	}
	if y, n, ok := d.year(i); ok {
		return point{model.YearDate(y), i, n}, true
	}
	return d.decade(i)
}

// isoDay reads 1991-04-25.
func (d *dateScanner) isoDay(i int) (point, bool) {
	if i+4 < len(d.toks) && d.toks[i].kind == tNum && len(d.toks[i].text) == 4 && d.dash(i+1) && d.toks[i+1].text == "-" &&
		d.toks[i+2].kind == tNum && len(d.toks[i+2].text) == 2 && d.dash(i+3) && d.toks[i+4].kind == tNum &&
		len(d.toks[i+4].text) == 2 && d.toks[i].end == d.toks[i+1].start && d.toks[i+3].end == d.toks[i+4].start {
		y, m, dd := d.toks[i].val, d.toks[i+2].val, d.toks[i+4].val
		if m >= 1 && m <= 12 && dd >= 1 && dd <= model.DaysIn(y, m) {
			return point{model.DayDate(y, m, dd), i, i + 5}, true
		}
	}
	return point{}, false
}

// dayFirst reads 25 October 1971, 25 October, the 25th of October 1971.
func (d *dateScanner) dayFirst(i int) (point, bool) {
	day, ok := d.dayNum(i)
	if !ok {
		return point{}, false
	}
	at := i + 1
	if d.toks[i].kind == tOrd && d.is(at, d.w.Of...) {
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
	return point{}, false
}

// monthFirst reads October 25, 1971, April 1991, April of 1991, and "in
// March", the month of the year the article is in.
func (d *dateScanner) monthFirst(i int) (point, bool) {
	m, n, ok := d.month(i)
	if !ok {
		return point{}, false
	}
	if p, ok := d.monthDay(i, m, n); ok {
		return p, true
	}
	if y, n2, ok := d.yearAfterMonth(n); ok {
		return point{model.MonthDate(y, m), i, n2}, true
	}
	if y, ok := d.contextYear(); ok && d.is(i-1, d.w.MonthInYear...) && !d.recurringDay(i) &&
		!d.punct(n, "-") && !(n < len(d.toks) && d.toks[n].kind == tNum) {
		return point{model.MonthDate(y, m), i, n}, true
	}
	return point{}, false
}

// monthDay reads the day after month m at token i (which ends at n):
// October 25, 1971 / October 25th 1971, or October 25 in the year of the
// article.
func (d *dateScanner) monthDay(i, m, n int) (point, bool) {
	day, ok := d.dayNum(n)
	if !ok {
		return point{}, false
	}
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
	return point{}, false
}

// decade reads the 1980s, the 1980s BC, and the 1800s, which is how English
// says the 19th century.
func (d *dateScanner) decade(i int) (point, bool) {
	if i >= len(d.toks) || d.toks[i].kind != tDecade || d.toks[i].val < 100 {
		return point{}, false
	}
	v := d.toks[i].val
	n := i + 1
	if bc, n2, ok := d.era(n); ok && bc {
		return point{model.DecadeDate(1 - v - 9), i, n2}, true
	}
	if v%100 == 0 && v < 2000 {
		// "the 1800s" is the 19th century; "the 2000s" is the first
		// decade of the 21st
		return point{model.CenturyDate(v / 100), i, n}, true
	}
	return point{model.DecadeDate(v), i, n}, true
}

// month reads a month name at token i: capitalised, as English writes it
// (so "may" the verb is not May) unless the pack's LowerMonths says
// otherwise, optionally abbreviated with a stop.
func (d *dateScanner) month(i int) (m, next int, ok bool) {
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return 0, i, false
	}
	w := d.toks[i].text
	if !d.w.LowerMonths && (w[0] < 'A' || w[0] > 'Z') {
		return 0, i, false
	}
	m, ok = d.v.Months[d.toks[i].lower]
	if !ok {
		return 0, i, false
	}
	next = i + 1
	// "Oct. 1971": an abbreviation may carry its stop
	if len(w) <= 4 && !slices.Contains(d.w.NoStopMonths, d.toks[i].lower) && d.punct(next, ".") && d.toks[i].end == d.toks[next].start {
		next++
	}
	return m, next, true
}

// dayNum reads a day of the month.
func (d *dateScanner) dayNum(i int) (int, bool) {
	if i < len(d.toks) && d.toks[i].kind == tNum && d.toks[i].val >= 1 && d.toks[i].val <= 31 && len(d.toks[i].text) <= 2 {
		return d.toks[i].val, true
	}
	if i < len(d.toks) && d.toks[i].kind == tOrd && d.toks[i].val >= 1 && d.toks[i].val <= 31 {
		return d.toks[i].val, true // "October 25th, 1971"
	}
	return 0, false
}

// era reads "BC", "BCE", "B.C.", "AD", "CE" at token i, and returns whether
// it is before the common era and where it ends.
func (d *dateScanner) era(i int) (bc bool, next int, ok bool) {
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return false, i, false
	}
	switch t := d.toks[i].text; {
	case slices.Contains(d.w.EraBC, t):
		return true, i + 1, true
	case slices.Contains(d.w.EraAD, t):
		return false, i + 1, true
	case len(t) == 1 && d.punct(i+1, ".") && i+2 < len(d.toks) && len(d.toks[i+2].text) == 1:
		// B.C. / A.D.
		dotted := t + "." + d.toks[i+2].text
		bc := slices.Contains(d.w.EraDottedBC, dotted)
		if !bc && !slices.Contains(d.w.EraDottedAD, dotted) {
			break
		}
		n := i + 3
		if d.punct(n, ".") {
			n++
		}
		return bc, n, true
	}
	return false, i, false
}

// year reads a year at token i: four digits from 1000 to 2100 that are not
// a quantity or part of a name, or a number with an era ("44 BC", "AD 800").
func (d *dateScanner) year(i int) (y, next int, ok bool) {
	if i < len(d.toks) && slices.Contains(d.w.EraBefore, d.toks[i].text) && i+1 < len(d.toks) && d.toks[i+1].kind == tNum {
		return d.toks[i+1].val, i + 2, d.toks[i+1].val > 0
	}
	if i >= len(d.toks) || d.toks[i].kind != tNum {
		return 0, i, false
	}
	t := d.toks[i]
	if bc, n, ok := d.era(i + 1); ok && t.val > 0 && len(t.text) <= 4 && !d.bcName(i) {
		if bc {
			return 1 - t.val, n, true
		}
		return t.val, n, true
	}
	if d.smallYear(i) {
		return t.val, i + 1, true
	}
	if len(t.text) != 4 || t.val < 1000 || t.val > 2100 || t.text[0] == '0' {
		return 0, i, false
	}
	if d.notAYear(i) {
		return 0, i, false
	}
	return t.val, i + 1, true
}

// yearAfterMonth reads the year of "April 1991", "April, 1991" or "April of 1991".
func (d *dateScanner) yearAfterMonth(n int) (int, int, bool) {
	if d.punct(n, ",") || d.is(n, d.w.Of...) {
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
	return int(d.anchor.End.Year), true
}

// dayWithoutYearOK accepts "On 6 October" and "by October 6" but not a
// number that happens to precede a month name in a list.
func (d *dateScanner) dayWithoutYearOK(i int) bool {
	return d.is(i-1, d.w.DayInYear...) ||
		d.dash(i-1) || i == 0 || d.partOfDay(i) || d.punct(i-1, "(") ||
		d.punct(i-1, ",") && i >= 2 && d.isMonthWord(d.toks[i-2].text) // "15 July, 6 August"
}
