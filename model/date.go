// Package model holds the timeline annals builds from an article: dates at the
// precision the text gives, events, references, entities, and the queries that
// filter them. It is pure: no I/O, no UI, and it imports nothing of ours.
package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Precision is how exactly a date is known: the text said "25 October 1971"
// (day), "April 1991" (month), "in 2019" (year), "the 1980s" (decade) or "the
// 19th century" (century).
type Precision uint8

// Precisions from finest to coarsest; the order is used when sorting.
const (
	Day Precision = iota + 1
	Month
	Year
	Decade
	Century
)

var precisionNames = [...]string{"", "day", "month", "year", "decade", "century"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "unknown"
}

// ParsePrecision is the inverse of Precision.String.
func ParsePrecision(s string) (Precision, bool) {
	for i, n := range precisionNames {
		if i > 0 && n == s {
			return Precision(i), true
		}
	}
	return 0, false
}

// CalendarDay is one day of the proleptic Gregorian calendar. Year is
// astronomical: 0 is 1 BC, -43 is 44 BC, as in ISO 8601 and EDTF. It is
// eight bytes, and a Date 24, not 56: every event holds one, and a text
// dense in dates (a chronology, an event every 30 bytes) holds a million
// events per 30 MB. Make one with DayOf.
type CalendarDay struct {
	Year  int32
	Month int8 // 1..12
	Day   int8 // 1..31
}

// DayOf is the calendar day y-m-d; a year past what an int32 holds is cut
// to it, a month or day out of range to 0 or 127 (a parser makes neither).
func DayOf(y, m, d int) CalendarDay {
	return CalendarDay{int32(min(max(y, math.MinInt32), math.MaxInt32)), int8(min(max(m, 0), 127)), int8(min(max(d, 0), 127))}
}

// Compare orders two days: -1, 0 or 1.
func (d CalendarDay) Compare(o CalendarDay) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(int(d.Year), int(o.Year))
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	default:
		return cmpInt(int(d.Day), int(o.Day))
	}
}

// String is the ISO 8601 form: 1991-04-01, -0043-03-15.
func (d CalendarDay) String() string { return string(d.AppendISO(make([]byte, 0, 10))) }

// AppendISO appends the ISO 8601 form of the day to b, for writers that
// format many dates.
func (d CalendarDay) AppendISO(b []byte) []byte {
	b = appendYear(b, int(d.Year))
	return appendTwo(append(appendTwo(append(b, '-'), int(d.Month)), '-'), int(d.Day))
}

// appendYear writes a year with at least four digits, and a sign before
// year 0 (ISO 8601 and EDTF).
func appendYear(b []byte, y int) []byte {
	if y < 0 {
		b, y = append(b, '-'), -y
	}
	if y < 1000 {
		b = append(b, "000"[:4-digitCount(y)]...)
	}
	return strconv.AppendInt(b, int64(y), 10)
}

