package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

func readMonthRange(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	y, y2 := atoi(m.get(gY)), atoi(m.get(gY2))
	mo := g.pack.Months[strings.ToLower(m.get(gM))]
	mo2 := g.pack.Months[strings.ToLower(m.get(gM2))]
	if mo == 0 || mo2 == 0 || y2*12+mo2 <= y*12+mo {
		return model.Date{}, false, false
	}
	return model.Between(model.MonthDate(y, mo), model.MonthDate(y2, mo2)), false, true
}

// atoi is the number a group of digits holds, 0 for anything else ("cinq"
// in "cinq ans plus tard", read then as a word): strconv.Atoi without the
// error it allocates on a word.
func atoi(s string) int {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}

// yearOf reads a year group, with its era: "57" with "v. Chr." is -56.
func yearOf(m euMatch) int {
	y := atoi(m.get(gY))
	if m.get(gBC) != "" {
		return 1 - y
	}
	return y
}

// quantityAfter says whether the word after a number counts things: "2000 soldats".
func (g *euGrammar) quantityAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '%' }); i >= 0 {
		w = rest[:i]
	}
	return w != "" && g.pack.QuantityNouns[strings.ToLower(w)]
}

func plausibleYear(y int) bool { return y != 0 && y <= 2100 }

func readYear(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	y := yearOf(m)
	if !plausibleYear(y) || g.quantityAfter(m.after) {
		return model.Date{}, false, false
	}
	return model.YearDate(y), false, true
}

// readUntil is readYear for "jusqu'en 1962": a bound, not the time of the
// narrative, so later year-less dates keep the year before it.
func readUntil(g *euGrammar, m euMatch, a model.Date) (model.Date, bool, bool) {
	d, _, ok := readYear(g, m, a)
	return d, !a.IsZero(), ok
}

func readRange(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	a, bs := atoi(m.get(gY)), m.get(gY2)
	b := atoi(bs)
	if len(bs) == 2 {
		b += a / 100 * 100
	}
	switch {
	case m.get(gBC1) != "": // "van 2205 v.C. tot 1911 n.C.": the era of the first end
		a = 1 - a
		if m.get(gBC) != "" {
			b = 1 - b
		}
	case m.get(gBC) != "":
		a, b = 1-a, 1-b
	case len(m.get(gY)) < 3:
		return model.Date{}, false, false
	}
	if !plausibleYear(a) || !plausibleYear(b) || b <= a || g.quantityAfter(m.after) {
		return model.Date{}, false, false
	}
	return model.Between(model.YearDate(a), model.YearDate(b)), false, true
}

func (g *euGrammar) monthOf(m euMatch) int {
	return g.pack.Months[strings.ToLower(strings.TrimSuffix(m.get(gM), "."))]
}

func readDay(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	y, mo, d := yearOf(m), g.monthOf(m), atoi(m.get(gD))
	if !plausibleYear(y) || mo == 0 || d < 1 || d > model.DaysIn(y, mo) {
		return model.Date{}, false, false
	}
	return model.DayDate(y, mo, d), false, true
}

func readDayNoYear(g *euGrammar, m euMatch, a model.Date) (model.Date, bool, bool) {
	mo, d := g.monthOf(m), atoi(m.get(gD))
	if yearNext(m.after) || a.IsZero() || mo == 0 || d < 1 || d > model.DaysIn(int(a.Start.Year), mo) {
		return model.Date{}, false, false
	}
	return model.DayDate(int(a.Start.Year), mo, d), true, true
}

func readMonth(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	y, mo := yearOf(m), g.monthOf(m)
	if !plausibleYear(y) || y < 100 || mo == 0 || g.quantityAfter(m.after) {
		return model.Date{}, false, false
	}
	return model.MonthDate(y, mo), false, true
}

func readMonthNoYear(g *euGrammar, m euMatch, a model.Date) (model.Date, bool, bool) {
	mo := g.monthOf(m)
	if yearNext(m.after) || a.IsZero() || mo == 0 {
		return model.Date{}, false, false
	}
	return model.MonthDate(int(a.Start.Year), mo), true, true
}

var romans = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}

