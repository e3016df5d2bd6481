package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

// Ranges: two dates joined into one span ("1912–2008", "from May to June
// 2019", "July 1–3, 1863", "(323–283 BC)") or read as two ("5 and 6 June").
// eraRange reads a span of years whose era is written once, at the end:
// "(323–283 BC)", "from 44 to 27 BC", "59-44BC", "from 25 to 57 AD", and
// a span of 1-3 digit and 4 digit years without an era, "(965–1040)",
// which only a life or a reign makes (the partner is close).
func (d *dateScanner) eraRange(i int) int {
	k := i
	lead := d.is(i, d.v.openers...)
	if lead {
		k++
	}
	a, ok := d.bareNum(k)
	if !ok || d.eraAt(k+1) {
		return i
	}
	j := k + 1
	switch {
	case d.dash(j):
	case lead && d.is(j, d.w.YearsTo...):
	default:
		return i
	}
	j++
	b, bc, end, ok := d.eraYear(j)
	if !ok {
		return d.shortSpan(i, k, a, j)
	}
	if bc && a > b {
		d.emit(model.Between(model.YearDate(1-a), model.YearDate(1-b)), k, end, false)
		return end
	}
	if !bc && a <= b {
		d.emit(model.Between(model.YearDate(a), model.YearDate(b)), k, end, false)
		return end
	}
	return i
}

// shortSpan reads "(965–1040)": a 3-digit start whose 4-digit end is at
// most a lifetime later.
func (d *dateScanner) shortSpan(i, k, a, j int) int {
	if d.countLead(k) || k > 0 && d.v.NotBeforeYear[d.toks[k-1].lower] {
		return min(j+1, len(d.toks)) // "page 412–1010": pages, neither a year
	}
	if a < 100 || len(d.toks[k].text) != 3 {
		return i
	}
	b, n, ok := d.year(j)
	if !ok || b <= a || b-a > 120 {
		return i
	}
	d.emit(model.Between(model.YearDate(a), model.YearDate(b)), k, n, false)
	return n
}

// bareNum reads a number of one to four digits that could be a year.
func (d *dateScanner) bareNum(i int) (int, bool) {
	if i >= len(d.toks) || d.toks[i].kind != tNum || len(d.toks[i].text) > 4 || d.toks[i].val <= 0 {
		return 0, false
	}
	if d.toks[i].text[0] == '0' {
		return 0, false
	}
	return d.toks[i].val, true
}

// eraAt tells whether an era word stands at token i.
func (d *dateScanner) eraAt(i int) bool {
	_, _, ok := d.era(i)
	return ok
}

// eraYear reads a year followed by its era, "27 BC", or written in one
// piece, "44BC", "57AD".
func (d *dateScanner) eraYear(i int) (y int, bc bool, next int, ok bool) {
	if v, ok := d.bareNum(i); ok {
		if b, n, ok := d.era(i + 1); ok {
			return v, b, n, true
		}
		return 0, false, i, false
	}
	if i >= len(d.toks) || d.toks[i].kind != tQty {
		return 0, false, i, false
	}
	t := d.toks[i].text
	digits := 0
	for digits < len(t) && isDigit(t[digits]) {
		digits++
	}
	if digits == 0 || digits > 4 || t[0] == '0' {
		return 0, false, i, false
	}
	v := 0
	for _, c := range t[:digits] {
		v = v*10 + int(c-'0')
	}
	switch era := strings.ToUpper(t[digits:]); {
	case slices.Contains(d.w.EraBC, era):
		return v, true, i + 1, true
	case slices.Contains(d.w.EraAD, era):
		return v, false, i + 1, true
	}
	return 0, false, i, false
}

// spanToEvent reads "from 1902 until her death in 1937": a span whose end
// is dated by the event that closed it, a few words on.
func (d *dateScanner) spanToEvent(i int) int {
	if !d.is(i, d.v.fromSince...) {
		return i
	}
	a, n, ok := d.year(i + 1)
	if !ok || !d.is(n, d.w.SpanUntil...) {
		return i
	}
	for j := n + 1; j < len(d.toks) && j <= n+4; j++ {
		if d.toks[j].kind != tWord || !foldIn(d.v.SpanEnds, &d.toks[j]) {
			continue
		}
		if !d.is(j+1, d.w.In...) {
			return i
		}
		b, end, ok := d.year(j + 2)
		if !ok || b < a {
			return i
		}
		d.emit(model.Between(model.YearDate(a), model.YearDate(b)), i+1, end, false)
		return end
	}
	return i
}

// slashYears reads "1995/96" and "1995/1996", a season across two years,
// as one interval, and passes over "1193/1206", a choice between two
// years the text is unsure of, so that neither is read as the date.
func (d *dateScanner) slashYears(i int) int {
	t := &d.toks[i]
	if t.kind != tNum || len(t.text) != 4 || !d.punct(i+1, "/") || i+2 >= len(d.toks) {
		return i
	}
	u := &d.toks[i+2]
	if u.kind != tNum || d.toks[i+1].start != t.end || u.start != d.toks[i+1].end {
		return i
	}
	a, ok := d.bareNum(i)
	if !ok || a < 1000 || a > 2100 {
		return i
	}
	b := u.val
	if len(u.text) == 2 {
		b = a/100*100 + u.val
	}
	if (len(u.text) == 2 || len(u.text) == 4) && b == a+1 {
		d.emit(model.Between(model.YearDate(a), model.YearDate(b)), i, i+3, false)
		return i + 3
	}
	n := i + 3
	if d.dash(n) && n+1 < len(d.toks) && d.toks[n+1].kind == tNum {
		n += 2 // "(1193/1206–80)"
	}
	return n
}

