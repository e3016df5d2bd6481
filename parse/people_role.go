package parse

import (
	"strings"

	"github.com/annals-tui/annals/model"

	"github.com/annals-tui/annals/parse/lang/en"
)

// What stands beside a lone name makes it a person: a calling before it
// ("the philosopher Lao-Tzu", "mathematicians Aristotle and Euclid") or
// after it ("Xiao, ruler of Qin"), or a noun of a life before "of" ("the
// life of Confucius"). And what stands before a name can make it a
// parent who only describes the person ("the son of Sosuke Fukui").

var (
	roleWords  = en.Pack.RoleWords
	lifeNouns  = withCapitals(en.Pack.LifeNouns)
	childWords = en.Pack.ChildWords
	workNouns  = en.Pack.WorkNouns
)

// withCapitals is a set of lower-case words and their capitalised forms.
func withCapitals(set map[string]bool) map[string]bool {
	m := make(map[string]bool, 2*len(set))
	for w := range set {
		m[w], m[strings.ToUpper(w[:1])+w[1:]] = true, true
	}
	return m
}

// namedByContext reports whether the words around the name at tokens
// [a, end) make it a person: a kin word or a calling before it (over the
// other names of a list), a calling after a comma, a life's noun before
// its "of".
func namedByContext(toks []token, a, end int) bool {
	return kinBefore(toks, a) || roleAfter(toks, end) || lifeOf(toks, a)
}

// roleAfter: ", ruler of", ", the founder of" after the name.
func roleAfter(toks []token, end int) bool {
	if end+1 >= len(toks) || toks[end].text != "," {
		return false
	}
	k := end + 1
	if w := toks[k].text; (w == "the" || w == "a" || w == "an") && k+1 < len(toks) {
		k++
	}
	return toks[k].kinds&kRole != 0 && !toks[k].upper
}

// lifeOf: "the death of", "Life of" before the name.
func lifeOf(toks []token, a int) bool {
	return a >= 2 && toks[a-1].text == "of" && toks[a-2].kinds&kRole != 0 && lifeNouns[toks[a-2].text]
}

// markAside marks the people named after "son of", "the third child of"
// (and the names listed with them): the parents, who describe the person
// the sentence is about and take part in none of its events; and the
// people who only name a work: "a demo of the Notis Sfakianakis hit".
func markAside(text string, toks []token, out mentions) {
	for k := range out {
		if out[k].kind == model.Person && workOf(text, out[k]) {
			out[k].aside = true
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kinds&kChild == 0 || !childWords[toks[i].text] || toks[i+1].text != "of" {
			continue
		}
		end := listEnd(toks, i+2)
		for k := range out {
			if out[k].start >= toks[i+2].start && out[k].start < end {
				out[k].aside = true
			}
		}
	}
}

// listEnd is the byte where a list of names starting at token k ends: its
// capitalised words, particles, "and" and commas between names.
func listEnd(toks []token, k int) int {
	end := toks[k].start
	for ; k < len(toks); k++ {
		t := &toks[k]
		switch {
		case t.upper || t.kinds&kParticle != 0 || t.text == "." || t.kind == tDash:
			end = t.end
		case t.text == "and" && k+1 < len(toks) && toks[k+1].upper:
		case t.text == "," && listGoesOn(toks, k+1):
		default:
			return end
		}
	}
	return end
}

// sharedSurname is the name a lone given name takes from the full name it
// is listed with: "Patrick" in "Patrick and Catherine O'Leary's barn" is
// Patrick O'Leary. The piece at [a, a+1) is followed by "and" and the
// piece [b, e); ok is false unless both open with given names.
func sharedSurname(text string, toks []token, a, b, e int) (string, bool) {
	if e-b < 2 || toks[a].kinds&(kPlace|kTitle|kOpener) != 0 || givenGender(toks[a].text) == 0 || givenGender(toks[b].text) == 0 {
		return "", false
	}
	last := toks[e-1].text
	last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	if !startsUpper(last) || lookupKinds(last) != 0 || givenGender(last) != 0 {
		return "", false
	}
	return toks[a].text + " " + last, true
}

// listGoesOn reports whether the name at k is followed by another comma or
// an "and": "the son of A, B and C" lists on; "the son of A, Yamauchi was
// born" does not.
func listGoesOn(toks []token, k int) bool {
	for ; k < len(toks) && toks[k].upper; k++ {
	}
	return k > 0 && k < len(toks) && toks[k-1].upper && (toks[k].text == "," || toks[k].text == "and")
}

// workOf reports whether a person's name stands between "the" and a work's
// noun: "the Notis Sfakianakis hit", "a Kubrick film".
func workOf(text string, mn mention) bool {
	before := text[:mn.start]
	if !strings.HasSuffix(before, "the ") && !strings.HasSuffix(before, "a ") {
		return false
	}
	rest, ok := strings.CutPrefix(text[mn.end:], " ")
	if !ok {
		return false
	}
	end := strings.IndexAny(rest, " ,.;:")
	if end < 0 {
		end = len(rest)
	}
	return workNouns[rest[:end]]
}