func roman(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		v := romans[s[i]]
		if i+1 < len(s) && romans[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func readCentury(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	c := m.get(gC)
	n := atoi(c)
	switch {
	case n > 0:
	case c != "" && c[0] >= 'A' && c[0] <= 'Z' && strings.Trim(c, "IVXL") == "":
		n = roman(c)
	default:
		n = g.pack.OrdinalWords[strings.ToLower(c)]
	}
	if n < 1 || n > 21 {
		return model.Date{}, false, false
	}
	if m.get(gBC) != "" {
		return model.Date{Start: model.DayOf(-n*100, 1, 1),
			End: model.DayOf(-n*100+99, 12, 31), Precision: model.Century}, false, true
	}
	return model.CenturyDate(n - 1), false, true
}

// decadeStart is the first year of a decade written in two or four digits.
func decadeStart(s string) (int, bool) {
	v := atoi(s)
	if len(s) == 2 {
		v += 1900
	}
	return v, v%10 == 0 && v >= 1000 && v <= 2090
}

func readDecade(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	v, ok := decadeStart(m.get(gY))
	if !ok {
		return model.Date{}, false, false
	}
	if y2 := m.get(gY2); y2 != "" { // "les années 60-61": two years
		b := v/100*100 + atoi(y2)
		if b > v {
			return model.Between(model.YearDate(v), model.YearDate(b)), false, true
		}
	}
	return model.DecadeDate(v), false, true
}

func readDecadeWord(g *euGrammar, m euMatch, _ model.Date) (model.Date, bool, bool) {
	v := g.pack.Latin.DecadeWords[strings.ToLower(m.get(gW))]
	if v == 0 {
		return model.Date{}, false, false
	}
	return model.DecadeDate(1900 + v), false, true
}

// readShift is "the year after" (1), "before" (-1), "that year" (0).
func readShift(k int) euRead {
	return func(_ *euGrammar, _ euMatch, a model.Date) (model.Date, bool, bool) {
		if a.IsZero() {
			return model.Date{}, false, false
		}
		return model.YearDate(int(a.Start.Year) + k), true, true
	}
}

// readLater is "five years later" (1) and "earlier" (-1).
func readLater(sign int) euRead {
	return func(g *euGrammar, m euMatch, a model.Date) (model.Date, bool, bool) {
		n := atoi(m.get(gN))
		if n == 0 {
			n = g.pack.NumberWords[strings.ToLower(m.get(gN))]
		}
		if a.IsZero() || n == 0 {
			return model.Date{}, false, false
		}
		return model.YearDate(int(a.End.Year) + sign*n), true, true
	}
}

// yearNext says whether a number follows: "juin" in "en juin 1960" is no
// month of the latest date's year.
func yearNext(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0\t")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// sameDay is the latest date itself: "diezelfde dag", "am selben Tag".
func sameDay(_ *euGrammar, _ euMatch, a model.Date) (model.Date, bool, bool) {
	return a, true, !a.IsZero()
}

// monthLater is "a month later": the month after the latest date's.
func monthLater(_ *euGrammar, _ euMatch, a model.Date) (model.Date, bool, bool) {
	if a.IsZero() {
		return model.Date{}, false, false
	}
	y, mo := a.End.Year, a.End.Month+1
	if mo > 12 {
		y, mo = y+1, 1
	}
	return model.MonthDate(int(y), int(mo)), true, true
}

// joinSentences joins back what the English splitter cut after a German
// day ("am 3. März"), a short abbreviation ("geb.", "v. Chr.") or one of
// the pack's abbreviations: the text after such a stop goes on.
func (g *euGrammar) joinSentences(p string, ss []sentence) []sentence {
	out := ss[:0]
	for i, sn := range ss {
		if len(out) > 0 && g.cutTooSoon(p[out[len(out)-1].start:out[len(out)-1].end]) {
			prev := &out[len(out)-1]
			prev.end = sn.end
			prev.citations = append(prev.citations, sn.citations...)
			continue
		}
		out = append(out, ss[i])
	}
	return out
}

func (g *euGrammar) cutTooSoon(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ".") {
		return false
	}
	if i := strings.LastIndexByte(s, '('); i >= 0 && len(s)-i < 300 && !strings.Contains(s[i:], ")") {
		return true // a stop inside parentheses ends no sentence: "(… W.-G. Chu Jung-chi; * 1928)"
	}
	w := s[:len(s)-1]
	if i := strings.LastIndexAny(w, " (\u00a0"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" {
		return false
	}
	if n := len(w); n <= 2 && strings.Trim(w, "0123456789") == "" {
		return true // a day or an ordinal: "3.", "19."
	}
	if utf8.RuneCountInString(w) <= 2 && unicode.IsLower([]rune(w)[0]) {
		return true // "v.", "n.", "ca"
	}
	return g.pack.Abbreviations[strings.ToLower(w)]
}
