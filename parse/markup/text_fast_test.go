package markup

import (
	"encoding/binary"
	"github.com/annals-tui/annals/internal/swar"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/annals-tui/annals/model"
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
				if upper>>(8*k+7)&1 == 1 != isU || lowerOrDigit>>(8*k+7)&1 == 1 != isLD || (upper|lowerOrDigit)&^swar.High != 0 {
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

// splitSeeds put glue of each kind (ASCII, non-ASCII on either side, after
// ")") at every place in an eight-byte word and in the bytes after the last.
func splitSeeds() []string {
	out := append(gluedLineSeeds(), "ÉcoleÅbo AkademiΣωκράτηςΑθήνα٣Zero", "aǅb", "x²Y", "1)Z")
	for k := 0; k < 16; k++ {
		pad := strings.Repeat("x", k)
		out = append(out, pad+"zolaÉmile", pad+"ÅlandÉmile", pad+"éB", pad+"1)Zed", pad+"a\xc3B", pad+"McDonaldMacArthur")
	}
	return out
}

func TestSplitGluedLinksMatchesByRune(t *testing.T) {
	for _, s := range splitSeeds() {
		if got, want := SplitGluedLinks(s), splitGluedLinksByRune(s); !slices.Equal(got, want) {
			t.Errorf("SplitGluedLinks(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzSplitGluedLinks(f *testing.F) {
	for _, s := range splitSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := SplitGluedLinks(s), splitGluedLinksByRune(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("SplitGluedLinks(%q) = %q, want %q", s, got, want)
		}
	})
}

// isChromeToLower is isChrome as first written, on strings.ToLower.
func isChromeToLower(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	if chromeLines[low] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, x := range imageSuffixes {
		if strings.HasSuffix(low, x) {
			return true
		}
	}
	return false
}

// chromeSeeds are every chrome line, prefix and suffix in several cases,
// with non-ASCII letters that lower-case to ASCII (U+0130 İ to i, U+212A
// Kelvin sign to k) and others that do not.
func chromeSeeds() []string {
	var out []string
	var pats []string
	for l := range chromeLines {
		pats = append(pats, l)
	}
	pats = append(pats, chromePrefixes...)
	for _, p := range pats {
		out = append(out, p, strings.ToUpper(p), " "+capitalised(p)+" ", p+" more words", "x"+p,
			strings.Replace(p, "i", "İ", 1), strings.Replace(p, "k", "\u212a", 1), strings.Replace(p, "a", "à", 1), p[:len(p)-1])
	}
	for _, x := range imageSuffixes {
		out = append(out, "Map of Belgium"+x, "MAP"+strings.ToUpper(x), "Ünïcode"+x, "x"+x+"y", "Lİnk"+x)
	}
	return append(out, "", "Intro sentence one.", "Çontents", "Main article: Ürümqi", "İnfobox", "\u212a", "Map.GİF", "x.gİf",
		"Flag.PNG ", "\tJump to search\t", "Bob", "Gif", "\xffgif", ".gif\xff")
}

func FuzzIsChrome(f *testing.F) {
	for _, s := range chromeSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isChrome(s), isChromeToLower(s); got != want {
			t.Fatalf("isChrome(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestIsTailSectionMatchesToLower(t *testing.T) {
	var seeds []string
	for h := range tailSections {
		seeds = append(seeds, h, strings.ToUpper(h), " "+capitalised(h)+" ", h+"s", strings.Replace(h, "i", "İ", 1))
	}
	for _, h := range append(seeds, "", "History", "Références", "\u212aey") {
		if got, want := isTailSection(h), tailSections[strings.ToLower(strings.TrimSpace(h))]; got != want {
			t.Errorf("isTailSection(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestFieldsAtMost(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a  b ", "a\tb\nc", "one two three four five six seven",
		"one two three four five six seven eight", "a\u00a0b\u2003c\u0085d", "a\u200bb", "a\xffb c", "  \v\f  "} {
		for n := 0; n <= 8; n++ {
			if got, want := fieldsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("fieldsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// referenceLineAlways is referenceLine running every regexp on every line.
func referenceLineAlways(s string) (ref model.Reference, ok bool) {
	m := reRefLine.FindStringSubmatch(s)
	if m == nil {
		return ref, false
	}
	ref.Text = strings.TrimSpace(m[1])
	c := model.Citation{URL: reURL.FindString(ref.Text)}
	if t := reQuoted.FindStringSubmatch(ref.Text); t != nil {
		c.Title = t[1]
	}
	ref.SetCitation(c)
	return ref, true
}

var referenceSeeds = []string{`^ "Belgium and Chile". FPS Foreign Affairs. Retrieved 3 May 2021.`, `1. ^ a b "Title" http://x.org/a`,
	`[2] ^ https://example.com/x "no`, "^", "^ x", "No caret here", `"quoted" ^ later`, `^ ""`, `^ "ab"`, `^ "abc"`,
	"^ http:/x https://y", "^ a  ", "^ a ", "^   ", "^ a b", "^ ab c", "12.^x", "12. 	^ x", "12 ^x", "[]^x", "[1]x",
	"[1] ^x", "[1 ^x", "1.", "^\nfoo", "^ a\n", "1.\n^x", "https://", "http://x", "httphttps://a", "https:/x http://",
	`http://a"b`, "http://<", `"ab""abc"`, `"a"bcd"`, `"éé"`, `"ééé"`, "\"\xff\xfe\"", "\"\xff\xfe\xfd\"", "^ \xff", "\xff^"}

// FuzzReferenceLine holds the regexp-free reference reader to the regexps
// it replaced; go test runs it on referenceSeeds.
func FuzzReferenceLine(f *testing.F) {
	for _, s := range referenceSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := referenceLine(s)
		want, wantOK := referenceLineAlways(s)
		if !reflect.DeepEqual(got, want) || ok != wantOK {
			t.Fatalf("referenceLine(%q) = %+v %v, want %+v %v", s, got, ok, want, wantOK)
		}
		// and on any text, not only what a reference line leaves
		if got, want := firstURL(s), reURL.FindString(s); got != want {
			t.Fatalf("firstURL(%q) = %q, want %q", s, got, want)
		}
		var want1 string
		if m := reQuoted.FindStringSubmatch(s); m != nil {
			want1 = m[1]
		}
		if got := firstQuoted(s); got != want1 {
			t.Fatalf("firstQuoted(%q) = %q, want %q", s, got, want1)
		}
		text, ok := refLineText(s)
		var want2 string
		m := reRefLine.FindStringSubmatch(s)
		if m != nil {
			want2 = m[1]
		}
		if ok != (m != nil) || text != want2 {
			t.Fatalf("refLineText(%q) = %q %v, want %q", s, text, ok, m)
		}
	})
}

// capitalised upper-cases the first letter of s.
func capitalised(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func FuzzAppendLower(f *testing.F) {
	for _, s := range append(chromeSeeds(), "ÀÉÎÕÜ ΣΑΘ ǅ ẞ Ⱥ", "a\xffB\xc2", "\U0001D400") {
		f.Add(s)
	}
	for k := 0; k < 8; k++ { // every ASCII byte at every place in a word
		f.Add(strings.Repeat("é", k) + "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`abcdefghijklmnopqrstuvwxyz{ 09\x00\x7f")
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [8]byte
		if got, want := string(appendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
