package parse

import (
	"unicode"
	"unicode/utf8"
)

// phrase is one alternative of a words node: its runes, each with the runes
// case folding makes equal to it (regexp's (?i) orbit), a space for a run of
// white space, an apostrophe for either apostrophe.
type phrase []phraseRune

type phraseRune struct {
	kind  uint8   // 0 a rune, 1 white space, 2 an apostrophe
	ascii [2]byte // the ASCII runes of folds (0 for none): compared without decoding
	folds []rune
}

func newPhrase(s string, exact bool) phrase {
	var p phrase
	for _, r := range s {
		switch {
		case r == ' ':
			p = append(p, phraseRune{kind: 1})
		case isApostrophe(r):
			p = append(p, phraseRune{kind: 2, ascii: [2]byte{'\''}})
		case exact:
			p = append(p, newPhraseRune([]rune{r}))
		default:
			p = append(p, newPhraseRune(foldOrbit(r)))
		}
	}
	return p
}

func newPhraseRune(folds []rune) phraseRune {
	pr := phraseRune{folds: folds}
	n := 0
	for _, f := range folds {
		if f < utf8.RuneSelf && f != 0 && n < len(pr.ascii) {
			pr.ascii[n] = byte(f)
			n++
		}
	}
	return pr
}

// foldOrbit is r and every rune simple case folding makes equal to it.
func foldOrbit(r rune) []rune {
	orbit := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		orbit = append(orbit, f)
	}
	return orbit
}

func (p phrase) firstBytes() []byte {
	if len(p) == 0 {
		return nil
	}
	var rs []rune
	switch p[0].kind {
	case 0:
		rs = p[0].folds
	case 1:
		rs = []rune{' ', '\t', '\n', '\f', '\r'}
	default:
		rs = []rune{'\'', '’'}
	}
	var out []byte
	for _, r := range rs {
		out = append(out, string(r)[0])
	}
	return out
}

// match is the end of the phrase matched at i, or -1.
func (p phrase) match(s string, i int) int {
	for k := range p {
		if i >= len(s) {
			return -1
		}
		pr := &p[k]
		if c := s[i]; c < utf8.RuneSelf { // ASCII: one byte, no decoding
			if pr.kind == 1 {
				if !isReSpace(rune(c)) {
					return -1
				}
				for i++; i < len(s) && isReSpace(rune(s[i])); i++ {
				}
				continue
			}
			if c != pr.ascii[0] && c != pr.ascii[1] || c == 0 {
				return -1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if pr.kind == 1 || pr.kind == 2 && r != '’' || pr.kind == 0 && !pr.has(r) {
			return -1
		}
		i += size
	}
	return i
}

func (pr *phraseRune) has(r rune) bool {
	for _, f := range pr.folds {
		if f == r {
			return true
		}
	}
	return false
}