// rangeEnd reads the second point of an interval right after p: a dash or
// "to"/"until"/"through", then a point of the same kind ("1939–45" too).
func (d *dateScanner) rangeEnd(p point) (point, bool) {
	i := p.end
	if i >= len(d.toks) {
		return point{}, false
	}
	viaDash := d.dash(i)
	if !viaDash && !d.is(i, d.w.RangeTo...) {
		return point{}, false
	}
	if !viaDash && !d.is(p.start-1, d.v.openers...) && p.date.Precision != model.Year && p.date.Precision != model.Decade {
		return point{}, false
	}
	if !viaDash && !d.is(i, d.w.To...) && !d.is(p.start-1, d.w.From...) {
		return point{}, false // "in 1990 until 1995 ..." is rare; "until 1995" alone is a date
	}
	if viaDash {
		if q, ok := d.shortRangeEnd(p, i); ok {
			return q, true
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

// shortRangeEnd reads the end of a span written with two digits after the
// dash at i: "1939–45", "the 1970s–80s", which complete the first point's
// century.
func (d *dateScanner) shortRangeEnd(p point, i int) (point, bool) {
	if i+1 >= len(d.toks) {
		return point{}, false
	}
	next := &d.toks[i+1]
	y := int(p.date.Start.Year)/100*100 + next.val
	switch {
	case p.date.Precision == model.Year && next.kind == tNum && len(next.text) == 2 && y > int(p.date.Start.Year):
		return point{model.YearDate(y), i + 1, i + 2}, true
	case p.date.Precision == model.Decade && next.kind == tDecade && next.val < 100 && y > int(p.date.Start.Year):
		return point{model.DecadeDate(y), i + 1, i + 2}, true
	}
	return point{}, false
}

// fromTo reads "between X and Y" and "from X to Y" as one interval.
func (d *dateScanner) fromTo(i int) int {
	if !d.is(i, d.v.openers...) {
		return i
	}
	if n := d.monthRange(i + 1); n > i+1 {
		d.out[len(d.out)-1].start = d.toks[i].start // "from May to June 2019"
		return n
	}
	first := i + 1
	if d.is(first, d.w.The...) {
		first++ // "from the 1920s to the 1960s"
	}
	p, ok := d.point(first)
	if !ok || p.date.Precision > model.Decade {
		return i
	}
	j := p.end
	if !(d.is(i, d.w.Between...) && d.is(j, d.w.BetweenAnd...)) && !(d.is(i, d.w.From...) && d.is(j, d.w.FromTo...)) && !d.dash(j) {
		return i
	}
	if d.is(j+1, d.w.The...) {
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
	if day, ok := d.dayNum(i); ok && (d.dash(i+1) || d.is(i+1, d.w.DaysFirst...)) {
		q, ok := d.point(i + 2)
		if !ok || q.date.Precision != model.Day || day >= int(q.date.Start.Day) {
			return i
		}
		first := model.DayDate(int(q.date.Start.Year), int(q.date.Start.Month), day)
		if d.is(i+1, d.w.And...) {
			d.emit(first, i, i+1, false)
			d.emit(q.date, q.start, q.end, false)
		} else {
			d.emit(model.Between(first, q.date), i, q.end, false)
		}
		return q.end
	}
	m, n, ok := d.month(i)
	if !ok || !(d.dash(n) || d.is(n, d.w.MonthsTo...)) {
		return i
	}
	q, ok := d.point(n + 1)
	if !ok || q.date.Precision != model.Month || m >= int(q.date.Start.Month) {
		return i
	}
	first := model.MonthDate(int(q.date.Start.Year), m)
	if d.is(n, d.w.Both...) {
		d.emit(first, i, n, false)
		d.emit(q.date, q.start, q.end, false)
	} else {
		d.emit(model.Between(first, q.date), i, q.end, false)
	}
	return q.end
}

// dayRange reads days of a month written with the month first: "July 1–3,
// 1863" and "from May 2 to June 14, 1931" (one interval each), "March 3
// and 4, 1871" (two days), and "between July 3 and October 9", which takes
// the year of the paragraph.
func (d *dateScanner) dayRange(i int) int {
	k := i
	lead := d.is(i, d.v.openers...)
	if lead {
		k++
	}
	m1, n, ok := d.month(k)
	if !ok {
		return i
	}
	d1, ok := d.dayNum(n)
	if !ok {
		return i
	}
	conn := n + 1
	isAnd := d.is(conn, d.w.And...)
	if !d.dash(conn) && !d.is(conn, d.w.DaysTo...) {
		return i
	}
	j := conn + 1
	m2 := m1
	if m, n2, ok := d.month(j); ok {
		m2, j = m, n2
	}
	d2, ok := d.dayNum(j)
	if !ok || d.punct(j+1, ":") {
		return i
	}
	j++
	y, end, ok := d.dayRangeYear(j, lead)
	if !ok || m2 < m1 || m2 == m1 && d2 <= d1 || d1 > model.DaysIn(y, m1) || d2 > model.DaysIn(y, m2) {
		return i
	}
	first, second := model.DayDate(y, m1, d1), model.DayDate(y, m2, d2)
	if isAnd && !lead {
		d.emit(first, k, n+1, false)
		d.emit(second, conn+1, end, false)
		return end
	}
	d.emit(model.Between(first, second), k, end, false)
	return end
}

// dayRangeYear reads the year closing a range of days, ", 1863" or
// " 1863", or, after "from" or "between", takes the paragraph's year.
func (d *dateScanner) dayRangeYear(j int, lead bool) (y, end int, ok bool) {
	at := j
	if d.punct(at, ",") {
		at++
	}
	if y, n, ok := d.year(at); ok {
		return y, n, true
	}
	if y, ok := d.contextYear(); ok && lead {
		return y, j, true
	}
	return 0, j, false
}
