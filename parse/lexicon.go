package parse

import (
	"strings"
	"unicode/utf8"
)

// lexEntry is what the grammars know of one written form of a word ("May",
// "MAY", "may" are three forms), so that a token learns it all from one
// look-up when it is cut, and no rule looks a word up again.
type lexEntry struct {
	lower string // the word in lower case, when a list of the date grammar holds it
	kinds uint16 // what the entity rules know of this form (wordKinds)
	date  uint8  // numberWord, ordinalWord or monthWord (vocab.dateClass of its lower case)
	opens uint8  // startFrom...: the word may open a date phrase (vocab.starts)
}

// lexicon maps every written form the English grammars look up to its
// entry; english().lex is its table.
func lexicon() map[string]lexEntry { return english().forms }

// lookup is lexicon()[w], through its table. w is not empty.
func lookup(w string) (lexEntry, bool) { return english().lex.get(w) }

// vocabulary lists the date grammar's words: their lower case is all a
// token needs from them besides their date class. The words that may open
// a phrase are among them (for English they are all year openers too).
func vocabulary(v *vocab) []string {
	var words []string
	for _, list := range []map[string]bool{v.YearOpeners, v.QuantityNouns, v.QuantityLeads, v.NameHeads, v.NotBeforeYear, v.NotNouns} {
		for w := range list {
			words = append(words, w)
		}
	}
	for _, list := range []map[string]int{v.Months, v.NumberWords, v.OrdinalWords} {
		for w := range list {
			words = append(words, w)
		}
	}
	for w := range v.starts {
		words = append(words, w)
	}
	return words
}

func buildLexicon(v *vocab, kinds map[string]uint16) map[string]lexEntry {
	lex := map[string]lexEntry{}
	for _, w := range vocabulary(v) {
		if w == "" {
			continue
		}
		// the word as lists hold it (lower case), capitalised, and in capitals
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			e := lex[form]
			e.lower, e.date, e.opens = w, v.dateClass[w], v.starts[w]
			lex[form] = e
		}
	}
	for form, k := range kinds {
		e := lex[form]
		e.kinds = k
		lex[form] = e
	}
	// A lower-case form that tells nothing its token does not already say
	// ("the", "of", "in" are in the lists of the date grammar, which read
	// them as written) is left out, so that the filter turns the commonest
	// words away before the map.
	for form, e := range lex {
		if e.kinds == 0 && e.date == 0 && e.opens == 0 && e.lower == form && isLowerASCII(form) {
			delete(lex, form)
		}
	}
	return lex
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
