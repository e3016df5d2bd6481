package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/zh"
)

// approxWords make a date approximate: "约1900年".
var approxWords = []string{"大约", "大約", "约", "約"}

// point reads one date at i: a year with its month and day, a century, a
// decade, a month of the latest date's year, or a bare number that a later 年
// may claim. ctxYear, when not 0, is the year a bare month takes (the end of
// "1939年3月至5月").
func (d *zhScanner) point(i, ctxYear int) (zhPoint, bool) {
	s := d.s
	if i > 0 {
		if c := s[i-1]; c >= '0' && c <= '9' {
			return zhPoint{}, false // inside a number
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); zhDigits[r] > 0 || r == '〇' || r == '零' {
			return zhPoint{}, false
		}
	}
	p := zhPoint{start: i}
	j := i
	approx := false
	if n := hasPrefixAny(s, j, approxWords); n > 0 {
		approx, j = true, j+n
	}
	era := false
	switch {
	case strings.HasPrefix(s[j:], "公元前"):
		p.bc, era, j = true, true, j+len("公元前")
	case strings.HasPrefix(s[j:], "公元"):
		era, j = true, j+len("公元")
	case strings.HasPrefix(s[j:], "前"):
		p.bc, era, j = true, true, j+len("前")
	}
	num, ok := readZhNum(s, j)
	if !ok || (p.bc && !strings.HasPrefix(s[j:], "公") && num.digits < 2 && !strings.HasPrefix(s[num.end:], "世")) {
		return p, false
	}
	if !d.unit(&p, num, era, ctxYear) {
		return p, false
	}
	p.date.Approximate = approx
	return p, true
}

// unit reads what follows the number and sets p's date and end.
func (d *zhScanner) unit(p *zhPoint, num zhNum, era bool, ctxYear int) bool {
	s, k := d.s, num.end
	switch {
	case strings.HasPrefix(s[k:], "世纪") || strings.HasPrefix(s[k:], "世紀"):
		return d.century(p, num.val, k+len("世纪"))
	case strings.HasPrefix(s[k:], "年代"):
		v := num.val
		if v%10 != 0 || v >= 100 && v < 1000 || v > 2100 {
			return false
		}
		if v < 100 {
			v += 1900 // "八十年代": the decades without a century are the twentieth's
		}
		p.date, p.end = model.DecadeDate(v), k+len("年代")
		return true
	case strings.HasPrefix(s[k:], "年"):
		return d.year(p, num, era, k+len("年"))
	case strings.HasPrefix(s[k:], "月") && !era:
		return d.bareMonth(p, num, ctxYear)
	}
	if strings.HasPrefix(s[k:], "日") || strings.HasPrefix(s[k:], "号") || strings.HasPrefix(s[k:], "號") {
		return !era && d.bareDay(p, num, k)
	}
	if !num.arabic || num.digits > 4 || num.digits < 3 && !p.bc || era && !p.bc {
		return false
	}
	y := num.val
	if p.bc {
		y = 1 - y // "前221—前207年": the first year of a BC span
	}
	p.bare, p.date, p.end = true, model.YearDate(y), k
	return true
}

// bareDay reads "24日" inside a paragraph whose latest date has a month:
// the day of that month, unless a length of time follows ("3日内").
func (d *zhScanner) bareDay(p *zhPoint, num zhNum, k int) bool {
	a := d.anchor
	if !num.arabic || a.IsZero() || a.Interval || a.Precision > model.Month {
		return false
	}
	y, m := a.Start.Year, a.Start.Month
	end := k + len("日")
	if num.val < 1 || num.val > model.DaysIn(int(y), int(m)) || hasPrefixAny(d.s, end, zh.Pack.AfterDuration) > 0 ||
		hasSuffixAny(d.s, p.start, zh.Pack.Durations) {
		return false
	}
	p.date, p.end, p.relYear = model.DayDate(int(y), int(m), num.val), end, true
	return true
}

