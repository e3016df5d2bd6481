package parse

import (
	"unicode"

	"github.com/annals-tui/annals/parse/lang"
)

// titledMatcher finds the names a title marks: "le roi Philippe", "saint
// Hubert" (a title, then a capitalised name of one or two words, or a name
// and a regnal number), and "Henri, duc de Brabant" (a name, then a title
// and a particle). Titles and particles match as written: "Roi" opens a
// sentence, it marks no one.
type titledMatcher struct{ pattern *node }

// The groups of the two shapes: the name after a title, the name before one.
const (
	gAfterTitle  = gY
	gBeforeTitle = gY2
)

func newTitledMatcher(l *lang.Latin) *titledMatcher {
	titles := pExact(keys(l.Titles))
	name := func(g int) *pat {
		word := pSeq(pRep(unicode.IsUpper, 1, 1), pRep(isNameRune, 1, 0))
		return pCap(g, word, pOpt(spaces(), pAny(word, pRep(isRomanIVX, 1, 0))))
	}
	return &titledMatcher{compile(pAny(
		pSeq(pAny(&pat{kind: patBegin}, pRep(isReSpace, 1, 1)), titles, spaces(), name(gAfterTitle)),
		pSeq(name(gBeforeTitle), pRep(runeIs(','), 1, 1), spaces(), titles, spaces(),
			pExact(keys(l.NameParticles)), pRep(isReSpace, 1, 1)),
	))}
}

func isNameRune(r rune) bool { return unicode.IsLower(r) || isApostrophe(r) || r == '-' }
func isRomanIVX(r rune) bool { return r == 'I' || r == 'V' || r == 'X' }

// FindAllStringSubmatchIndex is regexp's method of that name for the
// pattern, so that callers read it as they would a regexp: each match as
// its range, then the range of each shape's name (-1 for the other shape).
func (t *titledMatcher) FindAllStringSubmatchIndex(s string, _ int) [][]int {
	var out [][]int
	m := matcher{s: s}
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if (i == 0 || isReSpace(r) || unicode.IsUpper(r)) && m.at(t.pattern, i) {
			a, b := 2*gAfterTitle, 2*gBeforeTitle
			out = append(out, []int{i, m.end, m.caps[a], m.caps[a+1], m.caps[b], m.caps[b+1]})
			i = m.end
			continue
		}
		i += size
	}
	return out
}
