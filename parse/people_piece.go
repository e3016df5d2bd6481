package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
)

// pieces splits a run at its joining words ("of", "for", "and", "the") and
// classifies each piece. A title before a piece carries to the next one:
// "President and Mrs. Carter".
func (f *entityFinder) pieces(text string, toks []token, r run, out *mentions) {
	a, hadTitle := r.from, false
	for k := r.from; k <= r.to; k++ {
		if k < r.to {
			if !isJoin(toks, k, r) {
				continue
			}
			if keepsOf(toks, a, k, r) { // "Prince Valdemar of Denmark", "Emperor Wen of Sui"
				f.piece(text, toks, run{a, k + 2}, out, &hadTitle)
				a = k + 2
				k++
				continue
			}
		}
		if k > a && !f.surnameShared(text, toks, a, k, r, out) {
			f.piece(text, toks, run{a, k}, out, &hadTitle)
		}
		a = k + 1
	}
}

// surnameShared adds "Patrick O'Leary" for the piece "Patrick" of
// "Patrick and Catherine O'Leary", and reports whether it did; not for a
// name met before ("Clinton and Al Gore" in Bill Clinton's article).
func (f *entityFinder) surnameShared(text string, toks []token, a, k int, r run, out *mentions) bool {
	if k-a != 1 || k >= r.to || toks[k].text != "and" || f.byPart.has(toks[a].text) {
		return false
	}
	e := k + 1
	for e < r.to && !isJoin(toks, e, r) {
		e++
	}
	name, ok := sharedSurname(text, toks, a, k+1, e)
	if ok {
		f.add(out, name, model.Person, toks[a].start, toks[a].end)
	}
	return ok
}

// isJoin: the word at k joins two names; "the" of an epithet does not.
func isJoin(toks []token, k int, r run) bool {
	switch toks[k].text {
	case "of", "for", "and":
		return true
	case "the":
		return !(k+1 < r.to && toks[k+1].kinds&kEpithet != 0)
	}
	return false
}

// keepsOf: a titled name keeps the "of X" after it when X is a place or
// ends the run ("King Olaf of Norway", "Emperor Wen of Sui").
func keepsOf(toks []token, a, k int, r run) bool {
	if toks[k].text != "of" || k-a < 1 || k+1 >= r.to || !hadTitleBefore(toks, a, k) && !(a == r.from && kinBefore(toks, a)) {
		return false
	}
	return toks[k+1].kinds&kPlace != 0 || k+2 == r.to && toks[k+1].upper
}

func hadTitleBefore(toks []token, a, k int) bool {
	for j := a; j < k; j++ {
		if toks[j].kinds&kTitle != 0 {
			return true
		}
	}
	return false
}

// piece classifies one piece of a run: a place, or a person once titles,
// offices, openers and adverbs are stripped from its front.
func (f *entityFinder) piece(text string, toks []token, r run, out *mentions, hadTitle *bool) {
	if name := text[toks[r.from].start:toks[r.to-1].end]; placeSet.has(name) {
		f.add(out, name, model.Place, toks[r.from].start, toks[r.to-1].end)
		return
	}
	a, titled := f.stripFront(toks, r, out)
	titled = titled || *hadTitle
	*hadTitle = false
	if a >= r.to {
		*hadTitle = titled
		return
	}
	start, end := toks[a].start+gluedTitle(toks[a].text), toks[r.to-1].end
	if start > toks[a].start {
		titled = true // "MinisterMark Eyskens": a mirror glued the office to the name
	}
	// The sentence's spaces are single (stripMarkers folds them), so the
	// name is a slice of it, and its words are the pieces between spaces:
	// "Kai-shek" stays one word.
	full := text[start:end]
	if trimmed := strings.TrimSuffix(strings.TrimSuffix(full, "'s"), "’s"); len(trimmed) < len(full) {
		end -= len(full) - len(trimmed)
		full = trimmed
	}
	f.words = appendFields(f.words[:0], full)
	if len(f.words) == 1 && ofThing(toks, a) {
		return // "the Colony of Victoria" after "Queen Victoria": the colony's name
	}
	titled = titled || namedByContext(toks, a, r.to)
	if kind, ok := f.nameKind(full, f.words, titled); ok {
		if kind == model.Person && compoundTail(toks, a) {
			return // "Director-At-Large" without its office: "Large" is no one
		}
		if kind == model.Person && len(f.words) == 1 {
			if known := f.knownPerson(full); known != "" {
				full = known
			}
		}
		f.add(out, full, kind, start, end)
	}
}

