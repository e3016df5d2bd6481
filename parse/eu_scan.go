package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// euGrammar is the date grammar of one Latin-script language other than
// English (fr, nl, de), built from its pack's phrases once: a handful of
// patterns, each a date form, tried at each word of the sentence (eu_find.go).
// The forms are the same in the three languages; only the words differ.
type euGrammar struct {
	pack     *lang.Pack
	yearNoun map[string]bool // YearNouns in lower case
	// trigger maps a word to the forms (bits of forms' indexes) that can
	// match only in a sentence holding it; triggered: the forms that have
	// such words. A form is tried only when the sentence holds one of its
	// words.
	trigger   map[string]uint64
	triggered uint64
	// triggerFirst marks the first bytes of trigger words, in either case
	// when ASCII: a word starting with another ASCII byte triggers nothing.
	triggerFirst [256]bool
	and          *node // a second year after one: " et 880"
	forms        []euForm
	// firstForms are the forms a match of which can start with a byte;
	// digitForms those that match only text with a digit.
	firstForms [256]uint64
	digitForms uint64
	dispatch   wordDispatch  // the forms a word opens (eu_dispatch.go)
	digits     digitDispatch // the forms a run of digits opens
}

// euForm is one pattern and what its match means. read returns false when
// the match is no date after all ("2000 soldats").
type euForm struct {
	pattern *node
	read    euRead
	digit   bool // matches only text with a digit: skipped on sentences without one
}

// euRead makes the date of a match: its groups, the sentence after the
// match (for a quantity noun), and the latest date before it.
type euRead func(g *euGrammar, m euMatch, anchor model.Date) (d model.Date, relative, ok bool)

// The groups a form's pattern captures.
const (
	gY   = iota // a year, or a decade's number
	gY2         // the second year of a range
	gM          // a month
	gM2         // the second month of a range
	gD          // a day
	gBC         // an era before Christ, after the (last) year
	gBC1        // an era before Christ after the first year of a range
	gC          // a century's number or numeral
	gW          // a decade word: "tachtig"
	gN          // a count: "cinq" in "cinq ans plus tard"
	groupCount
)

// euMatch is one match of a form: the groups' byte ranges in s (-1 for a
// group that took no part) and the text after the match.
type euMatch struct {
	s     string
	caps  [2 * groupCount]int32
	after string
}

