package parse

import (
	"strings"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
)

// eraRange reads a span of years whose era is written once, at the end:
// "(323–283 BC)", "from 44 to 27 BC", "59-44BC", "from 25 to 57 AD", and
// a span of 1-3 digit and 4 digit years without an era, "(965–1040)",
// which only a life or a reign makes (the partner is close).
func (d *dateScanner) eraRange(i int) int {
	k := i
	lead := d.is(i, "from", "between")
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
	case lead && d.is(j, "to", "until", "till", "and"):
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
	if d.countLead(k) || k > 0 && notBeforeYear[d.toks[k-1].lower] {
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
	switch strings.ToUpper(t[digits:]) {
	case "BC", "BCE":
		return v, true, i + 1, true
	case "AD", "CE":
		return v, false, i + 1, true
	}
	return 0, false, i, false
}

var spanEnds = en.Pack.SpanEnds

// spanToEvent reads "from 1902 until her death in 1937": a span whose end
// is dated by the event that closed it, a few words on.
func (d *dateScanner) spanToEvent(i int) int {
	if !d.is(i, "from", "since") {
		return i
	}
	a, n, ok := d.year(i + 1)
	if !ok || !d.is(n, "until", "till") {
		return i
	}
	for j := n + 1; j < len(d.toks) && j <= n+4; j++ {
		if d.toks[j].kind != tWord || !foldIn(spanEnds, &d.toks[j]) {
			continue
		}
		if !d.is(j+1, "in") {
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
