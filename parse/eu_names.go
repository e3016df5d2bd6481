package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// euWord is a word of a sentence and where it stands. A word holds
// letters, digits and the apostrophes and hyphens inside it
// ("Antoine-Joseph", "d’Orville").
type euWord struct {
	text       string
	start, end int
}

func splitWords(s string) []euWord { return appendWords(nil, s) }

// appendWords is splitWords appending to out.
func appendWords(out []euWord, s string) []euWord {
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
			start >= 0 && (r == '-' || r == '\'' || r == '’') && i+1 < len(s) && startsLetter(s[i+utf8.RuneLen(r):])
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, euWord{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, euWord{s[start:], start, len(s)})
	}
	return out
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// euCand is a person a sentence names, and where.
type euCand struct {
	name       string
	start, end int
	all        bool // the sentence opens with it, or it is the article's subject: it goes with every date
	owner      int  // else the date it goes with (eu_owner.go)
	also       int  // and the dates of this clause, or -1
}

// candidates is the people a sentence names: its runs of capitalised
// words (particles and ordinals inside: "Johnny de Staerke", "Louis XI")
// that read as a person, less the names in parentheses after a person's
// name, which are that person's other names ("Qian Xiuling (… Siou-Ling
// Tsien de Perlinghi)").
func (g *euGrammar) candidates(text string, ws []euWord, names []string, mem *euMemory, subject string) []euCand {
	var out []euCand
	paren := parens{open: -1}
	for i := 0; i < len(ws); {
		j := g.runEnd(text, ws, i)
		if j == i {
			i++
			continue
		}
		c, ok := g.nameOf(text, ws, i, j, names, mem, subject)
		if ok && !paren.alias(text, c, out, subject) {
			c.all = c.all || c.name == subject
			out = append(out, c)
		}
		i = j
	}
	return out
}

// runEnd is the end of the run of name words from ws[i]: capitalised
// words, with particles and Roman numerals between or after them, one
// space apart.
func (g *euGrammar) runEnd(text string, ws []euWord, i int) int {
	if !startsUpper(ws[i].text) {
		return i
	}
	j := i + 1
	for j < len(ws) && onlySpace(text[ws[j-1].end:ws[j].start]) {
		w := ws[j].text
		switch {
		case startsUpper(w) && g.pack.Latin.NameParticles[ws[j-1].text]:
			return j + 1 // one word after particles ends a name: "Karl der Große", "Marie de Bourgogne"
		case startsUpper(w), g.elided(w):
		case g.particlesThenName(text, ws, j):
		default:
			return j
		}
		j++
	}
	return j
}

// particlesThenName says whether ws[j] opens one or more particles that a
// capitalised word follows: "de la Fontaine", "von der Leyen".
func (g *euGrammar) particlesThenName(text string, ws []euWord, j int) bool {
	for k := j; k < len(ws) && k < j+3; k++ {
		if k > j && !onlySpace(text[ws[k-1].end:ws[k].start]) {
			return false
		}
		if startsUpper(ws[k].text) {
			return k > j
		}
		if !g.pack.Latin.NameParticles[ws[k].text] {
			return false
		}
	}
	return false
}

func onlySpace(s string) bool {
	return strings.TrimLeft(s, " \u00a0") == ""
}

// nameOf reads the run ws[i:j] as a person's name: leading words that are
// no part of a name dropped (function words, offices, things), cut at
// the first word that names a thing, and kept when it reads as a person.
func (g *euGrammar) nameOf(text string, ws []euWord, i, j int, names []string, mem *euMemory, subject string) (euCand, bool) {
	l := g.pack.Latin
	open := i
	byTitle := i > 0 && g.isTitle(ws[i-1].text) && onlySpace(text[ws[i-1].end:ws[i].start]) ||
		i > 1 && g.isTitle(ws[i-2].text) && !startsUpper(ws[i-1].text) && !l.NameParticles[ws[i-1].text] &&
			onlySpace(text[ws[i-2].end:ws[i].start]) // "le président chinois Hu Jintao"
	if i > 1 && l.NameParticles[ws[i-1].text] && g.isTitle(ws[i-2].text) && !startsUpper(ws[i-2].text) {
		if i+1 == j {
			return euCand{}, false // "duc de Brabant": a place
		}
		i, byTitle = i+1, true // "le duc de Bourgogne Philippe le Bon"
	}
	genitive := false
	for i < j {
		lw := strings.ToLower(ws[i].text)
		switch {
		case g.isTitle(lw):
			if i+1 < j && l.NameParticles[ws[i+1].text] {
				return euCand{}, false // "Graaf van Vlaanderen", "Bürgermeister von Shanghai": an office of a place
			}
			byTitle = true
		case l.CapitalNouns && i > 0 && l.Articles[strings.ToLower(ws[i-1].text)] && i+1 < j:
			genitive = true // "dem Tod Karl Martells": a noun, then a name in the genitive
		case g.stopWord(lw) || l.NameParticles[ws[i].text] || g.thingWord([]string{ws[i].text}):
		case i+2 < j && l.NameParticles[ws[i+1].text] && euGiven(ws[i].text) == 0:
			i++ // "Hochzeit von Qian Xiuling"
		case i+2 < j && euGiven(ws[i].text) == 0 && g.givenLater(ws[i+1:j]):
			// "minister van Buitenlandse Zaken Karel De Gucht": the words before a given name are an office's
		default:
			goto read
		}
		i++
	}
	return euCand{}, false
read:
	if open > 0 && l.Indefinite[strings.ToLower(ws[open-1].text)] || quoted(text, ws[open].start, ws[j-1].end) {
		return euCand{}, false // "een Austin Allegro", a slogan or a work in quotes
	}
	byTitle = byTitle || g.afterOffice(text, ws, open)
	words, cut := g.nameWords(ws[i:j])
	if len(words) == 0 {
		return euCand{}, false
	}
	start, end := ws[i].start, ws[i+len(words)-1].end
	name, ok := g.genitiveBase(strings.Join(words, " "), genitive, cut, mem, subject)
	if !ok {
		return euCand{}, false
	}
	byTitle = byTitle || g.titleAfter(text, ws, i+len(words))
	name, ok = g.accept(name, byTitle, !cut, names, mem, subject)
	return euCand{name: name, start: start, end: end, all: start == 0}, ok
}