// get is the text of group g, "" when it took no part.
func (m euMatch) get(g int) string {
	if m.caps[2*g] < 0 {
		return ""
	}
	return m.s[m.caps[2*g]:m.caps[2*g+1]]
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// euPieces are the patterns the forms share.
type euPieces struct {
	month, day, year, era, wk *pat
}

func newEuPieces(p *lang.Pack) euPieces {
	l := p.Latin
	era := pOpt(pBytes(reSpaces, 0, 0), pAny(pCap(gBC, pWords(l.BC)), pWords(l.AD)))
	return euPieces{
		month: pSeq(pCap(gM, pWords(keys(p.Months))), pOpt(pBytes(".", 1, 1))),
		day:   pSeq(pCap(gD, pBytes("0123", 0, 1), pBytes(decimals, 1, 1)), pOpt(pWords(l.DaySuffixes))),
		year:  pSeq(pCap(gY, digits(1, 4)), era),
		era:   era,
		wk:    pOpt(pWords(l.Weekdays), pOpt(pBytes(",", 1, 1)), spaces()),
	}
}

// spaces is regexp's \s+.
func spaces() *pat { return pBytes(reSpaces, 1, 0) }

const (
	reSpaces = " \t\n\f\r" // regexp's \s
	decimals = "0123456789"
)

func digits(min, max int) *pat { return pBytes(decimals, min, max) }

func newEuGrammar(p *lang.Pack) *euGrammar {
	g := &euGrammar{pack: p, yearNoun: map[string]bool{}, trigger: map[string]uint64{}}
	for _, w := range p.Latin.YearNouns {
		g.yearNoun[strings.ToLower(w)] = true
	}
	pc := newEuPieces(p)
	g.addPoints(pc)
	g.addCenturies(pc)
	g.addRelative()
	g.addYears(pc)
	g.and = compile(pSeq(spaces(), pWords(p.Latin.And), spaces(),
		pCap(gY, pAny(digits(4, 4), digits(3, 3), digits(2, 2)))))
	g.indexForms()
	return g
}

// add appends a form; a form with trigger phrases is tried only on a
// sentence holding one of their words.
func (g *euGrammar) add(p *pat, read euRead, digit bool, triggers []string) {
	if triggers != nil {
		bit := uint64(1) << len(g.forms)
		g.triggered |= bit
		for _, phrase := range triggers {
			for _, w := range strings.FieldsFunc(strings.ToLower(phrase), notLetter) {
				g.trigger[w] |= bit
				g.triggerFirst[w[0]] = true
				g.triggerFirst[unicode.ToUpper(rune(w[0]))&0xff] = true
			}
		}
	}
	g.forms = append(g.forms, euForm{compile(p), read, digit})
}

// addPoints adds ranges, days and months, in the order they are preferred.
func (g *euGrammar) addPoints(pc euPieces) {
	p, l := g.pack, g.pack.Latin
	months := keys(p.Months)
	dash := pSeq(pBytes(reSpaces, 0, 0), pRep(isDash, 1, 1), pBytes(reSpaces, 0, 0))
	// "entre 1843 et 1846", "von 1940 bis 1945", "du 3 au 5 mai 1990" (as years only)
	g.add(pSeq(pWords(l.RangeOpen), spaces(), pCap(gY, digits(1, 4)),
		pOpt(pBytes(reSpaces, 0, 0), pAny(pCap(gBC1, pWords(l.BC)), pWords(l.AD))),
		spaces(), pWords(l.RangeJoin), spaces(), pCap(gY2, digits(2, 4)), pc.era), readRange, true, l.RangeOpen)
	// "november 1830 - november 1833"
	g.add(pSeq(pCap(gM, pWords(months)), pOpt(pBytes(".", 1, 1)), spaces(), pCap(gY, digits(3, 4)), dash,
		pCap(gM2, pWords(months)), pOpt(pBytes(".", 1, 1)), spaces(), pCap(gY2, digits(3, 4))), readMonthRange, true, months)
	// "1939-1945", "1939–45"
	g.add(pSeq(pCap(gY, digits(4, 4)), dash, pCap(gY2, digits(2, 4)), pc.era), readRange, true, nil)
	// "le 14 juillet 1789", "am 3. März 1991", "op 21 juli 1831"
	g.add(pSeq(pc.wk, pc.day, spaces(), pc.month, spaces(), pc.year), readDay, true, months)
	// "le 24 janvier", "am 3. März": the latest date's year
	g.add(pSeq(pc.wk, pc.day, spaces(), pc.month), readDayNoYear, true, months)
	// "juillet 1789", "März 1991"
	g.add(pSeq(pc.month, spaces(), pc.year), readMonth, true, months)
	// "en juin", "im Juni": the latest date's year
	g.add(pSeq(pWords(keys(p.YearOpeners)), spaces(), pc.month), readMonthNoYear, false, months)
}

// addCenturies adds centuries and decades.
func (g *euGrammar) addCenturies(pc euPieces) {
	l := g.pack.Latin
	// centuries: "XIXe siècle", "19e eeuw", "19. Jahrhundert", "de negende eeuw"
	g.add(pSeq(pCap(gC, pAny(pBytes("IVXL", 1, 0), digits(1, 2), pWords(keys(g.pack.OrdinalWords)))),
		pOpt(pWords(l.CenturySuffix)), spaces(), pWords(l.CenturyNouns), pc.era), readCentury, false, l.CenturyNouns)
	// decades: "années 1980", "années 60-61", "jaren 80", "jaren tachtig", "1980er Jahre", "60er"
	decade := pCap(gY, pAny(digits(4, 4), digits(2, 2)))
	if len(l.DecadeBefore) > 0 {
		g.add(pSeq(pWords(l.DecadeBefore), spaces(), pOpt(pRep(isApostrophe, 1, 1)), decade,
			pOpt(pBytes(reSpaces, 0, 0), pRep(isEnDash, 1, 1), pBytes(reSpaces, 0, 0), pCap(gY2, digits(2, 2)))),
			readDecade, true, l.DecadeBefore)
		if len(l.DecadeWords) > 0 {
			g.add(pSeq(pWords(l.DecadeBefore), spaces(), pCap(gW, pWords(keys(l.DecadeWords)))), readDecadeWord, false, l.DecadeBefore)
		}
	}
	if len(l.DecadeAfter) > 0 {
		g.add(pSeq(decade, pWords(l.DecadeAfter), pOpt(spaces(), pWords(l.YearNouns))), readDecade, true, nil)
	}
	if len(l.DecadeWords) > 0 && len(l.DecadeBefore) == 0 {
		g.add(pSeq(pCap(gW, pWords(keys(l.DecadeWords))), pOpt(spaces(), pWords(l.YearNouns))), readDecadeWord, false, keys(l.DecadeWords))
	}
}

func isEnDash(r rune) bool { return r == '-' || r == '–' }

// addRelative adds the phrases read from the latest date.
func (g *euGrammar) addRelative() {
	l := g.pack.Latin
	// relative: "l'année suivante", "cinq ans plus tard"
	g.add(pWords(l.YearAfter), readShift(1), false, l.YearAfter)
	g.add(pWords(l.YearBefore), readShift(-1), false, l.YearBefore)
	g.add(pWords(l.SameYear), readShift(0), false, l.SameYear)
	g.add(pWords(l.SameDay), sameDay, false, l.SameDay)
	g.add(pWords(l.MonthAfter), monthLater, false, l.MonthAfter)
	count := pCap(gN, pAny(digits(1, 2), pWords(keys(g.pack.NumberWords))))
	g.add(pSeq(count, spaces(), pWords(l.YearNouns), spaces(), pWords(l.Later)), readLater(1), false, l.YearNouns)
	g.add(pSeq(count, spaces(), pWords(l.YearNouns), spaces(), pWords(l.Earlier)), readLater(-1), false, l.YearNouns)
}

// addYears adds years alone, the forms tried last.
func (g *euGrammar) addYears(pc euPieces) {
	l := g.pack.Latin
	// "jusqu'en 1962": a year that anchors nothing after it
	g.add(pSeq(pWords(l.Until), spaces(), pCap(gY, digits(3, 4)), pc.era), readUntil, true, l.Until)
	// a year after an opener, three or four digits: "en 709", "seit 1990"
	g.add(pSeq(pWords(keys(g.pack.YearOpeners)), spaces(), pCap(gY, digits(3, 4)), pc.era), readYear, true, keys(g.pack.YearOpeners))
	// a bare year of four digits, or any year with an era: "1302", "57 v. Chr."
	g.add(pSeq(pCap(gY, digits(4, 4)), pc.era), readYear, true, nil)
	g.add(pSeq(pCap(gY, digits(1, 4)), pBytes(reSpaces, 0, 0), pAny(pCap(gBC, pWords(l.BC)), pWords(l.AD))), readYear, true, nil)
}

// triggerOf is the forms word w triggers, as it is or in lower case.
func (g *euGrammar) triggerOf(w string) uint64 {
	if w[0] < utf8.RuneSelf && !g.triggerFirst[w[0]] {
		return 0
	}
	if bits, ok := g.trigger[w]; ok {
		return bits
	}
	var buf [48]byte
	lower, changed := buf[:0], false
	for _, r := range w { // a run of letters: valid UTF-8, lowered as strings.ToLower lowers it
		l := unicode.ToLower(r)
		changed = changed || l != r
		lower = utf8.AppendRune(lower, l)
	}
	if !changed {
		return 0 // looked up already
	}
	return g.trigger[string(lower)]
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// formsFor is the set of forms (bits) worth trying on s: the forms without
// trigger words, and those with a word in s.
func (g *euGrammar) formsFor(s string) uint64 {
	set := ^g.triggered
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := decodeRune(s, j)
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		set |= g.triggerOf(s[i:j])
		i = j
	}
	return set
}
