package markup

import (
	"encoding/binary"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// The hand-written checks of the plain-text reader are held to the slow,
// plain forms they replace.

var reEqHeading = regexp.MustCompile(`^(={1,6})\s*(.*?)\s*(={1,6})$`)

var eqHeadingSeeds = []string{"= Title =", "== History ==", "==History==", "===1919–1939===", "=== 20th century ===",
	"== a", "a ==", "=", "==", "===", "======", "=======", "========", "=============", "==============",
	"= =", "=  =", "== ==", "=x=", "=======x=", "==x========", "= x \t=", "=\f x \r=", "==\v==", "== \xff ==",
	"=  = =", "= a = = =", "=======  a  =======", "= a  ======= "}

func checkEqHeading(t *testing.T, s string) {
	if strings.Contains(s, "\n") {
		return // a line has none
	}
	open, text, close, ok := eqHeading(s)
	m := reEqHeading.FindStringSubmatch(s)
	if ok != (m != nil) || ok && (open != len(m[1]) || text != m[2] || close != len(m[3])) {
		t.Fatalf("eqHeading(%q) = %d %q %d %v, regexp gives %q", s, open, text, close, ok, m)
	}
}

func TestEqHeadingMatchesRegexp(t *testing.T) {
	for _, s := range eqHeadingSeeds {
		checkEqHeading(t, s)
	}
	for n := 1; n <= 20; n++ {
		checkEqHeading(t, strings.Repeat("=", n))
	}
}

func FuzzEqHeading(f *testing.F) {
	for _, s := range eqHeadingSeeds {
		f.Add(s)
	}
	f.Fuzz(checkEqHeading)
}

// gluedCountsByByte is isGluedLinkLine's count one byte at a time.
func gluedCountsByByte(s string) (glued, stops, words int) {
	words = 1
	for i := 1; i < len(s); i++ {
		c, p := s[i], s[i-1]
		switch {
		case c >= 'A' && c <= 'Z' && (p >= 'a' && p <= 'z' || p >= '0' && p <= '9'):
			glued++
		case c == '.' || c == '!' || c == '?':
			stops++
		case c == ' ':
			words++
		}
	}
	return glued, stops, words
}

func isGluedLinkLineByByte(s string) bool {
	if len(s) < 150 {
		return false
	}
	glued, stops, words := gluedCountsByByte(s)
	return glued >= 8 && glued*6 >= words && stops*4 < glued
}

// gluedLineSeeds are lines near the rule's edges, with glue, stops and
// spaces at every place in an eight-byte word and across words.
func gluedLineSeeds() []string {
	links := "Zhu RongjiQian QichenBrusselsGuangzhouExpo 2010UyghursMcDonald FarmsJean-Luc DehaeneÉmile ZolaÅland"
	prose := "The relationship began to improve during the 1980s, with visits from both sides. Trade grew! Did it? "
	out := []string{links, links + links, prose + prose, strings.Repeat(prose, 3) + links, links + strings.Repeat(prose, 2)}
	for k := 0; k < 16; k++ {
		pad := strings.Repeat("x", k)
		out = append(out, pad+strings.Repeat("aB", 80), pad+strings.Repeat("9Z", 80), pad+strings.Repeat("a.B", 60),
			pad+strings.Repeat("a B", 60), pad+strings.Repeat("éB", 60), pad+strings.Repeat("a\xffB", 60),
			pad+strings.Repeat("Abcdefgh", 20), pad+strings.Repeat("Abcdefg ", 20),
			"."+pad+strings.Repeat("aB", 80), strings.Repeat("aB ", 50)+pad+"....", strings.Repeat("aB ", 9)+pad+strings.Repeat("y", 150))
	}
	return out
}

func TestIsGluedLinkLineMatchesByteByByte(t *testing.T) {
	nGlued := 0
	for _, s := range gluedLineSeeds() {
		want := isGluedLinkLineByByte(s)
		if got := isGluedLinkLine(s); got != want {
			g, st, w := gluedCountsByByte(s)
			t.Errorf("isGluedLinkLine(%q) = %v, want %v (glued %d, stops %d, words %d)", s, got, want, g, st, w)
		}
		if want {
			nGlued++
		}
	}
	if nGlued < 10 {
		t.Errorf("only %d of the seeds are glued lines: the test tells little", nGlued)
	}
}

func FuzzIsGluedLinkLine(f *testing.F) {
	for _, s := range gluedLineSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isGluedLinkLine(s), isGluedLinkLineByByte(s); got != want {
			t.Fatalf("isGluedLinkLine(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestLetterMasks(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			b := []byte("\xff\x00~@[`{/")
			b[at] = byte(c)
			upper, lowerOrDigit := letterMasks(binary.LittleEndian.Uint64(b))
			for k := 0; k < 8; k++ {
				ck := b[k]
				isU := ck >= 'A' && ck <= 'Z'
				isLD := ck >= 'a' && ck <= 'z' || ck >= '0' && ck <= '9'
				if upper>>(8*k+7)&1 == 1 != isU || lowerOrDigit>>(8*k+7)&1 == 1 != isLD || (upper|lowerOrDigit)&^highBits != 0 {
					t.Fatalf("letterMasks(%q): byte %d (%#x) upper %v lowerOrDigit %v", b, k, ck, upper>>(8*k+7)&1, lowerOrDigit>>(8*k+7)&1)
				}
			}
		}
	}
}

// splitGluedLinksByRune is SplitGluedLinks with the unicode package's
// classes for every rune.
func splitGluedLinksByRune(s string) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range s {
		if i > start && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == ')') &&
			!mcPrefix(s[start:i]) {
			out = appendLink(out, s[start:i])
			start = i
		}
		prev = r
	}
	return appendLink(out, s[start:])
}

func FuzzSplitGluedLinks(f *testing.F) {
	for _, s := range append(gluedLineSeeds(), "ÉcoleÅbo AkademiΣωκράτηςΑθήνα٣Zero", "aǅb", "x²Y", "1)Z") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := SplitGluedLinks(s), splitGluedLinksByRune(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("SplitGluedLinks(%q) = %q, want %q", s, got, want)
		}
	})
}