// century reads "19世纪", with a decade after it ("20世纪80年代").
func (d *zhScanner) century(p *zhPoint, c, k int) bool {
	if c < 1 || c > 30 {
		return false
	}
	hundreds := c - 1
	if p.bc {
		hundreds = -(c - 1)
	}
	p.date, p.end = model.CenturyDate(hundreds), k
	if m, ok := readZhNum(d.s, k); ok && !p.bc && m.val%10 == 0 && m.val < 100 && strings.HasPrefix(d.s[m.end:], "年代") {
		p.date, p.end = model.DecadeDate(hundreds*100+m.val), m.end+len("年代")
	}
	return true
}

// year reads "1991年" and the month and day after it. A number too short to
// be a year without an era ("43年", "十四年"), or after a word of length
// ("共14年"), is a span of time.
func (d *zhScanner) year(p *zhPoint, num zhNum, era bool, k int) bool {
	long := num.arabic && num.digits >= 3 || num.positional && num.digits == 4
	if !era && (!long || hasSuffixAny(d.s, p.start, zh.Pack.Durations)) {
		return false
	}
	if !era && num.digits == 3 && hasPrefixAny(d.s, k, zh.Pack.AfterDuration) > 0 {
		return false // "300年来": three hundred years, not the year 300
	}
	y := num.val
	if p.bc {
		y = 1 - y
	}
	p.date, p.end = model.YearDate(y), k
	d.monthDay(p, y, k)
	return true
}

// monthDay extends p's year by "3月" and "3日" when they follow at k.
func (d *zhScanner) monthDay(p *zhPoint, y, k int) bool {
	m, ok := readZhNum(d.s, k)
	if !ok || m.val < 1 || m.val > 12 || !strings.HasPrefix(d.s[m.end:], "月") {
		return false
	}
	p.date, p.end = model.MonthDate(y, m.val), m.end+len("月")
	day, ok := readZhNum(d.s, p.end)
	if ok && day.val >= 1 && day.val <= model.DaysIn(y, m.val) {
		if n := hasPrefixAny(d.s, day.end, []string{"日", "号", "號"}); n > 0 {
			p.date, p.end = model.DayDate(y, m.val, day.val), day.end+n
		}
	}
	return true
}

// bareMonth reads "11月24日" without a year: it takes ctxYear, or the latest
// date's year. A month in Chinese numerals must have its day ("十月" alone is
// as often a name: "十月革命").
func (d *zhScanner) bareMonth(p *zhPoint, num zhNum, ctxYear int) bool {
	y := ctxYear
	if y == 0 {
		if d.anchor.IsZero() || d.anchor.Precision > model.Year {
			return false
		}
		y, p.relYear = int(d.anchor.Start.Year), true
	}
	if !d.monthDay(p, y, p.start) {
		return false
	}
	return num.arabic || p.date.Precision == model.Day
}

// relative reads "次年", "同年", "同月", with the month and day after them.
func (d *zhScanner) relative(i int) int {
	a := d.anchor
	if a.IsZero() || a.Precision > model.Year {
		return i
	}
	y := a.Start.Year
	var n int
	switch {
	case hasPrefixAny(d.s, i, zh.Pack.NextYear) > 0:
		n, y = hasPrefixAny(d.s, i, zh.Pack.NextYear), a.End.Year+1 // after a span, the year after its end
	case hasPrefixAny(d.s, i, zh.Pack.SameYear) > 0:
		n = hasPrefixAny(d.s, i, zh.Pack.SameYear)
	case hasPrefixAny(d.s, i, zh.Pack.SameMonth) > 0 && a.Precision <= model.Month && !a.Interval:
		m := a.Start.Month
		p := zhPoint{start: i, date: model.MonthDate(int(y), int(m)), end: i + hasPrefixAny(d.s, i, zh.Pack.SameMonth)}
		if day, ok := readZhNum(d.s, p.end); ok && day.val >= 1 && day.val <= model.DaysIn(int(y), int(m)) && strings.HasPrefix(d.s[day.end:], "日") {
			p.date, p.end = model.DayDate(int(y), int(m), day.val), day.end+len("日") // "同月27日"
		}
		d.emit(p.date, i, p.end, true)
		return p.end
	default:
		return i
	}
	p := zhPoint{start: i, date: model.YearDate(int(y)), end: i + n}
	d.monthDay(&p, int(y), p.end)
	d.emit(p.date, i, p.end, true)
	return p.end
}
