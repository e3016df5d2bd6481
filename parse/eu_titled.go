package parse

import (
	"sync/atomic"
	"unicode"

	"github.com/annals-tui/annals/parse/lang"
)

// titledMatcher finds the names a title marks: "le roi Philippe", "saint
// Hubert" (a title, then a capitalised name of one or two words, or a name
// and a regnal number), and "Henri, duc de Brabant" (a name, then a title
// and a particle). Titles and particles match as written: "Roi" opens a
// sentence, it marks no one.
type titledMatcher struct {
	pattern *node
	titles  *node // a title alone: every match holds one after white space
	// last is the text matched last and its matches: the people of each
	// date of a sentence are read from the same matches (titledNear).
	// Workers share the matcher, so the pair is swapped whole.
	last atomic.Pointer[titledMatches]
}

type titledMatches struct {
	s   string
	out [][]int
}

// The groups of the two shapes: the name after a title, the name before one.
const (
	gAfterTitle  = gY
	gBeforeTitle = gY2
)

func newTitledMatcher(l *lang.Latin) *titledMatcher {
	titles := pExact(keys(l.Titles))
	name := func(g int) *pat {
		word := pSeq(pRep(unicode.IsUpper, 1, 1), pRep(isNameRune, 1, 0))
		return pCap(g, word, pOpt(spaces(), pAny(word, pBytes("IVX", 1, 0))))
	}
	return &titledMatcher{titles: compile(titles), pattern: compile(pAny(
		pSeq(pAny(&pat{kind: patBegin}, pBytes(reSpaces, 1, 1)), titles, spaces(), name(gAfterTitle)),
		pSeq(name(gBeforeTitle), pBytes(",", 1, 1), spaces(), titles, spaces(),
			pExact(keys(l.NameParticles)), pBytes(reSpaces, 1, 1)),
	))}
}

// hasTitle says whether a title starts s or follows white space in it: a
// text without one holds no match.
func (t *titledMatcher) hasTitle(s string) bool {
	m := matcher{s: s}
	for i := 0; i < len(s); i++ {
		if (i == 0 || isReSpace(rune(s[i-1]))) && m.at(t.titles, i) {
			return true
		}
	}
	return false
}

func isNameRune(r rune) bool { return unicode.IsLower(r) || isApostrophe(r) || r == '-' }

// FindAllStringSubmatchIndex is regexp's method of that name for the
// pattern, so that callers read it as they would a regexp: each match as
// its range, then the range of each shape's name (-1 for the other shape).
// The matches are shared between calls: callers only read them.
func (t *titledMatcher) FindAllStringSubmatchIndex(s string, _ int) [][]int {
	if last := t.last.Load(); last != nil && last.s == s {
		return last.out
	}
	out := t.findAll(s)
	if out != nil { // a text without matches is quick to find so again
		t.last.Store(&titledMatches{s, out})
	}
	return out
}

func (t *titledMatcher) findAll(s string) [][]int {
	if !t.hasTitle(s) {
		return nil
	}
	var out [][]int
	m := matcher{s: s}
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if (i == 0 || isReSpace(r) || unicode.IsUpper(r)) && m.at(t.pattern, i) {
			a, b := 2*gAfterTitle, 2*gBeforeTitle
			out = append(out, []int{i, m.end, int(m.caps[a]), int(m.caps[a+1]), int(m.caps[b]), int(m.caps[b+1])})
			i = m.end
			continue
		}
		i += size
	}
	return out
}
