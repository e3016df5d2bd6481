package parse

import (
	"strings"
	"sync"
	"unicode"

	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/en"
	"github.com/annals-tui/annals/parse/markup"
)

// What a person is not. A run of capitalised words that has the shape of a
// name ("Bolton Wanderers", "Dover Harbour", "HTML Tags") is the name of a
// thing when a word of it is a thing's head, or an acronym; a head that is
// also a surname ("Hill") rules it out only when its first word is no given
// name ("Cemetery Hill", not "Damon Hill").

var (
	thingHeads     = capitalised(en.Pack.ThingHeads)
	weakThingHeads = capitalised(en.Pack.WeakThingHeads)
	// givenNames is built beside the English vocab, off the start-up path.
	givenNames = sync.OnceValue(func() map[string]lang.Pronoun { return capitalisedKeys(en.GivenNames()) })
)

// The given-name tables are built off the start-up path, while the program
// reads its input; latinGiven (eu_words.go) only after the English one,
// which it folds.
func init() {
	go func() {
		givenNames()
		latinGiven()
	}()
}

// thingName reports whether the name words (with their word kinds) name a
// thing rather than a person.
func thingName(words []string, kinds []uint16) bool {
	last := len(words) - 1
	for i, w := range words {
		if kinds[i]&kThing != 0 || isAcronym(w) && (len(w) > 1 || i == 0) {
			return true // a bare capital is a name's initial only inside it ("John F Kennedy")
		}
	}
	return kinds[last]&kWeakThing != 0 && givenGender(words[0]) == 0
}

