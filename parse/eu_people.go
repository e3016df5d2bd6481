package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// people keeps of the English finder's names those that read as a person's
// name in the grammar's language. Every noun of German, and many phrases
// of French and Dutch, is capitalised: "Normalisierung der Beziehungen" or
// "Herzogtum Limburg" is no one. A name is cut at its first lower-case
// word that is no particle ("Mao Zedong den Befehl" is Mao Zedong), loses
// a leading office or noun before a given name or a two-word name
// ("Mediziner Grégoire de Perlinghi"), and is dropped when a word of it
// names a thing.
func (g *euGrammar) people(text string, names []string) []string {
	l := g.pack.Latin
	var out []string
	for _, n := range names {
		ws := strings.Fields(n)
		for i, w := range ws {
			if i > 0 && startsLower(w) && !l.NameParticles[w] {
				ws = ws[:i]
				break
			}
		}
		if g.thingWord(ws) {
			continue
		}
		for len(ws) >= 2 && l.Titles[strings.ToLower(ws[0])] {
			ws = ws[1:] // "König Albert", "Bundeskanzler Willy Brandt"
		}
		for len(ws) >= 3 && givenNames[ws[0]] == 0 && givenNames[ws[1]] != 0 {
			ws = ws[1:] // "Mediziner Grégoire de Perlinghi"
		}
		for len(ws) > 0 && l.NameParticles[ws[0]] {
			ws = ws[1:]
		}
		for len(ws) > 0 && l.NameParticles[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1]
		}
		if len(ws) == 0 || g.thingWord(ws) || !strings.Contains(text, ws[len(ws)-1]) {
			continue // a thing, or a name of an earlier sentence the English finder carried over
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// referred is people, or the person named last when people is empty and
// the sentence holds a pronoun ("il", "hij", "er"); and the person a later
// pronoun means.
func (g *euGrammar) referred(text string, people []string, last, subject string) ([]string, string) {
	for _, p := range people {
		if strings.Contains(p, " ") {
			return people, p
		}
	}
	if subject != "" { // a biography: its pronouns mean its subject
		last = subject
	}
	if len(people) > 0 || last == "" {
		return people, last
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if g.pack.Latin.Pronouns[strings.ToLower(w)] { // "er", not the "er" of "60er"
			return []string{last}, last
		}
	}
	return people, last
}

// titledNear adds to people the names a title marks ("saint Hubert",
// "Henri, duc de Brabant") between the date before the k-th date and the
// end of the k-th: in "par Henri, duc de Brabant, en 1212 ; prise par
// Jean, duc de Bourgogne, en 1408" each name goes with its own date.
func (g *euGrammar) titledNear(text string, dates []dateMatch, k int, people []string) []string {
	from := 0
	if k > 0 {
		from = dates[k-1].end
	}
	to := dates[k].end
	for _, m := range g.titled.FindAllStringSubmatchIndex(text, -1) {
		for gi := 2; gi+1 < len(m); gi += 2 {
			if m[gi] < 0 || m[gi] < from || m[gi] >= to {
				continue
			}
			n := text[m[gi]:m[gi+1]]
			if g.thingWord(strings.Fields(n)) || containsName(people, n) {
				continue
			}
			people = append(people, n)
		}
	}
	return people
}

func containsName(people []string, n string) bool {
	for _, p := range people {
		if strings.Contains(p, n) || strings.Contains(n, p) {
			return true
		}
	}
	return false
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func (g *euGrammar) thingWord(ws []string) bool {
	l := g.pack.Latin
	for i, w := range ws {
		lw := strings.ToLower(w)
		if l.NotNameWords[lw] && (i == 0 || !l.NameParticles[ws[i-1]]) { // "Pierre Ier de Russie" is a person
			return true
		}
		if _, month := g.pack.Months[lw]; month || g.yearNoun[lw] {
			return true // "Im Juni", "Jahr von Westdeutschland"
		}
		for _, suf := range l.NounSuffixes {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return false
}