// nameWords is the run cut before its first word that names a thing
// ("Mao Zedongs Wirtschaftspolitik"), without particles at its end; cut
// says a thing word was cut off.
func (g *euGrammar) nameWords(run []euWord) (words []string, cut bool) {
	l := g.pack.Latin
	for k, w := range run {
		if k > 0 && l.NameParticles[run[k-1].text] && euGiven(w.text) == 0 && g.adjective(w.text) {
			words, cut = words[:len(words)-1], true // "Filip de Chinese president": an adjective after an article
			break
		}
		if l.NameParticles[w.text] || k > 0 && (l.NameParticles[strings.ToLower(w.text)] || // "Karel De Gucht"
			l.NameParticles[run[k-1].text] && l.NotNameWords[strings.ToLower(w.text)]) {
			words = append(words, w.text) // "Albert II de Belgique"
			continue
		}
		if k == 1 && pinyinName(run[0].text+" "+w.text) {
			words = append(words, w.text) // "Xi Jinping", not a noun in "-ing"
			continue
		}
		if g.thingWord([]string{w.text}) || acronym(w.text) || compound(w.text) || k > 0 && g.isTitle(w.text) {
			cut = true // "Helmut Kohl Kanzler": an office is no part of a name
			break
		}
		words = append(words, w.text)
		if g.possessor(run, k) {
			return words, true // "Marie Curies Labor": the noun after the name is no part of it
		}
	}
	for len(words) > 0 && l.NameParticles[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if n := len(words); n >= 3 && lookupKinds(words[n-1])&kPlace != 0 && !l.NameParticles[strings.ToLower(words[n-2])] {
		words, cut = words[:n-1], true // "… Karel De Gucht Peking"
	}
	return words, cut
}

// genitiveBase is name without its genitive ending when it is in the
// genitive: after a noun ("der Tod Karl Martells"), or before one when
// its base form was named before ("Karl Martells Sohn"). A name in the
// genitive before a noun whose base form is unknown is a possessor, not
// the event's person, and is refused.
func (g *euGrammar) genitiveBase(name string, afterNoun, beforeNoun bool, mem *euMemory, subject string) (string, bool) {
	suf := g.pack.Latin.Genitive
	base, ok := strings.CutSuffix(name, suf)
	if suf == "" || !ok || strings.HasSuffix(base, suf) {
		return name, true
	}
	if full := g.knownAs(base, mem, subject); full != "" {
		return full, true // "Kohls Rücktritt" in Helmut Kohl's biography
	}
	if afterNoun {
		return base, true
	}
	return name, !beforeNoun
}

// accept says whether name reads as a person, and as whom: a word alone is
// the person named before whose name holds it ("Zhu" is Zhu Rongji), or a
// name after a title ("saint Hubert"); a longer name needs a given name
// first, a title, a name named before, or the English finder's agreement.
func (g *euGrammar) accept(name string, byTitle, whole bool, names []string, mem *euMemory, subject string) (string, bool) {
	if full := g.knownAs(name, mem, subject); full != "" {
		return full, true
	}
	if !strings.Contains(name, " ") {
		return name, byTitle
	}
	first, _, _ := strings.Cut(name, " ")
	if euGiven(first) == 0 && g.adjective(first) {
		return "", false // "Spaanse Furie", "Olympische Spelen"
	}
	if byTitle || euGiven(first) != 0 || ruler(name) || pinyinName(name) {
		return name, true
	}
	if lookupKinds(first)&kPlace != 0 {
		return "", false // "Bonn Verhandlungen"
	}
	for _, n := range names {
		if whole && strings.Contains(n, name) { // not a name cut from a thing's: "Antwerpen Culturele Hoofdstad"
			return name, true
		}
	}
	return "", false
}

// knownAs is the full name, named before, that name is part of: the
// subject first, then the latest.
func (g *euGrammar) knownAs(name string, mem *euMemory, subject string) string {
	if name == subject || subject != "" && (g.partOf(name, subject) || shortName(name, subject) == subject) {
		return subject // "Zhu" of Zhu Rongji; Helmut Josef Michael Kohl is Helmut Kohl
	}
	for k := len(mem.known) - 1; k >= 0; k-- {
		if n := mem.known[k]; n == name || g.partOf(name, n) {
			return n
		}
	}
	return ""
}

// partOf says whether part is whole words of full before its first
// particle: "Zhu" of Zhu Rongji, but not "Belgique" of Albert II de
// Belgique, nor a numeral.
func (g *euGrammar) partOf(part, full string) bool {
	if len(part) < 2 || !startsUpper(part) || isRoman(part) {
		return false
	}
	// The words of full up to its first particle, on the stack: this is
	// asked of every name against each of the last knownNames people.
	var buf [16]string
	ws := buf[:0]
	for w := range strings.FieldsSeq(full) {
		if g.pack.Latin.NameParticles[w] {
			break
		}
		ws = append(ws, w)
	}
	return wordsWithin(part, ws)
}

// wordsWithin says whether part (not empty), words one space apart, is a run of ws:
// strings.Contains(" "+strings.Join(ws, " ")+" ", " "+part+" ") without
// building either string.
func wordsWithin(part string, ws []string) bool {
	n := strings.Count(part, " ") + 1
	for k := 0; k+n <= len(ws); k++ {
		rest, ok := part, true
		for _, w := range ws[k : k+n] {
			head, tail, _ := strings.Cut(rest, " ")
			if head != w {
				ok = false
				break
			}
			rest = tail
		}
		if ok {
			return true
		}
	}
	return false
}

// parens follows the parentheses of a sentence read left to right: open
// is where the last one still open opens, or -1.
type parens struct{ read, open int }

// alias says whether c stands in parentheses right after a name, a
// person's or a thing's: "Qian Xiuling (chinesisch … oder Siou-Ling Tsien
// de Perlinghi; …)", "Zoo van Antwerpen (Pairi Daiza)".
func (p *parens) alias(text string, c euCand, before []euCand, subject string) bool {
	for ; p.read < c.start; p.read++ {
		switch text[p.read] {
		case '(':
			p.open = p.read
		case ')':
			p.open = -1
		}
	}
	if p.open < 0 {
		return false
	}
	head := strings.TrimRight(text[:p.open], " \u00a0")
	if subject != "" && strings.HasSuffix(head, subject) {
		return true
	}
	if i := strings.LastIndexAny(head, " \u00a0"); startsUpper(head[i+1:]) {
		return true // the other name of a thing: "de Zoo van Antwerpen (Pairi Daiza)"
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-8; k-- {
		if before[k].end == len(head) {
			return true
		}
	}
	return false
}

// titleAfter says whether an office of a place follows the name that ends
// before ws[j]: "Henri, duc de Brabant".
func (g *euGrammar) titleAfter(text string, ws []euWord, j int) bool {
	return j+1 < len(ws) && strings.TrimSpace(text[ws[j-1].end:ws[j].start]) == "," &&
		g.isTitle(ws[j].text) && !startsUpper(ws[j].text) && g.pack.Latin.NameParticles[ws[j+1].text]
}

// possessor says whether run[k], no given name, ends in the genitive
// before a word that is no given name: "Marie Curies Labor", "Kohls
// Rücktritt".
func (g *euGrammar) possessor(run []euWord, k int) bool {
	suf := g.pack.Latin.Genitive
	w := run[k].text
	return suf != "" && k+1 < len(run) && strings.HasSuffix(w, suf) && !strings.HasSuffix(w, suf+suf) &&
		euGiven(w) == 0 && euGiven(run[k+1].text) == 0 && !g.pack.Latin.NameParticles[strings.ToLower(run[k+1].text)]
}

// afterOffice says whether the run at ws[i] follows an office of a place
// and a comma: "de Graaf van Vlaanderen, Filip van de Elzas".
func (g *euGrammar) afterOffice(text string, ws []euWord, i int) bool {
	if i < 3 || strings.TrimSpace(text[ws[i-1].end:ws[i].start]) != "," {
		return false
	}
	return startsUpper(ws[i-1].text) && g.pack.Latin.NameParticles[strings.ToLower(ws[i-2].text)] && g.isTitle(ws[i-3].text)
}

// givenLater says whether a given name opens a name of two words or more
// in run, with no particle before it.
func (g *euGrammar) givenLater(run []euWord) bool {
	for _, w := range run[:len(run)-1] {
		if g.pack.Latin.NameParticles[w.text] {
			return false
		}
		if euGiven(w.text) != 0 {
			return true
		}
	}
	return false
}
