package parse

import (
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
)

// shortDecade reads a decade written without its century, "the 50's",
// "the '60s", "the mid-80s", "20s and 30s", and puts it in the century of
// the article's latest date (the 20th when it has none yet). A decade after
// a possessive is an age ("in her 20s") and no date.
func (d *dateScanner) shortDecade(i int) int {
	if i >= len(d.toks) || d.toks[i].kind != tDecade || d.toks[i].val >= 100 {
		return i
	}
	back := i - 1
	if d.punct(back, "'") || d.punct(back, "’") || d.dash(back) {
		back--
	}
	if d.is(back, "early", "mid", "late", "middle") {
		back--
	}
	if d.is(back, possessives...) {
		return i
	}
	d.emit(model.DecadeDate(d.inCentury(d.toks[i].val)), i, i+1, false)
	return i + 1
}

var possessives = en.Pack.Possessives

// centuriesInOrder tells whether a pair of centuries runs forward in time:
// "the 9th to 11th centuries", "the 4th and 3rd centuries BC".
func centuriesInOrder(first, last int, bc bool) bool {
	if bc {
		return last <= first
	}
	return last >= first
}

// centuryOf is the nth century, AD or BC. The 2nd century BC, 200–101 BC,
// is the astronomical years -199 to -100, which EDTF writes -01XX.
func centuryOf(n int, bc bool) model.Date {
	if !bc {
		return model.CenturyDate(n - 1)
	}
	if n == 1 {
		return model.Date{Start: model.CalendarDay{Year: -99, Month: 1, Day: 1},
			End: model.CalendarDay{Year: 0, Month: 12, Day: 31}, Precision: model.Century}
	}
	return model.CenturyDate(1 - n)
}

// shortYear reads a year written with two digits: "June 86" (a number no
// day can be) and "in '89", in the century of the article's latest date.
func (d *dateScanner) shortYear(i int) int {
	if m, n, ok := d.month(i); ok && n < len(d.toks) && d.toks[n].kind == tNum && len(d.toks[n].text) == 2 && d.toks[n].val > 31 {
		d.emit(model.MonthDate(d.inCentury(d.toks[n].val), m), i, n+1, false)
		return n + 1
	}
	// '89: the apostrophe cannot open a phrase, so the number reads it
	t := &d.toks[i]
	if t.kind != tNum || len(t.text) != 2 || !(d.punct(i-1, "'") || d.punct(i-1, "’")) ||
		d.toks[i-1].end != t.start || !d.is(i-2, "in", "since", "of", "by", "until") {
		return i
	}
	d.emit(model.YearDate(d.inCentury(t.val)), i-1, i+1, false)
	return i + 1
}

// inCentury puts a two-digit year or decade in the century of the
// article's latest date, the 20th when it has none, and never past 2030.
func (d *dateScanner) inCentury(v int) int {
	century := 1900
	if y, ok := d.contextYear(); ok && y > 0 {
		century = y / 100 * 100
	}
	if century+v > 2030 {
		return century + v - 100
	}
	return century + v
}
