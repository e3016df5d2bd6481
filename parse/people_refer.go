package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/en"
	"github.com/annals-tui/annals/parse/markup"
)

// Who a sentence is about when it names nobody in full. "He was elected in
// 1920" is about the subject of the biography, or else about the one
// person just named; so is "Curie" in Marie Curie's article.

// pronouns holds the pack's pronouns as written, in lower case and
// capitalised; pronounWords is their set, for the lexicon (kPronoun).
var pronouns, pronounWords = pronounForms(en.Pack.Pronouns)

func pronounForms(p map[string]lang.Pronoun) (map[string]lang.Pronoun, map[string]bool) {
	forms, set := map[string]lang.Pronoun{}, map[string]bool{}
	for w, g := range p {
		for _, f := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			forms[f], set[f] = g, true
		}
	}
	return forms, set
}

// leadBytes bounds the search for a biography's subject to the top of the
// article; leadProse is how many prose paragraphs there may introduce it.
const (
	leadBytes = 32 << 10
	leadProse = 4
)

// findSubject finds the person an article is about, once, for every chunk:
// the bold name that opens its lead (wikitext bold, then "(born ...)"), the
// first person its lead introduces ("X (born ...) was a ...", "X is a
// ..."), the name of its infobox, or a title that is a person's name.
func findSubject(doc *markup.Doc, links linkSet) string {
	f := newEntityFinder(links)
	var toks []token
	if len(leadOfGroup(doc, links).members) > 0 {
		return "" // a band ("Velvet Moth was a duo of A and B"): findGroup's
	}
	if looseName(doc.Lead) {
		return doc.Lead
	}
	infobox, prose, read := "", 0, 0
	for _, b := range doc.Blocks {
		if read += len(b.Text); read > leadBytes {
			break
		}
		if b.Kind != markup.Paragraph {
			continue
		}
		if name, ok := boldLead(b.Text); ok {
			return name
		}
		if name, ok := infoboxName(b.Text); ok && infobox == "" {
			infobox = name
		}
		if strings.HasPrefix(b.Text, "|") || strings.HasPrefix(b.Text, "{") || prose >= leadProse {
			continue
		}
		prose++
		if name := f.introduced(b.Text, &toks); name != "" {
			return name
		}
	}
	if name, ok := infoboxName(doc.Title); ok && infobox == "" {
		infobox = name // a text reader takes an article's first line for its title
	}
	if infobox != "" {
		return infobox
	}
	return titleSubject(doc)
}

// introduced is the person the first sentence of a paragraph introduces.
func (f *entityFinder) introduced(para string, toks *[]token) string {
	first, ok := firstSentence(para)
	if !ok {
		return ""
	}
	text := stripMarkers(para[first.start:first.end], hasLooseSpace(para))
	*toks = tokenize(text, *toks)
	for _, m := range f.find(text, *toks) {
		if m.kind == model.Person && m.start <= 3 && introduces(text[m.end:]) { // at the start, after any bold marks
			return m.name
		}
	}
	return ""
}

// titleSubject is the page's title, or its first heading, when it is a
// person's name.
func titleSubject(doc *markup.Doc) string {
	cands := []string{doc.Title}
	if len(doc.Blocks) > 0 && doc.Blocks[0].Kind == markup.Heading {
		cands = append(cands, doc.Blocks[0].Text)
	}
	for _, c := range cands {
		if c = strings.TrimSpace(c); personShape(strings.Fields(c)) {
			return c
		}
	}
	return ""
}

// boldLead reads the bold name a wikitext lead opens with, quoted
// nickname and all, between triple apostrophes: Clinton Williams "Clint" Murchison Sr.
func boldLead(para string) (string, bool) {
	rest, ok := strings.CutPrefix(para, "'''")
	if !ok {
		return "", false
	}
	name, _, ok := strings.Cut(rest, "'''")
	if !ok || len(name) > 80 {
		return "", false
	}
	name = strings.TrimSpace(linkBrackets.Replace(name))
	return name, looseName(name)
}

var linkBrackets = strings.NewReplacer("[[", "", "]]", "")

