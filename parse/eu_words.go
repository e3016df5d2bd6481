package parse

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/en"
)

// What a single word of a French, Dutch or German name tells: an office,
// a given name, a thing's word, an acronym.

// isTitle says whether w is an office that stands before a name, in any
// case and with a genitive or plural ending ("Kanzlers", "Führers").
func (g *euGrammar) isTitle(w string) bool {
	t := g.pack.Latin.Titles
	lw := strings.ToLower(w)
	if t[lw] {
		return true
	}
	for _, suf := range []string{"s", "es", "en", "n"} {
		if b, ok := strings.CutSuffix(lw, suf); ok && t[b] {
			return true
		}
	}
	return false
}

// stopWord is a word that may open a sentence capitalised and is no part
// of a name: a function word, an article, an opener of a date.
func (g *euGrammar) stopWord(lw string) bool {
	l := g.pack.Latin
	if l.Articles[lw] || l.Indefinite[lw] || g.pack.YearOpeners[lw] || g.yearNoun[lw] {
		return true
	}
	if _, ok := g.pack.Pronouns[lw]; ok {
		return true
	}
	for _, w := range l.FunctionWords {
		if w == lw {
			return true
		}
	}
	return false
}

// euGiven is the genders a given name is given to (its first part,
// without accents: "Antoine-Joseph", "Grégoire"), 0 when it is none.
func euGiven(w string) lang.Pronoun {
	w, _, _ = strings.Cut(w, "-")
	if !startsUpper(w) {
		return 0
	}
	return latinGiven()[model.Fold(w)]
}

// latinGiven is the English given names and those the Latin packs add,
// without accents: a French article names Dutch and German people too.
// It is built on the goroutine people_filter.go starts at init.
var latinGiven = sync.OnceValue(func() map[string]lang.Pronoun {
	english := en.GivenNames()
	m := make(map[string]lang.Pronoun, len(english)+100)
	for w, g := range english {
		m[model.Fold(w)] |= g
	}
	for _, p := range latinPacks {
		for w, g := range p.GivenNames {
			m[model.Fold(w)] |= g
		}
	}
	return m
})

// acronym says whether w holds two capitals in a row and is no Roman
// numeral: "KPCh", "URSS".
func acronym(w string) bool {
	if isRoman(w) {
		return false
	}
	prev := false
	for _, r := range w {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// compound says whether w joins a name to a common noun with a hyphen:
// "Baafs-abdij" is a thing.
func compound(w string) bool {
	for _, part := range strings.Split(w, "-")[1:] {
		if part != "" && !startsUpper(part) {
			return true
		}
	}
	return false
}

// thingWord says whether a word of ws names a thing, not a person: a
// state, a firm, an office, a war (NotNameWords, unless after a particle:
// "Pierre Ier de Russie" is a person), a noun's ending ("-ung", "-tion"),
// a month or a year.
func (g *euGrammar) thingWord(ws []string) bool {
	l := g.pack.Latin
	for i, w := range ws {
		lw := strings.ToLower(w)
		if l.NotNameWords[lw] && (i == 0 || !l.NameParticles[ws[i-1]]) {
			return true
		}
		if _, month := g.pack.Months[lw]; (month || g.yearNoun[lw]) && euGiven(w) == 0 {
			return true // "Im Juni", "Jahr von Westdeutschland"; but "Jan van Eyck", "August Bebel"
		}
		for _, suf := range l.NounSuffixes {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return false
}

// ruler says whether a name's second word is a Roman numeral or a French
// ordinal: "Louis XI", "Pierre Ier", "Johann I".
func ruler(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && (isRoman(ws[1]) || ws[1] == "Ier" || ws[1] == "Ire")
}

// quoted says whether text[start:end] stands in quotation marks: a
// slogan or a work's title ("Walen Buiten"), not a person.
func quoted(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:start], " \u00a0"))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " \u00a0"))
	return strings.ContainsRune("\"«„“‘", before) && strings.ContainsRune("\"»“”’", after)
}

func (g *euGrammar) adjective(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range g.pack.Latin.AdjectiveEnds {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// elided says whether w is a particle that lost its vowel before a name:
// "d'Estaing", "d’Orville".
func (g *euGrammar) elided(w string) bool {
	for _, p := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && g.pack.Latin.NameParticles[p] && startsUpper(rest) {
			return true
		}
	}
	return false
}