func digitCount(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// appendTwo appends n with at least two digits, without a string between.
func appendTwo(b []byte, n int) []byte {
	if n < 0 || n > 99 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days in a month of a year.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Date is when an event happened, as precisely as the text says. A single
// date covers Start..End (a month covers its first to its last day). An
// interval ("1912–2008", "from 1939 to 1945") has Interval set: Start is the
// first day of its first point, End the last day of its second, and
// EndPrecision the precision of the second point.
type Date struct {
	Start, End   CalendarDay
	Precision    Precision
	EndPrecision Precision // only for intervals
	Interval     bool
	Approximate  bool // "circa 1900", "about 1850": EDTF ~
	Uncertain    bool // "1850?": EDTF ?
}

// DayDate is the date of one day. It does not check that the day exists.
func DayDate(y, m, d int) Date {
	day := DayOf(y, m, d)
	return Date{Start: day, End: day, Precision: Day}
}

// MonthDate covers a whole month.
func MonthDate(y, m int) Date {
	return Date{Start: DayOf(y, m, 1), End: DayOf(y, m, DaysIn(y, m)), Precision: Month}
}

// YearDate covers a whole year.
func YearDate(y int) Date {
	return Date{Start: DayOf(y, 1, 1), End: DayOf(y, 12, 31), Precision: Year}
}

// DecadeDate covers the decade that starts at year (1980 for the 1980s).
func DecadeDate(start int) Date {
	start = floorDiv(start, 10) * 10
	return Date{Start: DayOf(start, 1, 1), End: DayOf(start+9, 12, 31), Precision: Decade}
}

// CenturyDate covers the century whose years start with the given hundreds:
// CenturyDate(18) is 1800–1899, the 19th century, EDTF 18XX. Centuries are
// aligned on EDTF's masked years, not on the ordinal's 1801–1900. A BC
// century masks its digits the same way: CenturyDate(-1) is -01XX, the
// astronomical years -199 to -100, which is 200–101 BC, the 2nd century BC.
func CenturyDate(hundreds int) Date {
	start, end := hundreds*100, hundreds*100+99
	if hundreds < 0 {
		start, end = hundreds*100-99, hundreds*100
	}
	return Date{Start: DayOf(start, 1, 1), End: DayOf(end, 12, 31), Precision: Century}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Between makes the interval from a to b: a's start to b's end.
func Between(a, b Date) Date {
	return Date{Start: a.Start, End: b.End, Precision: a.Precision, EndPrecision: b.Precision, Interval: true,
		Approximate: a.Approximate || b.Approximate, Uncertain: a.Uncertain || b.Uncertain}
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Precision == 0 }

// EDTF is the canonical text of the date in the Library of Congress Extended
// Date/Time Format: 1971-10-25, 1991-04, 2019, 198X, 18XX, 1912/2008.
func (d Date) EDTF() string {
	if d.IsZero() {
		return ""
	}
	return string(d.AppendEDTF(make([]byte, 0, 24)))
}

// AppendEDTF appends the date's EDTF to b.
func (d Date) AppendEDTF(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	b = appendPoint(b, d.Start, d.Precision)
	if d.Interval {
		b = appendPoint(append(b, '/'), d.End, d.EndPrecision)
	}
	switch {
	case d.Approximate && d.Uncertain:
		b = append(b, '%')
	case d.Approximate:
		b = append(b, '~')
	case d.Uncertain:
		b = append(b, '?')
	}
	return b
}

func (d Date) String() string { return d.EDTF() }

// appendPoint formats one day at a precision, the way EDTF writes a single date.
func appendPoint(b []byte, day CalendarDay, p Precision) []byte {
	switch p {
	case Day:
		return day.AppendISO(b)
	case Month:
		return appendTwo(append(appendYear(b, int(day.Year)), '-'), int(day.Month))
	case Decade:
		// The end of a BC decade (-41 for -005X) is not its first year:
		// write the decade it falls in.
		b = appendYear(b, floorDiv(int(day.Year), 10)*10)
		return append(b[:len(b)-1], 'X')
	case Century:
		h := floorDiv(int(day.Year), 100) * 100
		if day.Year < 0 {
			h = int(-(-day.Year / 100) * 100) // -0199 is in -01XX: the digits are masked
		}
		b = appendYear(b, h)
		return append(b[:len(b)-2], 'X', 'X')
	}
	return appendYear(b, int(day.Year))
}

// ParseEDTF reads the subset of EDTF that Date.EDTF writes.
func ParseEDTF(s string) (Date, error) {
	s = strings.TrimSpace(s)
	var d Date
	switch {
	case strings.HasSuffix(s, "%"):
		d.Approximate, d.Uncertain = true, true
	case strings.HasSuffix(s, "~"):
		d.Approximate = true
	case strings.HasSuffix(s, "?"):
		d.Uncertain = true
	}
	s = strings.TrimRight(s, "%~?")
	if a, b, ok := strings.Cut(s, "/"); ok {
		from, err := parsePoint(a)
		if err != nil {
			return Date{}, err
		}
		to, err := parsePoint(b)
		if err != nil {
			return Date{}, err
		}
		if to.End.Compare(from.Start) < 0 {
			return Date{}, fmt.Errorf("edtf %q: interval ends before it starts", s)
		}
		r := Between(from, to)
		r.Approximate, r.Uncertain = d.Approximate, d.Uncertain
		return r, nil
	}
	p, err := parsePoint(s)
	if err != nil {
		return Date{}, err
	}
	p.Approximate, p.Uncertain = d.Approximate, d.Uncertain
	return p, nil
}

func parsePoint(s string) (Date, error) {
	bad := fmt.Errorf("edtf %q: not a date annals understands (want 2019, 2019-04, 2019-04-01, 198X or 18XX)", s)
	sign := 1
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		sign, s = -1, rest
	}
	parts := strings.Split(s, "-")
	yearText := parts[0]
	if len(parts) > 3 || len(yearText) < 4 || len(yearText) > maxYearDigits {
		return Date{}, bad
	}
	if len(parts) == 1 {
		if n, ok := strings.CutSuffix(yearText, "XX"); ok {
			c, ok := digits(n)
			if !ok {
				return Date{}, bad
			}
			return CenturyDate(sign * c), nil
		}
		if n, ok := strings.CutSuffix(yearText, "X"); ok {
			d, ok := digits(n)
			if !ok {
				return Date{}, bad
			}
			return DecadeDate(sign * d * 10), nil
		}
	}
	y, ok := digits(yearText)
	if !ok {
		return Date{}, bad
	}
	y *= sign
	if len(parts) == 1 {
		return YearDate(y), nil
	}
	m, ok := digits(parts[1])
	if !ok || len(parts[1]) != 2 || m < 1 || m > 12 {
		return Date{}, bad
	}
	if len(parts) == 2 {
		return MonthDate(y, m), nil
	}
	dd, ok := digits(parts[2])
	if !ok || len(parts[2]) != 2 || dd < 1 || dd > DaysIn(y, m) {
		return Date{}, bad
	}
	return DayDate(y, m, dd), nil
}

// maxYearDigits bounds the years ParseEDTF reads (999999 BC to AD 999999), so
// that no arithmetic on them can overflow.
const maxYearDigits = 6

// digits reads a non-empty run of ASCII digits: no sign, no spaces.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// Compare orders dates the way a timeline lists them: by start, then coarser
// precision first (the year 1991 before April 1991), then longer spans first.
func (d Date) Compare(o Date) int {
	if c := d.Start.Compare(o.Start); c != 0 {
		return c
	}
	if d.Precision != o.Precision {
		return cmpInt(int(o.Precision), int(d.Precision))
	}
	return -d.End.Compare(o.End)
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// MonthName is the English name of month m (1..12).
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m]
}

// Human is the date as a reader says it: "25 October 1971", "April 1991",
// "1980s", "19th century", "1912–2008", "44 BC".
func (d Date) Human() string {
	if d.IsZero() {
		return ""
	}
	s := humanPoint(d.Start, d.Precision)
	if d.Interval {
		s += "–" + humanPoint(d.End, d.EndPrecision)
	}
	if d.Approximate {
		s = "c. " + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

func humanYear(y int) string {
	if y <= 0 {
		return fmt.Sprintf("%d BC", 1-y)
	}
	return strconv.Itoa(y)
}

func humanPoint(day CalendarDay, p Precision) string {
	switch p {
	case Day:
		return fmt.Sprintf("%d %s %s", day.Day, monthNames[day.Month], humanYear(int(day.Year)))
	case Month:
		return monthNames[day.Month] + " " + humanYear(int(day.Year))
	case Decade:
		return humanYear(floorDiv(int(day.Year), 10)*10) + "s"
	case Century:
		// 18XX is the 19th century; -01XX (years -199 to -100, 200–101 BC)
		// the 2nd century BC.
		if day.Year < 0 { // start or end of the century: -0199 and -0100 are both -01XX
			return Ordinal(int(-day.Year/100+1)) + " century BC"
		}
		c := floorDiv(int(day.Year), 100)
		return Ordinal(c+1) + " century"
	}
	return humanYear(int(day.Year))
}

// Ordinal writes n as 1st, 2nd, 3rd, 4th, 11th, 21st.
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
