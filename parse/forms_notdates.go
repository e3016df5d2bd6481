package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

// Non-dates: numbers that look like years but count things, name things or
// stamp a page ("2000 soldiers", "Expo 2010", "Lodge No. 1350", "the 2017
// BC election"), and the years a name dates as an occurrence.

// datesOccurrence tells whether the capitalised name a year opens names
// something that happened then ("the 1981 FA Cup Final", "the Polish 1863
// Uprising", "the 2011 Census"): the year dates it, as the gold wants.
func (d *dateScanner) datesOccurrence(i int) bool {
	for j := i + 1; j < len(d.toks) && j <= i+4 && d.toks[j].kind == tWord && isCapitalized(d.toks[j].text); j++ {
		if foldIn(d.v.OccurrenceHeads, &d.toks[j]) {
			return true
		}
	}
	return false
}

// countLead tells whether the number at i follows a word that makes it a
// count or an identifier: "Lodge No. 1350", "issue 1376", "seating 1500".
func (d *dateScanner) countLead(i int) bool {
	j := i - 1
	if d.punct(j, ".") {
		j--
	}
	if j >= 0 && d.toks[j].kind == tWord && foldIn(d.v.CountLeads, &d.toks[j]) {
		return true
	}
	// "a shaft 1150 m deep", "2400 sq ft"
	return i+1 < len(d.toks) && d.toks[i+1].kind == tWord && foldIn(d.v.Units, &d.toks[i+1]) && !d.dash(i-1)
}

// bcName tells whether "BC" after the number at i is British Columbia:
// "the 2010 BC Green Party", "the 2017 BC election".
func (d *dateScanner) bcName(i int) bool {
	if i+1 >= len(d.toks) || !slices.Contains(d.w.EraName, d.toks[i+1].text) || len(d.toks[i].text) != 4 {
		return false
	}
	for j := i + 2; j < len(d.toks) && j <= i+3; j++ {
		if d.toks[j].kind == tWord && foldIn(d.v.BCNameWords, &d.toks[j]) {
			return true
		}
	}
	return false
}

// bcOccurrence tells whether the name "BC" opens after the number at i is
// an occurrence the number dates: its capitalised words, or the word right
// after them, end in one ("Annual General Meeting", "election").
func (d *dateScanner) bcOccurrence(i int) bool {
	for j := i + 2; j < len(d.toks) && j <= i+8 && d.toks[j].kind == tWord; j++ {
		if foldIn(d.v.OccurrenceHeads, &d.toks[j]) {
			return true
		}
		if !isCapitalized(d.toks[j].text) {
			return false // the first word after the name, and no occurrence
		}
	}
	return false
}

// smallYear accepts a year of three digits ("sacked in 881", "the revolt
// of 756", "from 220 to 280") where a preposition opens it in a paragraph
// whose dates are already before 1500. "in 300 parts" stays a count.
func (d *dateScanner) smallYear(i int) bool {
	t := &d.toks[i]
	if len(t.text) != 3 || t.text[0] == '0' || !d.is(i-1, d.w.SmallYearIn...) {
		return false
	}
	y, ok := d.contextYear()
	if !ok || y >= 1500 || y-t.val > 600 || t.val-y > 600 {
		return false
	}
	if i+1 < len(d.toks) && d.toks[i+1].kind == tWord && !d.toks[i+1].upper && hasSuffix(d.toks[i+1].text, d.w.PluralEnds) &&
		!d.v.NotNouns[d.toks[i+1].text] {
		return false // "in 500 places": a count of a plural noun
	}
	return !d.notAYear(i)
}

// recurringDay tells whether the month at i follows a weekday, "the first
// Monday in March": a day that comes back each year, no date.
func (d *dateScanner) recurringDay(i int) bool {
	if !d.is(i-1, d.w.RecurringIn...) || i < 2 || d.toks[i-2].kind != tWord {
		return false
	}
	_, ok := d.v.Weekdays[lowerOf(&d.toks[i-2])]
	return ok
}

// chromeStamp tells whether the day read ends in a clock time,
// "2024-03-18 14:02:55": a page's timestamp, not the article's date.
func (d *dateScanner) chromeStamp(p point) bool {
	return p.date.Precision == model.Day && p.end+2 < len(d.toks) && d.toks[p.end].kind == tNum &&
		d.punct(p.end+1, ":") && d.toks[p.end+2].kind == tNum && d.punct(p.end+3, ":")
}

// lowerOf is a word in lower case, also one the lexicon does not hold (whose
// lower field is empty): these rules run only next to a number.
func lowerOf(t *token) string {
	if t.lower != "" {
		return t.lower
	}
	return strings.ToLower(t.text)
}

// publisherYear tells whether the year at i closes a bracketed imprint,
// "(Penguin 2004)": the year the work came out, not part of a name.
func (d *dateScanner) publisherYear(i int) bool {
	return d.punct(i-2, "(") && d.toks[i-1].kind == tWord && isCapitalized(d.toks[i-1].text) && d.punct(i+1, ")")
}

