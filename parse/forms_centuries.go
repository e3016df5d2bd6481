package parse

import (
	"github.com/annals-tui/annals/model"
)

// Centuries and decades: "the 19th century", "the late 18th and early 19th
// centuries", "the 1980s", and decades and years written short ("the
// '60s", "June 86").
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
	if d.is(back, d.w.Parts...) {
		back--
	}
	if d.is(back, d.v.Possessives...) {
		return i
	}
	d.emit(model.DecadeDate(d.inCentury(d.toks[i].val)), i, i+1, false)
	return i + 1
}

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
		d.toks[i-1].end != t.start || !d.is(i-2, d.w.ShortYearIn...) {
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
		n, ok := d.v.OrdinalWords[t.lower]
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
	var held [4]centuryPart // most phrases name one or two: no allocation
	parts, joinedByAnd, j := d.centuryParts(i, first, held[:0])
	if d.dash(j) && d.is(j+1, d.w.Century.One) && d.toks[j].start == d.toks[j-1].end {
		j++ // "12th-century manuscripts"
	}
	if !d.is(j, d.v.centuryWords...) {
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
	start := i
	if d.is(i-1, d.w.Parts...) {
		start = i - 1
	}
	d.emitCenturies(parts, joinedByAnd, start, end, bc)
	return end
}

// centuryPart is one century number of a phrase and its tokens.
type centuryPart struct{ n, start, end int }

// centuryParts reads the centuries of a phrase from token i, whose number
// is first: "19th", "16-17th", "9th to the 11th", "late 19th and early
// 20th". It appends them to parts and returns them, whether "and" joined them (two dates, not a
// span), and the token after the last.
func (d *dateScanner) centuryParts(i, first int, parts []centuryPart) (_ []centuryPart, joinedByAnd bool, next int) {
	j := i + 1
	parts = append(parts, centuryPart{first, i, j})
	for {
		k := j
		isAnd := d.is(k, d.w.Both...)
		if !(d.dash(k) || d.is(k, d.w.CenturyTo...) || isAnd) {
			break
		}
		k++
		if d.is(k, d.w.The...) {
			k++
		}
		if d.is(k, d.w.Parts...) {
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
		parts = append(parts, centuryPart{n, k, k + 1})
		j = k + 1
	}
	return parts, joinedByAnd, j
}

// emitCenturies records the centuries of a phrase from token start to end:
// one century, a span of them, or ("late 19th and early 20th century") one
// date each, the last one owning the noun.
func (d *dateScanner) emitCenturies(parts []centuryPart, joinedByAnd bool, start, end int, bc bool) {
	first, last := parts[0].n, parts[len(parts)-1].n
	if len(parts) == 1 || !joinedByAnd {
		date := centuryOf(first, bc)
		if len(parts) > 1 {
			date = model.Between(centuryOf(first, bc), centuryOf(last, bc))
		}
		d.emit(date, start, end, false)
		return
	}
	for k, p := range parts {
		from, to := p.start, p.end
		if k == 0 {
			from = start
		}
		if k == len(parts)-1 {
			to = end
		}
		if d.is(from-1, d.w.Parts...) && k > 0 {
			from--
		}
		d.emit(centuryOf(p.n, bc), from, to, false)
	}
}
