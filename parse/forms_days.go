package parse

import "github.com/annals-tui/annals/model"

// dayRange reads days of a month written with the month first: "July 1–3,
// 1863" and "from May 2 to June 14, 1931" (one interval each), "March 3
// and 4, 1871" (two days), and "between July 3 and October 9", which takes
// the year of the paragraph.
func (d *dateScanner) dayRange(i int) int {
	k := i
	lead := d.is(i, "from", "between")
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
	isAnd := d.is(conn, "and")
	if !d.dash(conn) && !d.is(conn, "to", "until", "through", "and") {
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
