package parse

import (
	"strings"

	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/en"
)

// What a person is not. A run of capitalised words that has the shape of a
// name ("Bolton Wanderers", "Dover Harbour", "HTML Tags") is the name of a
// thing when a word of it is a thing's head, or an acronym; a head that is
// also a surname ("Hill") rules it out only when its first word is no given
// name ("Cemetery Hill", not "Damon Hill").

var (
	thingHeads     = capitalised(en.Pack.ThingHeads)
	weakThingHeads = capitalised(en.Pack.WeakThingHeads)
	givenNames     = capitalisedKeys(en.Pack.GivenNames)
)

// thingName reports whether the name words (with their word kinds) name a
// thing rather than a person.
func thingName(words []string, kinds []uint16) bool {
	last := len(words) - 1
	for i, w := range words {
		if kinds[i]&kThing != 0 || isAcronym(w) {
			return true
		}
	}
	return kinds[last]&kWeakThing != 0 && givenGender(words[0]) == 0
}

// isAcronym: two or more capitals and nothing else, not a Roman numeral
// ("HTML", "CERN", "TV"; not "II").
func isAcronym(w string) bool {
	if len(w) < 2 || isRoman(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// givenGender says whether w, as written, is a given name, and whose.
func givenGender(w string) lang.Pronoun { return givenNames[w] }

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
