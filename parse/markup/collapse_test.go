package markup

import (
	"strings"
	"testing"
	"unicode"
)

// spacesOnly maps every white space of s to ' ', as cleanProse does before
// it collapses them.
func spacesOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

// collapseSpaces is the plain strings.Fields join on text whose white
// space is all ' ', as cleanProse hands it over.
func FuzzCollapseSpaces(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a ", "a  b", "  a b  c  ", "é\u00a0ü", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = spacesOnly(s)
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// spaceBeforeMark never says no where the regexp it guards would match.
func FuzzSpaceBeforeMark(f *testing.F) {
	for _, s := range []string{"", "a ,b", "a [1]", "x )", "a b", " .", "a  [x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = spacesOnly(s)
		if !spaceBeforeMark(s) && reSpaceBefore.MatchString(s) {
			t.Fatalf("spaceBeforeMark(%q) is false, but the regexp matches", s)
		}
	})
}

// emptyParens and the "( " test never say no where the regexps they guard
// would match.
func FuzzBracketRegexpGuards(f *testing.F) {
	for _, s := range []string{"", "a () b", "( , )", "(;)", "x ( y", "[ 1]", "(a)", "((  :  ))"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = spacesOnly(s)
		if !emptyParens(s) && reEmptyParens.MatchString(s) {
			t.Fatalf("emptyParens(%q) is false, but the regexp matches", s)
		}
		if !strings.Contains(s, "( ") && !strings.Contains(s, "[ ") && reSpaceAfter.MatchString(s) {
			t.Fatalf("%q has no bracket and space, but reSpaceAfter matches", s)
		}
	})
}
