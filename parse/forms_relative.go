package parse

import (
	"strings"
	"time"
	"unicode"

	"github.com/annals-tui/annals/model"
)

// Relative dates: a date stated against the latest one before it ("a decade
// later", "the following year", "that month", "on Tuesday").
// relativeMore reads the relative dates relative leaves: "that first
// year" (the anchor's year), "the same day", "one day later", "two days
// after", "eleven months later", each against an anchor precise enough.
// "for three days" is a duration, not a date, and is left alone.
func (d *dateScanner) relativeMore(i int) int {
	a := d.anchor
	if a.IsZero() {
		return i
	}
	if d.is(i, d.w.That...) && d.is(i+1, d.w.First...) && d.is(i+2, d.w.Year.One) && a.Precision <= model.Year {
		d.emit(model.YearDate(int(a.Start.Year)), i, i+3, true)
		return i + 3
	}
	if d.is(i, d.v.theThat...) && d.is(i+1, d.w.Same...) && d.is(i+2, d.w.Day.One) && a.Precision == model.Day {
		d.emit(a, i, i+3, true)
		return i + 3
	}
	if n := d.onWeekday(i); n > i {
		return n
	}
	n, unit, j, ok := d.shortDuration(i)
	if !ok || !d.is(j, d.w.DayLater...) || d.is(i-1, d.w.ForDuration...) {
		return i
	}
	switch {
	case unit == model.Day && a.Precision == model.Day:
		t := time.Date(int(a.Start.Year), time.Month(a.Start.Month), int(a.Start.Day), 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		d.emit(model.DayDate(t.Year(), int(t.Month()), t.Day()), i, j+1, true)
	case unit == model.Month && a.Precision <= model.Month:
		t := time.Date(int(a.Start.Year), time.Month(a.Start.Month), 1, 12, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		d.emit(model.MonthDate(t.Year(), int(t.Month())), i, j+1, true)
	default:
		return i
	}
	return j + 1
}

// shortDuration reads "one day", "two days", "eleven months", "3 weeks".
func (d *dateScanner) shortDuration(i int) (n int, unit model.Precision, next int, ok bool) {
	if i >= len(d.toks) {
		return 0, 0, i, false
	}
	t := &d.toks[i]
	switch {
	case t.kind == tNum && t.val > 0 && t.val < 100:
		n = t.val
	case t.kind == tWord && t.date == numberWord && d.v.NumberWords[t.lower] > 0:
		n = d.v.NumberWords[t.lower]
	default:
		return 0, 0, i, false
	}
	switch {
	case d.is(i+1, d.v.dayUnit...):
		return n, model.Day, i + 2, true
	case d.is(i+1, d.v.weekUnit...):
		return n * 7, model.Day, i + 2, true
	case d.is(i+1, d.v.monthUnit...):
		return n, model.Month, i + 2, true
	}
	return 0, 0, i, false
}

// partOfDay tells whether a day without its year follows "the evening of",
// "the morning of": "on the warm evening of October 8".
func (d *dateScanner) partOfDay(i int) bool {
	return d.is(i-1, d.w.Of...) && i >= 2 && d.toks[i-2].kind == tWord && foldIn(d.v.DayParts, &d.toks[i-2])
}

// dropRestated keeps one row for a date a sentence says twice: "a year
// later (1851)" and "That same year, 1953, she returned" are one event
// each. The relative reading goes when the same date is written, or when a
// written date stands right after it in apposition.
func dropRestated(s string, out []dateMatch) []dateMatch {
	return dropRelative(out, func(k int) bool {
		return restated(out, k) || k+1 < len(out) && !out[k+1].relative && apposed(s[out[k].end:out[k+1].start])
	})
}

// dropRelative filters out, in place, the relative dates at k that
// restatedAt(k) says the sentence says again.
func dropRelative(out []dateMatch, restatedAt func(k int) bool) []dateMatch {
	if len(out) < 2 {
		return out
	}
	kept := out[:0]
	for k, m := range out {
		if m.relative && restatedAt(k) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

func restated(out []dateMatch, k int) bool {
	for j, o := range out {
		if j != k && !o.relative && o.date.Start == out[k].date.Start && o.date.End == out[k].date.End {
			return true
		}
	}
	return false
}

// apposed tells whether the text between two dates only sets the second
// beside the first: ", " or " (".
func apposed(between string) bool {
	if between == "" {
		return false
	}
	for i := 0; i < len(between); i++ {
		if c := between[i]; c != ' ' && c != ',' && c != '(' {
			return false
		}
	}
	return true
}

// dropApposedInside is the French, Dutch and German rule: a relative date
// goes when a written date within it follows across a comma and perhaps a
// short preposition ("drie jaar later, in oktober 1870", "trois ans plus
// tard, en 1870"): one date, said twice. A same date elsewhere in the
// sentence ("Op 22 oktober 1880 … Diezelfde dag") stays its own row, as
// the guide counts it.
func dropApposedInside(s string, out []dateMatch) []dateMatch {
	return dropRelative(out, func(k int) bool { return k+1 < len(out) && apposedInside(s, out[k], out[k+1]) })
}

// apposedInside tells whether next, a written date, is set beside the
// relative date rel across a comma, perhaps with a preposition of up to
// three letters, and falls within it.
func apposedInside(s string, rel, next dateMatch) bool {
	if next.relative || next.start < rel.end {
		return false
	}
	gap := strings.TrimSpace(s[rel.end:next.start])
	rest, comma := strings.CutPrefix(gap, ",")
	if !comma {
		return false
	}
	if rest = strings.TrimSpace(rest); len(rest) > 3 || strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return next.date.Start.Compare(rel.date.Start) >= 0 && next.date.End.Compare(rel.date.End) <= 0
}

// onWeekday reads "on Tuesday morning" after "Sunday ... October 8, 1871"
// as the first such weekday after the latest day, within the week. A
// weekday that a written date follows ("on Sunday, October 8") is left to
// that date.
func (d *dateScanner) onWeekday(i int) int {
	a := d.anchor
	if !d.is(i, d.w.On...) || a.Precision != model.Day || i+1 >= len(d.toks) {
		return i
	}
	want, ok := d.v.Weekdays[lowerOf(&d.toks[i+1])]
	if !ok {
		return i
	}
	j := i + 2
	if d.is(j, d.w.WeekdayParts...) {
		return i // "on Friday mornings" recurs
	}
	if d.punct(j, ",") {
		j++
	}
	if _, _, ok := d.month(j); ok {
		return i
	}
	if _, ok := d.dayNum(j); ok {
		return i
	}
	from := time.Date(int(a.Start.Year), time.Month(a.Start.Month), int(a.Start.Day), 12, 0, 0, 0, time.UTC)
	delta := (want - int(from.Weekday()) + 7) % 7
	if delta == 0 {
		return i // the anchor's own weekday: the text may mean either week
	}
	t := from.AddDate(0, 0, delta)
	d.emit(model.DayDate(t.Year(), int(t.Month()), t.Day()), i+1, i+2, true)
	return i + 2
}

// relative reads a date stated against an earlier one: "a decade later",
// "two years later", "after fifty years", "the following year", "that year".
func (d *dateScanner) relative(i int) int {
	if d.anchor.IsZero() || d.anchor.Precision > model.Year {
		return i
	}
	delta, from, to, ok := d.yearsAway(i)
	if !ok {
		delta, from, to, ok = d.namedYear(i)
	}
	if !ok {
		return d.relativeDayOrMonth(i)
	}
	d.emit(model.YearDate(int(d.anchor.End.Year)+delta), from, to, true)
	return to
}

// yearsAway reads "N years later", "a decade later", "N years earlier" and
// "after fifty years (of ...)": how many years from the anchor, and the
// tokens [from, to) of the phrase.
func (d *dateScanner) yearsAway(i int) (delta, from, to int, ok bool) {
	if n, unit, j, ok := d.duration(i); ok {
		switch {
		case d.is(j, d.w.Later...) && !d.is(j+1, d.w.Possessed...):
			return n * unit, i, j + 1, true
		case d.is(j, d.w.Earlier...) && !d.is(j+1, d.w.Possessed...):
			return -n * unit, i, j + 1, true
		}
	}
	if d.is(i, d.w.After...) {
		if n, unit, j, ok := d.duration(i + 1); ok && n > 0 && !d.is(j, d.w.NotLater...) {
			return n * unit, i, j, true
		}
	}
	return 0, i, i, false
}

// namedYear reads "the following year", "the next year", "the previous
// year", "the same year", "that year", "that same year", "in that year".
func (d *dateScanner) namedYear(i int) (delta, from, to int, ok bool) {
	if d.is(i, d.w.The...) && d.is(i+2, d.w.Year.One) {
		switch {
		case d.is(i+1, d.w.Next...):
			return 1, i, i + 3, true
		case d.is(i+1, d.w.Previous...):
			return -1, i, i + 3, true
		case d.is(i+1, d.w.Same...):
			return 0, i, i + 3, true
		}
	}
	if d.is(i, d.w.That...) {
		if d.is(i+1, d.w.Year.One) && !d.is(i+2, d.w.NotThatYear...) && !d.is(i-1, d.w.In...) {
			return 0, i, i + 2, true
		}
		if d.is(i+1, d.w.Same...) && d.is(i+2, d.w.Year.One) {
			return 0, i, i + 3, true
		}
	}
	if d.is(i, d.w.In...) && d.is(i+1, d.w.That...) && d.is(i+2, d.w.Year.One) {
		return 0, i + 1, i + 3, true
	}
	return 0, i, i, false
}

// relativeDayOrMonth reads "the next day", "the following month", "that
// month", against an anchor precise enough to count from.
func (d *dateScanner) relativeDayOrMonth(i int) int {
	a := d.anchor
	switch {
	case d.is(i, d.w.The...) && d.is(i+1, d.w.NextDay...) && d.is(i+2, d.w.Day.One) && a.Precision == model.Day:
		y, m, dd := int(a.Start.Year), int(a.Start.Month), int(a.Start.Day)+1
		if dd > model.DaysIn(y, m) {
			dd, m = 1, m+1
			if m > 12 {
				m, y = 1, y+1
			}
		}
		d.emit(model.DayDate(y, m, dd), i, i+3, true)
		return i + 3
	case d.is(i, d.w.The...) && d.is(i+1, d.w.NextDay...) && d.is(i+2, d.w.Month.One) && a.Precision <= model.Month:
		y, m := a.Start.Year, a.Start.Month+1
		if m > 12 {
			m, y = 1, y+1
		}
		d.emit(model.MonthDate(int(y), int(m)), i, i+3, true)
		return i + 3
	case d.is(i, d.w.That...) && d.is(i+1, d.w.Month.One) && a.Precision <= model.Month && !d.is(i-1, d.w.In...):
		d.emit(model.MonthDate(int(a.Start.Year), int(a.Start.Month)), i, i+2, true)
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
		v, found := d.v.NumberWords[t.lower]
		if !found || v == 0 {
			return 0, 0, i, false
		}
		n = v
	default:
		return 0, 0, i, false
	}
	switch {
	case d.is(i+1, d.v.yearUnit...):
		return n, 1, i + 2, true
	case d.is(i+1, d.v.decadeUnit...):
		return n, 10, i + 2, true
	case d.is(i+1, d.v.centuryUnit...):
		return n, 100, i + 2, true
	}
	return 0, 0, i, false
}
