package parse

import (
	"strings"

	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/markup"
)

// The people of a French, Dutch or German sentence. The English finder's
// names are only evidence here: every noun of German, and many phrases of
// French and Dutch, are capitalised ("Normalisierung der Beziehungen",
// "Herzogtum Limburg"), so the names are read again from the sentence's
// runs of capitalised words (eu_names.go), and each is kept only when it
// reads as a person: a given name first, a title before it, a name named
// before, or the English finder's agreement.

// euMemory is what the people of one sentence tell the next: the person
// named last, whom a later "il" means, and the full names named so far,
// which a later surname alone ("Zhu", "Deng") stands for. It holds too
// what is read of the sentence at its first date, for its other dates.
type euMemory struct {
	prev  string   // the person named last before the sentence
	last  string   // the person named last, in it or before
	known []string // full names, latest last; the latest knownNames
	sn    euSentence
}

// knownNames is how many full names a surname alone may stand for: the
// people just named, not every name of a long article.
const knownNames = 64

// euSentence is a sentence's names, each with the date it goes with, and
// its pronouns.
type euSentence struct {
	text       string
	words      []euWord // text's words (splitWords)
	cands      []euCand
	dateClause []int // the clause of each date
	genders    []lang.Pronoun
	subject    bool // a subject pronoun ("il", "sie"), not only possessives
}

// persons is the people of the k-th date of a sentence: the names in it
// that go with that date (eu_names.go, eu_owner.go), and the person a
// pronoun means. names is what the English finder gave the date.
func (g *euGrammar) persons(text string, dates []dateMatch, k int, names []string, mem *euMemory, subject string) []string {
	sn := &mem.sn
	if sn.text != text || k == 0 { // the sentence's first date: it is read once
		mem.prev = mem.last
		sn.words = appendWords(sn.words[:0], text) // read once, for the three
		sn.text, sn.cands = text, g.candidates(text, sn.words, names, mem, subject)
		sn.dateClause = g.assignDates(text, sn.words, sn.cands, dates, sn.dateClause[:0])
		sn.genders, sn.subject = g.pronounsIn(sn.words)
	}
	var out []string
	for _, c := range sn.cands {
		if c.all || len(dates) < 2 || c.owner == k || c.also >= 0 && sn.dateClause[k] == c.also {
			out = appendUnique(out, c.name)
		}
	}
	out = g.referred(out, sn, mem.prev, subject)
	mem.remember(out)
	return out
}

func (m *euMemory) remember(people []string) {
	for _, p := range people {
		m.last = p
		if strings.Contains(p, " ") && !containsExact(m.known, p) {
			if len(m.known) == knownNames {
				m.known = append(m.known[:0], m.known[1:]...)
			}
			m.known = append(m.known, p)
		}
	}
}

