package markup

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSplitGluedLinks(t *testing.T) {
	got := SplitGluedLinks("Belgiummainland ChinaZhu RongjiQian QichenExpo 2010UyghursCongo, Republic of theMcDonald FarmsJean-Luc Dehaene")
	want := []string{"Belgiummainland China", "Zhu Rongji", "Qian Qichen", "Expo 2010", "Uyghurs", "Congo, Republic of the", "McDonald Farms", "Jean-Luc Dehaene"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestReadTextShapes(t *testing.T) {
	links := strings.Repeat("Zhu RongjiQian QichenBrusselsGuangzhou", 6)
	src := "China–Germany relations explained\n\nFrom Wikipedia, the free encyclopedia\nJump to: navigation, search\n\n" +
		"Intro sentence one. Intro two.\n\nHistory[edit]\n\nEarly contacts\n\nA line that wraps\nacross two lines.\n\n== Trade ==\nTrade text.\n" +
		links + "\n\nExternal links[edit]\n\nSome link 2019\n"
	doc := ReadText([]byte(src))
	if doc.Title != "China–Germany relations" {
		t.Errorf("title %q", doc.Title)
	}
	var got []string
	for _, b := range doc.Blocks {
		kind := "p"
		if b.Kind == Heading {
			kind = "h"
		}
		got = append(got, kind+":"+b.Text)
	}
	want := []string{"p:Intro sentence one. Intro two.", "h:History", "h:Early contacts",
		"p:A line that wraps across two lines.", "h:Trade", "p:Trade text.", "h:External links"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if !slices.Contains(doc.Links, "Zhu Rongji") || !slices.Contains(doc.Links, "Guangzhou") {
		t.Errorf("links %q", doc.Links)
	}
	for _, b := range doc.Blocks {
		if b.Kind == Paragraph && !strings.HasPrefix(src[b.Offset:], b.Text[:5]) {
			t.Errorf("block %q: offset %d points at %q", b.Text, b.Offset, src[b.Offset:b.Offset+5])
		}
	}
}

func TestEqualsTitleAndHeadings(t *testing.T) {
	doc := ReadText([]byte("= A–B relations =\n\nIntro.\n\n==History==\n===1919–1939===\nText.\n"))
	if doc.Title != "A–B relations" {
		t.Errorf("title %q", doc.Title)
	}
	if len(doc.Blocks) != 4 || doc.Blocks[1].Text != "History" || doc.Blocks[1].Level != 2 || doc.Blocks[2].Level != 3 {
		t.Errorf("blocks %+v", doc.Blocks)
	}
}

func TestSanitizeRemovesTerminalControls(t *testing.T) {
	cases := map[string]string{
		"plain text\n":                         "plain text\n",
		"red \x1b[31mtext\x1b[0m":              "red text",
		"title \x1b]0;pwned\x07after":          "title after",
		"clip \x1b]52;c;aGVsbG8=\x1b\\after":   "clip after",
		"dcs \x1bPq#0;2;0;0;0\x1b\\after":      "dcs after",
		"bell\x07 nul\x00 del\x7f":             "bell nul del",
		"crlf\r\nline\rnext":                   "crlf\nline\nnext",
		"c1 \u009b31m csi":                     "c1  csi",
		"bad \xff\xfe utf8":                    "bad \uFFFD\uFFFD utf8",
		"tab\tkept":                            "tab\tkept",
		"no-break\u00a0space":                  "no-break space",
		"unterminated \x1b]0;title\nnext line": "unterminated \nnext line",
	}
	for in, want := range cases {
		if got := string(Sanitize([]byte(in))); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"\x1b[31m", "\x1b]0;x\x07", "\xff", "\r\n", "\u009b1m"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		out := string(Sanitize(b))
		for _, r := range out {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 {
				t.Fatalf("control %U left in %q", r, out)
			}
		}
	})
}

// A large text is read in parts on every core, and gives what one pass
// gives, even when a reference list runs across the cut between parts.
func TestLargeTextInPartsMatchesOnePass(t *testing.T) {
	t.Parallel()
	const size = 64 << 10
	var b strings.Builder
	b.WriteString("Big archive\n\n")
	for i := 0; b.Len() < 5*size; i++ {
		fmt.Fprintf(&b, "== Part %d ==\nProse of part %d, with a date in %d.[1]\n\n", i, i, 1900+i%100)
		if i%300 == 0 {
			b.WriteString("References\n\n^ \"A source\". The Times. 1999.\n\nA link list line\n\nAnother link list line\n\n")
		}
	}
	// and a reference list from the middle to the end, which a cut must fall into
	b.WriteString("References\n\n")
	for n := b.Len(); b.Len() < 2*n; {
		b.WriteString("^ \"A source\". The Times. 1999.\n\nSee the gallery of 1950 maps\n\n")
	}
	src := []byte(b.String())
	if len(splitAtBlankLines(src, 4, size)) < 2 {
		t.Fatal("fixture too small to be cut")
	}
	one := readText(src, 1, size)
	parts := readText(src, partsPerCore*4, size)
	if one.Title != parts.Title || !slices.Equal(one.Blocks, parts.Blocks) || !slices.Equal(one.Links, parts.Links) ||
		!reflect.DeepEqual(one.References, parts.References) {
		t.Errorf("parts differ from one pass: %d/%d blocks, %d/%d references", len(one.Blocks), len(parts.Blocks),
			len(one.References), len(parts.References))
	}
}

// TestRepeatedLinkLineListsItsNamesOnce checks a merged archive, where each
// article brings its own copy of a link line: the names come once, in the
// order the first copy gives them, and a different line still adds its own.
func TestRepeatedLinkLineListsItsNamesOnce(t *testing.T) {
	line := "Zhu RongjiQian QichenBrusselsGuangzhouHong KongShanghaiPrince AlbertExpo 2010Jacques BrotchiReutersPoliticoRwandaCanadaMexicoUruguayAzerbaijanBangladeshIndonesiaIsraelMalaysiaPakistan"
	other := "Olof PalmeStockholmGothenburgVolvoGeelyHuaweiEricssonSaab ABUppsalaMalmoKirunaLund UniversityNobel PrizeAstrid LindgrenGreta ThunbergIKEAAbbaSpotifyTetra PakElectrolux"
	var b strings.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "Part %d\n\nRelations began in %d.\n\n%s\n\n", i, 1950+i, line)
	}
	b.WriteString(other + "\n")
	doc := ReadText([]byte(b.String()))
	want := append(SplitGluedLinks(line), SplitGluedLinks(other)...)
	if !slices.Equal(doc.Links, want) {
		t.Fatalf("links %q,\nwant %q", doc.Links, want)
	}
}
