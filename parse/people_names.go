package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

// The forms a person's name takes: where it ends (a possessive, a "Jr."),
// the other forms it is given in brackets, and the forms that are one
// person (initials with or without stops, a married name).

// possessiveName reports whether token k is a name's possessive ("Znaimer's"),
// which ends the name: what follows is the thing owned. The possessive of a
// word the lexicon knows ("People's Republic", "China's Foreign Minister")
// is left to the rules of that word.
func possessiveName(toks []token, k int) bool {
	t := &toks[k]
	w := t.text
	return t.upper && t.kinds|t.baseKinds == 0 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// suffixEnd is the token after a "Jr" or "Sr" at k and its full stop.
func suffixEnd(toks []token, k int) int {
	if k+1 < len(toks) && toks[k+1].text == "." && toks[k+1].start == toks[k].end {
		return k + 2
	}
	return k + 1
}

// dropPeople removes the people from out[from:].
func dropPeople(out mentions, from int) mentions {
	kept := out[:from]
	for _, m := range out[from:] {
		if m.kind != model.Person {
			kept = append(kept, m)
		}
	}
	return kept
}

// bracketAlias reports whether the run at i opens a bracket right after
// the person just named, and a person it names there is that person: the same person in another script or form
// ("Elena Paparizou (Έλενα Παπαρίζου in Greek)", "Ibn al-Haytham (Alhazen)").
func bracketAlias(toks []token, i int, out mentions) bool {
	return i >= 2 && toks[i-1].text == "(" && len(out) > 0 && out[len(out)-1].end == toks[i-2].end
}

// sameAsMet names a person by the form met before when the new form is
// the same name with or without the stops of its initials ("Robert E
// Lee", "Robert E. Lee"), or that name with the subject's surname after
// it, taken in marriage ("Anne Morris Murchison" after "Anne Morris" in
// Clint Murchison's article): one person, one entity.
func (f *entityFinder) sameAsMet(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return name
	}
	last := name[sp+1:]
	if bareInitial(name) {
		if known, ok := f.byPart.get(last); ok && len(known) > len(name) && strings.IndexByte(known, ' ') > 0 &&
			strings.ReplaceAll(known, ".", "") == strings.ReplaceAll(name, ".", "") {
			return known // the form with the stops, as a later "Robert E. Lee" stays
		}
	}
	before := name[:sp]
	if !slices.Contains(f.subjectParts, last) || strings.IndexByte(before, ' ') < 0 {
		return name
	}
	if known, ok := f.byPart.get(lastWord(before)); ok && known == before {
		return known
	}
	return name
}

// bareInitial reports whether a name has an initial without its stop
// ("Robert E Lee").
func bareInitial(name string) bool {
	for i := 1; i+1 < len(name); i++ {
		if name[i-1] == ' ' && name[i+1] == ' ' && name[i] >= 'A' && name[i] <= 'Z' {
			return true
		}
	}
	return false
}

// particleJoined reports whether w is a particle, a hyphen and a
// capitalised name: "al-Haytham", "ad-Din", "el-Sisi".
func particleJoined(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && particles[p] && startsUpper(rest)
}