func containsExact(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// referred adds to people the person a pronoun of the sentence means: in a
// biography, its subject ("1933 heiratete sie …", "son atelier"), unless
// a name of the sentence shares a word with it (the subject under another
// form); elsewhere the person named last before the sentence, when the
// sentence names nobody and has a subject pronoun of that person's gender
// ("Réunie à la France en 1793, elle fut …" is not about Louis XI).
func (g *euGrammar) referred(people []string, sn *euSentence, last, subject string) []string {
	genders, subj := sn.genders, sn.subject
	if len(genders) == 0 {
		return people
	}
	if subject != "" {
		if !euFits(subject, genders) || sharesWord(people, subject) {
			return people
		}
		return append([]string{subject}, people...)
	}
	if len(people) == 0 && subj && last != "" && genderOf(last) != 0 && euFits(last, genders) { // "ze", "sie" may be "they"
		return []string{last}
	}
	return people
}

// pronounsIn is the genders of the sentence's pronouns (0 for a possessive
// of either gender, as "sa"), and whether one is a subject ("il", "sie").
// A capitalised "Sie" inside a German sentence is the polite "you".
func (g *euGrammar) pronounsIn(ws []euWord) (genders []lang.Pronoun, subject bool) {
	for i, w := range ws {
		lw := strings.ToLower(w.text)
		p, ok := g.pack.Pronouns[lw]
		if !ok || i > 0 && w.text != lw {
			continue
		}
		genders = append(genders, p&(lang.Male|lang.Female))
		subject = subject || p&lang.Subject != 0
	}
	return genders, subject
}

// euFits says whether one of the pronouns can mean the person: a possessive
// of either gender, a person whose given name tells no gender, or one
// whose gender is the pronoun's.
func euFits(person string, genders []lang.Pronoun) bool {
	g := genderOf(person)
	for _, p := range genders {
		if p == 0 || g == 0 || p&g != 0 {
			return true
		}
	}
	return false
}

// genderOf is the gender of a person's first given name, 0 when unknown or
// given to both.
func genderOf(person string) lang.Pronoun {
	first, _, _ := strings.Cut(person, " ")
	g := euGiven(first)
	if g == lang.Male|lang.Female {
		return 0
	}
	return g
}

func sharesWord(people []string, name string) bool {
	for _, p := range people {
		for _, w := range strings.Fields(p) {
			if len(w) > 2 && containsWord(name, w) {
				return true
			}
		}
	}
	return false
}

// containsWord says whether w is one of the words of name.
func containsWord(name, w string) bool {
	for _, x := range strings.Fields(name) {
		if x == w {
			return true
		}
	}
	return false
}

func inList(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// subject is the person a French, Dutch or German article is about: the
// name its lead opens with, followed by a copula ("Jacques Brel est …"), a
// parenthesis ("Qian Xiuling (geb. …") or a comma and a birth ("Adolphe
// Sax, facteur belge né le …"); else the English reader's subject (found
// name, a bold lead, an infobox's name, the title) when it is the bold
// lead of wikitext, a Chinese name or opens with a given name: a title
// such as "Das Grundvertrag" or "Walen Buiten" is none.
func (g *euGrammar) subject(doc *markup.Doc, english string) string {
	if s := g.leadSubject(doc); s != "" {
		return shortName(s, doc.Title)
	}
	ws := strings.Fields(english)
	if len(ws) >= 2 && (euGiven(ws[0]) != 0 || english == doc.Lead || pinyinName(english)) && !g.thingWord(ws) {
		return english
	}
	return ""
}

// shortName is the page's title when it is the lead's name without its
// middle names ("Helmut Kohl" for Helmut Josef Michael Kohl): the name the
// article goes on to use.
func shortName(lead, title string) string {
	ls, ts := strings.Fields(lead), strings.Fields(title)
	if len(ts) < 2 || len(ts) >= len(ls) || ts[0] != ls[0] || ts[len(ts)-1] != ls[len(ls)-1] {
		return lead
	}
	return title
}

func (g *euGrammar) leadSubject(doc *markup.Doc) string {
	paras := 0
	for _, b := range doc.Blocks {
		if b.Kind != markup.Paragraph || paras >= 3 {
			continue
		}
		paras++
		ws := splitWords(b.Text)
		if len(ws) < 3 || ws[0].start > 0 {
			continue
		}
		j := g.runEnd(b.Text, ws, 0)
		words, _ := g.nameWords(ws[:j])
		if len(words) < 2 || g.stopWord(strings.ToLower(words[0])) || g.isTitle(words[0]) {
			continue
		}
		name := strings.Join(words, " ")
		if lookupKinds(words[0])&kPlace == 0 && g.introduces(b.Text[ws[len(words)-1].end:], euGiven(words[0]) != 0) {
			return name
		}
	}
	return ""
}

// introduces says whether what follows a name opening a lead makes it a
// person the article is about: a parenthesis or a comma before a birth
// ("(geb. 12. März 1912", "(1867–1934)", ", né le"), a copula after a
// given name ("Jacques Brel est") or before a birth ("Constant Lievens
// werd geboren"): "Walen Buiten (L'affaire de Louvain)"
// and "Walen Buiten est un slogan" are no one.
func (g *euGrammar) introduces(rest string, given bool) bool {
	l := g.pack.Latin
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, c := range l.Copulas {
		if after, ok := strings.CutPrefix(rest, c+" "); ok {
			ws := splitWords(after)
			return given || len(ws) > 0 && inList(l.Born, ws[0].text) // "werd geboren", "est né"
		}
	}
	if !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, ",") {
		return false
	}
	end := strings.IndexAny(rest, ".;)")
	if rest[0] == '(' {
		end = strings.IndexByte(rest, ')')
	}
	if end < 0 {
		end = len(rest)
	}
	for _, w := range splitWords(rest[:end]) {
		if inList(l.Born, w.text) || inList(l.Born, w.text+".") || rest[0] == '(' && len(w.text) == 4 && hasDigit(w.text) {
			return true
		}
	}
	return strings.Contains(rest[:end], "* ")
}
