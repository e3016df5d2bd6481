package parse

import (
	"github.com/annals-tui/annals/parse/lang/en"
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// dateMatch is one date expression found in a sentence.
type dateMatch struct {
	date       model.Date
	start, end int  // byte range of the phrase in the sentence
	relative   bool // "a decade later", "that year": resolved from an earlier date
}

// dateScanner finds the date expressions of one sentence. anchor is the
// latest date stated before it in the article, which relative and year-less
// expressions ("that year", "On 6 October") are resolved against.
type dateScanner struct {
	s      string
	toks   []token
	anchor model.Date
	out    []dateMatch
}

var months = en.Pack.Months

// month reads a month name at token i: capitalised, as English writes it
// (so "may" the verb is not May), optionally abbreviated with a stop.
func (d *dateScanner) month(i int) (m, next int, ok bool) {
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return 0, i, false
	}
	w := d.toks[i].text
	if w[0] < 'A' || w[0] > 'Z' {
		return 0, i, false
	}
	m, ok = months[d.toks[i].lower]
	if !ok {
		return 0, i, false
	}
	next = i + 1
	// "Oct. 1971": an abbreviation may carry its stop
	if len(w) <= 4 && d.toks[i].lower != "may" && d.punct(next, ".") && d.toks[i].end == d.toks[next].start {
		next++
	}
	return m, next, true
}

// is reports whether token i is the word w, in any case.
func (d *dateScanner) is(i int, words ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	t := &d.toks[i]
	if t.lower != "" {
		for _, w := range words {
			if t.lower == w {
				return true
			}
		}
		return false
	}
	// A word no list holds ("Following", "YEARS"): compare folding case,
	// past the words whose first letter already differs.
	first := t.text[0]
	if first < utf8.RuneSelf {
		first |= 0x20 // an ASCII letter in lower case
	}
	for _, w := range words {
		if (first >= utf8.RuneSelf || w[0] == first) && strings.EqualFold(t.text, w) {
			return true
		}
	}
	return false
}

func (d *dateScanner) punct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.toks[i].text == p
}

func (d *dateScanner) dash(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == tDash }

// dayNum reads a day of the month.
func (d *dateScanner) dayNum(i int) (int, bool) {
	if i < len(d.toks) && d.toks[i].kind == tNum && d.toks[i].val >= 1 && d.toks[i].val <= 31 && len(d.toks[i].text) <= 2 {
		return d.toks[i].val, true
	}
	if i < len(d.toks) && d.toks[i].kind == tOrd && d.toks[i].val >= 1 && d.toks[i].val <= 31 {
		return d.toks[i].val, true // "October 25th, 1971"
	}
	return 0, false
}

// era reads "BC", "BCE", "B.C.", "AD", "CE" at token i, and returns whether
// it is before the common era and where it ends.
func (d *dateScanner) era(i int) (bc bool, next int, ok bool) {
	if i >= len(d.toks) || d.toks[i].kind != tWord {
		return false, i, false
	}
	switch d.toks[i].text {
	case "BC", "BCE":
		return true, i + 1, true
	case "AD", "CE":
		return false, i + 1, true
	case "B", "A":
		// B.C. / A.D.
		if d.punct(i+1, ".") && i+2 < len(d.toks) && (d.toks[i+2].text == "C" || d.toks[i+2].text == "D") {
			n := i + 3
			if d.punct(n, ".") {
				n++
			}
			return d.toks[i].text == "B", n, true
		}
	}
	return false, i, false
}

// year reads a year at token i: four digits from 1000 to 2100 that are not
// a quantity or part of a name, or a number with an era ("44 BC", "AD 800").
func (d *dateScanner) year(i int) (y, next int, ok bool) {
	if i < len(d.toks) && d.toks[i].text == "AD" && i+1 < len(d.toks) && d.toks[i+1].kind == tNum {
		return d.toks[i+1].val, i + 2, d.toks[i+1].val > 0
	}
	if i >= len(d.toks) || d.toks[i].kind != tNum {
		return 0, i, false
	}
	t := d.toks[i]
	if bc, n, ok := d.era(i + 1); ok && t.val > 0 && len(t.text) <= 4 && !d.bcName(i) {
		if bc {
			return 1 - t.val, n, true
		}
		return t.val, n, true
	}
	if d.smallYear(i) {
		return t.val, i + 1, true
	}
	if len(t.text) != 4 || t.val < 1000 || t.val > 2100 || t.text[0] == '0' {
		return 0, i, false
	}
	if d.notAYear(i) {
		return 0, i, false
	}
	return t.val, i + 1, true
}