// stripFront passes over the openers, titles, demonyms, adverbs and
// possessive places at the front of a piece ("Presidents", "Recently",
// "Belgian", "China's"), noting the places, and returns where the name
// starts and whether a title stood before it.
func (f *entityFinder) stripFront(toks []token, r run, out *mentions) (int, bool) {
	titled := false
	a := r.from
	for ; a < r.to; a++ {
		t := &toks[a]
		w := t.text
		switch {
		case t.kind == tDash:
		case t.kinds&(kOpener|kTitle|kDemonym) != 0 || strings.EqualFold(w, "the"):
			titled = titled || t.kinds&kTitle != 0
		case pluralTitle(w):
			titled = true // "Presidents Gerald Ford and Anwar Sadat"
		case isAdverb(w):
		case isAcronym(w) && len(w) > 1 && a+1 < r.to:
			// "364 BCE Duke Xin", "NATO chief Jens": no name opens with one
		case t.baseKinds&kPlace != 0 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || r.to-a >= 3):
			base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			f.add(out, base, model.Place, t.start, t.start+len(base))
		default:
			return a, titled
		}
	}
	return a, titled
}

// nameKind decides what a stripped piece names: a place, a person by shape,
// a person by one name already met or after a title, a titled regnal name.
func (f *entityFinder) nameKind(full string, words []string, titled bool) (model.EntityKind, bool) {
	switch {
	case placeSet.has(full):
		return model.Place, true
	case personShape(words):
		return model.Person, true
	case len(words) == 1 && lookupKinds(words[0])&(kNotName|kPlace|kOrgHead|kDemonym|kOpener) == 0:
		return model.Person, f.knownPerson(words[0]) != "" || titled
	case len(words) == 2 && titled && isRoman(words[1]):
		return model.Person, true
	case titled && len(words) >= 2 && words[1] == "of" && lookupKinds(words[0])&(kThing|kWeakThing) == 0:
		return model.Person, true
	}
	return "", false
}

// ofThing reports whether the piece at a follows "of" after the name of a
// thing ("Colony of", "House of").
func ofThing(toks []token, a int) bool {
	return a >= 2 && toks[a-1].text == "of" && toks[a-2].upper && toks[a-2].kinds&(kThing|kWeakThing|kOrgHead|kNotName) != 0
}

// pluralTitle: a title in the plural, before two names ("Presidents").
func pluralTitle(w string) bool {
	base, ok := strings.CutSuffix(w, "s")
	return ok && len(base) > 2 && isTitle(base)
}

// isAdverb: a capitalised -ly word opening a piece ("Recently Thompson"),
// which no given name is ("Emily", "Kelly" are).
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && givenGender(w) == 0 && !strings.ContainsAny(w, "'’")
}

// gluedTitle is how many bytes of w are a title glued to the name after it
// ("MinisterMark" -> 8), or 0.
func gluedTitle(w string) int {
	for i := 1; i < len(w)-1; i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			if isTitle(w[:i]) && utf8.ValidString(w[i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

var kinWords = en.Pack.KinWords

// kinBefore reports whether a relative's word stands before token a, over
// the other names of a list: "her parents Anna and Josef", "his wife Marthe".
func kinBefore(toks []token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		switch t := &toks[k]; {
		case t.kinds&(kKin|kRole) != 0 && !t.upper:
			return true
		case t.text == "and" || t.text == "," || t.upper:
		default:
			return false
		}
	}
	return false
}