// infoboxName reads "| name = X" from an infobox line.
func infoboxName(para string) (string, bool) {
	rest, ok := strings.CutPrefix(para, "|")
	if !ok {
		return "", false
	}
	key, val, ok := strings.Cut(rest, "=")
	if !ok || strings.TrimSpace(key) != "name" {
		return "", false
	}
	if end := strings.IndexAny(val, "|\n"); end >= 0 {
		val = val[:end] // the next field, on the same line as a text reader joins them
	}
	val = strings.TrimSpace(val)
	return val, looseName(val)
}

// looseName reports whether a name from markup is a person's, once its
// quoted nickname and stops are set aside.
func looseName(name string) bool {
	var words []string
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, `"`) {
			continue // "Clint"
		}
		if w = strings.TrimRight(w, ".,"); w != "" {
			words = append(words, w)
		}
	}
	return personShape(words)
}

// introduces reports whether what follows a name in a lead sentence makes
// the name its subject: "(born …)", "(1867–1934)", "is a", "was an".
func introduces(rest string) bool {
	rest = strings.TrimLeft(rest, `"'’ `)
	for _, w := range []string{"(", "is ", "was "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// refer adds the person a sentence's pronoun means to its mentions: when
// the sentence names nobody, or its "he"/"she" comes before the first
// person it names ("She and her husband Pierre ..."). The person is the
// article's subject when the pronoun's gender allows, else the latest
// person named before the sentence.
func (f *entityFinder) refer(toks []token, out mentions) mentions {
	f.found = f.referGroup(toks, f.referSpouse(toks, f.referPronoun(toks, out))) // kept as scratch, as find keeps it
	markAside(f.text, toks, f.found)
	return f.found
}

func (f *entityFinder) referPronoun(toks []token, out mentions) mentions {
	p := pronounAt(toks)
	if p < 0 {
		return out
	}
	g := pronouns[toks[p].text]
	if g&lang.Subject == 0 && kinAfter(toks, p) {
		return out // "her husband died", "his first wife left": about the relative
	}
	for _, m := range out {
		if m.kind != model.Person {
			continue
		}
		if g&lang.Subject == 0 {
			return out // "his" beside a name: the name is who the sentence is about
		}
		if m.start < toks[p].start {
			// "Anne Morris died in 1926, and he married again": a "he"
			// after a name is the subject, if it can be, or that name
			if s := f.links.subject; s != "" && fits(s, g) {
				return addPerson(out, s, toks[p])
			}
			return out
		}
	}
	return addPerson(out, f.referent(g), toks[p])
}

// kinAfter reports whether a relative's word follows the possessive at p,
// with at most one word between ("her late husband", "his son").
func kinAfter(toks []token, p int) bool {
	for k := p + 1; k < len(toks) && k <= p+2; k++ {
		if toks[k].kinds&kKin != 0 && kinWords[toks[k].text] {
			return true
		}
	}
	return false
}

// addPerson adds who, met at token t, unless who is nobody or named already.
func addPerson(out mentions, who string, t token) mentions {
	if who == "" {
		return out
	}
	for _, m := range out {
		if m.name == who {
			return out
		}
	}
	return append(out, mention{name: who, kind: model.Person, start: t.start, end: t.end, referred: true})
}

var (
	spouseWords = en.Pack.SpouseWords
	marryWords  = en.Pack.MarryWords
)

// referSpouse adds the spouse that "her husband" or "his wife" means, when
// no name follows the words: the person last named after "married" or
// "husband" ("She married Pierre Curie ... In 1906 her husband died").
func (f *entityFinder) referSpouse(toks []token, out mentions) mentions {
	for i := 1; i+1 <= len(toks) && f.spouse != ""; i++ {
		if !spouseWords[toks[i].text] || !possessiveBefore(toks, i) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].upper {
			continue // "her husband Pierre": named
		}
		return addPerson(out, f.spouse, toks[i])
	}
	return out
}

// learnSpouse remembers the person named right after "married" or "her
// husband".
func (f *entityFinder) learnSpouse(toks []token, out mentions) {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].kinds&kKin == 0 || !spouseWords[toks[k].text] && !marryWords[toks[k].text] {
			continue // most sentences: no such word, no look at the mentions
		}
		for _, m := range out {
			if m.kind == model.Person && m.start == toks[k+1].start {
				f.spouse = m.name
			}
		}
	}
}