// quantityNouns follow a number that counts things rather than a year.
var quantityNouns = en.Pack.QuantityNouns

// notBeforeYear are words after which a number is not a year: "page 1945".
var notBeforeYear = en.Pack.NotBeforeYear

// namePrefixes are capitalised words that may stand right before a year in
// a date phrase, so that "In 2019" is a date but "Expo 2010" is a name.
var namePrefixOK = en.Pack.YearOpeners

var quantityLead = en.Pack.QuantityLeads

// notNouns end in s but are not the plural noun a quantity needs.
var notNouns = en.Pack.NotNouns

// nameHeads end a capitalised name that a year can open: "the 2021 Human
// Rights Report", "the 2008 Summer Olympics".
var nameHeads = en.Pack.NameHeads

// notAYear rules out a four-digit number that counts things, is money or a
// percentage, or is part of a name.
func (d *dateScanner) notAYear(i int) bool {
	t := d.toks[i]
	if d.countLead(i) || d.bcName(i) {
		return true
	}
	if d.datesOccurrence(i) || d.publisherYear(i) {
		return false // "the Polish 1863 Uprising", "the 1981 FA Cup Final"
	}
	if i > 0 {
		p := d.toks[i-1]
		adjacent := p.end == t.start
		if p.kind == tPunct && adjacent && strings.ContainsAny(p.text, "$€£¥₹#:/.") {
			return true // US$2000, #1984, 12:2000, 10/2010, v1.2000
		}
		if p.kind == tWord && (strings.HasSuffix(p.text, "US") || p.text == "No" || p.text == "p" || notBeforeYear[p.lower]) {
			return true
		}
		if p.kind == tQty || p.kind == tNum && adjacent {
			return true
		}
		// "Expo 2010", "Euro 2020": a capitalised word that is not a date word
		if p.kind == tWord && !namePrefixOK[p.lower] && isCapitalized(p.text) &&
			!isMonthWord(p.text) && !strings.HasSuffix(p.text, "'s") && !strings.HasSuffix(p.text, "’s") {
			return true
		}
	}
	if i+1 < len(d.toks) {
		n := d.toks[i+1]
		// "4.1%", "1200:30" (a time or a ratio); "May 1996: RFC 1942" is a date
		if n.kind == tPunct && (n.text == "%" || n.text == ":" && n.start == t.end &&
			i+2 < len(d.toks) && d.toks[i+2].kind == tNum && d.toks[i+2].start == n.end) {
			return true
		}
		if n.kind == tWord && quantityNouns[n.lower] {
			return true
		}
		if n.kind == tDash && i+2 < len(d.toks) && d.toks[i+2].kind == tWord && n.start == t.end &&
			(d.is(i+2, "year", "years", "strong", "member", "page", "mile", "km", "metre", "meter", "seat")) {
			return true // "a 1000-year history", "a 2000-strong army"
		}
		// "over 1000 Belgians": a quantity lead and a lower-case noun
		if i > 0 && d.toks[i-1].kind == tWord && quantityLead[d.toks[i-1].lower] &&
			n.kind == tWord && !isCapitalized(n.text) && strings.HasSuffix(n.text, "s") && !notNouns[n.text] {
			return true
		}
	}
	// "the 2021 Human Rights Report"
	if i > 0 && d.is(i-1, "the", "a", "its", "their", "his", "her") {
		for j := i + 1; j < len(d.toks) && j <= i+5 && d.toks[j].kind == tWord && isCapitalized(d.toks[j].text); j++ {
			if nameHeads[d.toks[j].lower] {
				return true
			}
		}
	}
	return false
}

func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' || startsUpper(w) }

func isMonthWord(w string) bool {
	_, ok := months[strings.ToLower(w)]
	return ok && isCapitalized(w)
}