// foldIn tells whether a word, in lower case, is in set, without making a
// lower-case copy: it runs for every year the text holds.
func foldIn(set map[string]bool, t *token) bool {
	if t.lower != "" {
		return set[t.lower]
	}
	var buf [24]byte
	if len(t.text) > len(buf) {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		c := t.text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(t.text)])]
}

// notAYear rules out a four-digit number that counts things, is money or a
// percentage, or is part of a name.
func (d *dateScanner) notAYear(i int) bool {
	if d.bcName(i) {
		return !d.bcOccurrence(i) // "the 2017 BC Liberal Party"; "the 2010 BC Green Party Annual General Meeting" is 2010
	}
	if d.countLead(i) {
		return true
	}
	if d.datesOccurrence(i) || d.publisherYear(i) {
		return false // "the Polish 1863 Uprising", "the 1981 FA Cup Final"
	}
	return d.wordBeforeRulesOut(i) || d.wordAfterRulesOut(i) || d.opensName(i)
}

// wordBeforeRulesOut tells whether the word or sign before the number at i
// makes it no year.
func (d *dateScanner) wordBeforeRulesOut(i int) bool {
	if i == 0 {
		return false
	}
	t, p := &d.toks[i], &d.toks[i-1]
	adjacent := p.end == t.start
	switch {
	case p.kind == tPunct && adjacent && strings.ContainsAny(p.text, "$€£¥₹#:/."):
		return true // US$2000, #1984, 12:2000, 10/2010, v1.2000
	case p.kind == tQty || p.kind == tNum && adjacent:
		return true
	case p.kind != tWord:
		return false
	case hasSuffix(p.text, d.w.MoneySuffixes) || slices.Contains(d.w.NotBeforeCase, p.text) || d.v.NotBeforeYear[p.lower]:
		return true
	}
	// "Expo 2010", "Euro 2020": a capitalised word that is not a date word
	return !d.v.YearOpeners[p.lower] && isCapitalized(p.text) && !d.isMonthWord(p.text) && !hasSuffix(p.text, d.w.PossessiveEnds)
}

// wordAfterRulesOut tells whether what follows the number at i makes it no
// year: a per cent sign, a time, a plural noun it counts.
func (d *dateScanner) wordAfterRulesOut(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	t, n := &d.toks[i], &d.toks[i+1]
	// "4.1%", "1200:30" (a time or a ratio); "May 1996: RFC 1942" is a date
	if n.kind == tPunct && (n.text == "%" || n.text == ":" && n.start == t.end &&
		i+2 < len(d.toks) && d.toks[i+2].kind == tNum && d.toks[i+2].start == n.end) {
		return true
	}
	if n.kind == tWord && d.v.QuantityNouns[n.lower] {
		return true
	}
	if n.kind == tDash && i+2 < len(d.toks) && d.toks[i+2].kind == tWord && n.start == t.end &&
		(d.is(i+2, d.w.CompoundNouns...)) {
		return true // "a 1000-year history", "a 2000-strong army"
	}
	// "over 1000 Belgians", "has 1376 open issues": a quantity lead and a
	// lower-case plural noun, perhaps after one lower-case word; "… open
	// issues and 1252 closed issues": the same noun counted again
	if i == 0 || d.toks[i-1].kind != tWord {
		return false
	}
	noun := d.countedAfter(i)
	switch {
	case noun < 0:
		return false
	case d.v.QuantityLeads[d.toks[i-1].lower]:
		return true
	}
	return i >= 2 && d.is(i-1, d.w.Both...) && d.toks[i-2].lower == d.toks[noun].lower
}

// countedAfter is the place of the lower-case plural noun right after the
// number at i, or after one lower-case word between, or -1.
func (d *dateScanner) countedAfter(i int) int {
	if d.countedNoun(i + 1) {
		return i + 1
	}
	if n := &d.toks[i+1]; n.kind == tWord && !isCapitalized(n.text) && !d.isMonthWord(n.text) && d.countedNoun(i+2) {
		return i + 2
	}
	return -1
}

// countedNoun tells whether the word at j is a lower-case plural noun.
func (d *dateScanner) countedNoun(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	w := &d.toks[j]
	return w.kind == tWord && !isCapitalized(w.text) && hasSuffix(w.text, d.w.PluralEnds) && !d.v.NotNouns[w.text]
}

// opensName tells whether the number at i opens a capitalised name after
// a determiner: "the 2021 Human Rights Report".
func (d *dateScanner) opensName(i int) bool {
	if i == 0 || !d.is(i-1, d.w.Determiners...) {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+5 && d.toks[j].kind == tWord && isCapitalized(d.toks[j].text); j++ {
		if d.v.NameHeads[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// hasSuffix tells whether w ends in one of suffixes.
func hasSuffix(w string, suffixes []string) bool {
	for _, suffix := range suffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}