// isAcronym: two or more capitals and nothing else, not a Roman numeral
// ("HTML", "CERN", "TV", "ΒΙΟΓΡΑΦΙΚΟ"; not "II"); or one bare capital,
// which a person's initial is not without its stop ("F Word").
func isAcronym(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z' && w != "X" // Malcolm X
	}
	if isRoman(w) {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// givenGender says whether w, as written, is a given name, and whose.
func givenGender(w string) lang.Pronoun { return givenNames()[w] }

// capitalised is a set of lower-case words as a name writes them,
// capitalised (only capitalised words are looked at as names, and the
// lexicon stays free of common lower-case words).
func capitalised(set map[string]bool) map[string]bool {
	m := make(map[string]bool, len(set))
	for w := range set {
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	return m
}

func capitalisedKeys(set map[string]lang.Pronoun) map[string]lang.Pronoun {
	m := make(map[string]lang.Pronoun, len(set))
	for w, g := range set {
		m[strings.ToUpper(w[:1])+w[1:]] = g
	}
	return m
}

// A work or a firm, known by what stands around its name rather than by
// its words: a title in italics or quotes (Opa Opa, "Baby Tiger"), or
// the object of a founding verb ("founded Haiko Honten").

// foundingVerbs make the name after them a firm or a work.
var foundingVerbs = en.Pack.FoundingVerbs

// quotedRun reports whether the run stands between wikitext italics or
// quotation marks: the title of a work.
func quotedRun(text string, toks []token, r run) bool {
	s, e := toks[r.from].start, toks[r.to-1].end
	before, after := strings.TrimSuffix(text[:s], "[["), strings.TrimPrefix(text[e:], "]]") // a linked title
	if strings.HasSuffix(before, "''") {
		return !strings.HasSuffix(before, "'''") && strings.HasPrefix(after, "''") && !strings.HasPrefix(after, "'''")
	}
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if strings.HasSuffix(before, q[0]) && strings.HasPrefix(after, q[1]) {
			return true
		}
	}
	return false
}

// foundedRun reports whether a founding verb stands right before the run,
// or "called" after a thing's noun: "a company that was then called
// Nintendo Koppai", "a ship called Endurance" (but "a man called Otto").
func foundedRun(toks []token, r run) bool {
	if r.from == 0 {
		return false
	}
	switch toks[r.from-1].text {
	case "called", "dubbed": // not "named": "the draft named Oren Falk"
		for k := r.from - 2; k >= 0 && k >= r.from-6; k-- { // "a company that was then called"
			if en.Pack.ThingHeads[toks[k].text] || firmNouns[toks[k].text] {
				return true
			}
		}
		return false
	}
	return toks[r.from-1].kinds&kFounding != 0 // foundingVerbs, from the lexicon's one look-up of the word
}

// firmNouns name firms and works in lower case, beside thingHeads.
var firmNouns = en.Pack.FirmNouns

// templateCursor reports whether a position lies inside a {{template}} of
// raw wikitext (a citation's fields name authors and titles, not the people
// of the event): whether the last "{{" before it comes after the last "}}".
// Positions asked in increasing order, as the entity finder walks a
// sentence, read the text once; looking back from each capitalised word
// read back to the start each time (an 8 KB stretch of "{{{In 1991 " took
// 80% of a 1.6 MB/s parse). inTemplate in the tests is the plain version.
type templateCursor struct {
	text              string
	at                int // the pairs starting before at are counted
	lastOpen, lastEnd int // where the last counted "{{" and "}}" start, -1: none
}

func newTemplateCursor(text string) templateCursor {
	return templateCursor{text: text, lastOpen: -1, lastEnd: -1}
}

func (c *templateCursor) inside(pos int) bool {
	if c.at > 0 && c.at+1 > pos {
		*c = newTemplateCursor(c.text) // asked out of order: read from the start again
	}
	for ; c.at+2 <= pos; c.at++ { // a pair that starts at j lies in text[:pos] when j+2 <= pos
		switch c.text[c.at : c.at+2] {
		case "{{":
			c.lastOpen = c.at
		case "}}":
			c.lastEnd = c.at
		}
	}
	return c.lastOpen >= 0 && c.lastEnd < c.lastOpen
}

// earlierSegment reports whether date k lies in an earlier comma segment
// than the nearest date before a person whom every date precedes: "won the
// Cup in 1904, had its best years in the 1960s, under Joe Mercer" gives
// Mercer the 1960s alone, while "In 1990 and 1995, Ada Brand won" gives Ada
// Brand both years, said in one segment.
func earlierSegment(text string, mn mention, dates []dateMatch, k int) bool {
	last := dates[len(dates)-1]
	if last.end > mn.start || k == len(dates)-1 {
		return false
	}
	between := text[dates[k].end:last.start]
	return strings.IndexByte(between, ',') >= 0
}

// noteWorks files the shown text of links to works and things as no one's
// name: a link's title qualified by a thing's head ("Alli Mia Fora
// (Antique album)", "Blue (Velvet Moth song)") names a work, whatever its
// text looks like. Their kind is "", which the finder passes over.
func (ls *linkSet) noteWorks(shown []markup.Link) {

	for _, l := range shown {
		open := strings.LastIndexByte(l.Title, '(')
		if open < 0 || !strings.HasSuffix(l.Title, ")") || l.Text == "" {
			continue
		}
		qual := strings.Fields(l.Title[open+1 : len(l.Title)-1])
		if len(qual) == 0 || !en.Pack.ThingHeads[strings.ToLower(qual[len(qual)-1])] {
			continue
		}
		text := strings.Join(strings.Fields(l.Text), " ")
		if _, known := ls.kinds.get(text); known || text == "" {
			continue
		}
		ls.kinds.set(text, "")
		words := strings.Fields(text)
		span, _ := ls.heads.get(words[0])
		ls.heads.set(words[0], max(span, len(words)+strings.Count(text, "-")))
	}
}

// noteItalics files what the page sets in italics as no one's name: a
// work's title ("”Noite Longa”", "<i>Mera Me Ti Mera</i>"), a ship's, a
// foreign word; a link set in italics too ("”[[Mera Me Ti Mera]]”"), for
// the page does not set people's names in italics.
func (ls *linkSet) noteItalics(italics []string) {
	for _, text := range italics {
		if !startsUpper(text) {
			continue
		}
		ls.kinds.set(text, "")
		words := strings.Fields(text)
		span, _ := ls.heads.get(words[0])
		ls.heads.set(words[0], max(span, len(words)+strings.Count(text, "-")))
	}
}
