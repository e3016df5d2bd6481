package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/zh"
)

// zhPoint is one Chinese date expression before spans and lists join them.
type zhPoint struct {
	date    model.Date
	start   int
	end     int
	bare    bool // a number with no unit that a later 年 may make a year: "1858" in "1858、1859年"
	bc      bool // written with 前 or 公元前
	relYear bool // its year came from the latest date ("11月24日")
}

// zhScanner finds the dates of one Chinese sentence. anchor is the latest
// date stated before it, for "同年" and a bare "11月24日".
type zhScanner struct {
	s      string
	anchor model.Date
	out    []dateMatch
}

// findZhDates appends the date expressions of s to dst[:0].
func findZhDates(s string, anchor model.Date, dst []dateMatch) []dateMatch {
	d := zhScanner{s: s, anchor: anchor, out: dst[:0]}
	for i := 0; i < len(s); {
		if c := s[i]; c >= '0' && c <= '9' || c >= 0x80 && zhStarts(s, i) {
			if next := d.at(i); next > i {
				i = next
				continue
			}
		}
		i += runeLen(s, i)
	}
	return d.out
}

func runeLen(s string, i int) int {
	if s[i] < 0x80 {
		return 1
	}
	n := 1
	for i+n < len(s) && s[i+n]&0xc0 == 0x80 {
		n++
	}
	return n
}

// at reads the date expression starting at i and returns its end, or i.
func (d *zhScanner) at(i int) int {
	if n := d.relative(i); n > i {
		return n
	}
	p, ok := d.point(i, 0)
	if !ok {
		return i
	}
	if n := d.list(p); n > i {
		return n
	}
	if n := d.span(p); n > i {
		return n
	}
	if p.bare {
		return p.end // a number that no 年 claims: a count, not a year
	}
	d.emit(p.date, p.start, p.end, p.relYear)
	return p.end
}

func (d *zhScanner) emit(date model.Date, from, to int, relative bool) {
	d.out = append(d.out, dateMatch{date: date, start: from, end: to, relative: relative})
	if !relative {
		d.anchor = date
	}
}

// span joins p to a date after a range word ("1939年至1945年", "从1860到1903年",
// "前230年—前221年") or to "至今", which leaves p alone; a dash before a closing
// bracket ("(1953年6月15日—)") is a life still going on.
func (d *zhScanner) span(p zhPoint) int {
	s, e := d.s, p.end
	if n := hasPrefixAny(s, e, zh.Pack.UntilNow); n > 0 && !p.bare {
		d.emit(p.date, p.start, e+n, p.relYear)
		return e + n
	}
	n := hasPrefixAny(s, e, zh.Pack.RangeWords)
	if n == 0 {
		return p.start
	}
	if rest := s[e+n:]; !p.bare && (rest == "" || rest[0] == ')' || strings.HasPrefix(rest, "）")) && n > 1 {
		d.emit(p.date, p.start, e+n, p.relYear)
		return e + n
	}
	q, ok := d.point(e+n, int(p.date.Start.Year))
	if !ok || q.bare {
		return p.start
	}
	if p.bare {
		p.date = model.YearDate(int(p.date.Start.Year))
		if q.bc && !p.bc {
			p.date = model.YearDate(int(1 - p.date.Start.Year))
		}
	}
	if q.date.Compare(p.date) < 0 {
		return p.start
	}
	d.emit(model.Between(p.date, q.date), p.start, q.end, p.relYear)
	return q.end
}

// list reads years that share one 年: "1858、1859、1860年", "2017、2022年".
func (d *zhScanner) list(p zhPoint) int {
	if !p.bare || !strings.HasPrefix(d.s[p.end:], "、") {
		return p.start
	}
	years := []zhPoint{p}
	for e := p.end; strings.HasPrefix(d.s[e:], "、"); {
		q, ok := d.point(e+len("、"), 0)
		if !ok {
			return p.start
		}
		if !q.bare {
			if q.date.Precision != model.Year && q.date.Precision != model.Month && q.date.Precision != model.Day {
				return p.start
			}
			for _, y := range years {
				d.emit(model.YearDate(int(y.date.Start.Year)), y.start, y.end, false)
			}
			d.emit(q.date, q.start, q.end, q.relYear)
			return q.end
		}
		years = append(years, q)
		e = q.end
	}
	return p.start
}

// zhStarters are the characters other than ASCII digits that a date
// expression may start with: numerals, full-width digits, eras, "约" and the
// first characters of the relative words. The scanner looks closer only
// at them.
var zhStarters = func() map[rune]bool {
	m := map[rune]bool{'公': true, '前': true}
	for r := range zhDigits {
		m[r] = true
	}
	for r := '０'; r <= '９'; r++ {
		m[r] = true
	}
	for _, l := range [][]string{approxWords, zh.Pack.NextYear, zh.Pack.SameYear, zh.Pack.SameMonth} {
		for _, w := range l {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = true
		}
	}
	return m
}()

func zhStarts(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return zhStarters[r]
}