// pronounAt is the index of the first pronoun token, or -1.
func pronounAt(toks []token) int {
	for i := range toks {
		if toks[i].kinds&kPronoun != 0 {
			return i
		}
	}
	return -1
}

// referent is the person a pronoun of gender g means.
func (f *entityFinder) referent(g lang.Pronoun) string {
	if s := f.links.subject; s != "" && fits(s, g) {
		return s
	}
	if f.before != "" && fits(f.before, g) {
		return f.before
	}
	return ""
}

// fits reports whether a pronoun of gender g can mean the person: the
// given name of the person does not say otherwise.
func fits(name string, g lang.Pronoun) bool {
	first, _, _ := strings.Cut(name, " ")
	given := givenGender(first)
	return given == 0 || given&g&(lang.Male|lang.Female) != 0 || g&(lang.Male|lang.Female) == 0
}

// salient is the person a lone name w means: the article's subject when
// the subject bears it ("Curie" in Marie Curie's article), unless the
// sentence has just named another bearer in full ("her husband Pierre
// Curie ... Curie"); else the latest person named with it.
func (f *entityFinder) salient(w, latest string) string {
	s := f.links.subject
	if s == "" || latest == s || (latest != "" && f.last == latest && f.last != f.before) {
		return latest
	}
	for _, part := range f.subjectParts {
		if part == w {
			return s
		}
	}
	return latest
}

// nameParts are the words of a name, quotes and stops trimmed, and the
// parts of its double-barrelled words: what a lone word may call it by.
func nameParts(name string) []string {
	var parts []string
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, `".,`)
		parts = append(parts, w)
		if strings.Contains(w, "-") {
			parts = append(parts, strings.Split(w, "-")...)
		}
	}
	return parts
}

// asSubject names a form of the subject's name by the subject's fullest
// form, so that one person is one entity: with the subject "Maria Salomea
// Skłodowska-Curie", "Marie Curie" is her (same surname, given names alike),
// and "Pierre Curie" is not; with "Clinton Williams "Clint" Murchison Sr.",
// "Clint W. Murchison Sr" is him.
func (f *entityFinder) asSubject(name string) string {
	s := f.links.subject
	if s == "" || name == s || strings.IndexByte(name, ' ') < 0 || otherGeneration(name, s) {
		return name
	}
	first, rest, _ := strings.Cut(name, " ")
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	if isSuffixWord(last) && strings.LastIndexByte(rest, ' ') > 0 {
		rest = rest[:strings.LastIndexByte(rest, ' ')]
		last = rest[strings.LastIndexByte(rest, ' ')+1:]
	}
	if !slices.Contains(f.subjectParts, last) {
		return name // another surname
	}
	sameGiven := slices.Contains(f.subjectParts, first) || alike(f.subjectParts[0], first)
	if sameGiven {
		return s
	}
	return name
}

// isSuffixWord: "Sr", "Jr." and regnal numerals follow a surname.
func isSuffixWord(w string) bool {
	w = strings.TrimRight(w, ".")
	return w == "Sr" || w == "Jr" || isRoman(w)
}

// isJrSr: "Jr" or "Sr", with or without its stop.
func isJrSr(w string) bool {
	w = strings.TrimRight(w, ".")
	return w == "Sr" || w == "Jr"
}

// otherGeneration reports whether a name ends in a generation the
// subject's does not ("Murchison, Jr." beside "Murchison Sr."): father and
// son, two people.
func otherGeneration(name, subject string) bool {
	a, b := lastWord(name), lastWord(subject)
	return isJrSr(a) && strings.TrimRight(a, ".") != strings.TrimRight(b, ".")
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// alike: two given names that share their first four letters ("Maria",
// "Marie").
func alike(a, b string) bool {
	return len(a) >= 4 && len(b) >= 4 && a[:4] == b[:4]
}

// possessiveBefore reports whether "her"/"his" stands before the word at i,
// with at most one word between ("her late husband").
func possessiveBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].kinds&kPronoun != 0 {
			return pronouns[toks[k].text]&lang.Subject == 0
		}
	}
	return false
}
